package main

import (
	"fmt"
	"path/filepath"
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

// named is an entity of a fixture article.
type named struct {
	name string
	typ  graph.Type
}

// statementArticle is an article of one sentence that states a relation
// of kind from subject to object.
func statementArticle(id string, subject named, predicate string, object named, kind graph.Kind) *graph.Article {
	sentence := fmt.Sprintf("%s %s %s.", subject.name, predicate, object.name)
	a := &graph.Article{ID: id, Title: id, Hash: id + "|" + sentence}
	for i, e := range []named{subject, object} {
		a.Entities = append(a.Entities, graph.Entity{
			ID: fmt.Sprintf("e%d", i+1), Name: e.name, Type: e.typ, Aliases: []string{e.name},
			Mentions: []graph.Mention{{Start: 0, End: len(e.name), Text: e.name, Via: "name"}},
		})
	}
	a.Relations = []graph.Relation{{
		Subject: "e1", Predicate: predicate, Object: "e2", Kind: kind,
		Sentence: graph.Span{Start: 0, End: len(sentence)}, Evidence: sentence,
	}}
	return a
}

// The entities of analystStore.
var (
	chelseaClub  = named{"Chelsea", graph.Org}
	chelseaPlace = named{"Chelsea", graph.GPE}
	arsenal      = named{"Arsenal", graph.Org}
	mandelson    = named{"Peter Mandelson", graph.Person}
	campbell     = named{"Alastair Campbell", graph.Person}
	blair        = named{"Tony Blair", graph.Person}
	brown        = named{"Gordon Brown", graph.Person}
	radio4       = named{"BBC Radio 4", graph.Org}
)

// analystStore writes a store in which one name stands for two entities of
// different types (Chelsea the club, Chelsea the place), and two people
// are linked in two steps through a news outlet they spoke to and in three
// through the people they deal with. Tony Blair criticised Gordon Brown
// twice and met him once.
func analystStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	putArticles(t, db,
		statementArticle("club", chelseaClub, "beat", arsenal, graph.Event),
		statementArticle("place", arsenal, "play_in", chelseaPlace, graph.Event),
		statementArticle("report1", mandelson, "tell", radio4, graph.Report),
		statementArticle("report2", brown, "tell", radio4, graph.Report),
		statementArticle("advice", mandelson, "advise", campbell, graph.Event),
		statementArticle("brief", campbell, "brief", blair, graph.Event),
		statementArticle("meeting", blair, "meet", brown, graph.Event),
		statementArticle("criticism1", blair, "criticise", brown, graph.Event),
		statementArticle("criticism2", blair, "criticise", brown, graph.Event),
	)
	return db
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
