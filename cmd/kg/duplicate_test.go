package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuildKeepsADuplicateWhenItsOriginalChanges(t *testing.T) {
	const shared = "Chancellor Angela Merkel met President Emmanuel Macron in Berlin on Monday."
	const changed = "Prime Minister Boris Johnson visited Paris on Tuesday."
	for _, tc := range []struct {
		name          string
		first, second []string // the files, in the order given to each build
	}{
		{"original first, then original first", []string{"a.txt", "d.txt"}, []string{"a.txt", "d.txt"}},
		{"original first, then duplicate first", []string{"a.txt", "d.txt"}, []string{"d.txt", "a.txt"}},
		{"duplicate first, then original first", []string{"d.txt", "a.txt"}, []string{"a.txt", "d.txt"}},
		{"duplicate first, then duplicate first", []string{"d.txt", "a.txt"}, []string{"d.txt", "a.txt"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"a.txt": shared, "d.txt": shared})
			paths := func(names []string) []string {
				var paths []string
				for _, name := range names {
					paths = append(paths, filepath.Join(dir, name))
				}
				return paths
			}
			db := filepath.Join(t.TempDir(), "kg.db")
			mustBuild(t, db, paths(tc.first)...)
			if stats := storeStats(t, db); stats.Documents != 1 || stats.Duplicates != 1 {
				t.Fatalf("first build: %d documents and %d duplicates, want 1 and 1", stats.Documents, stats.Duplicates)
			}
			// The first file read holds the text; the other repeats it.
			if err := os.WriteFile(paths(tc.first)[0], []byte(changed), 0o644); err != nil {
				t.Fatal(err)
			}
			mustBuild(t, db, paths(tc.second)...)
			if stats := storeStats(t, db); stats.Documents != 2 || stats.Duplicates != 0 {
				t.Errorf("after the original changed: %d documents and %d duplicates, want 2 and 0", stats.Documents, stats.Duplicates)
			}
			for _, name := range []string{"Emmanuel Macron", "Boris Johnson"} {
				var out outputs
				if code := run(context.Background(), []string{"neighbours", "--db", db, name}, &out.stdout, &out.stderr); code != exitOK {
					t.Errorf("kg neighbours %s exited %d:\n%s", name, code, out.stderr.String())
				}
			}
			out := mustBuild(t, db, paths(tc.second)...)
			if stats := storeStats(t, db); stats.Documents != 2 || stats.Duplicates != 0 {
				t.Errorf("rebuild: %d documents and %d duplicates, want 2 and 0:\n%s", stats.Documents, stats.Duplicates, out.stderr.String())
			}
		})
	}
}

// TestBuildTakesTheStoredExtractionOfAHeldText: articles whose texts the
// store holds under other ids are recorded as duplicates without being
// extracted, and keep what extracting them gives: once the articles that
// held their texts change, they hold them, curation reads them, and the
// graph is that of a store that extracted them.
func TestBuildTakesTheStoredExtractionOfAHeldText(t *testing.T) {
	files := make(map[string]string)
	for name, text := range smallCorpus {
		files[filepath.Join("news", name)] = text
		files[filepath.Join("again", name)] = text
	}
	root := writeFiles(t, files)
	news, again := filepath.Join(root, "news"), filepath.Join(root, "again")
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, news)
	out := mustBuild(t, db, again)
	for _, want := range []string{"read 3 articles: 0 added, 0 replaced, 0 unchanged, 3 duplicates", "; 0 words extracted"} {
		if !strings.Contains(out.stderr.String(), want) {
			t.Errorf("the build of texts the store holds lacks %q:\n%s", want, out.stderr.String())
		}
	}
	for name := range smallCorpus {
		changed := "Prime Minister Boris Johnson visited Paris on Tuesday, " + strings.TrimSuffix(filepath.Base(name), ".txt") + " said.\n"
		if err := os.WriteFile(filepath.Join(news, name), []byte(changed), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustBuild(t, db, news)
	// The reference extracts again/ before news/ changed.
	reference := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, reference, again)
	mustBuild(t, reference, news)
	curation := filepath.Join(t.TempDir(), "kg.rules")
	if err := os.WriteFile(curation, []byte("drop: Vladimir Putin\nmerge: Nadella = Satya Nadella\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, step := range []string{"built", "curated"} {
		if step == "curated" {
			for _, dir := range []string{db, reference} {
				var out outputs
				if err := runBuild(context.Background(), buildOptions{DB: dir, Rules: curation}, nil, &out.stdout, &out.stderr); err != nil {
					t.Fatalf("curate: %v\n%s", err, out.stderr.String())
				}
			}
		}
		var got, want outputs
		if err := runExport(context.Background(), exportOptions{DB: db, Format: "graphml", Evidence: 3}, nil, &got.stdout, &got.stderr); err != nil {
			t.Fatal(err)
		}
		if err := runExport(context.Background(), exportOptions{DB: reference, Format: "graphml", Evidence: 3}, nil, &want.stdout, &want.stderr); err != nil {
			t.Fatal(err)
		}
		if got.stdout.String() != want.stdout.String() {
			t.Errorf("%s: the graph of the duplicates that took the stored extraction differs from the graph of those extracted:\n%s\nwant:\n%s", step, got.stdout.String(), want.stdout.String())
		}
	}
	if stats := storeStats(t, db); stats.Documents != 6 || stats.Duplicates != 0 {
		t.Errorf("%d documents and %d duplicates, want 6 and 0", stats.Documents, stats.Duplicates)
	}
}
