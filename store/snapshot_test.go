package store_test

import (
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// TestSnapshotIgnoresLaterWrites: articles stored while a snapshot is
// read are not seen by it, and every edge it gives joins two of its nodes.
func TestSnapshotIgnoresLaterWrites(t *testing.T) {
	s := openMemory(t)
	put(t, s, versailles())
	read := func(src interface {
		Nodes(func(graph.Node) error) error
		Edges(func(graph.Edge) error) error
	}) (map[uint64]bool, []graph.Edge) {
		nodes := map[uint64]bool{}
		if err := src.Nodes(func(n graph.Node) error { nodes[n.ID] = true; return nil }); err != nil {
			t.Fatal(err)
		}
		var edges []graph.Edge
		if err := src.Edges(func(e graph.Edge) error { edges = append(edges, e); return nil }); err != nil {
			t.Fatal(err)
		}
		return nodes, edges
	}
	before, _ := read(s)
	err := s.Snapshot(func(snap store.Snapshot) error {
		first, _ := read(snap)
		put(t, s, syria())
		nodes, edges := read(snap)
		if len(first) != len(before) || len(nodes) != len(before) {
			t.Errorf("snapshot holds %d then %d nodes, want %d", len(first), len(nodes), len(before))
		}
		for _, e := range edges {
			if !nodes[e.From] || !nodes[e.To] {
				t.Errorf("edge %d -> %d joins a node the snapshot does not hold", e.From, e.To)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	after, _ := read(s)
	if len(after) <= len(before) {
		t.Errorf("the store holds %d nodes after a second article, %d before", len(after), len(before))
	}
}
