package bundle

import (
	"bufio"
	"bytes"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Reader reads the records of a bundle's shards merged into one stream
// in ascending key order.
type Reader struct {
	shards []*shard
	queue  shardQueue // shards with a record waiting, least key first
	file   string     // the shard of the record Next returned last
	err    error
}

// Open opens the bundle in dir.
func Open(dir string) (*Reader, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("bundle: %w", err)
	}
	var names []string
	for _, entry := range entries {
		if !entry.IsDir() && strings.HasSuffix(entry.Name(), Extension) {
			names = append(names, entry.Name())
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("bundle: %s holds no shards (files ending %s)", dir, Extension)
	}
	slices.Sort(names)
	r := &Reader{}
	for _, name := range names {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			r.Close()
			return nil, fmt.Errorf("bundle: %w", err)
		}
		info, err := f.Stat()
		if err != nil {
			f.Close()
			r.Close()
			return nil, fmt.Errorf("bundle: %w", err)
		}
		s := newShard(f, f.Name(), info.Size())
		r.shards = append(r.shards, s)
		if err := s.advance(); err != nil {
			r.Close()
			return nil, err
		}
		if s.key != nil {
			r.queue = append(r.queue, s)
		}
	}
	heap.Init(&r.queue)
	return r, nil
}

// Next returns the next record, or io.EOF after the last. The slices are
// the caller's.
func (r *Reader) Next() (key, value []byte, err error) {
	if r.err != nil {
		return nil, nil, r.err
	}
	if len(r.queue) == 0 {
		r.err = io.EOF
		return nil, nil, io.EOF
	}
	s := r.queue[0]
	key, value, r.file = s.key, s.value, s.name
	if err := s.advance(); err != nil {
		r.err = err
		return nil, nil, err
	}
	if s.key == nil {
		heap.Pop(&r.queue)
	} else {
		heap.Fix(&r.queue, 0)
	}
	if len(r.queue) > 0 && bytes.Equal(r.queue[0].key, key) {
		r.err = fmt.Errorf("bundle: key %x is in both %s and %s", key, r.file, r.queue[0].name)
		return nil, nil, r.err
	}
	return key, value, nil
}

// File is the shard of the record Next returned last, for messages about
// it.
func (r *Reader) File() string { return r.file }

// Close closes the shards.
func (r *Reader) Close() error {
	var errs []error
	for _, s := range r.shards {
		errs = append(errs, s.f.Close())
	}
	return errors.Join(errs...)
}

// shard reads one shard file, one record ahead.
type shard struct {
	f          io.Closer
	name       string
	size       int64
	in         *bufio.Reader
	crc        hash.Hash32
	offset     int64
	records    uint64
	started    bool
	done       bool   // the end is read
	key, value []byte // the record waiting; key nil once done
}

func newShard(r io.ReadCloser, name string, size int64) *shard {
	return &shard{f: r, name: name, size: size, in: bufio.NewReaderSize(r, 1<<16), crc: crc32.New(castagnoli)}
}

func (s *shard) fail(format string, args ...any) error {
	return &FormatError{File: s.name, Offset: s.offset, Reason: fmt.Sprintf(format, args...)}
}

// read reads n bytes, counted in the checksum.
func (s *shard) read(n uint64, what string) ([]byte, error) {
	if n > uint64(s.size-s.offset) {
		return nil, s.fail("%s of %d bytes runs past the end of the file", what, n)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(s.in, b); err != nil {
		return nil, s.fail("%s cut short: %v", what, err)
	}
	s.crc.Write(b)
	s.offset += int64(n)
	return b, nil
}

func (s *shard) uvarint(what string) (uint64, error) {
	var buf [binary.MaxVarintLen64]byte
	for i := range buf {
		b, err := s.in.ReadByte()
		if err != nil {
			return 0, s.fail("%s cut short: the file ends", what)
		}
		buf[i] = b
		if b < 0x80 {
			v, n := binary.Uvarint(buf[:i+1])
			if n <= 0 {
				return 0, s.fail("%s overflows", what)
			}
			// One encoding per number, so that a shard reads back as
			// written.
			if n != len(binary.AppendUvarint(nil, v)) {
				return 0, s.fail("%s is not in its shortest encoding", what)
			}
			s.crc.Write(buf[:i+1])
			s.offset += int64(i + 1)
			return v, nil
		}
	}
	return 0, s.fail("%s overflows", what)
}

// advance reads the next record into key and value, or the end, leaving
// key nil.
func (s *shard) advance() error {
	if !s.started {
		s.started = true
		head, err := s.read(uint64(len(magic)), "the header")
		if err != nil {
			return err
		}
		if string(head) != magic {
			return &FormatError{File: s.name, Reason: "not a bundle shard: it does not start with " + strings.TrimSpace(magic)}
		}
	}
	if s.done {
		s.key, s.value = nil, nil
		return nil
	}
	length, err := s.uvarint("a key length")
	if err != nil {
		return err
	}
	if length == 0 {
		s.key, s.value, s.done = nil, nil, true
		return s.end()
	}
	if length > maxKey {
		return s.fail("a key of %d bytes, over the %d a key may have", length, maxKey)
	}
	previous := s.key
	key, err := s.read(length, "a key")
	if err != nil {
		return err
	}
	if previous != nil && bytes.Compare(previous, key) >= 0 {
		return s.fail("key %x does not come after %x", key, previous)
	}
	length, err = s.uvarint("a value length")
	if err != nil {
		return err
	}
	value, err := s.read(length, "a value")
	if err != nil {
		return err
	}
	s.key, s.value = key, value
	s.records++
	return nil
}

// end checks the end of the shard: its record count, its checksum and
// that nothing follows.
func (s *shard) end() error {
	count, err := s.uvarint("the record count")
	if err != nil {
		return err
	}
	if count != s.records {
		return s.fail("the shard says it holds %d records but holds %d", count, s.records)
	}
	want := s.crc.Sum32()
	sum, err := s.read(4, "the checksum")
	if err != nil {
		return err
	}
	if binary.BigEndian.Uint32(sum) != want {
		return s.fail("checksum mismatch: the file is corrupt")
	}
	if _, err := s.in.ReadByte(); err != io.EOF {
		return s.fail("bytes after the end of the shard")
	}
	return nil
}

// shardQueue is a heap of shards by the key of their waiting record.
type shardQueue []*shard

func (q shardQueue) Len() int           { return len(q) }
func (q shardQueue) Less(i, j int) bool { return bytes.Compare(q[i].key, q[j].key) < 0 }
func (q shardQueue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *shardQueue) Push(x any)        { *q = append(*q, x.(*shard)) }
func (q *shardQueue) Pop() any {
	old := *q
	s := old[len(old)-1]
	*q = old[:len(old)-1]
	return s
}
