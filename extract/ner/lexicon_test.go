package ner_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/ner"
)

// toyLexicon gives the names of the toy corpus the types they have there,
// and "Zork", which the corpus never uses, the type zork.
func toyLexicon(t *testing.T, zork string) *ner.Lexicon {
	t.Helper()
	priors := map[string]ner.Prior{
		"smith": {Type: "PER", Share: 1}, "jones": {Type: "PER", Share: 0.9}, "brown": {Type: "PER", Share: 0.8},
		"acme": {Type: "ORG", Share: 1}, "globex": {Type: "ORG", Share: 1}, "corp": {Type: "ORG", Share: 0.7},
		"paris": {Type: "LOC", Share: 1}, "london": {Type: "LOC", Share: 1}, "berlin": {Type: "LOC", Share: 1},
		"rome": {Type: "LOC", Share: 1}, "madrid": {Type: "LOC", Share: 0.6},
		"in": {Type: "O", Share: 1}, "zork": {Type: zork, Share: 1},
	}
	lexicon, err := ner.NewLexicon(priors)
	if err != nil {
		t.Fatal(err)
	}
	return lexicon
}

func TestLexiconTypesUnseenWord(t *testing.T) {
	sentence := strings.Fields("Zork was there .")
	for _, zork := range []string{"PER", "ORG"} {
		model, err := ner.Train(toyCorpus(toyLines...), ner.TrainOptions{Epochs: 5, Folds: 2, MinCount: 1, Seed: 1, Lexicon: toyLexicon(t, zork)})
		if err != nil {
			t.Fatal(err)
		}
		if got := model.TagDocument([][]string{sentence})[0][0]; got != "B-"+zork {
			t.Errorf("lexicon type %s: Zork tagged %s", zork, got)
		}
	}
}

func TestNewLexiconRejectsUnknownType(t *testing.T) {
	_, err := ner.NewLexicon(map[string]ner.Prior{"paris": {Type: "GPE", Share: 1}})
	if !errors.Is(err, ner.ErrUnknownLabel) {
		t.Errorf("got %v, want ErrUnknownLabel", err)
	}
}

func TestTrainWeights(t *testing.T) {
	docs := toyCorpus(toyLines...)
	encode := func(weights []float64) []byte {
		model, err := ner.Train(docs, ner.TrainOptions{Epochs: 5, Folds: 2, MinCount: 1, Seed: 1, Weights: weights})
		if err != nil {
			t.Fatal(err)
		}
		var encoded bytes.Buffer
		if _, err := model.WriteTo(&encoded); err != nil {
			t.Fatal(err)
		}
		return encoded.Bytes()
	}
	ones := make([]float64, len(docs))
	for d := range ones {
		ones[d] = 1
	}
	if !bytes.Equal(encode(ones), encode(nil)) {
		t.Error("weights of 1 train another model than no weights")
	}
	halved := append([]float64(nil), ones...)
	halved[0] = 0.5
	if bytes.Equal(encode(halved), encode(nil)) {
		t.Error("halving a document's weight changed nothing")
	}
	if _, err := ner.Train(docs, ner.TrainOptions{Weights: ones[1:]}); !errors.Is(err, ner.ErrBadOptions) {
		t.Errorf("one weight short: got %v, want ErrBadOptions", err)
	}
}

// TestModelPrior reads back the priors a model was trained with, each
// with the least share of its class.
func TestModelPrior(t *testing.T) {
	model, err := ner.Train(toyCorpus(toyLines...), ner.TrainOptions{Epochs: 1, Folds: 2, MinCount: 1, Seed: 1, Lexicon: toyLexicon(t, "ORG")})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want ner.Prior
		ok   bool
	}{
		{"Smith", ner.Prior{Type: "PER", Share: 0.95}, true},
		{"BROWN", ner.Prior{Type: "PER", Share: 0.75}, true},
		{"corp", ner.Prior{Type: "ORG", Share: 0.5}, true},
		{"madrid", ner.Prior{Type: "LOC", Share: 0.5}, true},
		{"in", ner.Prior{Type: "O", Share: 0.95}, true},
		{"zork", ner.Prior{Type: "ORG", Share: 0.95}, true},
		{"nowhere", ner.Prior{}, false},
	}
	for _, tt := range tests {
		if got, ok := model.Prior(tt.word); got != tt.want || ok != tt.ok {
			t.Errorf("Prior(%q) = %+v, %v; want %+v, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
}
