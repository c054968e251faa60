package ranking_test

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/internal/ranking"
)

type fixed struct{ nodes []graph.Node }

func (f fixed) Nodes(fn func(graph.Node) error) error {
	for _, n := range f.nodes {
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

func (fixed) Edges(func(graph.Edge) error) error { return nil }

func analysed(t *testing.T, metrics map[uint64]graph.Metrics, nodes ...graph.Node) ranking.Analysed {
	t.Helper()
	g, err := analysis.Load(fixed{nodes})
	if err != nil {
		t.Fatal(err)
	}
	return ranking.Analysed{Graph: g, NodeMetrics: metrics}
}

// TestTopBreaksTiesByPageRankThenName: values equal to 12 digits tie,
// and fall to PageRank, then name.
func TestTopBreaksTiesByPageRankThenName(t *testing.T) {
	a := analysed(t, map[uint64]graph.Metrics{
		1: {Harmonic: 2, PageRank: 0.1},
		2: {Harmonic: 2 + 1e-14, PageRank: 0.1},
		3: {Harmonic: 2, PageRank: 0.3},
		4: {Harmonic: 5, PageRank: 0.01},
	}, graph.Node{ID: 1, Name: "Bea", Type: graph.Person}, graph.Node{ID: 2, Name: "Abe", Type: graph.Person},
		graph.Node{ID: 3, Name: "Cy", Type: graph.Org}, graph.Node{ID: 4, Name: "Di", Type: graph.Person})
	var names []string
	for _, row := range ranking.Top(a, "harmonic", "", 10) {
		names = append(names, row.Node.Name)
	}
	if want := "Di Cy Abe Bea"; strings.Join(names, " ") != want {
		t.Errorf("top by harmonic: %s, want %s", strings.Join(names, " "), want)
	}
	if rows := ranking.Top(a, "harmonic", graph.Person, 2); len(rows) != 2 || rows[0].Node.Name != "Di" || rows[1].Node.Name != "Abe" {
		t.Errorf("top 2 persons: %+v", rows)
	}
}

// TestCommunitiesLargestFirst: communities come largest first, each with
// its members of highest PageRank first, and those of more than one
// entity are counted.
func TestCommunitiesLargestFirst(t *testing.T) {
	a := analysed(t, map[uint64]graph.Metrics{
		1: {Community: 1, PageRank: 0.2}, 2: {Community: 1, PageRank: 0.5}, 3: {Community: 0, PageRank: 0.3},
	}, graph.Node{ID: 1, Name: "A"}, graph.Node{ID: 2, Name: "B"}, graph.Node{ID: 3, Name: "C"})
	rows, shared := ranking.Communities(a, 5, 1)
	if len(rows) != 2 || rows[0].ID != 1 || rows[0].Size != 2 || len(rows[0].Members) != 1 || rows[0].Members[0].Name != "B" || shared != 1 {
		t.Errorf("communities %+v, shared %d", rows, shared)
	}
}
