package ner_test

import (
	"os"
	"testing"

	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/internal/sharedtest"
)

// readShared reads a CoNLL file of ../shared, skipping when it is absent.
func readShared(t testing.TB, rel string) [][][]ner.Token {
	t.Helper()
	file, err := os.Open(sharedtest.Path(t, rel))
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
