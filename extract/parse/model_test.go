package parse_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/kg-project/kg/extract/parse"
)

// TestModelRoundTrip writes the embedded model and reads it back: the same
// bytes come out again, and the copy parses as the original does.
func TestModelRoundTrip(t *testing.T) {
	model := defaultModel(t)
	var first, second bytes.Buffer
	if _, err := model.WriteTo(&first); err != nil {
		t.Fatal(err)
	}
	copied, err := parse.ReadModel(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := copied.WriteTo(&second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("the model read back writes other bytes")
	}
	words := []string{"Ryanair", "was", "fined", "by", "the", "European", "Commission", "on", "Tuesday", "."}
	want, got := model.Parse(words), copied.Parse(words)
	for i := range want {
		if want[i] != got[i] {
			t.Errorf("word %d: %+v from the copy, %+v from the original", i+1, got[i], want[i])
		}
	}
}

func TestReadModelDamaged(t *testing.T) {
	var good bytes.Buffer
	if _, err := defaultModel(t).WriteTo(&good); err != nil {
		t.Fatal(err)
	}
	truncated := good.Bytes()[:good.Len()/2]
	flipped := bytes.Clone(good.Bytes())
	flipped[len(flipped)/2] ^= 0x40
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("kgparse\x01"),
		"truncated": truncated,
		"flipped":   flipped,
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := parse.ReadModel(bytes.NewReader(data)); !errors.Is(err, parse.ErrBadModel) {
				t.Errorf("error %v, want ErrBadModel", err)
			}
		})
	}
}

// TestTrainDeterministic trains twice on the same few sentences: the two
// models are the same bytes.
func TestTrainDeterministic(t *testing.T) {
	sentences := readSentences(t, "testdata/sample.conllu")
	options := parse.TrainOptions{TaggerEpochs: 2, ParserEpochs: 2, Folds: 2, MinCount: 1}
	var models [2]bytes.Buffer
	for i := range models {
		model, err := parse.Train(sentences, options)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := model.WriteTo(&models[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(models[0].Bytes(), models[1].Bytes()) {
		t.Error("two trainings on the same data give different models")
	}
}

func TestParseEdgeCases(t *testing.T) {
	model := defaultModel(t)
	if words := model.Parse(nil); len(words) != 0 {
		t.Errorf("no words in, %d out", len(words))
	}
	words := model.Parse([]string{"Hello"})
	if len(words) != 1 || words[0].Head != 0 || words[0].Deprel != "root" {
		t.Errorf("one word: %+v", words)
	}
	long := make([]string, 300)
	for i := range long {
		long[i] = "and"
	}
	roots := 0
	for _, word := range model.Parse(long) {
		if word.Head == 0 {
			roots++
		}
	}
	if roots != 1 {
		t.Errorf("%d roots in a long sentence", roots)
	}
}
