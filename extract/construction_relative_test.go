package extract_test

import "testing"

func TestConstructionRelative(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{name: "object relative, its verb taken for a noun", text: "The deal hurt Yukos, which Rosneft now controls.", want: []triple{{"Rosneft", "control", "Yukos", false}}},
		{name: "object relative, its verb taken for a noun, after a phrase", text: "Tony Blair met the leaders of Syria, which Russia now backs.", want: []triple{{"Russia", "back", "Syria", false}}},
		{name: "object relative, the pronoun taken for a second subject", text: "Angela Merkel criticised the summit in Iraq, which Kuwait hosts this year.", want: []triple{{"Kuwait", "host", "Iraq", false}}},
		{name: "subject relative", text: "Unilever, which owns Dove, grew.", want: []triple{{"Unilever", "own", "Dove", false}}},
		{name: "that opening a reported clause, taken for a relative pronoun", text: "Gordon Brown told Vodafone that Germany would buy Verizon.", want: []triple{{"Germany", "buy", "Verizon", false}}, not: []triple{{"Germany", "buy", "Vodafone", false}}},
		{name: "object relative of an open clause", text: "Yukos, which Rosneft tried to buy, rejected the offer.", want: []triple{{"Rosneft", "buy", "Yukos", false}}, not: []triple{{"Rosneft", "try", "Yukos", false}}},
		{name: "they in a clause its speakers report", text: "Ford and General Motors said they would buy Volkswagen.", want: []triple{{"Ford", "buy", "Volkswagen", false}, {"General Motors", "buy", "Volkswagen", false}}},
		{name: "they in a clause one speaker reports", text: "Ford said they would buy Volkswagen.", not: []triple{{"Ford", "buy", "Volkswagen", false}}},
		{name: "object relative", text: "Yukos, which Rosneft bought, grew.", want: []triple{{"Rosneft", "buy", "Yukos", false}}},
		{name: "whose, the parse taking the relative for the main clause", text: "Gordon Brown, whose wife met Tony Blair, criticised Jacques Chirac.", want: []triple{{"Gordon Brown", "criticise", "Jacques Chirac", false}}, not: []triple{{"Gordon Brown", "meet", "Tony Blair", false}}},
		{name: "whose, a name after the possessed noun", text: "The company, whose chairman Gordon Brown resigned in January, sued Rosneft.", not: []triple{{"Gordon Brown", "sue", "Rosneft", false}}},
		{name: "whose, a name after the possessed role", text: "Yukos, whose chairman Gordon Brown resigned in January, sued Rosneft.", want: []triple{{"Yukos", "sue", "Rosneft", false}, {"Gordon Brown", "chairman_of", "Yukos", false}}, not: []triple{{"Gordon Brown", "sue", "Rosneft", false}}},
		{name: "who", text: "Tony Blair, who met Jacques Chirac on Monday, flew home.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}}},
		{name: "reported clause", text: "Tony Blair said that Ford would sue General Motors.", want: []triple{{"Ford", "sue", "General Motors", false}}, not: []triple{{"Tony Blair", "sue", "General Motors", false}}},
		{name: "reported subject before a relative clause", text: "Angela Merkel said Tony Blair, who met Jacques Chirac on Monday, would visit Gordon Brown.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}, {"Tony Blair", "visit", "Gordon Brown", false}}, not: []triple{{"Angela Merkel", "visit", "Gordon Brown", false}}},
		{name: "participle", text: "Yukos, owned by Rosneft, grew.", want: []triple{{"Rosneft", "own", "Yukos", false}}},
		{name: "main verb past the relative", text: "Thierry Henry, who founded Yukos, criticised Tony Blair.", want: []triple{{"Thierry Henry", "found", "Yukos", false}, {"Thierry Henry", "criticise", "Tony Blair", false}}},
		{name: "heads a team", text: "Tony Blair, who heads Microsoft's anti-virus team, said it was bad.", want: []triple{{"Tony Blair", "head", "Microsoft", false}}},
	})
}

// TestConstructionRelativeMainVerbInside: the sentence's verb, after a
// relative clause between commas, hung inside that clause.
func TestConstructionRelativeMainVerbInside(t *testing.T) {
	names := dictTagger{"Texaco": "ORG", "New York": "LOC", "Getty Oil": "ORG", "Pennzoil": "ORG"}
	checkRelationCases(t, names, []constructionCase{
		{name: "after a passive relative clause", text: "Texaco, which is based in New York, agreed to sell Getty Oil to Pennzoil.", want: []triple{{"Texaco", "sell", "Getty Oil", false}}},
	})
}
