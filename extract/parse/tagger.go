package parse

import "github.com/kg-project/kg/extract/internal/feature"

// taggerTemplates is where the tagger's templates are numbered from.
const taggerTemplates = 1000

// tagKeys sets k to the features of the word at position i (from 1) of
// tokens, given the classes of the two words before it.
func tagKeys(k *keys, tokens []token, i int) {
	k.reset(taggerSeeds)
	n := len(tokens)
	at := func(p int) *token {
		if p < 1 || p >= n {
			return nil
		}
		return &tokens[p]
	}
	lower := func(p int) uint64 {
		if t := at(p); t != nil {
			return t.lower
		}
		return absent
	}
	tag := func(p int) uint64 {
		if t := at(p); t != nil {
			return uint64(t.tag)
		}
		return absent
	}
	t := &tokens[i]
	prev, prev2 := tag(i-1), tag(i-2)
	k.add(0)
	k.add(t.lower)
	k.add(t.raw)
	k.add(t.shape)
	for _, affix := range t.affixes {
		k.add(affix)
	}
	k.add(prev)
	k.add(feature.Pair(prev, prev2))
	k.add(feature.Pair(prev, t.lower))
	k.add(lower(i - 1))
	k.add(lower(i - 2))
	k.add(lower(i + 1))
	k.add(lower(i + 2))
	k.add(feature.Pair(lower(i-1), t.lower))
	k.add(feature.Pair(t.lower, lower(i+1)))
	suffix := func(p int) uint64 {
		if t := at(p); t != nil {
			return t.affixes[6]
		}
		return absent
	}
	shape := func(p int) uint64 {
		if t := at(p); t != nil {
			return t.shape
		}
		return absent
	}
	cluster := func(p, level int) uint64 {
		if t := at(p); t != nil {
			return t.clusters[level]
		}
		return absent
	}
	k.add(suffix(i - 1))
	k.add(suffix(i + 1))
	k.add(shape(i - 1))
	k.add(shape(i + 1))
	k.add(feature.Pair(prev, t.shape))
	k.add(feature.Pair(uint64(min(i, 2)), t.shape))
	for level := range clusterLevels {
		k.add(cluster(i, level))
	}
	k.add(cluster(i-1, 0))
	k.add(cluster(i+1, 0))
	k.add(cluster(i-1, 1))
	k.add(cluster(i+1, 1))
	k.add(feature.Pair(prev, cluster(i, 1)))
	k.add(feature.Pair(cluster(i, 0), cluster(i+1, 1)))
}

// tag gives every word of tokens its tagger class, greedily from left to
// right; a token with a class in fixed (one for each token, or none) has
// that class.
func (m *Model) tag(tokens []token, fixed []int, k *keys, scores []int32, buffers *scratch) {
	for i := 1; i < len(tokens); i++ {
		if len(fixed) > i && fixed[i] >= 0 {
			tokens[i].tag = fixed[i]
			continue
		}
		tagKeys(k, tokens, i)
		clear(scores)
		m.tagger.score(k.list, scores, buffers)
		tokens[i].tag = argmax(scores)
	}
}

// argmax returns the class of the highest score, the first of equals.
func argmax[Score int32 | int64](scores []Score) int {
	best := 0
	for class, score := range scores {
		if score > scores[best] {
			best = class
		}
	}
	return best
}
