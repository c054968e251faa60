package extract_test

import "testing"

func TestConstructionLightVerb(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{name: "impose sanctions on", text: "The EU imposed sanctions on Russia.", want: []triple{{"European Union", "sanction", "Russia", false}}},
		{name: "impose curbs on", text: "The EU imposed curbs on Russia.", want: []triple{{"European Union", "restrict", "Russia", false}}},
		{name: "place restrictions on", text: "The US placed restrictions on ZTE.", want: []triple{{"United States", "restrict", "ZTE", false}}},
		{name: "make an investment in, the preposition of the noun's verb", text: "Siemens has made an investment in Unilever.", want: []triple{{"Siemens", "invest", "Unilever", false}}},
		{name: "hold talks with", text: "Tony Blair held talks with Jacques Chirac.", want: []triple{{"Tony Blair", "talk", "Jacques Chirac", false}}},
		{name: "score a victory over, a participle before the name", text: "Thierry Henry scored an impressive victory over leading American Tony Blair in Paris.", want: []triple{{"Thierry Henry", "beat", "Tony Blair", false}}},
		{name: "discuss a move to", text: "Thierry Henry is discussing a possible move to Barcelona.", want: []triple{{"Thierry Henry", "discuss", "Barcelona", false}}},
		{name: "pay tribute to, the noun tagged a verb", text: "Gordon Brown paid tribute to Tony Blair.", want: []triple{{"Gordon Brown", "pay_tribute", "Tony Blair", false}}},
		{name: "passive, slapped with a fine by", text: "Ryanair was slapped with a fine by the European Commission.", want: []triple{{"European Commission", "fine", "Ryanair", false}}},
		{name: "passive, hit with a lawsuit by", text: "Verizon has been hit with a lawsuit by Vodafone.", want: []triple{{"Vodafone", "sue", "Verizon", false}}},
		{name: "strike a deal with", text: "Vodafone struck a deal with Verizon.", want: []triple{{"Vodafone", "deal", "Verizon", false}}},
		{name: "launch a probe into", text: "The European Commission launched a probe into Ryanair.", want: []triple{{"European Commission", "investigate", "Ryanair", false}}},
		{name: "bring a case against", text: "Apple brought a case against Google.", want: []triple{{"Apple", "sue", "Google", false}}},
		{name: "verb and noun", text: "Yukos took action against Rosneft.", want: []triple{{"Yukos", "take_action", "Rosneft", false}}},
		{name: "no on the noun", text: "The Kremlin will take no action against Yukos.", want: []triple{{"Kremlin", "take_action", "Yukos", true}}},
		{name: "noun in a prepositional phrase", text: "Vodafone has entered into a joint venture with Verizon.", want: []triple{{"Vodafone", "partner_of", "Verizon", false}}},
		{name: "verb that breaks", text: "Russia denied breaking a pact with France.", want: []triple{{"Russia", "break", "France", true}}},
		{name: "reciprocal signing", text: "Tony Blair and Jacques Chirac signed the deal in Paris.", want: []triple{{"Tony Blair", "sign", "Jacques Chirac", false}}},
		{name: "lend backing to", text: "Gordon Brown lent his backing to Tony Blair.", want: []triple{{"Gordon Brown", "back", "Tony Blair", false}}},
		{name: "give an endorsement to", text: "Vodafone gave its endorsement to Tony Blair.", want: []triple{{"Vodafone", "endorse", "Tony Blair", false}}},
		{name: "throw support behind", text: "Labour threw its support behind Gordon Brown.", want: []triple{{"Labour Party", "support", "Gordon Brown", false}}},
		{name: "party named before its kind", text: "Vodafone reached an agreement with the Verizon union.", want: []triple{{"Vodafone", "agree", "Verizon", false}}},
		{name: "reciprocal noun after a reciprocal verb", text: "Vodafone and Verizon agreed a merger.", want: []triple{{"Vodafone", "merge", "Verizon", false}}},
		{name: "verb that only prolongs", text: "Yukos did not extend a financing agreement with Rosneft.", not: []triple{{"Yukos", "agree", "Rosneft", true}}},
		{name: "of after a noun that is not reciprocal", text: "Vodafone completed its takeover of Verizon.", want: []triple{{"Vodafone", "take_over", "Verizon", false}}},
		{name: "launch strikes on", text: "France launched strikes on Syria.", want: []triple{{"France", "attack", "Syria", false}}},
		{name: "launch missiles at", text: "Russia launched missiles at Germany.", want: []triple{{"Russia", "attack", "Germany", false}}},
		{name: "launch drones at, overnight", text: "Russia launched 500 drones at Germany overnight.", want: []triple{{"Russia", "attack", "Germany", false}}},
		{name: "fire rockets into", text: "Syria fired rockets into Iraq.", want: []triple{{"Syria", "attack", "Iraq", false}}},
		{name: "carry out a strike against", text: "Germany carried out a strike against Iraq.", want: []triple{{"Germany", "attack", "Iraq", false}}},
		{name: "issue a warning to", text: "Russia issued a warning to Germany.", want: []triple{{"Russia", "warn", "Germany", false}}},
		{name: "lodge a protest with", text: "France lodged a protest with Germany.", want: []triple{{"France", "protest", "Germany", false}}},
		{name: "reach a settlement with", text: "Verizon reached a settlement with Vodafone.", want: []triple{{"Verizon", "settle", "Vodafone", false}}},
		{name: "open proceedings against", text: "The European Commission opened infringement proceedings against Germany.", want: []triple{{"European Commission", "sue", "Germany", false}}},
		{name: "strengthen ties with", text: "Germany has strengthened ties with France.", want: []triple{{"Germany", "tie", "France", false}}},
		{name: "form a joint venture", text: "Ford and General Motors will form a joint venture.", want: []triple{{"Ford", "partner_of", "General Motors", false}}},
	})
}
