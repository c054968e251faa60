package store_test

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// entities returns the names of the nodes filter selects, in the order
// Entities gives them.
func entities(t *testing.T, s *store.Store, filter store.EntityFilter) []store.Entity {
	t.Helper()
	var found []store.Entity
	err := s.Entities(filter, func(e store.Entity) error {
		found = append(found, e)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

func TestEntitiesDocuments(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	var putin *store.Entity
	for _, e := range entities(t, s, store.EntityFilter{Documents: true}) {
		if e.Name == "Vladimir Putin" {
			putin = &e
		}
	}
	want := map[string][]string{"versailles": {"Putin", "Vladimir Putin"}, "syria": {"Putin"}}
	if putin == nil || !reflect.DeepEqual(putin.Documents, want) {
		t.Fatalf("Putin's documents = %v, want %v", putin, want)
	}
	if putin.Mentions != 5 || putin.Documents == nil || putin.Node.Documents != 2 {
		t.Errorf("Putin's node = %+v, want 5 mentions in 2 documents", putin.Node)
	}
}

// TestEntitiesDocumentsMatchNodes checks, over many articles, that every
// node's documents are the articles its count says, and that each name
// given for one is a name that article gave an entity.
func TestEntitiesDocumentsMatchNodes(t *testing.T) {
	s := openMemory(t)
	articles := syntheticArticles(300)
	put(t, s, articles...)
	names := make(map[string][]string)
	for _, a := range articles {
		for _, e := range a.Entities {
			names[a.ID] = append(names[a.ID], append([]string{e.Name}, e.Aliases...)...)
		}
	}
	var ids []uint64
	for _, e := range entities(t, s, store.EntityFilter{Documents: true}) {
		ids = append(ids, e.ID)
		if len(e.Documents) != e.Node.Documents {
			t.Errorf("node %d %q: %d documents listed, %d counted", e.ID, e.Name, len(e.Documents), e.Node.Documents)
		}
		for article, spellings := range e.Documents {
			for _, spelling := range spellings {
				if !slices.Contains(names[article], spelling) {
					t.Errorf("node %q: article %s never writes %q", e.Name, article, spelling)
				}
			}
		}
	}
	var nodes []uint64
	if err := s.Nodes(func(n graph.Node) error { nodes = append(nodes, n.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids, nodes) {
		t.Errorf("Entities gave nodes %v, Nodes %v", ids, nodes)
	}
}

func TestEntitiesFilter(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	put(t, s, &graph.Article{ID: "jose", Hash: "h-jose", Entities: []graph.Entity{entity("e1", "José Manuel Barroso", graph.Person, 1)}})
	syria, err := s.Lookup("Syria")
	if err != nil || len(syria) != 1 {
		t.Fatalf("Lookup(Syria) = %v, %v", syria, err)
	}
	tests := []struct {
		name   string
		filter store.EntityFilter
		want   []string
	}{
		{"name prefix", store.EntityFilter{Prefix: "VLAD"}, []string{"Vladimir Putin"}},
		{"alias prefix", store.EntityFilter{Prefix: "puti"}, []string{"Vladimir Putin"}},
		{"apostrophe", store.EntityFilter{Prefix: "o'b"}, []string{"O’Brien"}},
		{"accent", store.EntityFilter{Prefix: "jose  man"}, []string{"José Manuel Barroso"}},
		{"type", store.EntityFilter{Type: graph.GPE}, []string{"Versailles", "Russia", "Syria"}},
		{"mentions", store.EntityFilter{MinMentions: 3}, []string{"Vladimir Putin", "Emmanuel Macron", "Syria"}},
		{"more mentions", store.EntityFilter{MinMentions: 4}, []string{"Vladimir Putin"}},
		{"all at once", store.EntityFilter{Prefix: "s", Type: graph.GPE, MinMentions: 2}, []string{"Syria"}},
		{"nothing", store.EntityFilter{Prefix: "zz"}, nil},
		{"id", store.EntityFilter{ID: syria[0].ID}, []string{"Syria"}},
		{"id of another type", store.EntityFilter{ID: syria[0].ID, Type: graph.Person}, nil},
	}
	for _, test := range tests {
		var got []string
		for _, e := range entities(t, s, test.filter) {
			got = append(got, e.Name)
			if e.Documents != nil {
				t.Errorf("%s: documents read though not asked for", test.name)
			}
		}
		if !slices.Equal(got, test.want) {
			t.Errorf("%s: %q, want %q", test.name, got, test.want)
		}
	}
}

func TestEntitiesStopsAtError(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	stop := errors.New("stop")
	calls := 0
	err := s.Entities(store.EntityFilter{}, func(store.Entity) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("Entities returned %v after %d calls, want stop after 1", err, calls)
	}
}
