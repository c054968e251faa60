package ner

import "sync"

// labelStart stands for the label before the first token of a sentence in
// the history features.
const labelStart = numLabels

// stage is one pass of the tagger: the weights of each feature key, one per
// label, as integers. Only their ranking matters when tagging; scale turns
// them back into the perceptron's weights.
type stage struct {
	table weightTable
	scale float32
}

// score adds the weights of keys to scores. The table is larger than the
// processor's nearer caches, so the home slot of every key is read first,
// into loaded: those reads do not depend on each other and run at once,
// where the lookups that follow would wait for each miss in turn.
func (s *stage) score(keys []uint64, scores *[numLabels]int32, loaded []uint64) {
	for i, key := range keys {
		loaded[i] = s.table.entries[key&s.table.mask].key
	}
	var sums [numLabels]int32 // local, so that the sums stay near
	for _, key := range keys {
		weights := s.table.find(key)
		if weights == nil {
			continue
		}
		for label, weight := range weights {
			sums[label] += int32(weight)
		}
	}
	for label, sum := range sums {
		scores[label] += sum
	}
}

// bestLabel returns the highest scoring label that may follow previous; ties
// go to the lower label so that tagging is deterministic.
func bestLabel[Score int32 | float32](scores *[numLabels]Score, previous int) int {
	if previous == labelStart {
		previous = labelO
	}
	best := labelO
	for label := 1; label < numLabels; label++ {
		if scores[label] > scores[best] && allowed(previous, label) {
			best = label
		}
	}
	return best
}

// Model is a trained named-entity tagger. It is safe for concurrent use.
type Model struct {
	first, second stage
	words         map[uint64]lexeme
	scratch       sync.Pool // of *tagging
}

// tagging is the reusable working memory of one TagDocument call.
type tagging struct {
	doc       document
	keys      []uint64 // static keys of every token, back to back
	keyStarts []int    // where each token's keys start in keys, plus the end
	buffer    []uint64 // keys of the token being labelled
	loaded    []uint64 // for stage.score, as long as buffer
	firstPass []int
	labels    []int
}

// prepare analyses a document and computes the static features of every
// token.
func (t *tagging) prepare(sentences [][]string, words map[uint64]lexeme) {
	t.doc.analyse(sentences, words)
	t.keys = t.keys[:0]
	t.keyStarts = t.keyStarts[:0]
	for s := 0; s+1 < len(t.doc.starts); s++ {
		start, end := t.doc.starts[s], t.doc.starts[s+1]
		for position := start; position < end; position++ {
			t.keyStarts = append(t.keyStarts, len(t.keys))
			t.keys = t.doc.staticFeatures(t.keys, position, start, end)
		}
	}
	t.keyStarts = append(t.keyStarts, len(t.keys))
	n := len(t.doc.infos)
	t.firstPass = resize(t.firstPass, n)
	t.labels = resize(t.labels, n)
}

func resize(labels []int, n int) []int {
	if cap(labels) < n {
		return make([]int, n)
	}
	return labels[:n]
}

// positionKeys returns the keys of every feature of a token given the labels
// of the two before it, in t.buffer. firstPass is nil in the first pass.
func (t *tagging) positionKeys(position, end, previous, previous2 int, firstPass []int) []uint64 {
	keys := append(t.buffer[:0], t.keys[t.keyStarts[position]:t.keyStarts[position+1]]...)
	keys = historyFeatures(keys, &t.doc.infos[position], previous, previous2)
	if firstPass != nil {
		keys = t.doc.secondPassFeatures(keys, position, end, firstPass)
	}
	t.buffer = keys
	if cap(t.loaded) < len(keys) {
		t.loaded = make([]uint64, cap(keys))
	}
	return keys
}

// label tags a prepared document greedily from left to right with one stage.
func (t *tagging) label(s *stage, firstPass, out []int) {
	for sentence := 0; sentence+1 < len(t.doc.starts); sentence++ {
		start, end := t.doc.starts[sentence], t.doc.starts[sentence+1]
		previous, previous2 := labelStart, labelStart
		for position := start; position < end; position++ {
			var scores [numLabels]int32
			s.score(t.positionKeys(position, end, previous, previous2, firstPass), &scores, t.loaded)
			label := bestLabel(&scores, previous)
			out[position] = label
			previous2, previous = previous, label
		}
	}
}

// tag runs both passes over a prepared document, leaving the labels in
// t.labels.
func (m *Model) tag(t *tagging) {
	t.label(&m.first, nil, t.firstPass)
	t.doc.countTypes(t.firstPass)
	t.label(&m.second, t.firstPass, t.labels)
}

// TagDocument labels every token of a document given as sentences of tokens
// (words as they appear in the text, e.g. "Putin", "'s", "U.S.", ","). The
// labels are IOB2: "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC",
// "I-LOC", "B-MISC", "I-MISC". The whole document is needed because the
// tagger reads how a word is written and labelled elsewhere in it. Tagging
// is deterministic and the result has the shape of the input.
func (m *Model) TagDocument(sentences [][]string) [][]string {
	t, _ := m.scratch.Get().(*tagging)
	if t == nil {
		t = new(tagging)
	}
	defer m.scratch.Put(t)
	t.prepare(sentences, m.words)
	m.tag(t)
	flat := make([]string, len(t.labels))
	for i, label := range t.labels {
		flat[i] = labelNames[label]
	}
	out := make([][]string, len(sentences))
	offset := 0
	for s, sentence := range sentences {
		out[s] = flat[offset : offset+len(sentence) : offset+len(sentence)]
		offset += len(sentence)
	}
	return out
}
