package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// TestRenderEgo checks a picture around an entity: the entity ringed,
// every line with an arrowhead and labelled with the predicates of the
// statements between its ends, and a legend of the types drawn.
func TestRenderEgo(t *testing.T) {
	db := demoStore(t)
	output := filepath.Join(t.TempDir(), "putin.svg")
	var out outputs
	opts := renderOptions{DB: db, Output: output, Seed: 1, Updates: 50, Filter: filterOptions{Ego: "Putin", Depth: 1}}
	if err := runRender(context.Background(), opts, nil, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("%v\n%s", err, out.stderr.String())
	}
	data, err := os.ReadFile(output)
	if err != nil {
		t.Fatal(err)
	}
	drawn := string(data)

	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	names := map[uint64]string{}
	types := map[string]bool{}
	err = st.Nodes(func(n graph.Node) error {
		if strings.Contains(drawn, "<title>"+n.Name+"</title>") {
			names[n.ID] = n.Name
			types[string(n.Type)] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	predicates := map[string]bool{}
	err = st.Edges(func(e graph.Edge) error {
		_, from := names[e.From]
		_, to := names[e.To]
		if from && to && e.From != e.To {
			predicates[e.Predicate] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 2 || len(predicates) == 0 {
		t.Fatalf("the picture shows %d entities linked by %d predicates", len(names), len(predicates))
	}

	if ringed := strings.Count(drawn, `stroke="#222" stroke-width="2.5"><title>Vladimir Putin</title>`); ringed != 1 {
		t.Errorf("Vladimir Putin ringed %d times, want once", ringed)
	}
	if ringed := strings.Count(drawn, `stroke="#222"`); ringed != 1 {
		t.Errorf("%d entities ringed, want 1", ringed)
	}
	lines := strings.Count(drawn, "<line ")
	if heads := strings.Count(drawn, `marker-end="url(#head)"`) + strings.Count(drawn, `marker-start="url(#tail)"`); heads < lines {
		t.Errorf("%d arrowheads on %d lines", heads, lines)
	}
	labelled := map[string]bool{}
	for _, label := range strings.Split(drawn, `<text `)[1:] {
		text := label[strings.IndexByte(label, '>')+1 : strings.Index(label, "</text>")]
		for _, predicate := range strings.Split(text, ", ") {
			if predicates[predicate] {
				labelled[predicate] = true
			}
		}
	}
	if len(labelled) != len(predicates) {
		t.Errorf("the labels name the predicates %v, want %v", labelled, predicates)
	}
	for typ := range types {
		if !strings.Contains(drawn, ">"+typ+"</text>") {
			t.Errorf("the legend lacks %s", typ)
		}
	}
}
