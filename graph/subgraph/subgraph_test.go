package subgraph_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/subgraph"
)

type memorySource struct {
	nodes []graph.Node
	edges []graph.Edge
}

func (s memorySource) Nodes(fn func(graph.Node) error) error {
	for _, n := range s.nodes {
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

func (s memorySource) Edges(fn func(graph.Edge) error) error {
	for _, e := range s.edges {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

func day(year int, month time.Month, d int) time.Time {
	return time.Date(year, month, d, 0, 0, 0, 0, time.UTC)
}

// source is a chain 1 - 2 - 3 - 4 - 5 with a branch 2 - 6, an isolated
// node 7, and edges of varied weight, predicate and date.
func source() memorySource {
	return memorySource{
		nodes: []graph.Node{
			{ID: 1, Type: graph.Person}, {ID: 2, Type: graph.Person}, {ID: 3, Type: graph.Org},
			{ID: 4, Type: graph.GPE}, {ID: 5, Type: graph.Person}, {ID: 6, Type: graph.Org}, {ID: 7, Type: graph.Person},
		},
		edges: []graph.Edge{
			{From: 1, To: 2, Predicate: "meet", Weight: 3, First: day(2004, 1, 1), Last: day(2004, 3, 1)},
			{From: 2, To: 3, Predicate: "member_of", Weight: 1, First: day(2005, 1, 1), Last: day(2005, 1, 1)},
			{From: 4, To: 3, Predicate: "sue", Weight: 2},
			{From: 4, To: 5, Predicate: "meet", Weight: 1, First: day(2005, 6, 1), Last: day(2005, 7, 1)},
			{From: 6, To: 2, Predicate: "hire", Weight: 5, First: day(2003, 1, 1), Last: day(2005, 2, 1)},
		},
	}
}

func TestSelect(t *testing.T) {
	rank := func(id uint64) float64 { return float64(10 - id) } // 1 ranks highest
	for _, test := range []struct {
		name     string
		criteria subgraph.Criteria
		nodes    []uint64
		edges    int
	}{
		{"everything", subgraph.Criteria{}, []uint64{1, 2, 3, 4, 5, 6, 7}, 5},
		{"min weight", subgraph.Criteria{MinWeight: 2}, []uint64{1, 2, 3, 4, 6}, 3},
		{"types", subgraph.Criteria{Types: []graph.Type{graph.Person}}, []uint64{1, 2, 5, 7}, 1},
		{"predicates", subgraph.Criteria{Predicates: []string{"meet"}}, []uint64{1, 2, 4, 5}, 2},
		{"since", subgraph.Criteria{Since: day(2005, 1, 15)}, []uint64{2, 4, 5, 6}, 2},
		{"until", subgraph.Criteria{Until: day(2004, 2, 1)}, []uint64{1, 2, 6}, 2},
		{"window within an edge's range", subgraph.Criteria{Since: day(2004, 6, 1), Until: day(2004, 7, 1)}, []uint64{2, 6}, 1},
		{"ego depth 1", subgraph.Criteria{HasEgo: true, Ego: 2}, []uint64{1, 2, 3, 6}, 3},
		{"ego depth 2", subgraph.Criteria{HasEgo: true, Ego: 2, Depth: 2}, []uint64{1, 2, 3, 4, 6}, 4},
		{"ego of an isolated node", subgraph.Criteria{HasEgo: true, Ego: 7, Depth: 3}, []uint64{7}, 0},
		{"top", subgraph.Criteria{Top: 3}, []uint64{1, 2, 3}, 2},
		{"top after ego", subgraph.Criteria{HasEgo: true, Ego: 4, Depth: 1, Top: 2}, []uint64{3, 4}, 1},
		{"top keeps the ego", subgraph.Criteria{HasEgo: true, Ego: 5, Depth: 2, Top: 2}, []uint64{3, 5}, 0},
		{"top of one is the ego", subgraph.Criteria{HasEgo: true, Ego: 6, Depth: 1, Top: 1}, []uint64{6}, 0},
		{"combined", subgraph.Criteria{MinWeight: 1, Types: []graph.Type{graph.Person, graph.Org}, Top: 10}, []uint64{1, 2, 3, 6}, 3},
	} {
		t.Run(test.name, func(t *testing.T) {
			g, err := subgraph.Select(source(), test.criteria, rank)
			if err != nil {
				t.Fatal(err)
			}
			var ids []uint64
			g.Nodes(func(n graph.Node) error { ids = append(ids, n.ID); return nil })
			if !slices.Equal(ids, test.nodes) {
				t.Errorf("nodes %v, want %v", ids, test.nodes)
			}
			edges := 0
			g.Edges(func(e graph.Edge) error {
				edges++
				if !slices.Contains(ids, e.From) || !slices.Contains(ids, e.To) {
					t.Errorf("dangling edge %d -> %d", e.From, e.To)
				}
				return nil
			})
			if edges != test.edges || g.EdgeCount() != edges || g.Len() != len(ids) {
				t.Errorf("%d edges (EdgeCount %d, Len %d), want %d", edges, g.EdgeCount(), g.Len(), test.edges)
			}
		})
	}
}

func TestSelectErrors(t *testing.T) {
	for _, test := range []struct {
		name     string
		criteria subgraph.Criteria
		rank     func(uint64) float64
		want     error
	}{
		{"unknown ego", subgraph.Criteria{HasEgo: true, Ego: 99}, nil, subgraph.ErrEgoMissing},
		{"ego filtered out", subgraph.Criteria{HasEgo: true, Ego: 4, Types: []graph.Type{graph.Person}}, nil, subgraph.ErrEgoMissing},
		{"top without rank", subgraph.Criteria{Top: 1}, nil, subgraph.ErrNoRank},
	} {
		t.Run(test.name, func(t *testing.T) {
			if _, err := subgraph.Select(source(), test.criteria, test.rank); !errors.Is(err, test.want) {
				t.Errorf("error %v, want %v", err, test.want)
			}
		})
	}
}
