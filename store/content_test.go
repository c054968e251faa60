package store_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// ruleKinds is a curation file of each kind of rule, each touching the
// story's articles, the synthetic ones or the company's (see
// contentArticles).
var ruleKinds = []struct{ kind, text string }{
	{"merge", "merge: Putin = Vladimir Putin\nmerge: Zenith Corp = Acme\n"},
	{"apart", "apart: Baker | Anna Baker\napart: Putin | Vladimir Putin\n"},
	{"type", "type: Versailles = LOC\ntype: Lima = LOC\n"},
	{"drop", "drop: Syria\ndrop: Lima\n"},
	{"drop-relation", "drop-relation: met -> PERSON\ndrop-relation: praised\ndrop-relation: visited -> Oslo\n"},
}

// companyArticles criticise one company by two names no resolution joins,
// so that merging the names and parting them again moves evidence into
// and out of edges that have other evidence: at either end of an edge's
// dates, and as its earliest among undated evidence, of another kind.
func companyArticles() []*graph.Article {
	var articles []*graph.Article
	for i, company := range []struct {
		critic, name string
		date         time.Time
		kind         graph.Kind
	}{
		{"Lena Holt", "Zenith Corp", day(2010, 2, 1), graph.Event},
		{"Lena Holt", "Acme", day(2010, 3, 1), graph.Event},
		{"Lena Holt", "Zenith Corp", day(2010, 3, 3), graph.Event},
		{"Lena Holt", "Acme", day(2010, 3, 5), graph.Event},
		{"Lena Holt", "Zenith Corp", day(2010, 4, 1), graph.Event},
		{"Max Rowe", "Zenith Corp", time.Time{}, graph.Role},
		{"Max Rowe", "Acme", time.Time{}, graph.Event},
		{"Max Rowe", "Acme", time.Time{}, graph.Event},
	} {
		text := fmt.Sprintf("%s criticised %s again (%d).", company.critic, company.name, i)
		criticised := relation("e1", "criticised", "e2", 0, text)
		criticised.Kind = company.kind
		articles = append(articles, &graph.Article{
			ID: fmt.Sprintf("company%d", i), Date: company.date, Hash: text,
			Entities:  []graph.Entity{entity("e1", company.critic, graph.Person, 1), entity("e2", company.name, graph.Org, 1)},
			Relations: []graph.Relation{criticised},
		})
	}
	return articles
}

func contentArticles() []*graph.Article {
	return append(curationArticles(), companyArticles()...)
}

// builtWith is the graph of a new store that keeps the rules text and
// puts the articles, as kg build --rules does from scratch.
func builtWith(t *testing.T, text string) []string {
	t.Helper()
	s := openMemory(t)
	setRules(t, s, text)
	put(t, s, contentArticles()...)
	if err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	return graphSnapshot(t, s)
}

// graphSnapshot is snapshot with what else a reader sees: every edge's
// evidence and the names each document uses for each node.
func graphSnapshot(t testing.TB, s *store.Store) []string {
	t.Helper()
	lines := snapshot(t, s)
	names := make(map[uint64]string)
	err := s.Entities(store.EntityFilter{Documents: true}, func(e store.Entity) error {
		names[e.ID] = fmt.Sprintf("%s/%s", e.Type, e.Name)
		for document, used := range e.Documents {
			lines = append(lines, fmt.Sprintf("names %s/%s in %s: %s", e.Type, e.Name, document, strings.Join(used, "; ")))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var edges []graph.Edge
	if err := s.Edges(func(e graph.Edge) error { edges = append(edges, e); return nil }); err != nil {
		t.Fatal(err)
	}
	for _, e := range edges {
		evidence, err := s.Evidence(e, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, sentence := range evidence {
			lines = append(lines, fmt.Sprintf("evidence %s -%s(%t)-> %s: %s %d-%d %s %q", names[e.From], e.Predicate, e.Negated, names[e.To],
				sentence.Document, sentence.Sentence.Start, sentence.Sentence.End, sentence.Date.Format(time.DateOnly), sentence.Text))
		}
	}
	slices.Sort(lines)
	return lines
}

// TestCurationRewritesOnlyChangedKeys curates a store by each kind of
// rule, from no rules, from another file, and from rules not known to
// have curated every article, and compares each graph with the one a
// build with the file gives.
func TestCurationRewritesOnlyChangedKeys(t *testing.T) {
	for i, rule := range ruleKinds {
		t.Run(rule.kind, func(t *testing.T) {
			want := builtWith(t, rule.text)
			if slices.Equal(want, builtWith(t, "")) {
				t.Fatal("the rules change nothing")
			}
			other := ruleKinds[(i+1)%len(ruleKinds)].text
			s := openMemory(t)
			put(t, s, contentArticles()...)
			otherWant := builtWith(t, other)
			steps := []struct {
				how   string
				files []string // set in turn, the last applied
				want  []string
			}{
				{"from no rules", []string{rule.text}, want},
				{"to another file", []string{other}, otherWant},
				{"back", []string{rule.text}, want},
				// The file the articles were curated by is not kept
				// when another was set and never applied.
				{"by rules not known", []string{"", other}, otherWant},
			}
			for _, step := range steps {
				for _, text := range step.files {
					setRules(t, s, text)
				}
				applyRules(t, s)
				if got := graphSnapshot(t, s); !slices.Equal(got, step.want) {
					t.Errorf("%s: curated store differs from a build with the rules: %s", step.how, difference(got, step.want))
				}
			}
		})
	}
}
