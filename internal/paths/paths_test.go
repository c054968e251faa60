package paths_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/internal/paths"
)

// fixed is a graph held in slices.
type fixed struct {
	nodes []graph.Node
	edges []graph.Edge
}

func (f fixed) Nodes(fn func(graph.Node) error) error {
	for _, n := range f.nodes {
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

func (f fixed) Edges(fn func(graph.Edge) error) error {
	for _, e := range f.edges {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// sentences gives each edge one sentence naming it, dated by its First.
type sentences struct{}

func (sentences) Evidence(e graph.Edge, limit int) ([]graph.Evidence, error) {
	return []graph.Evidence{{Document: fmt.Sprint("doc-", e.Predicate), Text: fmt.Sprintf("%d %s %d", e.From, e.Predicate, e.To), Date: e.First}}, nil
}

// TestFindPicksHeaviestThenEarliestStatement: a step is made by the
// heaviest edge between its nodes, the earliest stated of equals, read
// forward when it goes the path's way or its predicate is symmetric.
func TestFindPicksHeaviestThenEarliestStatement(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2005, 1, d, 0, 0, 0, 0, time.UTC) }
	g := fixed{
		nodes: []graph.Node{{ID: 1, Name: "A"}, {ID: 2, Name: "B"}, {ID: 3, Name: "C"}},
		edges: []graph.Edge{
			{From: 1, To: 2, Predicate: "praise", Weight: 1, First: day(1)},
			{From: 2, To: 1, Predicate: "criticise", Weight: 2, First: day(5)},
			{From: 2, To: 1, Predicate: "thank", Weight: 2, First: day(3)},
			{From: 2, To: 3, Predicate: "meet", Weight: 1, First: day(2)},
		},
	}
	loaded, err := analysis.Load(g)
	if err != nil {
		t.Fatal(err)
	}
	found, err := paths.Find(loaded, g, sentences{}, 1, 3, 1)
	if err != nil || len(found) != 1 || len(found[0]) != 2 {
		t.Fatalf("Find: %v, %v", found, err)
	}
	first, second := found[0][0], found[0][1]
	if first.From != 1 || first.To != 2 || first.Edge.Predicate != "thank" || first.Forward || first.Evidence.Text != "2 thank 1" {
		t.Errorf("first step %+v, want B thank A read backwards", first)
	}
	if second.Edge.Predicate != "meet" || !second.Forward {
		t.Errorf("second step %+v, want B meet C forward", second)
	}
}
