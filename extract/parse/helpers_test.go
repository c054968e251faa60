package parse_test

import (
	"io"
	"os"
	"testing"

	"github.com/kg-project/kg/extract/parse"
	"github.com/kg-project/kg/internal/sharedtest"
)

// defaultModel returns the embedded model, failing the test if it cannot
// be read.
func defaultModel(t testing.TB) *parse.Model {
	t.Helper()
	model, err := parse.Default()
	if err != nil {
		t.Fatal(err)
	}
	return model
}

// readSentences reads every sentence of a CoNLL-U file, failing the test
// on any error.
func readSentences(t testing.TB, path string) []*parse.Sentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	reader := parse.NewReader(f)
	var sentences []*parse.Sentence
	for {
		sentence, err := reader.Read()
		if err == io.EOF {
			return sentences
		}
		if err != nil {
			t.Fatal(err)
		}
		sentences = append(sentences, sentence)
	}
}

// devSentences reads UD English EWT dev from ../shared, or skips the test.
func devSentences(t testing.TB) []*parse.Sentence {
	t.Helper()
	return readSentences(t, sharedtest.Path(t, "data", "ud-ewt", "en_ewt-ud-dev.conllu"))
}
