package ner_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-project/kg/extract/ner"
)

// sharedPath returns a path inside ../shared beside the repository root, or
// skips the test when it is absent.
func sharedPath(t testing.TB, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	path := filepath.Join(filepath.Dir(dir), "shared", rel)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s absent: %v", path, err)
	}
	return path
}

// readShared reads a CoNLL file of ../shared, skipping when it is absent.
func readShared(t testing.TB, rel string) [][][]ner.Token {
	t.Helper()
	file, err := os.Open(sharedPath(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	docs, err := ner.ReadCoNLL(file)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// split separates the words and labels of documents.
func split(docs [][][]ner.Token) (words, labels [][][]string) {
	words = make([][][]string, len(docs))
	labels = make([][][]string, len(docs))
	for d, doc := range docs {
		words[d] = make([][]string, len(doc))
		labels[d] = make([][]string, len(doc))
		for s, sentence := range doc {
			for _, token := range sentence {
				words[d][s] = append(words[d][s], token.Word)
				labels[d][s] = append(labels[d][s], token.Label)
			}
		}
	}
	return words, labels
}

func defaultModel(t testing.TB) *ner.Model {
	t.Helper()
	model, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	return model
}
