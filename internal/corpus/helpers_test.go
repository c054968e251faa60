package corpus_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-project/kg/internal/corpus"
)

// collected is everything one Read call reported.
type collected struct {
	documents []corpus.Document
	problems  []string // Problem.Error(), with " (skipped)" when Skipped
	err       error
}

func readAll(t testing.TB, paths []string, opts corpus.Options) collected {
	t.Helper()
	var result collected
	result.err = corpus.Read(context.Background(), paths, opts,
		func(document corpus.Document) error {
			result.documents = append(result.documents, document)
			return nil
		},
		func(problem corpus.Problem) {
			result.problems = append(result.problems, describe(problem))
		})
	return result
}

func describe(problem corpus.Problem) string {
	if problem.Skipped {
		return problem.Error() + " (skipped)"
	}
	return problem.Error()
}

func ids(documents []corpus.Document) []string {
	result := make([]string, len(documents))
	for i, document := range documents {
		result[i] = document.ID
	}
	return result
}

// writeTree creates files (slash-separated path to content) under dir.
func writeTree(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
