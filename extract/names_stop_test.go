package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestSentenceStopInName: the full stop that ends a sentence is not part
// of the name before it, though the tokeniser leaves it on the name's last
// word; an abbreviation keeps its own.
func TestSentenceStopInName(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Barry Lim.": "PER", "Barry Lim": "PER", "Lim": "PER", "Warner Bros.": "ORG", "California": "LOC"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"\"Don't you care about the Inuit?\", implored campaigner Barry Lim. \"I don't care about them.\"\n\nMr Lim later left the show.", map[string]graph.Type{"Barry Lim": graph.Person}},
		{"The film was made by Warner Bros. in California.", map[string]graph.Type{"Warner Bros.": graph.Org, "California": graph.GPE}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}
