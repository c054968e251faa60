package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestConjunctNames: a name the tagger missed that is coordinated with an
// organisation or a place it found is found with its type; not a word the
// article writes small elsewhere at the start of a sentence, nor a name
// listed with a person's.
func TestConjunctNames(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Halvern": "ORG", "Chelsea": "ORG", "Brightcove": "ORG", "Jay Zeller": "PER"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"Arsenal and Halvern, who finished above Chelsea, declined to comment.",
			map[string]graph.Type{"Arsenal": graph.Org, "Halvern": graph.Org, "Chelsea": graph.Org}},
		{"The plan was backed by Brightcove and Zentrix Labs in March.",
			map[string]graph.Type{"Brightcove": graph.Org, "Zentrix Labs": graph.Org}},
		{"Police and Brightcove staff met. The police left.",
			map[string]graph.Type{"Brightcove": graph.Org}},
		{"The album was released by Jay Zeller and Roc Nation.",
			map[string]graph.Type{"Jay Zeller": graph.Person}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}
