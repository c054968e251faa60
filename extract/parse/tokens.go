package parse

import "github.com/kg-project/kg/extract/internal/feature"

// clusterLevels is the number of granularities a word is clustered at,
// finest first.
const clusterLevels = 3

// absent is the feature value of a position outside the sentence or of a
// missing child.
const absent = 0x5bd1e995

// token is what the tagger and the parser read of a word, computed once.
type token struct {
	lower    uint64 // hash of the lowercased form
	raw      uint64
	shape    uint64
	affixes  [8]uint64
	clusters [clusterLevels]uint64 // 0 when the word has no cluster
	tag      int                   // the tagger's class
}

// rootLower stands for the form of the root at position 0.
var rootLower = feature.String("<ROOT>")

// prepare fills tokens for forms, with the root at position 0.
func (m *Model) prepare(tokens []token, forms []string) []token {
	tokens = append(tokens[:0], token{lower: rootLower, raw: rootLower, shape: rootLower, tag: len(m.tags)})
	for _, form := range forms {
		t := token{lower: feature.Lower(form), raw: feature.String(form), shape: feature.Shape(form, false)}
		feature.Affixes(form, &t.affixes)
		if ids, ok := m.clusters[t.lower]; ok {
			for level, id := range ids {
				t.clusters[level] = uint64(id)
			}
		}
		tokens = append(tokens, t)
	}
	return tokens
}

// keys collects the feature keys of one decision; templates are numbered
// in the order their features are added, so that order is part of the
// model format.
type keys struct {
	list  []uint64
	seeds *templateSeeds
}

// templateSeeds holds feature.Seed of the templates numbered from a base,
// the base's own number excluded: the first template is base+1.
type templateSeeds [128]uint64

func seedsFrom(base uint64) *templateSeeds {
	seeds := new(templateSeeds)
	for i := range seeds {
		seeds[i] = feature.Seed(base + 1 + uint64(i))
	}
	return seeds
}

var taggerSeeds, parserSeeds = seedsFrom(taggerTemplates), seedsFrom(parserTemplates)

func (k *keys) reset(seeds *templateSeeds) {
	k.list = k.list[:0]
	k.seeds = seeds
}

func (k *keys) add(value uint64) {
	k.list = append(k.list, shortKey(feature.SeededKey(k.seeds[len(k.list)], value)))
}

// keyBits is how many bits of a feature's key the models keep: with a
// million features, a feature not in a model still matches one of its
// keys only once in a million lookups, and a key takes three or four
// bytes in the model file rather than eight.
const keyBits = 40

// shortKey cuts a feature key to keyBits, keeping 0 for an empty slot.
func shortKey(key uint64) uint64 {
	if key &= 1<<keyBits - 1; key == 0 {
		return 1
	}
	return key
}
