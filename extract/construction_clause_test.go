package extract_test

import "testing"

func TestConstructionClause(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{name: "active", text: "Rosneft bought Yukos.", want: []triple{{"Rosneft", "buy", "Yukos", false}}},
		{name: "passive with agent", text: "Ryanair was fined by the European Commission.", want: []triple{{"European Commission", "fine", "Ryanair", false}}},
		{name: "passive without agent", text: "Ryanair was fined in Paris.", not: []triple{{"Paris", "fine", "Ryanair", false}}},
		{name: "prepositional verb", text: "Tony Blair met with Jacques Chirac.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}}},
		{name: "place is not a party", text: "Tony Blair spoke in Paris.", not: []triple{{"Tony Blair", "speak", "Paris", false}}},
		{name: "reciprocal subjects", text: "Tony Blair and Jacques Chirac met on Monday.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}}},
		{name: "sold to", text: "Rosneft sold Yukos to Volkswagen.", want: []triple{{"Rosneft", "sell", "Yukos", false}, {"Volkswagen", "buy", "Yukos", false}}, not: []triple{{"Rosneft", "sell", "Volkswagen", false}}},
		{name: "pronoun subject", text: "Angela Merkel flew in on Sunday. She met Modi.", want: []triple{{"Angela Merkel", "meet", "Modi", false}}},
		{name: "description subject", text: "Ford said on Monday that the carmaker would sue General Motors.", want: []triple{{"Ford", "sue", "General Motors", false}}},
		{name: "pronoun in a reported clause", text: "Ford said it would sue General Motors.", want: []triple{{"Ford", "sue", "General Motors", false}}},
		{name: "stake", text: "Rosneft has bought a 20% stake in Yukos.", want: []triple{{"Rosneft", "buy", "Yukos", false}}},
		{name: "percentage of", text: "Rosneft owns 29% of Yukos.", want: []triple{{"Rosneft", "own", "Yukos", false}}},
		{name: "competition from", text: "Rosneft said the oil group beat off strong competition from Yukos to take the field.", want: []triple{{"Rosneft", "beat", "Yukos", false}}},
		{name: "removal from a body", text: "Gordon Brown was expelled from the EU.", want: []triple{{"European Union", "expel", "Gordon Brown", false}}},
		{name: "judged in the passive", text: "Tony Blair was fined for overruling Yukos.", want: []triple{{"Tony Blair", "overrule", "Yukos", false}}},
		{name: "judged deed", text: "Tony Blair praised the Kremlin for overruling Yukos.", want: []triple{{"Tony Blair", "praise", "Kremlin", false}, {"Kremlin", "overrule", "Yukos", false}}, not: []triple{{"Tony Blair", "overrule", "Yukos", false}}},
		{name: "partner in making", text: "Tony Blair founded Yukos with Gordon Brown.", want: []triple{{"Tony Blair", "found", "Yukos", false}, {"Gordon Brown", "found", "Yukos", false}}},
		{name: "board for its organisation", text: "Vodafone's directors have backed Verizon.", want: []triple{{"Vodafone", "back", "Verizon", false}}},
		{name: "words for their speaker", text: "Tony Blair is expected to attack Gordon Brown's words.", want: []triple{{"Tony Blair", "attack", "Gordon Brown", false}}},
		{name: "passive adverbial", text: "Ryanair is furious after being fined by the European Commission.", want: []triple{{"European Commission", "fine", "Ryanair", false}}},
		{name: "phrasal verb with preposition", text: "Tony Blair has rejected a move to Arsenal after falling out with Gordon Brown.", want: []triple{{"Tony Blair", "fall_out", "Gordon Brown", false}}},
		{name: "adjective for its organisation", text: "Tony Blair has rejected a Microsoft offer.", want: []triple{{"Tony Blair", "reject", "Microsoft", false}}},
		{name: "preposition taken for a marker", text: "Tony Blair has written to Gordon Brown demanding an explanation of the new rules.", want: []triple{{"Tony Blair", "write", "Gordon Brown", false}}},
		{name: "given to", text: "The European Commission has awarded a contract worth 11.5m euros to Vodafone.", want: []triple{{"European Commission", "award", "Vodafone", false}}},
		{name: "officials for their organisation", text: "Microsoft officials met Google on Monday.", want: []triple{{"Microsoft", "meet", "Google", false}}},
		{name: "stake sold to", text: "General Motors agreed to sell its stake in Yukos to Volkswagen.", want: []triple{{"Volkswagen", "buy", "Yukos", false}}},
		{name: "unit for itself", text: "Unilever said its Dove unit bought Skype.", want: []triple{{"Dove", "buy", "Skype", false}}},
		{name: "party hung on an of phrase", text: "Microsoft signed a letter of intent with Google.", want: []triple{{"Microsoft", "sign", "Google", false}}},
		{name: "apposition for its name", text: "Yukos, 55 pct owned by Rosneft, said profits rose.", want: []triple{{"Rosneft", "own", "Yukos", false}}},
		{name: "name split by the parse", text: "Rosneft bought the remaining shares of Union Oil Co.", want: []triple{{"Rosneft", "buy", "Union Oil", false}}},
		{name: "payee before a written amount", text: "The European Commission has fined Microsoft 497m euros.", want: []triple{{"European Commission", "fine", "Microsoft", false}}},
		{name: "object after a title", text: "Tony Blair, who was fined in December for accusing Arsenal striker Thierry Henry of cheating, believes it.", want: []triple{{"Tony Blair", "accuse", "Thierry Henry", false}}},
		{name: "name before possessor", text: "Gordon Brown has sold Tony Blair's Yukos company.", want: []triple{{"Gordon Brown", "sell", "Yukos", false}}, not: []triple{{"Gordon Brown", "sell", "Tony Blair", false}}},
		{name: "particle parsed as an adverb", text: "Tony Blair hit back at Gordon Brown.", want: []triple{{"Tony Blair", "hit_back", "Gordon Brown", false}}},
		{name: "call for", text: "Gordon Brown called for Tony Blair to resign.", want: []triple{{"Gordon Brown", "call", "Tony Blair", false}}},
		{name: "drew with", text: "Arsenal drew with Barcelona.", want: []triple{{"Arsenal", "draw", "Barcelona", false}}},
	})
}
