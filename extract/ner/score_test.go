package ner_test

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/ner"
)

func TestEvaluate(t *testing.T) {
	labels := func(s string) [][][]string { return [][][]string{{strings.Fields(s)}} }
	tests := []struct {
		name            string
		gold, predicted string
		want            ner.Counts
	}{
		{"exact", "B-PER I-PER O B-LOC", "B-PER I-PER O B-LOC", ner.Counts{TruePositives: 2}},
		{"short span", "B-PER I-PER O", "B-PER O O", ner.Counts{FalsePositives: 1, FalseNegatives: 1}},
		{"wrong type", "B-ORG O", "B-LOC O", ner.Counts{FalsePositives: 1, FalseNegatives: 1}},
		{"I after O opens", "O B-LOC", "O I-LOC", ner.Counts{TruePositives: 1}},
		{"type change splits", "B-ORG B-LOC", "B-ORG I-LOC", ner.Counts{TruePositives: 2}},
		{"MISC ignored", "B-MISC O B-PER", "O O B-PER", ner.Counts{TruePositives: 1}},
		{"adjacent entities", "B-PER B-PER", "B-PER I-PER", ner.Counts{FalsePositives: 1, FalseNegatives: 2}},
	}
	for _, test := range tests {
		got := ner.Evaluate(labels(test.gold), labels(test.predicted)).All
		if got != test.want {
			t.Errorf("%s: got %+v, want %+v", test.name, got, test.want)
		}
	}
}

func TestCounts(t *testing.T) {
	counts := ner.Counts{TruePositives: 3, FalsePositives: 1, FalseNegatives: 3}
	if p, r := counts.Precision(), counts.Recall(); p != 0.75 || r != 0.5 {
		t.Errorf("precision %v recall %v, want 0.75 and 0.5", p, r)
	}
	if f := counts.F1(); f != 0.6 {
		t.Errorf("F1 %v, want 0.6", f)
	}
	if f := (ner.Counts{}).F1(); f != 0 {
		t.Errorf("F1 of nothing = %v, want 0", f)
	}
}
