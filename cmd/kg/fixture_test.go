package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

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

// rivalsStore fills db with the statements of a few articles about two
// rivals, Alan Ames and Bob Burns, and a third man, Cy Cole: between the
// rivals a feud stated twice, a praise the other way, a denied meeting,
// dated and undated, and each sentence at its own offset.
func rivalsStore(t *testing.T, db string) {
	t.Helper()
	statement := func(id string, date time.Time, start int, sentence, predicate string, names ...string) *graph.Article {
		a := article(id, sentence, predicate, names...)
		a.Date = date
		for i := range a.Relations {
			a.Relations[i].Sentence = graph.Span{Start: start, End: start + len(sentence)}
		}
		return a
	}
	denied := statement("a4", time.Date(2005, 2, 1, 0, 0, 0, 0, time.UTC), 7, "Ames did not meet Burns.", "meet", "Alan Ames", "Bob Burns")
	denied.Relations[0].Negated = true
	putArticles(t, db,
		statement("a1", time.Date(2005, 1, 10, 0, 0, 0, 0, time.UTC), 12, "Ames feuded with Burns.", "feud", "Alan Ames", "Bob Burns"),
		statement("a2", time.Date(2005, 3, 2, 0, 0, 0, 0, time.UTC), 0, "Burns praised Ames.", "praise", "Bob Burns", "Alan Ames"),
		statement("a3", time.Time{}, 40, "Ames feuded with Burns again.", "feud", "Alan Ames", "Bob Burns"),
		denied,
		statement("a5", time.Date(2005, 2, 1, 0, 0, 0, 0, time.UTC), 0, "Ames met Cole.", "meet", "Alan Ames", "Cy Cole"),
	)
}
