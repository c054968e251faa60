package parse

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"sync"
)

//go:embed model.bin.gz
var embeddedModel []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the model embedded in the package, trained on Universal
// Dependencies English EWT (see MODEL.md). It is decoded once and shared.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = ReadModel(bytes.NewReader(embeddedModel))
	})
	return defaultModel, defaultErr
}

// DefaultHash identifies the model Default returns: the hex SHA-256 of
// the embedded model file, which changes whenever the model is retrained.
func DefaultHash() string {
	sum := sha256.Sum256(embeddedModel)
	return hex.EncodeToString(sum[:])
}

// Model is a part-of-speech tagger and a dependency parser. It is safe for
// concurrent use.
type Model struct {
	tags     []tagPair // the tagger's classes
	labels   []string  // dependency relations, by label number
	clusters map[uint64][clusterLevels]uint16
	tagger   weights
	parser   weights
	scratch  sync.Pool
}

// tagPair is one class of the tagger: a Penn Treebank tag and the UD tag
// it goes with.
type tagPair struct{ xpos, upos string }

// work holds the buffers of one parse.
type work struct {
	tokens  []token
	fixed   []int // the class each token must have, -1 for the tagger's choice
	keys    keys
	scores  []int32
	scratch scratch // for weights.score
	state   state
}

func (m *Model) work() *work {
	if w, ok := m.scratch.Get().(*work); ok {
		return w
	}
	return &work{scores: make([]int32, max(len(m.tags), 1+2*len(m.labels)))}
}

// Parse analyses one sentence given its words: each word's lemma, tags,
// head and relation, in the order of forms.
func (m *Model) Parse(forms []string) []Word {
	return m.ParseTagged(forms, nil)
}

// ParseTagged is Parse for a sentence some of whose tags are known: a word
// with a Penn Treebank tag in tags (tags[i], "" for none) gets that tag
// and its usual universal one, whatever the tagger would make of it, so
// that "Real Madrid beat Barcelona", its names given NNP, reads "beat"
// after a name, not after an adjective. The other words are tagged as
// Parse tags them, after the known ones.
func (m *Model) ParseTagged(forms, tags []string) []Word {
	words := make([]Word, len(forms))
	for i, form := range forms {
		words[i].Form = form
	}
	m.analyse(words, tags)
	return words
}

// ParseSentence analyses the words of s in place, replacing their lemmas,
// tags, features, heads and relations.
func (m *Model) ParseSentence(s *Sentence) {
	m.analyse(s.Words, nil)
}

// class is the tagger's class of Penn Treebank tag xpos, the first pair
// with it in the model (NNP with PROPN, NN with NOUN), or -1.
func (m *Model) class(xpos string) int {
	for class, pair := range m.tags {
		if pair.xpos == xpos {
			return class
		}
	}
	return -1
}

func (m *Model) analyse(words []Word, tags []string) {
	if len(words) == 0 {
		return
	}
	w := m.work()
	defer m.scratch.Put(w)
	forms := make([]string, len(words))
	for i := range words {
		forms[i] = words[i].Form
	}
	w.tokens = m.prepare(w.tokens, forms)
	fixed := w.fixed[:0]
	if tags != nil {
		fixed = append(fixed, -1)
		for i := range forms {
			class := -1
			if i < len(tags) && tags[i] != "" {
				class = m.class(tags[i])
			}
			fixed = append(fixed, class)
		}
		w.fixed = fixed
	}
	m.tag(w.tokens, fixed, &w.keys, w.scores[:len(m.tags)], &w.scratch)
	m.parse(w)
	for i := range words {
		word := &words[i]
		tags := m.tags[w.tokens[i+1].tag]
		word.XPOS, word.UPOS = tags.xpos, tags.upos
		word.Lemma = Lemma(word.Form, word.XPOS)
		if word.UPOS == "PROPN" {
			word.Lemma = word.Form // names keep their case, as in UD
		}
		word.Feats = ""
		word.Head = int(w.state.heads[i+1])
		word.Deprel = m.labels[w.state.labels[i+1]]
	}
}

