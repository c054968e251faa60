package subgraph

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/kg-project/kg/graph"
)

// Source is what Select reads: the store satisfies it.
type Source interface {
	Nodes(fn func(graph.Node) error) error
	Edges(fn func(graph.Edge) error) error
}

// Criteria say what Select keeps; the zero value keeps everything.
type Criteria struct {
	MinWeight  int          // edges with fewer evidence sentences go
	Types      []graph.Type // nil: every type
	Predicates []string     // nil: every predicate
	// Since and Until bound the dates of edges' evidence, both inclusive;
	// zero means unbounded.
	Since, Until time.Time
	// Ego, when HasEgo, keeps only the nodes within Depth steps (at least
	// 1) of the node with this id.
	Ego    uint64
	HasEgo bool
	Depth  int
	Top    int // > 0: keep only this many nodes: the ego, if any, and the highest ranked
}

func (c Criteria) filtersEdges() bool {
	return c.MinWeight > 0 || len(c.Predicates) > 0 || !c.Since.IsZero() || !c.Until.IsZero()
}

// KeepsEdge reports whether e passes the criteria on edges: weight,
// predicate and dates.
func (c Criteria) KeepsEdge(e graph.Edge) bool {
	if e.Weight < c.MinWeight {
		return false
	}
	if len(c.Predicates) > 0 && !slices.Contains(c.Predicates, e.Predicate) {
		return false
	}
	if c.Since.IsZero() && c.Until.IsZero() {
		return true
	}
	if e.First.IsZero() || e.Last.IsZero() {
		return false
	}
	return (c.Since.IsZero() || !e.Last.Before(c.Since)) && (c.Until.IsZero() || !e.First.After(c.Until))
}

// Graph is a selected part of the knowledge graph, held in memory. It
// satisfies the export and analysis packages' Graph and Source.
type Graph struct {
	nodes []graph.Node // ascending id
	edges []graph.Edge
}

// Nodes calls fn with every node in ascending id order.
func (g *Graph) Nodes(fn func(graph.Node) error) error {
	for _, n := range g.nodes {
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

// Edges calls fn with every edge, in the order the source gave them.
func (g *Graph) Edges(fn func(graph.Edge) error) error {
	for _, e := range g.edges {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// Len is the number of nodes.
func (g *Graph) Len() int { return len(g.nodes) }

// EdgeCount is the number of edges.
func (g *Graph) EdgeCount() int { return len(g.edges) }

// Select reads src and keeps what c asks for, in the order the package
// documentation gives. rank scores nodes for c.Top and may be nil
// otherwise.
func Select(src Source, c Criteria, rank func(id uint64) float64) (*Graph, error) {
	if c.Top > 0 && rank == nil {
		return nil, ErrNoRank
	}
	kept := make(map[uint64]graph.Node)
	err := src.Nodes(func(n graph.Node) error {
		if len(c.Types) == 0 || slices.Contains(c.Types, n.Type) {
			kept[n.ID] = n
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("subgraph: read nodes: %w", err)
	}
	var edges []graph.Edge
	err = src.Edges(func(e graph.Edge) error {
		if c.KeepsEdge(e) {
			edges = append(edges, e)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("subgraph: read edges: %w", err)
	}
	edges = slices.DeleteFunc(edges, func(e graph.Edge) bool { return !bothKept(kept, e) })

	if c.filtersEdges() {
		linked := make(map[uint64]bool)
		for _, e := range edges {
			linked[e.From], linked[e.To] = true, true
		}
		for id := range kept {
			if !linked[id] {
				delete(kept, id)
			}
		}
	}
	if c.HasEgo {
		if _, found := kept[c.Ego]; !found {
			return nil, fmt.Errorf("%w: %d", ErrEgoMissing, c.Ego)
		}
		reached := neighbourhood(edges, c.Ego, max(c.Depth, 1))
		for id := range kept {
			if !reached[id] {
				delete(kept, id)
			}
		}
	}
	if c.Top > 0 && len(kept) > c.Top {
		ids := make([]uint64, 0, len(kept))
		for id := range kept {
			ids = append(ids, id)
		}
		slices.SortFunc(ids, func(a, b uint64) int {
			return cmp.Or(compareEgo(c, a, b), cmp.Compare(rank(b), rank(a)), cmp.Compare(a, b))
		})
		for _, id := range ids[c.Top:] {
			delete(kept, id)
		}
	}

	g := &Graph{nodes: make([]graph.Node, 0, len(kept))}
	for _, n := range kept {
		g.nodes = append(g.nodes, n)
	}
	slices.SortFunc(g.nodes, func(a, b graph.Node) int { return cmp.Compare(a.ID, b.ID) })
	for _, e := range edges {
		if bothKept(kept, e) {
			g.edges = append(g.edges, e)
		}
	}
	return g, nil
}

// compareEgo ranks the ego, when there is one, above every other node.
func compareEgo(c Criteria, a, b uint64) int {
	if !c.HasEgo {
		return 0
	}
	switch {
	case a == c.Ego && b != c.Ego:
		return -1
	case b == c.Ego && a != c.Ego:
		return 1
	}
	return 0
}

func bothKept(kept map[uint64]graph.Node, e graph.Edge) bool {
	_, from := kept[e.From]
	_, to := kept[e.To]
	return from && to
}

// neighbourhood returns the nodes within depth steps of start along edges
// in either direction, start included.
func neighbourhood(edges []graph.Edge, start uint64, depth int) map[uint64]bool {
	adjacent := make(map[uint64][]uint64)
	for _, e := range edges {
		adjacent[e.From] = append(adjacent[e.From], e.To)
		adjacent[e.To] = append(adjacent[e.To], e.From)
	}
	reached := map[uint64]bool{start: true}
	frontier := []uint64{start}
	for step := 0; step < depth && len(frontier) > 0; step++ {
		var next []uint64
		for _, id := range frontier {
			for _, other := range adjacent[id] {
				if !reached[other] {
					reached[other] = true
					next = append(next, other)
				}
			}
		}
		frontier = next
	}
	return reached
}
