package store_test

import (
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

func openMemory(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open("", store.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

// put stores articles and resolves the store's entities, as kg build
// does.
func put(t testing.TB, s *store.Store, articles ...*graph.Article) []store.Outcome {
	t.Helper()
	outcomes, err := s.Put(articles...)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	return outcomes
}

func day(year int, month time.Month, d int) time.Time {
	return time.Date(year, month, d, 0, 0, 0, 0, time.UTC)
}

func entity(id, name string, t graph.Type, mentions int, aliases ...string) graph.Entity {
	e := graph.Entity{ID: id, Name: name, Type: t, Aliases: aliases}
	for i := range mentions {
		e.Mentions = append(e.Mentions, graph.Mention{Start: i * 10, End: i*10 + len(name), Text: name, Via: "name"})
	}
	return e
}

func relation(subject, predicate, object string, start int, text string) graph.Relation {
	return graph.Relation{
		Subject: subject, Predicate: predicate, Object: object, Kind: graph.Event,
		Sentence: graph.Span{Start: start, End: start + len(text)}, Evidence: text,
	}
}

func role(subject, predicate, object string, start int, text string) graph.Relation {
	r := relation(subject, predicate, object, start, text)
	r.Kind = graph.Role
	return r
}

// Three small articles about one story. Article "versailles" introduces
// the full names; "syria" uses the short ones, which join them.
func versailles() *graph.Article {
	return &graph.Article{
		ID: "versailles", Title: "Putin and Macron at Versailles", Date: day(2017, 5, 29), Hash: "h-versailles",
		Entities: []graph.Entity{
			entity("e1", "Vladimir Putin", graph.Person, 3, "Putin"),
			entity("e2", "Emmanuel Macron", graph.Person, 2, "Macron"),
			entity("e3", "Versailles", graph.GPE, 1),
			entity("e4", "Russia", graph.GPE, 1),
		},
		Relations: []graph.Relation{
			relation("e2", "met", "e1", 0, "Macron met Putin at Versailles."),
			relation("e1", "visited", "e3", 40, "Putin visited Versailles."),
			role("e1", "president", "e4", 80, "Russian President Vladimir Putin spoke."),
		},
	}
}

func syria() *graph.Article {
	return &graph.Article{
		ID: "syria", Title: "Talks on Syria", Date: day(2017, 6, 2), Hash: "h-syria",
		Entities: []graph.Entity{
			entity("e1", "Putin", graph.Person, 2),
			entity("e2", "Macron", graph.Person, 1),
			entity("e3", "Syria", graph.GPE, 2),
		},
		Relations: []graph.Relation{
			relation("e2", "met", "e1", 10, "Macron met Putin again."),
			relation("e1", "supports", "e3", 50, "Putin supports Syria."),
		},
	}
}

func assad() *graph.Article {
	return &graph.Article{
		ID: "assad", Title: "Assad", Hash: "h-assad",
		Entities: []graph.Entity{
			entity("e1", "Bashar al-Assad", graph.Person, 1, "Assad"),
			entity("e2", "Syria", graph.GPE, 1),
			entity("e3", "O’Brien", graph.Person, 1),
		},
		Relations: []graph.Relation{
			role("e1", "president", "e2", 0, "Syrian President Bashar al-Assad."),
			relation("e3", "criticised", "e1", 30, "O’Brien criticised Assad."),
		},
	}
}

func story() []*graph.Article {
	return []*graph.Article{versailles(), syria(), assad()}
}

// lookupOne returns the id of the only node called name.
func lookupOne(t testing.TB, s *store.Store, name string) uint64 {
	t.Helper()
	nodes, err := s.Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	if len(nodes) != 1 {
		t.Fatalf("Lookup(%q) = %v, want one node", name, nodes)
	}
	return nodes[0].ID
}

// snapshot describes a store's content without node ids, which depend on
// the order nodes were created in and on ids lost to killed processes.
func snapshot(t testing.TB, s *store.Store) []string {
	t.Helper()
	names := make(map[uint64]string)
	var lines []string
	err := s.Nodes(func(n graph.Node) error {
		names[n.ID] = fmt.Sprintf("%s/%s", n.Type, n.Name)
		lines = append(lines, fmt.Sprintf("node %s/%s mentions=%d documents=%d aliases=%v", n.Type, n.Name, n.Mentions, n.Documents, n.Aliases))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Edges(func(e graph.Edge) error {
		lines = append(lines, fmt.Sprintf("edge %s -%s(%t,%s)-> %s weight=%d first=%s last=%s",
			names[e.From], e.Predicate, e.Negated, e.Kind, names[e.To], e.Weight, e.First.Format(time.DateOnly), e.Last.Format(time.DateOnly)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(lines)
	return lines
}

// syntheticArticles makes n articles over a pool of people and places,
// every tenth repeating the text of an earlier one under a new id.
func syntheticArticles(n int) []*graph.Article {
	random := rand.New(rand.NewPCG(1, 2))
	first := []string{"Anna", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas"}
	last := []string{"Abbott", "Baker", "Costa", "Dahl", "Evans", "Fischer", "Garcia", "Hahn"}
	places := []string{"Paris", "Moscow", "Damascus", "Berlin", "Lagos", "Lima", "Oslo", "Quito"}
	predicates := []string{"met", "criticised", "visited", "praised", "called"}
	articles := make([]*graph.Article, 0, n)
	for i := range n {
		if i%10 == 9 {
			copied := *articles[i-5]
			copied.ID = fmt.Sprintf("a%05d", i)
			articles = append(articles, &copied)
			continue
		}
		a := &graph.Article{ID: fmt.Sprintf("a%05d", i), Title: fmt.Sprintf("Article %d", i)}
		if i%3 != 0 {
			a.Date = day(2004, time.Month(1+i%12), 1+i%28)
		}
		var text strings.Builder
		for j := range 5 {
			id := fmt.Sprintf("e%d", j+1)
			if j < 3 {
				f, l := first[random.IntN(len(first))], last[random.IntN(len(last))]
				a.Entities = append(a.Entities, entity(id, f+" "+l, graph.Person, 1+random.IntN(3), l))
			} else {
				a.Entities = append(a.Entities, entity(id, places[random.IntN(len(places))], graph.GPE, 1))
			}
		}
		for j := range 8 {
			subject, object := fmt.Sprintf("e%d", 1+random.IntN(5)), fmt.Sprintf("e%d", 1+random.IntN(5))
			sentence := fmt.Sprintf("Sentence %d of article %d.", j, i)
			r := relation(subject, predicates[random.IntN(len(predicates))], object, text.Len(), sentence)
			r.Negated = random.IntN(8) == 0
			a.Relations = append(a.Relations, r)
			text.WriteString(sentence + " ")
		}
		a.Hash = fmt.Sprintf("%x", sha256.Sum256([]byte(text.String())))
		articles = append(articles, a)
	}
	return articles
}
