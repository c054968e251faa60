package extract

import (
	"testing"

	"github.com/kg-project/kg/graph"
)

// TestOutletNames checks the reading of news_outlets: whole names, a "*"
// before or after, a leading "the" and a possessive 's set aside, people
// never outlets.
func TestOutletNames(t *testing.T) {
	tests := []struct {
		name string
		typ  graph.Type
		want bool
	}{
		{"BBC", graph.Org, true},
		{"BBC Radio 4", graph.Org, true},
		{"BBC's Talking Point", graph.Org, true},
		{"The Guardian", graph.Org, true},
		{"Newcastle Evening Chronicle", graph.Org, true},
		{"Sky News", graph.Org, true},
		{"South Wales Evening Post", graph.Org, true},
		{"The World at One.", graph.Org, true},
		{"Guardian Media Group", graph.Org, false},
		{"Royal Mail", graph.Org, false},
		{"American Express", graph.Org, false},
		{"Deutsche Post", graph.Org, false},
		{"Google", graph.Org, false},
		{"News", graph.Person, false},
		{"Reuters", graph.Person, false},
	}
	for _, tc := range tests {
		e := &entity{name: tc.name, typ: tc.typ}
		if got := e.outlet(); got != tc.want {
			t.Errorf("outlet(%q, %s) = %v, want %v", tc.name, tc.typ, got, tc.want)
		}
	}
	alias := &entity{name: "Corporation", typ: graph.Org, aliases: []string{"the BBC"}}
	if !alias.outlet() {
		t.Errorf("an entity with the alias %q is not an outlet", alias.aliases[0])
	}
}
