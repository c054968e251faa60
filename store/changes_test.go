package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// recorded returns what read read through a recording handle on s.
func recorded(t *testing.T, s *store.Store, read func(*store.Store) error) *store.Reads {
	t.Helper()
	reads := new(store.Reads)
	if err := read(s.Recording(reads)); err != nil {
		t.Fatal(err)
	}
	return reads
}

func neighboursOf(id uint64, q store.Query) func(*store.Store) error {
	return func(s *store.Store) error {
		_, err := s.Neighbours(id, q)
		return err
	}
}

func nodeOf(id uint64) func(*store.Store) error {
	return func(s *store.Store) error {
		_, err := s.Node(id)
		return err
	}
}

func lookupOf(name string) func(*store.Store) error {
	return func(s *store.Store) error {
		_, err := s.Lookup(name)
		return err
	}
}

// commit runs write and returns the generations before and after it.
func commit(t *testing.T, s *store.Store, write func() error) (before, after uint64) {
	t.Helper()
	before = s.Generation()
	if err := write(); err != nil {
		t.Fatal(err)
	}
	after = s.Generation()
	if after == before {
		t.Fatal("the write committed nothing")
	}
	return before, after
}

func putting(s *store.Store, articles ...*graph.Article) func() error {
	return func() error {
		_, err := s.Put(articles...)
		return err
	}
}

// wantChanged checks what Changed says of each read across one write.
func wantChanged(t *testing.T, s *store.Store, write string, before, after uint64, reads map[string]*store.Reads, want map[string]bool) {
	t.Helper()
	for name, r := range reads {
		if got := s.Changed(r, before, after); got != want[name] {
			t.Errorf("after %s, Changed(%s) = %t, want %t", write, name, got, want[name])
		}
	}
}

// TestChangedPut: a Put reports the nodes of the articles it stores and
// no other; a read of every node or of nothing known changes with any
// write, and nothing changes within one generation.
func TestChangedPut(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	versailles, obrien := lookupOne(t, s, "Versailles"), lookupOne(t, s, "O'Brien")
	reads := map[string]*store.Reads{
		"neighbours of Versailles": recorded(t, s, neighboursOf(versailles, store.Query{})),
		"node O'Brien":             recorded(t, s, nodeOf(obrien)),
		"nodes":                    recorded(t, s, func(s *store.Store) error { return s.Nodes(func(graph.Node) error { return nil }) }),
	}
	before, after := commit(t, s, putting(s, one("lima", entity("", "O’Brien", graph.Person, 1), entity("", "Lima", graph.GPE, 1))))
	wantChanged(t, s, "a Put naming O'Brien", before, after, reads, map[string]bool{"node O'Brien": true, "nodes": true})
	if !s.Changed(nil, before, after) {
		t.Error("Changed(nil) = false across a write")
	}
	for name, r := range reads {
		if s.Changed(r, after, after) {
			t.Errorf("Changed(%s) within one generation", name)
		}
	}
}

