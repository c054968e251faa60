package bundle

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
)

// magic opens every shard.
const magic = "kg-bundle 1\n"

// Extension ends the name of every shard.
const Extension = ".kgb"

// maxKey is the longest key a shard holds: the longest a store takes.
const maxKey = 65000

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ShardName is the name of shard i of n: the names of a bundle's shards
// sort in shard order.
func ShardName(i, n int) string {
	return fmt.Sprintf("part-%05d-of-%05d%s", i, n, Extension)
}

// Writer writes one shard, its records given in ascending key order.
type Writer struct {
	w        *bufio.Writer
	crc      hash.Hash32
	previous []byte
	records  uint64
	started  bool
	err      error
}

// NewWriter returns a Writer writing a shard to w.
func NewWriter(w io.Writer) *Writer {
	crc := crc32.New(castagnoli)
	return &Writer{w: bufio.NewWriter(io.MultiWriter(w, crc)), crc: crc}
}

// Write adds a record; its key must come after the previous one's.
func (w *Writer) Write(key, value []byte) error {
	if w.err != nil {
		return w.err
	}
	switch {
	case len(key) == 0:
		return errors.New("bundle: an empty key")
	case len(key) > maxKey:
		return fmt.Errorf("bundle: a key of %d bytes, over the %d a key may have", len(key), maxKey)
	case w.started && bytes.Compare(w.previous, key) >= 0:
		return fmt.Errorf("bundle: key %x written after %x", key, w.previous)
	}
	w.start()
	w.previous = append(w.previous[:0], key...)
	w.field(key)
	w.field(value)
	w.records++
	return w.err
}

func (w *Writer) start() {
	if !w.started {
		w.started = true
		_, w.err = w.w.WriteString(magic)
	}
}

func (w *Writer) field(b []byte) {
	if w.err != nil {
		return
	}
	if _, err := w.w.Write(binary.AppendUvarint(nil, uint64(len(b)))); err != nil {
		w.err = err
		return
	}
	_, w.err = w.w.Write(b)
}

// Close ends the shard; it does not close the underlying writer.
func (w *Writer) Close() error {
	w.start()
	if w.err != nil {
		return w.err
	}
	end := binary.AppendUvarint([]byte{0}, w.records)
	if _, err := w.w.Write(end); err != nil {
		return err
	}
	if err := w.w.Flush(); err != nil {
		return err
	}
	// The checksum covers what was flushed; it is written past it.
	_, err := w.w.Write(binary.BigEndian.AppendUint32(nil, w.crc.Sum32()))
	if err == nil {
		err = w.w.Flush()
	}
	w.err = errors.New("bundle: write after Close")
	return err
}
