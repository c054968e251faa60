package extract_test

import (
	"testing"

	"github.com/kg-project/kg/graph"
)

// TestLeaderAndTheBodyHeLeads: a leader's name alone is the leader, not
// the administration or government named after him, and that body is an
// organisation even where the tagger takes it for the man.
func TestLeaderAndTheBodyHeLeads(t *testing.T) {
	checkOrgContext(t, dictTagger{"Bywater": "PER", "Reagan": "PER", "Reagan Administration": "ORG"}, []orgContextCase{
		{"Bywater called on Reagan to act. Bywater said the Reagan Administration must act.",
			map[string]graph.Type{"Bywater": graph.Person, "Reagan": graph.Person, "Reagan Administration": graph.Org}},
	})
	checkOrgContext(t, dictTagger{"Bywater": "PER", "Blair": "PER", "Blair Government": "PER"}, []orgContextCase{
		{"Bywater met Blair. Bywater said the Blair Government must act.",
			map[string]graph.Type{"Bywater": graph.Person, "Blair": graph.Person, "Blair Government": graph.Org}},
	})
}
