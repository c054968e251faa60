package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// putArticles stores articles in a new store at db.
func putArticles(t *testing.T, db string, articles ...*graph.Article) {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range articles {
		if _, err := st.Put(a); err != nil {
			st.Close()
			t.Fatalf("Put(%s): %v", a.ID, err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
}

// article is one article whose first entity states predicate of each of
// the others, all in one sentence; every entity is a PERSON.
func article(id, sentence, predicate string, names ...string) *graph.Article {
	a := &graph.Article{ID: id, Title: id, Hash: id + "|" + sentence}
	for i, name := range names {
		a.Entities = append(a.Entities, graph.Entity{
			ID: fmt.Sprintf("e%d", i+1), Name: name, Type: graph.Person, Aliases: []string{name},
			Mentions: []graph.Mention{{Start: 0, End: len(name), Text: name, Via: "name"}},
		})
		if i > 0 {
			a.Relations = append(a.Relations, graph.Relation{
				Subject: "e1", Predicate: predicate, Object: fmt.Sprintf("e%d", i+1), Kind: graph.Event,
				Sentence: graph.Span{Start: 0, End: len(sentence)}, Evidence: sentence,
			})
		}
	}
	return a
}

// largeStore fills db with articles of long names, so that exporting it
// writes tens of megabytes.
func largeStore(t *testing.T, db string, articles, entities int) {
	t.Helper()
	var all []*graph.Article
	for i := range articles {
		names := make([]string, entities)
		for j := range names {
			names[j] = fmt.Sprintf("Name %d %d %s", i, j, strings.Repeat("x", 20000))
		}
		all = append(all, article(fmt.Sprintf("a%d", i), "One sentence.", "visit", names...))
	}
	putArticles(t, db, all...)
}
