package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/internal/feature"
)

// Feature templates. Their values only seed hashes, but they are part of the
// model format: renumbering them invalidates a trained model.
const (
	tBias uint64 = iota + 1
	tLower
	tRaw
	tShape
	tLowerPrev
	tLowerNext
	tLowerPrev2
	tLowerNext2
	tBigramPrev
	tBigramNext
	tShapePrev
	tShapeNext
	tShapePrev2
	tShapeNext2
	tShapeTrigram
	tPrefix1
	tPrefix2
	tPrefix3
	tPrefix4
	tSuffix1
	tSuffix2
	tSuffix3
	tSuffix4
	tHeadlineShape
	tFirstShape
	tLength
	tPrevWordShape
	tShapeNextWord
	tDocCase
	tDocCaseShape
	tCluster0
	tCluster1
	tCluster2
	tClusterPrev
	tClusterNext
	tHistory1
	tHistory2
	tHistoryLower
	tHistoryShape
	tDocMajority
	tDocSeen
	tFirstPass
	tFirstPassNext
	tFirstPassNext2
	tFirstPassShape
	tDocMajorityShape
	tPrior
	tPriorShape
	tPriorPrev
	tPriorNext
	tLast
)

// Case classes of a token, for the document-level case features.
const (
	caseNone  = iota // no letter
	caseLower        // starts with a lowercase letter
	caseTitle        // starts with an uppercase letter, has lowercase letters
	caseUpper        // letters all uppercase
)

const numClusterLevels = 3

// tokenInfo holds what the features of a token and of its neighbours need,
// computed once per token.
type tokenInfo struct {
	lower    uint64 // hash of the lowercased word
	raw      uint64
	shape    uint64 // hash of the shape, case-blind in headlines
	affixes  [8]uint64
	clusters [numClusterLevels]uint32 // 0 when the word has no cluster
	prior    uint8                    // the word's Lexicon prior, 0 for none
	length   uint8
	class    uint8 // case class
	initial  bool  // first token of its sentence
	headline bool
}

// caseClass classifies a word by the case of its letters.
func caseClass(word string) uint8 {
	first := true
	class := uint8(caseNone)
	for _, r := range word {
		if !unicode.IsLetter(r) {
			continue
		}
		switch {
		case first && unicode.IsUpper(r):
			class = caseUpper
		case first:
			return caseLower
		case unicode.IsLower(r):
			return caseTitle
		}
		first = false
	}
	return class
}

// functionWords may stay lowercase in a Title Case headline.
var functionWords = map[string]bool{
	"a": true, "an": true, "and": true, "as": true, "at": true, "but": true, "by": true, "for": true,
	"from": true, "in": true, "into": true, "of": true, "off": true, "on": true, "or": true, "over": true,
	"the": true, "to": true, "up": true, "vs": true, "with": true, "is": true, "are": true, "be": true,
}

// isHeadline reports whether a sentence is set in capitals throughout: ALL
// CAPS anywhere (CoNLL headlines), or Title Case when it opens the document.
// Capitals there say nothing about names.
func isHeadline(sentence []string, first bool) bool {
	hasLetter, hasLower := false, false
	for _, word := range sentence {
		for _, r := range word {
			hasLetter = hasLetter || unicode.IsLetter(r)
			hasLower = hasLower || unicode.IsLower(r)
		}
	}
	if hasLetter && !hasLower {
		return true
	}
	if !first {
		return false
	}
	lowerWords, capitalised := 0, 0
	for _, word := range sentence {
		switch caseClass(word) {
		case caseLower:
			if !functionWords[word] {
				lowerWords++
			}
		case caseTitle, caseUpper:
			capitalised++
		}
	}
	return lowerWords == 0 && capitalised >= 3
}

// document is the analysis of one document shared by both tagging passes.
type document struct {
	infos      []tokenInfo
	starts     []int // start of each sentence in infos, plus the end
	caseCounts map[uint64][4]uint16
	typeCounts map[uint64][numTypes + 1]uint16
}

