package extract_test

import (
	"testing"

	"github.com/kg-project/kg/graph"
)

// TestBracketNames: Reuters sets a company's name in angle brackets,
// which make it one organisation's name whatever the tagger made of its
// words, and a ticker after a name, which names no one and shows the
// capitalised words before it to be a company's.
func TestBracketNames(t *testing.T) {
	tagger := dictTagger{"Rapid-American Corp": "ORG", "Porterfield Buying": "PER", "Erik Penser": "PER", "SMBS": "ORG", "The Distillers": "ORG", "Guinness": "ORG"}
	checkOrgContext(t, tagger, []orgContextCase{
		{"<Rapid-American Corp> said it would sue <Porterfield Buying Unit> and its partners.",
			map[string]graph.Type{"Rapid-American Corp": graph.Org, "Porterfield Buying Unit": graph.Org}},
		{"Erik Penser bid for a large stake in Swedish Match <SMBS ST>, the match maker.",
			map[string]graph.Type{"Erik Penser": graph.Person, "Swedish Match": graph.Org}},
		{"Guinness took over <The Distillers Co Plc> last year.",
			map[string]graph.Type{"Guinness": graph.Org, "Distillers Co Plc": graph.Org}},
	})
}
