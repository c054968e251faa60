package store_test

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// edgesOf lists the store's edges of one predicate.
func edgesOf(t *testing.T, s *store.Store, predicate string) []graph.Edge {
	t.Helper()
	var edges []graph.Edge
	err := s.Edges(func(e graph.Edge) error {
		if e.Predicate == predicate {
			edges = append(edges, e)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return edges
}

// reached returns the names Neighbours finds one step from node, and the
// weight each was reached by; a symmetric edge, stored once, is one
// relation of its row whatever the direction asked.
func reached(t *testing.T, s *store.Store, node uint64, q store.Query) map[string]int {
	t.Helper()
	rows, err := s.Neighbours(node, q)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]int{}
	for _, row := range rows {
		names[row.Node.Name] = row.Weight
		if len(row.Relations) != 1 {
			t.Errorf("Neighbours(%d, %+v): %s by %d relations, want one", node, q, row.Node.Name, len(row.Relations))
		}
	}
	return names
}

// checkBothWays asserts that a and b see each other by a meet edge of
// weight, whichever direction the walk follows, and that the edge's
// evidence is read from either end.
func checkBothWays(t *testing.T, s *store.Store, a, b string, weight int) {
	t.Helper()
	for _, pair := range [][2]string{{a, b}, {b, a}} {
		node := lookupOne(t, s, pair[0])
		for _, direction := range []store.Direction{store.Out, store.In, store.Both} {
			got := reached(t, s, node, store.Query{Direction: direction, Predicates: []string{"meet"}})
			if len(got) != 1 || got[pair[1]] != weight {
				t.Errorf("Neighbours(%s, direction %d) = %v, want %s by weight %d", pair[0], direction, got, pair[1], weight)
			}
		}
	}
	edges := edgesOf(t, s, "meet")
	if len(edges) != 1 || edges[0].Weight != weight {
		t.Fatalf("meet edges %+v, want one of weight %d", edges, weight)
	}
	reversed := edges[0]
	reversed.From, reversed.To = reversed.To, reversed.From
	for _, e := range []graph.Edge{edges[0], reversed} {
		evidence, err := s.Evidence(e, 0)
		if err != nil || len(evidence) != weight {
			t.Errorf("Evidence(%d -meet-> %d) = %d sentences, %v; want %d", e.From, e.To, len(evidence), err, weight)
		}
	}
}

func TestSymmetricStoredOnce(t *testing.T) {
	s := openMemory(t)
	a := one("a", entity("", "Jacques Chirac", graph.Person, 1), entity("", "Tony Blair", graph.Person, 1), entity("", "Paris", graph.GPE, 1))
	a.Relations = []graph.Relation{
		// One sentence stating it both ways, another from the other side.
		relation("e1", "meet", "e2", 0, "Chirac and Blair met."),
		relation("e2", "meet", "e1", 0, "Chirac and Blair met."),
		relation("e2", "meet", "e1", 30, "Blair met Chirac again."),
		relation("e2", "visit", "e3", 60, "Blair visited Paris."),
	}
	put(t, s, a)
	checkBothWays(t, s, "Jacques Chirac", "Tony Blair", 2)
	stats, err := s.Stats()
	if err != nil || stats.Edges != 2 || stats.Evidence != 3 || stats.Predicates["meet"] != 1 {
		t.Errorf("Stats = %+v, %v; want 2 edges, 3 sentences, one meet edge", stats, err)
	}
	// A directed predicate keeps its direction.
	paris := lookupOne(t, s, "Paris")
	if got := reached(t, s, paris, store.Query{Direction: store.Out}); len(got) != 0 {
		t.Errorf("Paris reaches %v going out, want nothing: Blair visited Paris", got)
	}
	if got := reached(t, s, paris, store.Query{Direction: store.In}); got["Tony Blair"] != 1 {
		t.Errorf("Paris reaches %v coming in, want Tony Blair", got)
	}
}

// TestSymmetricAfterResolution: statements stored from nodes in either
// order stay one edge once Resolve joins the nodes into entities whose
// ids stand the other way round.
func TestSymmetricAfterResolution(t *testing.T) {
	s := openMemory(t)
	// Nodes: 1 Emmanuel Macron, 2 Vladimir Putin (stored 1 -> 2); then
	// 3 Putin, 4 Macron (stored 3 -> 4), which Resolve joins to 2 and 1.
	a := one("a", entity("", "Emmanuel Macron", graph.Person, 2, "Macron"), entity("", "Vladimir Putin", graph.Person, 2, "Putin"))
	a.Relations = []graph.Relation{relation("e2", "meet", "e1", 0, "Vladimir Putin met Emmanuel Macron.")}
	b := one("b", entity("", "Putin", graph.Person, 1), entity("", "Macron", graph.Person, 1))
	b.Relations = []graph.Relation{relation("e2", "meet", "e1", 0, "Macron met Putin.")}
	put(t, s, a, b)
	if nodes := nodesByName(t, s); len(nodes) != 2 {
		t.Fatalf("nodes %v, want Putin and Macron resolved to two entities", nodes)
	}
	checkBothWays(t, s, "Vladimir Putin", "Emmanuel Macron", 2)
}

func TestNeighboursPredicates(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	putin := lookupOne(t, s, "Putin")
	got := reached(t, s, putin, store.Query{Predicates: []string{"visited", "supports"}})
	if len(got) != 2 || got["Versailles"] != 1 || got["Syria"] != 1 {
		t.Errorf("Neighbours(Putin, visited or supports) = %v, want Versailles and Syria", got)
	}
	if got := reached(t, s, putin, store.Query{Predicates: []string{"sued"}}); len(got) != 0 {
		t.Errorf("Neighbours(Putin, sued) = %v, want none", got)
	}
}

func TestPredicates(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	got, err := s.Predicates()
	want := []string{"criticised", "met", "president", "supports", "visited"}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("Predicates() = %v, %v; want %v", got, err, want)
	}
}
