package ner_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/ner"
)

func TestReadCoNLL(t *testing.T) {
	input := `-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER
-DOCSTART- -X- -X- O

BRUSSELS NNP B-NP B-LOC
`
	docs, err := ner.ReadCoNLL(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	want := [][][]ner.Token{
		{
			{{"EU", "B-ORG"}, {"rejects", "O"}},
			{{"Peter", "B-PER"}, {"Blackburn", "I-PER"}},
		},
		{{{"BRUSSELS", "B-LOC"}}},
	}
	if !reflect.DeepEqual(docs, want) {
		t.Errorf("got %v, want %v", docs, want)
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	tests := []struct {
		input string
		line  int
	}{
		{"EU NNP B-NP B-ORG\nrejects\n", 2},
		{"EU NNP B-NP B-GPE\n", 1},
		{"\n\nEU B-org\n", 3},
	}
	for _, test := range tests {
		_, err := ner.ReadCoNLL(strings.NewReader(test.input))
		var syntax *ner.SyntaxError
		if !errors.As(err, &syntax) || syntax.Line != test.line {
			t.Errorf("ReadCoNLL(%q) = %v, want a SyntaxError at line %d", test.input, err, test.line)
		}
	}
}
