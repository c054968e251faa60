package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// salienceNames adds to the description names the entities the salience
// cases need.
var salienceNames = func() dictTagger {
	d := dictTagger{
		"Greenland": "LOC", "Denmark": "LOC", "NATO": "ORG", "Spain": "LOC", "Brussels": "LOC",
		"Chelsea": "ORG", "Fulham": "ORG", "Joao Felix": "PER",
	}
	for name, typ := range descriptionNames {
		d[name] = typ
	}
	return d
}()

// TestSalienceCoArguments checks that an entity that is a co-argument of a
// description is none of its candidates anywhere in the window, so the
// one left stands out.
func TestSalienceCoArguments(t *testing.T) {
	x, err := extract.NewWithTagger(salienceNames)
	if err != nil {
		t.Fatal(err)
	}
	checkCases(t, x, []relationCase{
		// The subject named before too is not the company it buys.
		{
			text: "Orange published its results on Monday. Vodafone made an offer on Tuesday and later bought the company.",
			want: []triple{{"Vodafone", "buy", "Orange", false}},
		},
		// Through the noun a description completes: "a deal with the
		// regulator" is not Vodafone's with itself.
		{
			text: "Vodafone complained to Ofcom about prices. Vodafone later struck a deal with the regulator.",
			want: []triple{{"Vodafone", "deal", "Ofcom", false}},
		},
		// Two others than the co-argument are still ambiguous.
		{
			text: "Toyota sued Ofcom. Peugeot sued Ofcom. Vodafone later bought the company.",
			not:  []triple{{"Vodafone", "buy", "Toyota", false}, {"Vodafone", "buy", "Peugeot", false}},
		},
	})
}

// TestSalienceHeads checks descriptions by heads that stand for places,
// alliances and players by their position.
func TestSalienceHeads(t *testing.T) {
	x, err := extract.NewWithTagger(salienceNames)
	if err != nil {
		t.Fatal(err)
	}
	checkCases(t, x, []relationCase{
		{
			text: "Greenland held an election on Tuesday. Denmark praised the island.",
			want: []triple{{"Denmark", "praise", "Greenland", false}},
		},
		{
			text: "NATO met in Brussels on Monday. Spain criticised the alliance.",
			want: []triple{{"Spain", "criticise", "NATO", false}},
		},
		{
			text: "Chelsea signed Joao Felix in August. Fulham had wanted the striker.",
			want: []triple{{"Fulham", "want", "Joao Felix", false}},
		},
	})
}
