package ner_test

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/ner"
)

// toyCorpus builds documents from lines of word/LABEL tokens, one document
// per line, so that a model can be trained in milliseconds.
func toyCorpus(lines ...string) [][][]ner.Token {
	var docs [][][]ner.Token
	for _, line := range lines {
		var sentence []ner.Token
		for _, field := range strings.Fields(line) {
			word, label, _ := strings.Cut(field, "/")
			sentence = append(sentence, ner.Token{Word: word, Label: label})
		}
		docs = append(docs, [][]ner.Token{sentence})
	}
	return docs
}

var toyLines = []string{
	"Smith/B-PER said/O Acme/B-ORG Corp/I-ORG will/O open/O in/O Paris/B-LOC ./O",
	"Jones/B-PER joined/O Acme/B-ORG Corp/I-ORG in/O London/B-LOC ./O",
	"Mr/O Brown/B-PER left/O Globex/B-ORG Inc/I-ORG for/O Berlin/B-LOC ./O",
	"In/O Rome/B-LOC ,/O Smith/B-PER met/O Jones/B-PER ./O",
	"Globex/B-ORG Inc/I-ORG said/O profits/O rose/O ./O",
	"Brown/B-PER flew/O to/O Madrid/B-LOC ./O",
}

func trainToy(t *testing.T) *ner.Model {
	t.Helper()
	model, err := ner.Train(toyCorpus(toyLines...), ner.TrainOptions{Epochs: 5, Folds: 2, MinCount: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	return model
}

func TestTrainLearns(t *testing.T) {
	model := trainToy(t)
	_, gold := split(toyCorpus(toyLines...))
	words, _ := split(toyCorpus(toyLines...))
	var predicted [][][]string
	for _, doc := range words {
		predicted = append(predicted, model.TagDocument(doc))
	}
	if f1 := ner.Evaluate(gold, predicted).All.F1(); f1 < 0.9 {
		t.Errorf("F1 on the training data = %.3f, want at least 0.9", f1)
	}
}

func TestTrainRejectsUnknownLabel(t *testing.T) {
	_, err := ner.Train(toyCorpus("Paris/B-GPE"), ner.TrainOptions{})
	if !errors.Is(err, ner.ErrUnknownLabel) {
		t.Errorf("got %v, want ErrUnknownLabel", err)
	}
}

func TestTrainDeterministic(t *testing.T) {
	var encodings [2]bytes.Buffer
	for i := range encodings {
		if _, err := trainToy(t).WriteTo(&encodings[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(encodings[0].Bytes(), encodings[1].Bytes()) {
		t.Error("two trainings on the same data wrote different bytes")
	}
}

func TestModelRoundTrip(t *testing.T) {
	withLexicon, err := ner.Train(toyCorpus(toyLines...), ner.TrainOptions{Epochs: 5, Folds: 2, MinCount: 1, Seed: 1, Lexicon: toyLexicon(t, "ORG")})
	if err != nil {
		t.Fatal(err)
	}
	models := map[string]*ner.Model{"toy": trainToy(t), "lexicon": withLexicon, "default": defaultModel(t)}
	document := [][]string{
		strings.Fields("PUTIN HOSTS MACRON AT VERSAILLES"),
		strings.Fields("Russian President Vladimir Putin met Emmanuel Macron of France at Versailles on Monday ."),
		strings.Fields("Smith left Acme Corp for Berlin ."),
	}
	for name, model := range models {
		var encoded bytes.Buffer
		n, err := model.WriteTo(&encoded)
		if err != nil {
			t.Fatal(err)
		}
		if n != int64(encoded.Len()) {
			t.Errorf("%s: WriteTo reported %d bytes, wrote %d", name, n, encoded.Len())
		}
		decoded, err := ner.ReadModel(bytes.NewReader(encoded.Bytes()))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got, want := decoded.TagDocument(document), model.TagDocument(document); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: decoded model tags %v, original %v", name, got, want)
		}
		var again bytes.Buffer
		if _, err := decoded.WriteTo(&again); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again.Bytes(), encoded.Bytes()) {
			t.Errorf("%s: rewriting a decoded model changed its bytes", name)
		}
	}
}

func TestReadModelRejects(t *testing.T) {
	var encoded bytes.Buffer
	if _, err := trainToy(t).WriteTo(&encoded); err != nil {
		t.Fatal(err)
	}
	tests := map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("kgner model"),
		"truncated": encoded.Bytes()[:encoded.Len()/2],
	}
	for name, data := range tests {
		if _, err := ner.ReadModel(bytes.NewReader(data)); !errors.Is(err, ner.ErrBadModel) {
			t.Errorf("%s: got %v, want ErrBadModel", name, err)
		}
	}
}

func TestTagDocument(t *testing.T) {
	model := defaultModel(t)
	tests := []struct {
		sentence string
		want     string
	}{
		{"Russian President Vladimir Putin met Emmanuel Macron at Versailles .", "B-MISC O B-PER I-PER O B-PER I-PER O B-LOC O"},
		{"The European Union and NATO imposed sanctions on Syria .", "O B-ORG I-ORG O B-ORG O O O B-LOC O"},
	}
	for _, test := range tests {
		got := strings.Join(model.TagDocument([][]string{strings.Fields(test.sentence)})[0], " ")
		if got != test.want {
			t.Errorf("TagDocument(%q)\n got %s\nwant %s", test.sentence, got, test.want)
		}
	}
}

func TestTagDocumentDeterministic(t *testing.T) {
	model := defaultModel(t)
	document := [][]string{
		strings.Fields("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ."),
		strings.Fields("Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria ."),
	}
	first := model.TagDocument(document)
	for range 3 {
		if again := model.TagDocument(document); !reflect.DeepEqual(again, first) {
			t.Fatalf("tagging again gave %v, first %v", again, first)
		}
	}
	if got := model.TagDocument(nil); len(got) != 0 {
		t.Errorf("an empty document gave %v", got)
	}
	if got := model.TagDocument([][]string{{}, {"Paris"}, {}}); len(got) != 3 || len(got[0]) != 0 || len(got[1]) != 1 || len(got[2]) != 0 {
		t.Errorf("empty sentences: got %v", got)
	}
}
