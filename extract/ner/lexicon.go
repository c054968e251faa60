package ner

import (
	"fmt"

	"github.com/kg-project/kg/extract/internal/feature"
)

// A Lexicon says, for words of a labelled corpus other than the training
// data, which entity type they were most often given there and how
// consistently. The tagger reads it as a feature whose worth it learns from
// the training data, so that a corpus labelled by other conventions, or less
// carefully, can teach the names it knows (companies, parties, places of
// other news) without teaching its conventions.
type Lexicon struct {
	priors map[uint64]uint8 // by feature.Lower of the word
}

// Prior is what a Lexicon records of one word: the type ("PER", "ORG",
// "LOC", "MISC", or "O" for no name) it was most often given and the share
// of its occurrences that had it.
type Prior struct {
	Type  string
	Share float64
}

// priorBuckets cut the share of the majority type into classes: a word
// always given one type, mostly, or often.
var priorBuckets = [...]float64{0.95, 0.75, 0.5}

// encodePrior packs a prior into a byte: 0 stands for no prior, so the
// codes start at 1.
func encodePrior(kind int, share float64) uint8 {
	bucket := len(priorBuckets)
	for b, floor := range priorBuckets {
		if share >= floor {
			bucket = b
			break
		}
	}
	return uint8(1 + kind*(len(priorBuckets)+1) + bucket)
}

// NewLexicon makes a Lexicon from the priors of lowercased words.
func NewLexicon(priors map[string]Prior) (*Lexicon, error) {
	lexicon := &Lexicon{priors: make(map[uint64]uint8, len(priors))}
	for word, prior := range priors {
		kind := 0
		if prior.Type != "O" {
			index, ok := labelIndex("B-" + prior.Type)
			if !ok {
				return nil, fmt.Errorf("ner: lexicon word %q: %w %q", word, ErrUnknownLabel, prior.Type)
			}
			kind = 1 + labelType(index)
		}
		lexicon.priors[feature.Lower(word)] = encodePrior(kind, prior.Share)
	}
	return lexicon, nil
}

// Prior returns the lexicon prior the model holds for word, in any case,
// and whether it holds one. Share is the least share of the prior's class
// (0.95, 0.75, 0.5, or 0 for less), since the model keeps only the class.
func (m *Model) Prior(word string) (Prior, bool) {
	code := m.words[feature.Lower(word)].prior
	if code == 0 {
		return Prior{}, false
	}
	classes := len(priorBuckets) + 1
	kind, bucket := int(code-1)/classes, int(code-1)%classes
	prior := Prior{Type: "O"}
	if kind > 0 {
		prior.Type = labelNames[1+2*(kind-1)][len("B-"):]
	}
	if bucket < len(priorBuckets) {
		prior.Share = priorBuckets[bucket]
	}
	return prior, true
}
