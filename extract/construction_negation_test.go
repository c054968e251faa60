package extract_test

import "testing"

func TestConstructionNegation(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{name: "perfect denial of accusations", text: "Tony Blair had earlier denied accusations that he threatened Gordon Brown.", want: []triple{{"Tony Blair", "threaten", "Gordon Brown", true}}, not: []triple{{"Tony Blair", "threaten", "Gordon Brown", false}}},
		{name: "an organisation denies that it did", text: "Vodafone denied that it had bought Verizon.", want: []triple{{"Vodafone", "buy", "Verizon", true}}, not: []triple{{"Vodafone", "buy", "Verizon", false}}},
		{name: "an organisation rejects claims that it did", text: "Apple rejected claims that it had copied Google.", want: []triple{{"Apple", "copy", "Google", true}}},
		{name: "an organisation dismisses reports that it did", text: "Google dismissed reports that it would bid for Oracle.", want: []triple{{"Google", "bid", "Oracle", true}}},
		{name: "a relation called off", text: "Vodafone called off its merger with Verizon.", want: []triple{{"Vodafone", "merge", "Verizon", true}}, not: []triple{{"Vodafone", "merge", "Verizon", false}}},
		{name: "a relation scrapped", text: "Vodafone scrapped its planned acquisition of Verizon.", want: []triple{{"Vodafone", "acquire", "Verizon", true}}, not: []triple{{"Vodafone", "acquire", "Verizon", false}}},
		{name: "a phrasal verb that denies", text: "Vodafone ruled out buying Verizon.", want: []triple{{"Vodafone", "buy", "Verizon", true}}, not: []triple{{"Vodafone", "buy", "Verizon", false}}},
		{name: "a phrasal verb that denies, its gerund taken for an adverbial clause", text: "Vodafone has ruled out selling Verizon.", want: []triple{{"Vodafone", "sell", "Verizon", true}}, not: []triple{{"Vodafone", "sell", "Verizon", false}}},
		{name: "a phrasal verb that denies, its gerund taken for a modifier of the name", text: "Disney has ruled out selling Pixar.", want: []triple{{"Disney", "sell", "Pixar", true}}, not: []triple{{"Disney", "sell", "Pixar", false}}},
		{name: "neither nor", text: "Neither Tony Blair nor Gordon Brown met Jacques Chirac.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", true}, {"Gordon Brown", "meet", "Jacques Chirac", true}}, not: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}}},
		{name: "not in talks", text: "Vodafone is not in talks with Verizon.", want: []triple{{"Vodafone", "talk", "Verizon", true}}, not: []triple{{"Vodafone", "talk", "Verizon", false}}},
		{name: "no plans to", text: "Vodafone has no plans to buy Verizon.", want: []triple{{"Vodafone", "buy", "Verizon", true}}, not: []triple{{"Vodafone", "buy", "Verizon", false}}},
		{name: "not", text: "Tony Blair did not meet Jacques Chirac.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", true}}},
		{name: "never", text: "Apple never sued Google.", want: []triple{{"Apple", "sue", "Google", true}}},
		{name: "not on the controller", text: "Rosneft did not agree to buy Yukos.", want: []triple{{"Rosneft", "buy", "Yukos", true}}},
		{name: "not on the open clause", text: "Rosneft agreed not to buy Yukos.", want: []triple{{"Rosneft", "buy", "Yukos", true}}},
		{name: "refuse to", text: "Russia refused to sign the treaty with France.", want: []triple{{"Russia", "sign", "France", true}}},
		{name: "deny an open clause", text: "Ford denied paying General Motors.", want: []triple{{"Ford", "pay", "General Motors", true}}},
		{name: "deny that", text: "Ford denied that Volkswagen had paid General Motors.", want: []triple{{"Volkswagen", "pay", "General Motors", true}}},
		{name: "did not deny", text: "Ford did not deny that Volkswagen had paid General Motors.", want: []triple{{"Volkswagen", "pay", "General Motors", false}}},
		{name: "dismissed reports that", text: "Vodafone dismissed reports that it had met Verizon.", want: []triple{{"Vodafone", "meet", "Verizon", true}}, not: []triple{{"Vodafone", "meet", "Verizon", false}}},
		{name: "has denied reports that", text: "Vodafone has denied reports that it bought Verizon.", want: []triple{{"Vodafone", "buy", "Verizon", true}}, not: []triple{{"Vodafone", "buy", "Verizon", false}}},
		{name: "has denied reports of plans", text: "Siemens has denied reports that it plans to buy Volkswagen.", want: []triple{{"Siemens", "buy", "Volkswagen", true}}, not: []triple{{"Siemens", "buy", "Volkswagen", false}}},
		{name: "confirmed reports that", text: "Vodafone confirmed reports that it had met Verizon.", want: []triple{{"Vodafone", "meet", "Verizon", false}}, not: []triple{{"Vodafone", "meet", "Verizon", true}}},
		{name: "rejected allegations", text: "Tony Blair rejected allegations he pressured Gordon Brown.", want: []triple{{"Tony Blair", "pressure", "Gordon Brown", true}}},
		{name: "negating noun", text: "Tony Blair's refusal to accept Gordon Brown's proposals means trouble.", want: []triple{{"Tony Blair", "accept", "Gordon Brown", true}}, not: []triple{{"Tony Blair", "accept", "Gordon Brown", false}}},
		{name: "rejected relation noun", text: "Arsenal striker Thierry Henry rejected a move to Barcelona.", want: []triple{{"Thierry Henry", "move", "Barcelona", true}}, not: []triple{{"Thierry Henry", "move", "Barcelona", false}}},
	})
}
