package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/pb"
	"github.com/dgraph-io/ristretto/v2/z"
)

// Record is one key and its value as a store holds them.
type Record struct {
	Key, Value []byte
}

// loadBuffer is how many bytes of records Load hands Badger's
// StreamWriter at a time.
const loadBuffer = 16 << 20

// Load makes a new store in dir from records, which next returns in
// strictly ascending key order until io.EOF, with Badger's StreamWriter:
// the records become sorted tables directly, with none of the
// transactions, write-ahead log or compactions of Put, so that a store
// built elsewhere (a graph bundle, see package bundle) loads at the speed
// of the disk. Every key must be one of keys.go's, and the records must
// hold this kg's data-version record; dir must be missing or empty. Load
// returns how many records it wrote.
//
// The store is made in a hidden directory beside dir and renamed to dir
// once complete, so that dir never holds part of a store: a load that
// fails removes what it wrote, and one killed leaves dir as it was and
// its hidden directory to the next Load of dir, which removes it.
func Load(dir string, next func() (Record, error)) (int, error) {
	entries, err := os.ReadDir(dir)
	switch {
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return 0, fmt.Errorf("store: %w", err)
	case len(entries) > 0:
		return 0, fmt.Errorf("store: %s is not empty; load into a new --db", dir)
	}
	parent, base := filepath.Split(filepath.Clean(dir))
	if parent == "" {
		parent = "."
	}
	pattern := "." + base + ".load-"
	if err := removeLoads(parent, pattern); err != nil {
		return 0, err
	}
	partial, err := os.MkdirTemp(parent, pattern+"*")
	if err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	n, err := loadInto(partial, next)
	if err == nil {
		err = rename(partial, dir)
	}
	if err != nil {
		return n, errors.Join(err, os.RemoveAll(partial))
	}
	return n, nil
}

// removeLoads removes the hidden directories of loads into parent that
// were killed: their names start with pattern.
func removeLoads(parent, pattern string) error {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	for _, entry := range entries {
		if entry.IsDir() && strings.HasPrefix(entry.Name(), pattern) {
			if err := os.RemoveAll(filepath.Join(parent, entry.Name())); err != nil {
				return fmt.Errorf("store: remove what a killed load left: %w", err)
			}
		}
	}
	return nil
}

// rename puts the complete store at partial in place of dir, missing or
// empty, and syncs their parent so that the new name survives a crash.
func rename(partial, dir string) error {
	if err := os.Remove(dir); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("store: %w", err)
	}
	if err := os.Rename(partial, dir); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	parent, err := os.Open(filepath.Dir(dir))
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	defer parent.Close()
	if err := parent.Sync(); err != nil {
		return fmt.Errorf("store: sync %s: %w", parent.Name(), err)
	}
	return nil
}

// loadInto writes the records into a new store in the empty directory
// dir.
func loadInto(dir string, next func() (Record, error)) (int, error) {
	db, err := openBadger(dir, Options{})
	if err != nil {
		return 0, err
	}
	n, err := stream(db, next)
	if err == nil && n == 0 {
		err = errors.New("store: no records to load")
	}
	if closeErr := db.Close(); closeErr != nil && err == nil {
		err = fmt.Errorf("store: close %s: %w", dir, closeErr)
	}
	return n, err
}

func stream(db *badger.DB, next func() (Record, error)) (int, error) {
	sw := db.NewStreamWriter()
	if err := sw.Prepare(); err != nil {
		return 0, fmt.Errorf("store: load: %w", err)
	}
	buf := z.NewBuffer(loadBuffer, "store.Load")
	defer func() { buf.Release() }()
	var previous []byte
	versioned := false
	n := 0
	for {
		record, err := next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			sw.Cancel()
			return n, err
		}
		if err := checkLoaded(previous, record); err != nil {
			sw.Cancel()
			return n, err
		}
		if bytes.Equal(record.Key, metaKey(metaVersion)) {
			versioned = true
		}
		previous = append(previous[:0], record.Key...)
		badger.KVToBuffer(&pb.KV{Key: record.Key, Value: record.Value, Version: 1}, buf)
		n++
		if buf.LenNoPadding() >= loadBuffer {
			if err := sw.Write(buf); err != nil {
				sw.Cancel()
				return n, fmt.Errorf("store: load: %w", err)
			}
			buf.Reset()
		}
	}
	if !versioned {
		sw.Cancel()
		return n, fail(ErrVersion, "store: the records hold no data-version record: they are not a kg store's")
	}
	if err := sw.Write(buf); err != nil {
		sw.Cancel()
		return n, fmt.Errorf("store: load: %w", err)
	}
	if err := sw.Flush(); err != nil {
		return n, fmt.Errorf("store: load: %w", err)
	}
	return n, nil
}

// checkLoaded refuses a record that Load must not write: a key out of
// order or of no layout of keys.go (so no stored analysis: kg analyse
// makes it again), or a data-version record of another
// version.
func checkLoaded(previous []byte, record Record) error {
	if previous != nil && bytes.Compare(previous, record.Key) >= 0 {
		return fmt.Errorf("%w: key %x does not come after %x", ErrCorrupt, record.Key, previous)
	}
	if len(record.Key) > maxKeySize {
		return fmt.Errorf("%w: a key of %d bytes, over the %d a key may have", ErrCorrupt, len(record.Key), maxKeySize)
	}
	if _, err := ParseKey(record.Key); err != nil {
		return err
	}
	if bytes.Equal(record.Key, metaKey(metaVersion)) {
		if len(record.Value) != 4 || binary.BigEndian.Uint32(record.Value) != dataVersion {
			return fail(ErrVersion, "store: the records are not of data version %d, which this kg reads; make them again with this kg", dataVersion)
		}
	}
	return nil
}

// Records calls fn with every record of the store's graph, in ascending
// key order: what Load takes to make the same store again. The stored
// analysis (kg analyse) is left out. The record's slices are fn's.
func (s *Store) Records(fn func(Record) error) error {
	return s.view(func(txn *badger.Txn) error {
		return eachItem(txn, nil, false, func(item *badger.Item) error {
			if item.Key()[0] >= prefixAnalysis {
				return nil
			}
			value, err := item.ValueCopy(nil)
			if err != nil {
				return fmt.Errorf("store: read: %w", err)
			}
			return fn(Record{Key: item.KeyCopy(nil), Value: value})
		})
	})
}