// parse finds the tree of the tagged tokens, greedily. With only the root
// on the stack the one move allowed is a shift, which needs no scores.
func (m *Model) parse(w *work) {
	s := &w.state
	s.reset(len(w.tokens))
	labels := len(m.labels)
	scores := w.scores[:1+2*labels]
	for !s.done() {
		if len(s.stack) == 1 {
			s.apply(shift, labels)
			continue
		}
		parserKeys(&w.keys, s, w.tokens)
		clear(scores)
		m.parser.score(w.keys.list, scores, &w.scratch)
		s.apply(bestValid(s, scores, labels), labels)
	}
}

// bestValid returns the best-scoring move the state allows, the first of
// equals. The moves allowed are always a run of classes: shift alone;
// shift and every left move; every move; or every right move.
func bestValid[Score int32 | int64](s *state, scores []Score, labels int) int {
	canShift, canLeft, canRight := s.valid()
	from, to := 0, 1
	if canLeft {
		to = 1 + labels
	}
	if canRight {
		to = 1 + 2*labels
		if !canShift {
			from = 1 + labels
		}
	}
	return from + argmax(scores[from:to])
}

// The model file is gzip-compressed; inside, little-endian:
//
//	magic "kgparse" and format version byte
//	tags uint16, then per tag its XPOS and UPOS as strings
//	labels uint16, then per label a string
//	clustered words uint32, then per word: key uint64 (feature.Lower of
//	the word), cluster ids [3]uint16; by key
//	for the tagger and the parser: rows uint32, then per row by key: the
//	key less the one before (from 0) as a uvarint, weights uint8, classes
//	[weights]uint8 in increasing order, weights [weights]int16
//
// A string is a length byte and its bytes.
const (
	modelMagic   = "kgparse"
	modelVersion = 1
	maxRows      = 1 << 26 // guards allocation against damaged files
)

// WriteTo writes the model in the compressed format ReadModel reads. The
// same model always gives the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	counter := &countingWriter{w: w}
	compressed, err := gzip.NewWriterLevel(counter, gzip.BestCompression)
	if err != nil {
		return counter.n, fmt.Errorf("parse: write model: %w", err)
	}
	out := bufio.NewWriter(compressed)
	out.WriteString(modelMagic)
	out.WriteByte(modelVersion)
	binary.Write(out, binary.LittleEndian, uint16(len(m.tags)))
	for _, tags := range m.tags {
		writeString(out, tags.xpos)
		writeString(out, tags.upos)
	}
	binary.Write(out, binary.LittleEndian, uint16(len(m.labels)))
	for _, label := range m.labels {
		writeString(out, label)
	}
	words := make([]uint64, 0, len(m.clusters))
	for key := range m.clusters {
		words = append(words, key)
	}
	slices.Sort(words)
	binary.Write(out, binary.LittleEndian, uint32(len(words)))
	for _, key := range words {
		binary.Write(out, binary.LittleEndian, key)
		binary.Write(out, binary.LittleEndian, m.clusters[key])
	}
	for _, table := range []*weights{&m.tagger, &m.parser} {
		rows := table.rows()
		binary.Write(out, binary.LittleEndian, uint32(len(rows)))
		previous := uint64(0)
		for _, r := range rows {
			out.Write(binary.AppendUvarint(nil, r.key-previous))
			previous = r.key
			out.WriteByte(uint8(len(r.classes)))
			out.Write(r.classes)
			binary.Write(out, binary.LittleEndian, r.values)
		}
	}
	if err := out.Flush(); err != nil {
		return counter.n, fmt.Errorf("parse: write model: %w", err)
	}
	if err := compressed.Close(); err != nil {
		return counter.n, fmt.Errorf("parse: write model: %w", err)
	}
	return counter.n, nil
}

