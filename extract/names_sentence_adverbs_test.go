package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestSentenceAdverbs: an adverb opening a sentence that the tagger takes
// into a name ("Meanwhile Lib Dem leader") is no part of it, and the name
// finds its entity; alone ("However,") it is no name.
func TestSentenceAdverbs(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{
		"Meanwhile Lib Dem": "ORG", "Liberal Democrats": "ORG", "However Sony": "ORG", "Sadly": "PER",
		"Worldcom": "ORG", "MCI": "ORG",
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"Meanwhile Lib Dem leaders met. The Liberal Democrats won.", map[string]graph.Type{"Liberal Democrats": graph.Org}},
		{"However Sony did not comment.", map[string]graph.Type{"Sony": graph.Org}},
		// Alone before a comma, the adverb is no name either, though the
		// tagger take it for one or it stand where a company's name would
		// ("Wirecard, the payments company").
		{"Sadly, Sony did not comment.", map[string]graph.Type{"Sony": graph.Org}},
		{"Worldcom filed for bankruptcy. However, the firm - now renamed MCI - has recovered.", map[string]graph.Type{"Worldcom": graph.Org, "MCI": graph.Org}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}
