package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"math"
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

// Default returns the model embedded in the package, trained on CoNLL-2003
// English (see MODEL.md). It is decoded once and shared.
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

// The model file is gzip-compressed; inside, little-endian:
//
//	magic "kgner" and format version byte
//	for the first and second pass:
//	    scale float32, rows uint32, keys [rows]uint64 ascending, weights [rows][9]int16
//	words uint32, then per word: key uint64, cluster ids [3]uint32, lexicon
//	prior byte, sorted by key
//
// Weights are the stored integers times scale.
const (
	modelMagic   = "kgner"
	modelVersion = 2
	maxRows      = 1 << 26 // guards allocation against damaged files
)

// WriteTo writes the model in the compressed format ReadModel reads. The
// same model always gives the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	counter := &countingWriter{w: w}
	compressed, err := gzip.NewWriterLevel(counter, gzip.BestCompression)
	if err != nil {
		return counter.n, fmt.Errorf("ner: write model: %w", err)
	}
	out := bufio.NewWriter(compressed)
	out.WriteString(modelMagic)
	out.WriteByte(modelVersion)
	for i, scale := range m.scales {
		keys, weights := m.both.stage(i)
		writeUint32(out, math.Float32bits(scale))
		writeUint32(out, uint32(len(keys)))
		for _, key := range keys {
			writeUint64(out, key)
		}
		for _, row := range weights {
			for _, weight := range row {
				out.Write([]byte{byte(weight), byte(uint16(weight) >> 8)})
			}
		}
	}
	words := make([]uint64, 0, len(m.words))
	for key := range m.words {
		words = append(words, key)
	}
	slices.Sort(words)
	writeUint32(out, uint32(len(words)))
	for _, key := range words {
		writeUint64(out, key)
		for _, id := range m.words[key].clusters {
			writeUint32(out, id)
		}
		out.WriteByte(m.words[key].prior)
	}
	if err := out.Flush(); err != nil {
		return counter.n, fmt.Errorf("ner: write model: %w", err)
	}
	if err := compressed.Close(); err != nil {
		return counter.n, fmt.Errorf("ner: write model: %w", err)
	}
	return counter.n, nil
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	compressed, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	in := bufio.NewReader(compressed)
	header := make([]byte, len(modelMagic)+1)
	if _, err := io.ReadFull(in, header); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	if string(header[:len(modelMagic)]) != modelMagic || header[len(modelMagic)] != modelVersion {
		return nil, fmt.Errorf("%w: unknown header %q", ErrBadModel, header)
	}
	var first, second stage
	for _, s := range []*stage{&first, &second} {
		if err := readStage(in, s); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
		}
	}
	m := newModel(&first, &second, nil)
	words, err := readUint32(in)
	if err != nil || words > maxRows {
		return nil, fmt.Errorf("%w: word count: %v", ErrBadModel, err)
	}
	if words > 0 {
		m.words = make(map[uint64]lexeme, words)
	}
	var record [8 + 4*numClusterLevels + 1]byte
	for range words {
		if _, err := io.ReadFull(in, record[:]); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
		}
		var known lexeme
		for level := range known.clusters {
			known.clusters[level] = binary.LittleEndian.Uint32(record[8+4*level:])
		}
		known.prior = record[len(record)-1]
		m.words[binary.LittleEndian.Uint64(record[:8])] = known
	}
	if _, err := in.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("%w: data after the end", ErrBadModel)
	}
	return m, nil
}

func readStage(in *bufio.Reader, s *stage) error {
	scaleBits, err := readUint32(in)
	if err != nil {
		return err
	}
	s.scale = math.Float32frombits(scaleBits)
	rows, err := readUint32(in)
	if err != nil {
		return err
	}
	if rows > maxRows {
		return fmt.Errorf("%d rows", rows)
	}
	keys := make([]uint64, rows)
	for i := range keys {
		if keys[i], err = readUint64(in); err != nil {
			return err
		}
		if keys[i] == 0 {
			return fmt.Errorf("zero feature key")
		}
	}
	weights := make([][numLabels]int16, rows)
	var row [2 * numLabels]byte
	for i := range weights {
		if _, err := io.ReadFull(in, row[:]); err != nil {
			return err
		}
		for label := range weights[i] {
			weights[i][label] = int16(binary.LittleEndian.Uint16(row[2*label:]))
		}
	}
	s.table = newWeightTable(keys, weights)
	return nil
}

func writeUint32(w *bufio.Writer, v uint32) {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], v)
	w.Write(b[:])
}

func writeUint64(w *bufio.Writer, v uint64) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], v)
	w.Write(b[:])
}

func readUint32(r io.Reader) (uint32, error) {
	var b [4]byte
	if _, err := io.ReadFull(r, b[:]); err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b[:]), nil
}

func readUint64(r io.Reader) (uint64, error) {
	var b [8]byte
	if _, err := io.ReadFull(r, b[:]); err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(b[:]), nil
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
