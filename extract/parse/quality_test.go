package parse_test

import (
	"testing"

	"github.com/kg-project/kg/extract/parse"
)

// The floors are a little under what the embedded model scores on EWT dev
// with its own tags and the gold words (see MODEL.md), so that a change
// that makes the tagger or the parser worse fails.
const (
	uposFloor = 0.945
	uasFloor  = 0.835
	lasFloor  = 0.805
)

func TestQualityEWTDev(t *testing.T) {
	gold := devSentences(t)
	model := defaultModel(t)
	predicted := make([]*parse.Sentence, len(gold))
	for i, sentence := range gold {
		predicted[i] = &parse.Sentence{Words: model.Parse(sentence.Forms())}
	}
	scores := parse.Score(gold, predicted)
	t.Logf("%d words: UPOS %.4f XPOS %.4f UAS %.4f LAS %.4f", scores.Words, scores.UPOS, scores.XPOS, scores.UAS, scores.LAS)
	if scores.UPOS < uposFloor || scores.UAS < uasFloor || scores.LAS < lasFloor {
		t.Errorf("below the floors UPOS %.2f, UAS %.2f, LAS %.2f", uposFloor, uasFloor, lasFloor)
	}
}
