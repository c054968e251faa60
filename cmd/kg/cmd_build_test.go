package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/store"
)

// smallCorpus is a few short articles in the form kg reads: headline,
// blank line, paragraphs.
var smallCorpus = map[string]string{
	"world/summit.txt": "Leaders Meet in Berlin\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.\n\nMr Macron said France and Germany would work together on defence.\n",
	"world/un.txt":     "UN Envoy Visits Moscow\n\nUnited Nations Secretary-General Antonio Guterres met Russian President Vladimir Putin in Moscow.\n\nMr Putin told the UN chief that Russia wanted talks.\n",
	"business/buy.txt": "Microsoft Buys Games Studio\n\nMicrosoft's chief executive Satya Nadella said the company would buy a games studio in Finland.\n\nMr Nadella met Finnish Prime Minister Petteri Orpo in Helsinki.\n",
}

func TestBuildStoresEveryArticle(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	out := mustBuild(t, db, corpus)
	if out.stdout.Len() != 0 {
		t.Errorf("build wrote to stdout: %q", out.stdout.String())
	}
	if want := "read 3 articles: 3 added, 0 replaced, 0 unchanged, 0 duplicates, 0 skipped"; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("summary missing %q in:\n%s", want, out.stderr.String())
	}
	stats := storeStats(t, db)
	if stats.Documents != 3 || stats.Duplicates != 0 {
		t.Errorf("stored %d documents and %d duplicates, want 3 and 0", stats.Documents, stats.Duplicates)
	}
	entities := 0
	for _, count := range stats.Entities {
		entities += count
	}
	if entities == 0 {
		t.Fatal("no entities stored")
	}

	var statsOut outputs
	if err := runStats(context.Background(), statsOptions{DB: db, JSON: true}, nil, &statsOut.stdout, &statsOut.stderr); err != nil {
		t.Fatal(err)
	}
	var report statsReport
	decodeJSON(t, statsOut.stdout.Bytes(), &report)
	want := statsReport{
		Documents: stats.Documents, Duplicates: stats.Duplicates, Entities: nonNil(stats.Entities),
		Edges: stats.Edges, Evidence: stats.Evidence, Predicates: nonNil(stats.Predicates),
	}
	if !reflect.DeepEqual(report, want) {
		t.Errorf("stats --json = %+v, want %+v", report, want)
	}

	var table outputs
	if err := runStats(context.Background(), statsOptions{DB: db}, nil, &table.stdout, &table.stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(table.stdout.String(), "documents") || !strings.Contains(table.stdout.String(), "PERSON") {
		t.Errorf("stats table lacks its rows:\n%s", table.stdout.String())
	}

	for _, format := range []string{"graphml", "dot"} {
		t.Run("export "+format, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "graph."+format)
			var exported outputs
			if err := runExport(context.Background(), exportOptions{DB: db, Format: format, Output: file}, nil, &exported.stdout, &exported.stderr); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(file + ".tmp"); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("temporary file left behind: %v", err)
			}
			content, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var streamed outputs
			if err := runExport(context.Background(), exportOptions{DB: db, Format: format}, nil, &streamed.stdout, &streamed.stderr); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(content, streamed.stdout.Bytes()) {
				t.Error("export to a file and to stdout differ")
			}
			if format != "graphml" {
				if !strings.HasPrefix(string(content), "digraph") {
					t.Errorf("DOT output starts %q", content[:min(len(content), 20)])
				}
				return
			}
			nodes, edges := graphMLCounts(t, bytes.NewReader(content))
			if nodes != entities || edges != stats.Edges {
				t.Errorf("GraphML has %d nodes and %d edges, the store %d and %d", nodes, edges, entities, stats.Edges)
			}
		})
	}
}

func TestRebuildChangesNothing(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, corpus)
	before := storeStats(t, db)
	out := mustBuild(t, db, corpus)
	if want := "read 3 articles: 0 added, 0 replaced, 3 unchanged"; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("rebuild summary lacks %q:\n%s", want, out.stderr.String())
	}
	if want := "0 words extracted"; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("rebuild extracted again:\n%s", out.stderr.String())
	}
	if after := storeStats(t, db); !reflect.DeepEqual(before, after) {
		t.Errorf("rebuild changed the stats:\nbefore %+v\nafter  %+v", before, after)
	}
}

func TestRebuildReplacesAChangedArticle(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, corpus)
	changed := "Microsoft Buys Games Studio\n\nMicrosoft's chief executive Satya Nadella said the company would buy a games studio in Sweden.\n\nMr Nadella met Swedish Prime Minister Ulf Kristersson in Stockholm.\n"
	if err := os.WriteFile(filepath.Join(corpus, "business/buy.txt"), []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	out := mustBuild(t, db, corpus)
	if want := "read 3 articles: 0 added, 1 replaced, 2 unchanged"; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("summary lacks %q:\n%s", want, out.stderr.String())
	}
	if stats := storeStats(t, db); stats.Documents != 3 {
		t.Errorf("%d documents after replacing one of 3", stats.Documents)
	}
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if nodes, err := st.Lookup("Petteri Orpo"); err != nil || len(nodes) != 0 {
		t.Errorf("Lookup(Petteri Orpo) after the only article naming him was replaced = %v, %v; want none", nodes, err)
	}
}

func TestBuildReportsBadLinesAndStoresTheRest(t *testing.T) {
	corpus := writeFiles(t, map[string]string{"news.jsonl": `{"id": "a", "text": "French President Emmanuel Macron visited Berlin."}
{"id": "b", "text": 
{"id": "c", "text": "German Chancellor Olaf Scholz met Mr Macron in Paris."}
`})
	db := filepath.Join(t.TempDir(), "kg.db")
	out, err := buildInto(t, db, filepath.Join(corpus, "news.jsonl"))
	if code := exitCode(err); code != exitSkipped {
		t.Fatalf("exit code %d (error %v), want %d", code, err, exitSkipped)
	}
	if want := "kg: " + filepath.Join(corpus, "news.jsonl") + ":2: "; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, out.stderr.String())
	}
	if want := "1 skipped"; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("summary lacks %q:\n%s", want, out.stderr.String())
	}
	if stats := storeStats(t, db); stats.Documents != 2 {
		t.Errorf("%d documents stored, want the 2 good lines", stats.Documents)
	}
}

func TestBuildRefusesALockedStore(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	holder, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	var out outputs
	code := run(context.Background(), []string{"build", "--db", db, corpus}, &out.stdout, &out.stderr)
	if code != exitLocked {
		t.Errorf("exit code %d, want %d; stderr:\n%s", code, exitLocked, out.stderr.String())
	}
	if want := "kg: the store " + db + " is in use by another kg process"; !strings.HasPrefix(out.stderr.String(), want) {
		t.Errorf("stderr = %q, want it to start %q", out.stderr.String(), want)
	}
}

func TestBuildStopsWhenCancelled(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out outputs
	err := runBuild(ctx, buildOptions{DB: db}, []string{corpus}, &out.stdout, &out.stderr)
	if !errors.Is(err, context.Canceled) || exitCode(err) != exitError {
		t.Fatalf("cancelled build returned %v (exit %d), want context.Canceled and exit %d", err, exitCode(err), exitError)
	}
	// The store must have been closed cleanly: it opens again.
	if stats := storeStats(t, db); stats.Documents != 0 {
		t.Errorf("a build cancelled before it started stored %d documents", stats.Documents)
	}
}
