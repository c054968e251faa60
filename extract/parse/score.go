package parse

import "strings"

// Scores compare a parse with the gold analysis of the same words, as
// Universal Dependencies' evaluation does with gold tokens: punctuation
// counts, and LAS compares relations without their subtypes.
type Scores struct {
	Words int
	UPOS  float64 // share of words given the gold UPOS
	XPOS  float64
	UAS   float64 // share of words given the gold head
	LAS   float64 // the gold head and the gold relation, subtypes aside
}

// Score compares predicted sentences with gold ones, word by word; the two
// must hold the same words in the same order.
func Score(gold, predicted []*Sentence) Scores {
	var upos, xpos, uas, las, words int
	for s, sentence := range gold {
		for i, want := range sentence.Words {
			got := predicted[s].Words[i]
			words++
			if got.UPOS == want.UPOS {
				upos++
			}
			if got.XPOS == want.XPOS {
				xpos++
			}
			if got.Head == want.Head {
				uas++
				if universal(got.Deprel) == universal(want.Deprel) {
					las++
				}
			}
		}
	}
	share := func(n int) float64 { return float64(n) / float64(max(words, 1)) }
	return Scores{Words: words, UPOS: share(upos), XPOS: share(xpos), UAS: share(uas), LAS: share(las)}
}

func universal(deprel string) string {
	relation, _, _ := strings.Cut(deprel, ":")
	return relation
}
