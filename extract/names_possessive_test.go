package extract_test

import (
	"testing"

	"github.com/kg-project/kg/graph"
)

// TestPossessiveSplitsNames: a name the gazetteer knows and its
// possessive before another name are two names, though the tagger ran
// them together; a name whose possessive is its own stays whole.
func TestPossessiveSplitsNames(t *testing.T) {
	tagger := dictTagger{"UN 's Farming Agency": "ORG", "Altria 's Philip Morris": "ORG", "Pantera 's Corp": "ORG"}
	checkOrgContext(t, tagger, []orgContextCase{
		{"The UN's Farming Agency has warned of famine.",
			map[string]graph.Type{"United Nations": graph.Org, "Farming Agency": graph.Org}},
		{"Altria's Philip Morris now accepts that nicotine is harmful.",
			map[string]graph.Type{"Altria": graph.Org, "Philip Morris": graph.Org}},
		{"Pantera's Corp agreed to acquire the chain.",
			map[string]graph.Type{"Pantera's Corp": graph.Org}},
	})
}
