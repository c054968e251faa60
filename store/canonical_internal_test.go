package store

import (
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
)

// countGenerations returns how many canonical and group keys each
// generation has.
func countGenerations(t *testing.T, s *Store) map[uint64]int {
	t.Helper()
	counts := make(map[uint64]int)
	err := s.db.View(func(txn *badger.Txn) error {
		for _, prefix := range []byte{prefixCanonical, prefixGroup} {
			err := scan(txn, []byte{prefix}, false, func(key Key, _ []byte) error {
				counts[key.Generation]++
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return counts
}

// A Resolve killed before it put its generation in force left keys that
// queries do not read and the next Resolve removes; each Resolve leaves
// one generation, the one in force, and does nothing when no article was
// put since the last.
func TestResolveGenerations(t *testing.T) {
	s, err := Open("", Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	article := &graph.Article{ID: "a", Hash: "h", Entities: []graph.Entity{
		{ID: "e1", Name: "Arjen Robben", Type: graph.Person},
		{ID: "e2", Name: "Robben", Type: graph.Person},
	}}
	if _, err := s.Put(article); err != nil {
		t.Fatal(err)
	}
	if err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	if counts := countGenerations(t, s); len(counts) != 1 || counts[1] != 2 {
		t.Fatalf("after the first Resolve, keys by generation %v; want the group and the canonical key of its other member, of generation 1", counts)
	}
	// Nothing put since: nothing to do.
	if err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	if counts := countGenerations(t, s); len(counts) != 1 || counts[1] != 2 {
		t.Fatalf("Resolve with nothing put since the last wrote generation %v", counts)
	}
	// What a Resolve killed after writing generation 2 in part leaves.
	err = s.db.Update(func(txn *badger.Txn) error {
		return txn.Set(canonicalKey(2, 1), encodeID(0))
	})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	if err := s.Nodes(func(n graph.Node) error { names = append(names, n.Name); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(names) != 1 || names[0] != "Arjen Robben" {
		t.Errorf("nodes %q with an unfinished generation present, want Arjen Robben alone", names)
	}
	if _, err := s.Put(&graph.Article{ID: "b", Hash: "h-b", Entities: []graph.Entity{{ID: "e1", Name: "Paris", Type: graph.GPE}}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	if counts := countGenerations(t, s); len(counts) != 1 || counts[2] != 2 {
		t.Errorf("after the second Resolve, keys by generation %v; want those two keys of generation 2 alone", counts)
	}
}
