package extract_test

import (
	"testing"

	"github.com/kg-project/kg/graph"
)

// TestCommonInitialisms: a common noun written as an initialism, or its
// plural, names no one, whatever the tagger made of it; a name of several
// words that begins with one stays a name.
func TestCommonInitialisms(t *testing.T) {
	tagger := dictTagger{"Nicholas Negroponte": "PER", "PC": "ORG", "MPs": "ORG", "GDP": "ORG", "Dixons": "ORG", "PC World": "ORG", "VoIP": "LOC", "Skype": "ORG"}
	checkOrgContext(t, tagger, []orgContextCase{
		{"Nicholas Negroponte is developing a laptop PC that will sell for $100.", map[string]graph.Type{"Nicholas Negroponte": graph.Person}},
		{"Dixons said MPs were wrong about GDP.", map[string]graph.Type{"Dixons": graph.Org}},
		{"Skype sells VoIP calls.", map[string]graph.Type{"Skype": graph.Org}},
		{"Dixons owns PC World.", map[string]graph.Type{"Dixons": graph.Org, "PC World": graph.Org}},
	})
}