// TestChangedBeyondLimit: a walk's reads hold every node it read, those a
// limit leaves out of its rows included.
func TestChangedBeyondLimit(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	putin := lookupOne(t, s, "Vladimir Putin")
	rows, err := s.Neighbours(putin, store.Query{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Node.Name != "Emmanuel Macron" {
		t.Fatalf("the first neighbour of Putin is %v, want Emmanuel Macron alone", rows)
	}
	reads := map[string]*store.Reads{"first neighbour of Putin": recorded(t, s, neighboursOf(putin, store.Query{Limit: 1}))}
	before, after := commit(t, s, putting(s, one("russia", entity("", "Russia", graph.GPE, 1))))
	wantChanged(t, s, "a Put naming Russia, a neighbour past the limit", before, after, reads, map[string]bool{"first neighbour of Putin": true})
	before, after = commit(t, s, putting(s, one("oslo", entity("", "Oslo", graph.GPE, 1))))
	wantChanged(t, s, "a Put naming Oslo, no neighbour", before, after, reads, map[string]bool{})
}

// TestChangedLookup: a lookup by name changes when a node of that name
// appears, not when another does.
func TestChangedLookup(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	reads := map[string]*store.Reads{
		"Lima": recorded(t, s, lookupOf("LIMA")),
		"Oslo": recorded(t, s, lookupOf("Oslo")),
	}
	before, after := commit(t, s, putting(s, one("lima", entity("", "Lima", graph.GPE, 1))))
	wantChanged(t, s, "a Put naming Lima", before, after, reads, map[string]bool{"Lima": true})
}

// TestChangedResolve: the first resolution changes everything; a later
// one only the nodes it resolves otherwise.
func TestChangedResolve(t *testing.T) {
	s := openMemory(t)
	if _, err := s.Put(story()...); err != nil {
		t.Fatal(err)
	}
	oslo := recorded(t, s, lookupOf("Oslo"))
	before, after := commit(t, s, s.Resolve)
	wantChanged(t, s, "the first Resolve", before, after, map[string]*store.Reads{"Oslo": oslo}, map[string]bool{"Oslo": true})

	if _, err := s.Put(one("lima", entity("", "Lima", graph.GPE, 1)), one("assad-again", entity("", "Assad", graph.Person, 1))); err != nil {
		t.Fatal(err)
	}
	assad := lookupOne(t, s, "Bashar al-Assad")
	reads := map[string]*store.Reads{
		"node Bashar al-Assad":  recorded(t, s, nodeOf(assad)),
		"Lima":                  recorded(t, s, lookupOf("Lima")),
		"neighbours of Macron":  recorded(t, s, neighboursOf(lookupOne(t, s, "Emmanuel Macron"), store.Query{})),
		"neighbours of Assad":   recorded(t, s, neighboursOf(assad, store.Query{})),
		"node Vladimir Putin":   recorded(t, s, nodeOf(lookupOne(t, s, "Vladimir Putin"))),
		"lookup of Assad, name": recorded(t, s, lookupOf("Assad")),
	}
	before, after = commit(t, s, s.Resolve)
	wantChanged(t, s, "a Resolve joining Assad to Bashar al-Assad", before, after, reads, map[string]bool{
		"node Bashar al-Assad": true, "neighbours of Assad": true, "lookup of Assad, name": true,
	})
	if nodes, err := s.Lookup("Assad"); err != nil || len(nodes) != 1 || nodes[0].ID != assad {
		t.Errorf("Lookup(Assad) after Resolve = %v, %v; want Bashar al-Assad alone", nodes, err)
	}
}

// TestChangedEverything: writes that cannot say what they touch change
// every read: a curation file kept, an analysis stored.
func TestChangedEverything(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	reads := map[string]*store.Reads{"node Versailles": recorded(t, s, nodeOf(lookupOne(t, s, "Versailles")))}
	before, after := commit(t, s, func() error { return s.SetRules("test.rules", []byte("apart: Putin | Vladimir Putin\n")) })
	wantChanged(t, s, "SetRules", before, after, reads, map[string]bool{"node Versailles": true})
	before, after = commit(t, s, func() error { return s.PutAnalysis(graph.Analysis{}, nil) })
	wantChanged(t, s, "PutAnalysis", before, after, reads, map[string]bool{"node Versailles": true})
}

// TestChangedCuration: curating the stored articles again reports the
// nodes of the articles it changes.
func TestChangedCuration(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	if err := s.SetRules("test.rules", []byte("drop: Versailles\n")); err != nil {
		t.Fatal(err)
	}
	reads := map[string]*store.Reads{
		"node Versailles": recorded(t, s, nodeOf(lookupOne(t, s, "Versailles"))),
		"node O'Brien":    recorded(t, s, nodeOf(lookupOne(t, s, "O'Brien"))),
	}
	before, after := commit(t, s, func() error {
		_, err := s.ApplyRules(context.Background())
		return err
	})
	wantChanged(t, s, "ApplyRules dropping Versailles", before, after, reads, map[string]bool{"node Versailles": true})
}

// TestChangedLogBound: a read older than every write the log keeps is
// taken as changed.
func TestChangedLogBound(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	reads := recorded(t, s, nodeOf(lookupOne(t, s, "Versailles")))
	oldest := s.Generation()
	var recent uint64
	for i := range 300 {
		if i == 290 {
			recent = s.Generation()
		}
		if _, err := s.Put(one(fmt.Sprint("oslo", i), entity("", "Oslo", graph.GPE, 1))); err != nil {
			t.Fatal(err)
		}
	}
	now := s.Generation()
	if !s.Changed(reads, oldest, now) {
		t.Error("a read older than the log is not taken as changed")
	}
	if s.Changed(reads, recent, now) {
		t.Error("a read within the log is taken as changed by writes that did not touch it")
	}
}
