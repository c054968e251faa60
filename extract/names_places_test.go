package extract_test

import (
	"testing"

	"github.com/kg-project/kg/graph"
)

// TestPlaceTaggedAsPerson: a single word the tagger takes for a person
// is the place the gazetteer knows by it, unless people bear the name too
// ("Houston") or a title comes before it ("Lord Liverpool").
func TestPlaceTaggedAsPerson(t *testing.T) {
	tagger := dictTagger{"Monterrey": "PER", "Maseru": "PER", "Houston": "PER", "Liverpool": "PER", "Ford": "ORG"}
	checkOrgContext(t, tagger, []orgContextCase{
		{"Ford will build a plant in Monterrey.", map[string]graph.Type{"Ford": graph.Org, "Monterrey": graph.GPE}},
		{"Maseru is the capital of the kingdom.", map[string]graph.Type{"Maseru": graph.GPE}},
		{"Houston said he would sue Ford.", map[string]graph.Type{"Houston": graph.Person, "Ford": graph.Org}},
		{"The last prime minister that young was Lord Liverpool.", map[string]graph.Type{"Lord Liverpool": graph.Person}},
	})
}
