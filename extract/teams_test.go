package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// A place named where a team is, in a report of sport, is the team; the
// same names in other articles, or without a team's words beside them,
// stay places.
func TestMarkTeams(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"England": "LOC", "Wales": "LOC", "Cardiff": "LOC", "Andy Robinson": "PER", "Tony Blair": "PER", "Liverpool": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want map[string]graph.Type
	}{
		{"match report", "England beat Wales in Cardiff.\n\nThe match was the best of the tournament, and England coach Andy Robinson praised his squad.",
			map[string]graph.Type{"England": graph.Org, "Wales": graph.Org, "Cardiff": graph.GPE}},
		{"possessive", "Wales's fly-half kicked a penalty in Cardiff.\n\nThe rugby season ends with the tournament.",
			map[string]graph.Type{"Wales": graph.Org, "Cardiff": graph.GPE}},
		{"politics", "Tony Blair said England and Wales are against the plan.\n\nHe spoke in Cardiff.",
			map[string]graph.Type{"England": graph.GPE, "Wales": graph.GPE, "Cardiff": graph.GPE}},
		{"a club in a report of sport", "Liverpool beat Chelsea in the league match.\n\nThe coach praised his squad.",
			map[string]graph.Type{"Liverpool": graph.Org}},
		{"sport without a team's words", "The match in Cardiff drew fans from England.\n\nThe tournament and its cup are a league of their own.",
			map[string]graph.Type{"England": graph.GPE, "Cardiff": graph.GPE}},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			a := x.Extract(extract.Document{ID: "t", Text: test.text})
			got := make(map[string]graph.Type)
			for _, e := range a.Entities {
				got[e.Name] = e.Type
			}
			for name, want := range test.want {
				if got[name] != want {
					t.Errorf("%s is %q, want %s (entities %v)", name, got[name], want, got)
				}
			}
		})
	}
}
