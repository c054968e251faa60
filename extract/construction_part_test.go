package extract_test

import "testing"

// TestConstructionPart checks that an organisation named right after
// another's possessive is part of it, and that a name modifying a noun
// after it is left to that noun's construction.
func TestConstructionPart(t *testing.T) {
	tagger := dictTagger{"Altria": "ORG", "Philip Morris": "ORG", "Yukos": "ORG", "Yugansk": "ORG", "Britain": "LOC", "BT": "ORG"}
	checkRelationCases(t, tagger, []constructionCase{
		{name: "possessor organisation", text: "Altria's Philip Morris now accepts that nicotine is harmful.",
			want: []triple{{"Philip Morris", "part_of", "Altria", false}}},
		{name: "a name modifying a noun", text: "Yukos's Yugansk unit was sold at auction.",
			not: []triple{{"Yugansk", "part_of", "Yukos", false}}},
		{name: "a place's company", text: "Britain's BT said profits rose.",
			not: []triple{{"BT", "part_of", "United Kingdom", false}}},
	})
}