func writeString(w *bufio.Writer, s string) {
	w.WriteByte(uint8(len(s)))
	w.WriteString(s)
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	m, err := readModel(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	return m, nil
}

func readModel(r io.Reader) (*Model, error) {
	compressed, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	in := bufio.NewReader(compressed)
	header := make([]byte, len(modelMagic)+1)
	if _, err := io.ReadFull(in, header); err != nil {
		return nil, err
	}
	if string(header[:len(modelMagic)]) != modelMagic || header[len(modelMagic)] != modelVersion {
		return nil, fmt.Errorf("unknown header %q", header)
	}
	m := &Model{}
	var count16 uint16
	if err := binary.Read(in, binary.LittleEndian, &count16); err != nil {
		return nil, err
	}
	for range count16 {
		xpos, err1 := readString(in)
		upos, err2 := readString(in)
		if err := cmp.Or(err1, err2); err != nil {
			return nil, err
		}
		m.tags = append(m.tags, tagPair{xpos: xpos, upos: upos})
	}
	if err := binary.Read(in, binary.LittleEndian, &count16); err != nil {
		return nil, err
	}
	for range count16 {
		label, err := readString(in)
		if err != nil {
			return nil, err
		}
		m.labels = append(m.labels, label)
	}
	if len(m.tags) == 0 || len(m.tags) > 256 || len(m.labels) == 0 || 1+2*len(m.labels) > 256 || len(m.labels) > 64 {
		return nil, fmt.Errorf("%d tags and %d labels", len(m.tags), len(m.labels))
	}
	var words uint32
	if err := binary.Read(in, binary.LittleEndian, &words); err != nil {
		return nil, err
	}
	if words > maxRows {
		return nil, fmt.Errorf("%d clustered words", words)
	}
	m.clusters = make(map[uint64][clusterLevels]uint16, words)
	raw := make([]byte, 8+2*clusterLevels)
	for range words {
		if _, err := io.ReadFull(in, raw); err != nil {
			return nil, err
		}
		var ids [clusterLevels]uint16
		for level := range ids {
			ids[level] = binary.LittleEndian.Uint16(raw[8+2*level:])
		}
		m.clusters[binary.LittleEndian.Uint64(raw)] = ids
	}
	for _, table := range []struct {
		weights *weights
		classes int
	}{{&m.tagger, len(m.tags)}, {&m.parser, 1 + 2*len(m.labels)}} {
		if *table.weights, err = readWeights(in, table.classes); err != nil {
			return nil, err
		}
	}
	if _, err := in.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("data after the end")
	}
	return m, nil
}

func readWeights(in *bufio.Reader, classes int) (weights, error) {
	var count uint32
	if err := binary.Read(in, binary.LittleEndian, &count); err != nil {
		return weights{}, err
	}
	if count > maxRows {
		return weights{}, fmt.Errorf("%d rows", count)
	}
	rows := make([]row, count)
	previous := uint64(0)
	// A row's classes and weights are read together into raw, and kept
	// in slabs shared by many rows rather than in slices of their own.
	raw := make([]byte, 3*256)
	var classSlab []uint8
	var valueSlab []int16
	for i := range rows {
		r := &rows[i]
		delta, err := binary.ReadUvarint(in)
		if err != nil {
			return weights{}, err
		}
		r.key = previous + delta
		previous = r.key
		n, err := in.ReadByte()
		if err != nil {
			return weights{}, err
		}
		if delta == 0 || delta >= 1<<keyBits || r.key >= 1<<keyBits || n == 0 || int(n) > classes {
			return weights{}, fmt.Errorf("bad row %d", i)
		}
		if _, err := io.ReadFull(in, raw[:3*int(n)]); err != nil {
			return weights{}, err
		}
		if len(classSlab) < int(n) {
			classSlab, valueSlab = make([]uint8, 1<<16), make([]int16, 1<<16)
		}
		r.classes, classSlab = classSlab[:n:n], classSlab[n:]
		r.values, valueSlab = valueSlab[:n:n], valueSlab[n:]
		copy(r.classes, raw[:n])
		for k, class := range r.classes {
			if int(class) >= classes {
				return weights{}, fmt.Errorf("class %d of %d", class, classes)
			}
			if k > 0 && class <= r.classes[k-1] {
				return weights{}, fmt.Errorf("classes out of order in row %d", i)
			}
			r.values[k] = int16(binary.LittleEndian.Uint16(raw[int(n)+2*k:]))
		}
		if slices.Contains(r.values, 0) {
			return weights{}, fmt.Errorf("zero weight in row %d", i)
		}
	}
	return newWeights(rows, classes), nil
}

func readString(in *bufio.Reader) (string, error) {
	n, err := in.ReadByte()
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	_, err = io.ReadFull(in, b)
	return string(b), err
}

// countingWriter counts the bytes written through it for WriteTo's result.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
