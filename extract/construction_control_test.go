package extract_test

import "testing"

func TestConstructionControl(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{name: "deal to buy after an adjective of its subject", text: "Microsoft is close to a deal to buy Skype, people familiar with the matter said.", want: []triple{{"Microsoft", "buy", "Skype", false}}},
		{name: "object past a gerund hung on its controller", text: "France would keep supporting Germany.", want: []triple{{"France", "support", "Germany", false}}, not: []triple{{"France", "keep", "Germany", false}}},
		{name: "kept from doing: the object does it, denied", text: "The European Commission sought to stop Google from buying Skype.", want: []triple{{"Google", "buy", "Skype", true}}, not: []triple{{"European Commission", "buy", "Skype", false}, {"Google", "buy", "Skype", false}}},
		{name: "not kept from doing", text: "The court did not stop Vodafone from selling Verizon.", want: []triple{{"Vodafone", "sell", "Verizon", false}}},
		{name: "want to", text: "Netflix wants to acquire Warner Bros.", want: []triple{{"Netflix", "acquire", "Warner Bros.", false}}},
		{name: "due to", text: "Tony Blair is due to visit Jacques Chirac.", want: []triple{{"Tony Blair", "visit", "Jacques Chirac", false}}},
		{name: "hope to", text: "Arsenal hopes to sign Thierry Henry.", want: []triple{{"Arsenal", "sign", "Thierry Henry", false}}},
		{name: "plans to, taken for the subject of the infinitive", text: "Microsoft plans to sue Skype and LinkedIn.", want: []triple{{"Microsoft", "sue", "Skype", false}, {"Microsoft", "sue", "LinkedIn", false}}},
		{name: "agree to", text: "Microsoft agreed to buy Skype.", want: []triple{{"Microsoft", "buy", "Skype", false}}},
		{name: "threaten to", text: "Ford threatened to sue General Motors.", want: []triple{{"Ford", "sue", "General Motors", false}}},
		{name: "is to", text: "Rosneft is to pay Yukos 1.5bn euros.", want: []triple{{"Rosneft", "pay", "Yukos", false}}},
		{name: "object control", text: "Russia forced Yukos to sell Rosneft.", want: []triple{{"Russia", "force", "Yukos", false}, {"Yukos", "sell", "Rosneft", false}}, not: []triple{{"Russia", "sell", "Rosneft", false}}},
		{name: "object control, an indirect object in the parse", text: "Russia persuaded Yukos to sell Rosneft.", want: []triple{{"Yukos", "sell", "Rosneft", false}}, not: []triple{{"Russia", "sell", "Rosneft", false}}},
		{name: "want someone to", text: "Vodafone wants Verizon to buy Apple.", want: []triple{{"Verizon", "buy", "Apple", false}}, not: []triple{{"Vodafone", "buy", "Apple", false}}},
		{name: "named someone to", text: "Yukos has named Gordon Brown to run Rosneft.", want: []triple{{"Gordon Brown", "run", "Rosneft", false}}, not: []triple{{"Yukos", "run", "Rosneft", false}}},
		{name: "passive controller", text: "Yukos was forced to sell Rosneft.", want: []triple{{"Yukos", "sell", "Rosneft", false}}},
		{name: "plans to, tagged a noun after a name taken for a noun", text: "Siemens plans to buy Unilever.", want: []triple{{"Siemens", "buy", "Unilever", false}}},
		{name: "plans to, tagged a noun", text: "Yukos said Rosneft plans to buy Unilever.", want: []triple{{"Rosneft", "buy", "Unilever", false}}, not: []triple{{"Yukos", "buy", "Unilever", false}}},
		{name: "agreed to, the infinitive hung on the speaker", text: "Tony Blair has agreed to meet Angela Merkel in Paris, an aide said.", want: []triple{{"Tony Blair", "meet", "Angela Merkel", false}}},
		{name: "possessor of the noun", text: "Vodafone's offer to acquire Verizon was rejected.", want: []triple{{"Vodafone", "acquire", "Verizon", false}}},
	})
}
