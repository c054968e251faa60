package corpus_test

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/kg-project/kg/internal/corpus"
)

// TestIDBaseReadsPathsAlone checks that reading each path alone with
// IDBase gives the ids reading them together gives.
func TestIDBaseReadsPathsAlone(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"a/news/x.txt": "One story.",
		"b/news/x.txt": "Another story.",
		"b/more.jsonl": `{"text":"A line."}` + "\n",
	})
	paths := []string{filepath.Join(dir, "a", "news"), filepath.Join(dir, "b", "news"), filepath.Join(dir, "b", "more.jsonl")}
	want := ids(readAll(t, paths, corpus.Options{}).documents)
	base := corpus.IDBase(paths)
	var got []string
	for _, path := range paths {
		got = append(got, ids(readAll(t, []string{path}, corpus.Options{IDBase: base}).documents)...)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("ids read alone %q, together %q", got, want)
	}
	if alone := ids(readAll(t, paths[:1], corpus.Options{}).documents); slices.Equal(alone, want[:1]) {
		t.Fatalf("without IDBase, %s alone gives the ids %q it has among the others", paths[0], alone)
	}
}
