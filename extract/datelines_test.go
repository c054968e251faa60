package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestDatelines: the names of a dateline are places, found where the
// tagger missed them and kept apart from the club or team the rest of the
// article names alike; a line of results is no dateline.
func TestDatelines(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Nice": "ORG", "NICE": "ORG", "Lyon": "ORG", "France": "LOC", "Stirling": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       map[string][]graph.Type
	}{
		{"club", "NICE , France 1996-08-30\n\nNice beat Lyon 2-0 in the league match on Friday .",
			map[string][]graph.Type{"NICE": {graph.GPE}, "Nice": {graph.Org}, "France": {graph.GPE}}},
		{"missed by the tagger", "SANTIAGO 1996-08-31\n\nThe quake was felt across the region .",
			map[string][]graph.Type{"SANTIAGO": {graph.GPE}}},
		{"month and day", "WELLINGTON, Jan 5\n\nThe quake was felt across the region .",
			map[string][]graph.Type{"WELLINGTON": {graph.GPE}}},
		{"results", "Scottish league results on Saturday :\n\nStirling 1 Montrose 1\n\nThe league match ended level .",
			map[string][]graph.Type{"Stirling": {graph.Org}}},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			expectMentionTypes(t, x, test.text, test.want)
		})
	}
}
