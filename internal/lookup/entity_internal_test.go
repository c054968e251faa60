package lookup

import (
	"testing"

	"github.com/kg-project/kg/graph"
)

func TestDominant(t *testing.T) {
	node := func(name string, t graph.Type, mentions int) graph.Node {
		return graph.Node{Name: name, Type: t, Mentions: mentions}
	}
	tests := []struct {
		name       string
		candidates []graph.Node
		want       bool
	}{
		{"far more mentions, other names", []graph.Node{node("Vladimir Putin", graph.Person, 30), node("Putin", graph.Org, 2)}, true},
		{"exactly three times", []graph.Node{node("Vladimir Putin", graph.Person, 9), node("Putin", graph.Org, 3)}, true},
		{"not three times", []graph.Node{node("Vladimir Putin", graph.Person, 8), node("Putin", graph.Org, 3)}, false},
		{"same name, other type", []graph.Node{node("Jordan", graph.GPE, 50), node("Jordan", graph.Person, 1)}, false},
		{"same name up to case and spaces", []graph.Node{node("Jordan", graph.GPE, 50), node("Putin", graph.Person, 1), node(" jordan ", graph.Org, 1)}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			top, ok := dominant(tc.candidates)
			if ok != tc.want {
				t.Fatalf("dominant = %v, want %v", ok, tc.want)
			}
			if ok && top.Name != tc.candidates[0].Name {
				t.Errorf("picked %q, want %q", top.Name, tc.candidates[0].Name)
			}
		})
	}
}