func (d *document) reset() {
	d.infos = d.infos[:0]
	d.starts = d.starts[:0]
	if d.caseCounts == nil {
		d.caseCounts = make(map[uint64][4]uint16)
		d.typeCounts = make(map[uint64][numTypes + 1]uint16)
	}
	clear(d.caseCounts)
	clear(d.typeCounts)
}

// analyse computes the token infos and the document-level case counts.
// Case is only counted in body text and off the first position, where
// capitals are chosen by the writer rather than by the style.
func (d *document) analyse(sentences [][]string, words map[uint64]lexeme) {
	d.reset()
	for s, sentence := range sentences {
		d.starts = append(d.starts, len(d.infos))
		headline := isHeadline(sentence, s == 0)
		for i, word := range sentence {
			info := tokenInfo{
				lower:    feature.Lower(word),
				raw:      feature.String(word),
				shape:    feature.Shape(word, headline),
				class:    caseClass(word),
				initial:  i == 0,
				headline: headline,
			}
			info.length = uint8(min(utf8.RuneCountInString(word), 8))
			feature.Affixes(word, &info.affixes)
			if words != nil {
				known := words[info.lower]
				info.clusters, info.prior = known.clusters, known.prior
			}
			if !headline && i > 0 && info.class != caseNone {
				counts := d.caseCounts[info.lower]
				counts[info.class]++
				d.caseCounts[info.lower] = counts
			}
			d.infos = append(d.infos, info)
		}
	}
	d.starts = append(d.starts, len(d.infos))
}

// countTypes records, for each word, the entity types the first pass gave
// it across the document.
func (d *document) countTypes(labels []int) {
	clear(d.typeCounts)
	for i, label := range labels {
		if d.infos[i].class == caseNone {
			continue
		}
		counts := d.typeCounts[d.infos[i].lower]
		counts[labelType(label)+1]++
		d.typeCounts[d.infos[i].lower] = counts
	}
}

// otherCases returns a bit set of the case classes the word has elsewhere in
// the document's body text.
func (d *document) otherCases(position int) uint64 {
	info := &d.infos[position]
	counts := d.caseCounts[info.lower]
	if !info.headline && !info.initial && info.class != caseNone {
		counts[info.class]--
	}
	var bits uint64
	for class, n := range counts {
		if n > 0 {
			bits |= 1 << class
		}
	}
	return bits
}

