package store_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// withText returns a copy of article a under id, dated date, as an
// article repeating a's text is.
func withText(a *graph.Article, id string, date int) *graph.Article {
	copied := *a
	copied.ID, copied.Title, copied.Date = id, "copy "+id, day(2018, 1, date)
	return &copied
}

func TestDuplicateSurvivesItsOriginalsChange(t *testing.T) {
	// "a" and its duplicates "d" and "e" share versailles' text; "a" then
	// takes assad's, and later "d" takes syria's. Versailles' text comes
	// first in what the store should hold, since it names the people
	// syria's calls by their surnames.
	a1 := withText(versailles(), "a", 1)
	d := withText(versailles(), "d", 2)
	e := withText(versailles(), "e", 3)
	a2 := withText(assad(), "a", 1)
	d2 := withText(syria(), "d", 2)
	tests := []struct {
		name  string
		puts  [][]*graph.Article // one Put each
		final []*graph.Article   // what the store should hold, put in this order
	}{
		{"original first, then original changes", [][]*graph.Article{{a1, d}, {a2, d}}, []*graph.Article{d, a2}},
		{"original first, then duplicate first", [][]*graph.Article{{a1, d}, {d, a2}}, []*graph.Article{d, a2}},
		{"duplicate first, then original first", [][]*graph.Article{{d, a1}, {a2, d}}, []*graph.Article{d, a2}},
		{"duplicate first both times", [][]*graph.Article{{d, a1}, {d, a2}}, []*graph.Article{d, a2}},
		{"one Put, original first", [][]*graph.Article{{a1, d, a2}}, []*graph.Article{d, a2}},
		{"one Put, duplicate first", [][]*graph.Article{{d, a1, a2}}, []*graph.Article{d, a2}},
		{"two duplicates", [][]*graph.Article{{a1, d, e}, {a2}}, []*graph.Article{d, e, a2}},
		{"two duplicates, each original changes", [][]*graph.Article{{a1, d, e}, {a2}, {d2}}, []*graph.Article{e, a2, d2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openMemory(t)
			for _, articles := range tc.puts {
				put(t, s, articles...)
			}
			fresh := openMemory(t)
			put(t, fresh, tc.final...)
			for _, article := range tc.final {
				if stored, err := s.HasArticle(article.ID, article.Hash); err != nil || !stored {
					t.Errorf("HasArticle(%q) = %t, %v; want it stored", article.ID, stored, err)
				}
			}
			got, err := s.Stats()
			if err != nil {
				t.Fatal(err)
			}
			want, err := fresh.Stats()
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Stats = %+v, want %+v as putting the final articles gives", got, want)
			}
			if got, want := snapshot(t, s), snapshot(t, fresh); !slices.Equal(got, want) {
				t.Errorf("content differs from putting the final articles:\n%v\nwant\n%v", got, want)
			}
			// Every original's change is seen as one, and a duplicate
			// stays unchanged, never to be put again.
			if outcomes := put(t, s, tc.final...); slices.ContainsFunc(outcomes, func(o store.Outcome) bool { return o != store.Unchanged }) {
				t.Errorf("putting the final articles again: %v, want all unchanged", outcomes)
			}
		})
	}
}

// TestHeldExtraction: the store gives the extraction of the article that
// holds a text, a duplicate's original after it changed, and none of a
// text it does not hold.
func TestHeldExtraction(t *testing.T) {
	s := openMemory(t)
	a1 := withText(versailles(), "a", 1)
	put(t, s, a1, withText(versailles(), "d", 2))
	held := func(hash string) *graph.Article {
		t.Helper()
		a, err := s.HeldExtraction(hash)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	if a := held(a1.Hash); a == nil || a.ID != "a" || !reflect.DeepEqual(a.Entities, a1.Entities) || !reflect.DeepEqual(a.Relations, a1.Relations) {
		t.Errorf("held extraction %+v, want a's entities and relations", a)
	}
	if a := held(assad().Hash); a != nil {
		t.Errorf("a text not stored has an extraction: %+v", a)
	}
	// "a" changes: its duplicate "d" holds the text now.
	put(t, s, withText(assad(), "a", 1))
	if a := held(a1.Hash); a == nil || a.ID != "d" || !reflect.DeepEqual(a.Entities, a1.Entities) {
		t.Errorf("after the original changed, held extraction %+v, want d's", a)
	}
}
