package extract_test

import "testing"

// TestConstructionStake checks that a stake is held by its possessor in
// what it is in, that a stake a verb takes is left to the verb, and that
// a share of a company's stock is a share of the company.
func TestConstructionStake(t *testing.T) {
	tagger := dictTagger{"Turkcell": "ORG", "Irancell": "ORG", "Yukos": "ORG", "Sibneft": "ORG", "Carl Icahn": "PER", "Caesars World": "ORG"}
	checkRelationCases(t, tagger, []constructionCase{
		{name: "control taken is no stake", text: "Yukos took control of Sibneft in 2004.",
			want: []triple{{"Yukos", "take_control", "Sibneft", false}}, not: []triple{{"Yukos", "stake", "Sibneft", false}}},
		{name: "possessor's stake", text: "Turkcell's stake in Irancell should be cut from 70% to 49%.",
			want: []triple{{"Turkcell", "stake", "Irancell", false}}},
		{name: "a clause cut short after say", text: "Critics say Turkcell's stake in Irancell should be cut.",
			want: []triple{{"Turkcell", "stake", "Irancell", false}}},
		{name: "a stake the verb takes", text: "Yukos sold its stake in Sibneft last year.",
			want: []triple{{"Yukos", "sell", "Sibneft", false}},
			not:  []triple{{"Yukos", "stake", "Sibneft", false}}},
		{name: "a share of the possessor's stock", text: "Carl Icahn holds about 13.6 pct of Caesars World's stock.",
			want: []triple{{"Carl Icahn", "own", "Caesars World", false}}},
	})
}
