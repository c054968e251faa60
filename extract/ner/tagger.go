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

// scoreBoth adds the weights of keys in the first stage to first and in
// the second to second, reading the home slot of every key first as
// stage.score does.
func (t *pairTable) scoreBoth(keys []uint64, first, second *[numLabels]int32, loaded []uint64) {
	for i, key := range keys {
		loaded[i] = t.entries[key&t.mask].key
	}
	var sums [2][numLabels]int32
	for _, key := range keys {
		weights := t.find(key)
		if weights == nil {
			continue
		}
		for label := range numLabels {
			sums[0][label] += int32(weights[0][label])
			sums[1][label] += int32(weights[1][label])
		}
	}
	for label := range numLabels {
		first[label] += sums[0][label]
		second[label] += sums[1][label]
	}
}

// score adds the weights of keys in one stage, 0 or 1, to scores.
func (t *pairTable) score(keys []uint64, stage int, scores *[numLabels]int32, loaded []uint64) {
	for i, key := range keys {
		loaded[i] = t.entries[key&t.mask].key
	}
	var sums [numLabels]int32
	for _, key := range keys {
		weights := t.find(key)
		if weights == nil {
			continue
		}
		for label, weight := range weights[stage] {
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
	both    pairTable  // the weights of both stages
	scales  [2]float32 // of each stage's weights, as in stage
	words   map[uint64]lexeme
	scratch sync.Pool // of *tagging
}

func newModel(first, second *stage, words map[uint64]lexeme) *Model {
	return &Model{both: newPairTable(&first.table, &second.table), scales: [2]float32{first.scale, second.scale}, words: words}
}

// tagging is the reusable working memory of one TagDocument call.
type tagging struct {
	doc       document
	keys      []uint64           // static keys of every token, back to back
	keyStarts []int              // where each token's keys start in keys, plus the end
	buffer    []uint64           // keys of the token being labelled
	loaded    []uint64           // for the tables' score, as long as the keys scored
	scores    [][numLabels]int32 // of each token's features but its history, by stage
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
// t.labels. The static features of a token are the same in both passes,
// and one lookup in the pair table gives their weights in both. Only the
// features of the labels before a token wait for the labelling of the
// token before it: every other feature is scored first, for every token,
// in loops whose lookups do not wait for each other. Integer sums come
// out the same in any order.
func (m *Model) tag(t *tagging) {
	if cap(t.scores) < 2*len(t.labels) {
		t.scores = make([][numLabels]int32, 2*len(t.labels))
	}
	first, second := t.scores[:len(t.labels)], t.scores[len(t.labels):2*len(t.labels)]
	clear(first)
	clear(second)
	for position := range first {
		static := t.keys[t.keyStarts[position]:t.keyStarts[position+1]]
		t.loaded = grow(t.loaded, len(static))
		m.both.scoreBoth(static, &first[position], &second[position], t.loaded)
	}
	t.labelFrom(&m.both, 0, first, t.firstPass)
	t.doc.countTypes(t.firstPass)
	for sentence := 0; sentence+1 < len(t.doc.starts); sentence++ {
		start, end := t.doc.starts[sentence], t.doc.starts[sentence+1]
		for position := start; position < end; position++ {
			t.buffer = t.doc.secondPassFeatures(t.buffer[:0], position, end, t.firstPass)
			t.loaded = grow(t.loaded, len(t.buffer))
			m.both.score(t.buffer, 1, &second[position], t.loaded)
		}
	}
	t.labelFrom(&m.both, 1, second, t.labels)
}

// labelFrom labels a prepared document greedily from left to right with
// one stage of a pair table, given the scores of every token's features
// but those of the labels before it.
func (t *tagging) labelFrom(both *pairTable, stage int, partial [][numLabels]int32, out []int) {
	t.loaded = grow(t.loaded, historyKeys)
	for sentence := 0; sentence+1 < len(t.doc.starts); sentence++ {
		start, end := t.doc.starts[sentence], t.doc.starts[sentence+1]
		previous, previous2 := labelStart, labelStart
		for position := start; position < end; position++ {
			scores := partial[position]
			t.buffer = historyFeatures(t.buffer[:0], &t.doc.infos[position], previous, previous2)
			both.score(t.buffer, stage, &scores, t.loaded)
			label := bestLabel(&scores, previous)
			out[position] = label
			previous2, previous = previous, label
		}
	}
}

// grow returns loaded, made at least n long.
func grow(loaded []uint64, n int) []uint64 {
	if cap(loaded) < n {
		return make([]uint64, n)
	}
	return loaded
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
