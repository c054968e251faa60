package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	output := filepath.Join(dir, "demo.graphml")
	db := filepath.Join(dir, "demo.db")
	var out outputs
	if err := runDemo(context.Background(), demoOptions{DB: db, Output: output}, nil, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("demo: %v\n%s", err, out.stderr.String())
	}
	for _, want := range []string{"documents", "most connected entities", "Neighbours of " + demoFocus, output} {
		if !strings.Contains(out.stdout.String(), want) {
			t.Errorf("demo output lacks %q:\n%s", want, out.stdout.String())
		}
	}
	// The demo's neighbours of Vladimir Putin show that he met Macron,
	// the article's first statement of the two's relations.
	if !regexp.MustCompile(`(?m)^Emmanuel Macron +PERSON +meet +<->`).MatchString(out.stdout.String()) {
		t.Errorf("demo neighbours lack Vladimir Putin meet Emmanuel Macron:\n%s", out.stdout.String())
	}
	file, err := os.Open(output)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	nodes, edges := graphMLCounts(t, file)
	stats := storeStats(t, db)
	entities := 0
	for _, count := range stats.Entities {
		entities += count
	}
	if nodes == 0 || nodes != entities || edges != stats.Edges {
		t.Errorf("GraphML has %d nodes and %d edges; the store %d and %d", nodes, edges, entities, stats.Edges)
	}
	// Every edge carries its first sentence for Gephi to show.
	if content, err := os.ReadFile(output); err != nil || strings.Count(string(content), `<data key="edge_evidence_1">`) != edges {
		t.Errorf("not every edge of the GraphML carries a sentence (%v)", err)
	}
	if names, err := demoCorpus.ReadDir("demo"); err != nil || stats.Documents != len(names) {
		t.Errorf("stored %d documents of %d embedded (%v)", stats.Documents, len(names), err)
	}
}

func TestDemoUsesATemporaryStore(t *testing.T) {
	t.Chdir(t.TempDir())
	var out outputs
	code := run(context.Background(), []string{"demo"}, &out.stdout, &out.stderr)
	if code != exitOK {
		t.Fatalf("kg demo exited %d:\n%s", code, out.stderr.String())
	}
	if _, err := os.Stat(demoOutput); err != nil {
		t.Errorf("kg demo wrote no %s: %v", demoOutput, err)
	}
	if _, err := os.Stat(defaultStore); err == nil {
		t.Errorf("kg demo without --db created %s", defaultStore)
	}
}
