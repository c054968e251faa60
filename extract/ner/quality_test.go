package ner_test

import (
	"testing"

	"github.com/kg-project/kg/extract/ner"
)

// validFloor is a little under the entity F1 the embedded model reaches on
// CoNLL-2003 valid (see MODEL.md), so that a change that makes the tagger
// worse fails.
const validFloor = 0.90

func TestQualityCoNLLValid(t *testing.T) {
	words, gold := split(readShared(t, "data/conll2003/valid.txt"))
	model := defaultModel(t)
	predicted := make([][][]string, len(words))
	for d, doc := range words {
		predicted[d] = model.TagDocument(doc)
	}
	evaluation := ner.Evaluate(gold, predicted)
	for _, kind := range ner.ScoredTypes {
		counts := evaluation.ByType[kind]
		t.Logf("%s\tP=%.4f R=%.4f F1=%.4f", kind, counts.Precision(), counts.Recall(), counts.F1())
	}
	all := evaluation.All
	t.Logf("ALL\tP=%.4f R=%.4f F1=%.4f", all.Precision(), all.Recall(), all.F1())
	if all.F1() < validFloor {
		t.Errorf("entity F1 %.4f below the floor %.2f", all.F1(), validFloor)
	}
}
