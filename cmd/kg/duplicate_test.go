package main

import (
	"context"
	"os"
	"path/filepath"
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
