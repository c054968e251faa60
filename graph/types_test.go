package graph_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
)

func TestParseType(t *testing.T) {
	tests := []struct {
		in   string
		want graph.Type
		ok   bool
	}{
		{"PERSON", graph.Person, true}, {"per", graph.Person, true}, {" Org ", graph.Org, true},
		{"ORGANISATION", graph.Org, true}, {"organization", graph.Org, true}, {"GPE", graph.GPE, true},
		{"loc", graph.Loc, true}, {"LOCATION", graph.Loc, true}, {"MISC", "", false}, {"", "", false},
	}
	for _, tt := range tests {
		got, err := graph.ParseType(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseType(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "graph: ") {
			t.Errorf("ParseType(%q) error %q lacks the package prefix", tt.in, err)
		}
	}
}

func TestArticleEntity(t *testing.T) {
	a := graph.Article{Entities: []graph.Entity{{ID: "e1", Name: "Vladimir Putin"}, {ID: "e2", Name: "Russia"}}}
	if e := a.Entity("e2"); e == nil || e.Name != "Russia" {
		t.Errorf("Entity(e2) = %+v, want Russia", e)
	}
	if e := a.Entity("e3"); e != nil {
		t.Errorf("Entity(e3) = %+v, want nil", e)
	}
}

// TestArticleJSON checks the shape of kg extract's output: the field
// names the evaluation scripts read, a date only when known.
func TestArticleJSON(t *testing.T) {
	a := graph.Article{
		ID: "a", Title: "T",
		Entities: []graph.Entity{{ID: "e1", Name: "Vladimir Putin", Type: graph.Person, Aliases: []string{"Putin"},
			Mentions: []graph.Mention{{Start: 0, End: 5, Text: "Putin", Via: "name"}}}},
		Relations: []graph.Relation{{Subject: "e1", Predicate: "meet", Object: "e1", Kind: graph.Event,
			Sentence: graph.Span{Start: 0, End: 10}, Evidence: "Putin met."}},
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"id":"a"`, `"title":"T"`, `"type":"PERSON"`, `"aliases":["Putin"]`,
		`"mentions":[{"start":0,"end":5,"text":"Putin","via":"name"}]`, `"predicate":"meet"`,
		`"negated":false`, `"kind":"event"`, `"sentence":{"start":0,"end":10}`, `"evidence":"Putin met."`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
	if strings.Contains(string(b), `"date"`) {
		t.Errorf("JSON %s has a date for an undated article", b)
	}
	a.Date = time.Date(2017, 5, 29, 0, 0, 0, 0, time.UTC)
	b, _ = json.Marshal(a)
	if !strings.Contains(string(b), `"date":"2017-05-29T00:00:00Z"`) {
		t.Errorf("JSON %s lacks the date", b)
	}
}
