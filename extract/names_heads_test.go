package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestOrganisationHeadsAreNoPeople: the head noun of an organisation's
// name, standing alone where the tagger cut the name, names no one.
func TestOrganisationHeadsAreNoPeople(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Trust": "PER", "Trinity Mirror": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	text := "Trinity Mirror has invested online, and so has the Trust."
	checkEntities(t, text, entityTypes(t, x, text), map[string]graph.Type{"Trinity Mirror": graph.Org})
}