// staticFeatures appends the keys of the features of token position, in the
// sentence spanning [start, end), that do not depend on labels.
func (d *document) staticFeatures(keys []uint64, position, start, end int) []uint64 {
	infos := d.infos
	info := &infos[position]
	const none = 0x5bd1e995 // stands for a position outside the sentence
	lowerAt := func(p int) uint64 {
		if p < start || p >= end {
			return none
		}
		return infos[p].lower
	}
	shapeAt := func(p int) uint64 {
		if p < start || p >= end {
			return none
		}
		return infos[p].shape
	}
	shape := info.shape
	keys = append(keys,
		feature.Key(tBias, 0),
		feature.Key(tLower, info.lower),
		feature.Key(tShape, shape),
		feature.Key(tLowerPrev, lowerAt(position-1)),
		feature.Key(tLowerNext, lowerAt(position+1)),
		feature.Key(tLowerPrev2, lowerAt(position-2)),
		feature.Key(tLowerNext2, lowerAt(position+2)),
		feature.Key(tBigramPrev, feature.Pair(lowerAt(position-1), info.lower)),
		feature.Key(tBigramNext, feature.Pair(info.lower, lowerAt(position+1))),
		feature.Key(tShapePrev, shapeAt(position-1)),
		feature.Key(tShapeNext, shapeAt(position+1)),
		feature.Key(tShapePrev2, shapeAt(position-2)),
		feature.Key(tShapeNext2, shapeAt(position+2)),
		feature.Key(tShapeTrigram, feature.Pair(feature.Pair(shapeAt(position-1), shape), shapeAt(position+1))),
		feature.Key(tLength, uint64(info.length)),
		feature.Key(tPrevWordShape, feature.Pair(lowerAt(position-1), shape)),
		feature.Key(tShapeNextWord, feature.Pair(shape, lowerAt(position+1))),
	)
	if !info.headline {
		keys = append(keys, feature.Key(tRaw, info.raw))
	}
	for k, affix := range info.affixes {
		if affix != 0 {
			keys = append(keys, feature.Key(tPrefix1+uint64(k), affix))
		}
	}
	if info.headline {
		keys = append(keys, feature.Key(tHeadlineShape, shape))
	}
	if info.initial {
		keys = append(keys, feature.Key(tFirstShape, shape))
	}
	if info.class != caseNone {
		// In a headline the case of the token itself says nothing.
		where := uint64(info.class)
		if info.headline {
			where = 8
		}
		if info.initial {
			where |= 16
		}
		cases := d.otherCases(position)
		keys = append(keys,
			feature.Key(tDocCase, feature.Pair(cases, where)),
			feature.Key(tDocCaseShape, feature.Pair(feature.Pair(cases, where), shape)),
		)
	}
	if info.clusters[0] != 0 {
		for level, cluster := range info.clusters {
			keys = append(keys, feature.Key(tCluster0+uint64(level), uint64(cluster)))
		}
	}
	if info.prior != 0 {
		keys = append(keys,
			feature.Key(tPrior, uint64(info.prior)),
			feature.Key(tPriorShape, feature.Pair(uint64(info.prior), shape)),
		)
	}
	if position > start && infos[position-1].prior != 0 {
		keys = append(keys, feature.Key(tPriorPrev, uint64(infos[position-1].prior)))
	}
	if position+1 < end && infos[position+1].prior != 0 {
		keys = append(keys, feature.Key(tPriorNext, uint64(infos[position+1].prior)))
	}
	if position > start && infos[position-1].clusters[1] != 0 {
		keys = append(keys, feature.Key(tClusterPrev, uint64(infos[position-1].clusters[1])))
	}
	if position+1 < end && infos[position+1].clusters[1] != 0 {
		keys = append(keys, feature.Key(tClusterNext, uint64(infos[position+1].clusters[1])))
	}
	return keys
}

// secondPassFeatures appends the keys of the features drawn from the first
// pass's labels: the types the word was given elsewhere in the document and
// the labels of this token and the next two before the sentence's end.
func (d *document) secondPassFeatures(keys []uint64, position, end int, firstPass []int) []uint64 {
	info := &d.infos[position]
	label := firstPass[position]
	keys = append(keys,
		feature.Key(tFirstPass, uint64(label)),
		feature.Key(tFirstPassShape, feature.Pair(uint64(label), info.shape)),
	)
	next, next2 := uint64(99), uint64(99)
	if position+1 < end {
		next = uint64(firstPass[position+1])
	}
	if position+2 < end {
		next2 = uint64(firstPass[position+2])
	}
	keys = append(keys,
		feature.Key(tFirstPassNext, next),
		feature.Key(tFirstPassNext2, feature.Pair(next, next2)),
	)
	if info.class == caseNone {
		return keys
	}
	counts := d.typeCounts[info.lower]
	counts[labelType(label)+1]--
	majority, best := -1, uint16(0)
	for kind, n := range counts {
		if n > 0 {
			keys = append(keys, feature.Key(tDocSeen, uint64(kind)))
		}
		if n > best {
			majority, best = kind, n
		}
	}
	if majority >= 0 {
		keys = append(keys,
			feature.Key(tDocMajority, uint64(majority)),
			feature.Key(tDocMajorityShape, feature.Pair(uint64(majority), info.shape)),
		)
	}
	return keys
}

// historyKeys is the number of keys historyFeatures appends.
const historyKeys = 4

// historyFeatures appends the keys of the features of the labels already
// given to the two previous tokens.
func historyFeatures(keys []uint64, info *tokenInfo, previous, previous2 int) []uint64 {
	return append(keys,
		feature.Key(tHistory1, uint64(previous)),
		feature.Key(tHistory2, uint64(previous2*numLabels+previous)),
		feature.Key(tHistoryLower, feature.Pair(uint64(previous), info.lower)),
		feature.Key(tHistoryShape, feature.Pair(uint64(previous), info.shape)),
	)
}
