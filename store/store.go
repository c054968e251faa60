package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/dgraph-io/badger/v4"
)

// dataVersion is the version of the key and value layout in keys.go and
// codec.go. A store written with another layout is refused, not misread.
const dataVersion = 2

// nodeIDLease is how many node ids one sequence lease reserves: large
// enough that leasing rarely costs a transaction, small enough that ids
// lost to a killed process do not matter.
const nodeIDLease = 1000

// Options configure Open.
type Options struct {
	InMemory bool      // Badger in-memory mode, for tests
	ReadOnly bool      // open for queries only
	Logger   io.Writer // nil: Badger's own logging silenced
}

// Store is a knowledge graph kept in a Badger database. Its methods may be
// called from several goroutines.
type Store struct {
	db       *badger.DB
	dir      string
	readOnly bool
	nodeIDs  *badger.Sequence // nil when read-only

	// writing serialises Put: an article's writes are planned from reads
	// of the open transaction and may be replayed into a new one, which is
	// only sound while no other write comes between.
	writing sync.Mutex
}

// Open opens the store in dir, creating it unless opts.ReadOnly. dir is
// ignored with opts.InMemory.
func Open(dir string, opts Options) (*Store, error) {
	if opts.InMemory && opts.ReadOnly {
		return nil, errors.New("store: an in-memory store cannot be opened read-only")
	}
	if opts.InMemory {
		dir = ""
	}
	if opts.ReadOnly {
		// Badger keeps its MANIFEST in every database it has created.
		if _, err := os.Stat(filepath.Join(dir, "MANIFEST")); errors.Is(err, os.ErrNotExist) {
			return nil, fail(ErrNoStore, "store: no store at %s; build one first", dir)
		}
	}
	db, err := badger.Open(badgerOptions(dir, opts))
	if err != nil {
		if strings.Contains(err.Error(), "Cannot acquire directory lock") {
			return nil, fail(ErrLocked, "store: %s is in use by another kg process; wait for it to finish or use another --db", dir)
		}
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	s := &Store{db: db, dir: dir, readOnly: opts.ReadOnly}
	if err := s.checkVersion(); err != nil {
		db.Close()
		return nil, err
	}
	if !opts.ReadOnly {
		s.nodeIDs, err = db.GetSequence(metaKey(metaNodeIDs), nodeIDLease)
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("store: open %s: node id sequence: %w", dir, err)
		}
	}
	return s, nil
}

// badgerOptions sizes Badger for a command-line tool that opens a store,
// does one job and exits: small memtables and caches, no value-log file
// reserving a gigabyte, no conflict detection (Put is the only writer).
func badgerOptions(dir string, opts Options) badger.Options {
	o := badger.DefaultOptions(dir).
		WithInMemory(opts.InMemory).
		WithReadOnly(opts.ReadOnly).
		WithMemTableSize(16 << 20).
		WithNumMemtables(2).
		WithNumLevelZeroTables(2).
		WithNumLevelZeroTablesStall(8).
		WithValueLogFileSize(64 << 20).
		WithBlockCacheSize(32 << 20).
		WithIndexCacheSize(16 << 20).
		WithNumCompactors(2).
		WithNumGoroutines(2).
		WithDetectConflicts(false).
		WithMetricsEnabled(false).
		WithLogger(nil)
	if opts.Logger != nil {
		o = o.WithLogger(&badgerLogger{out: opts.Logger})
	}
	return o
}

// checkVersion writes the data-version record into a new store and
// refuses a store whose record is missing or different.
func (s *Store) checkVersion() error {
	check := func(txn *badger.Txn) error {
		item, err := txn.Get(metaKey(metaVersion))
		if errors.Is(err, badger.ErrKeyNotFound) {
			if s.readOnly || !isEmpty(txn) {
				return fail(ErrVersion, "store: %s has no data-version record: it is not a kg store, or one too old to read; build a new one with another --db", s.dir)
			}
			return txn.Set(metaKey(metaVersion), binary.BigEndian.AppendUint32(nil, dataVersion))
		}
		if err != nil {
			return fmt.Errorf("store: read data version: %w", err)
		}
		return item.Value(func(value []byte) error {
			if len(value) != 4 {
				return fail(ErrVersion, "store: %s has a malformed data-version record; build a new store with another --db", s.dir)
			}
			if found := binary.BigEndian.Uint32(value); found != dataVersion {
				return fail(ErrVersion, "store: %s holds data version %d but this kg reads version %d; build a new store with another --db, or use the kg that wrote it", s.dir, found, dataVersion)
			}
			return nil
		})
	}
	if s.readOnly {
		return s.db.View(check)
	}
	return s.db.Update(check)
}

func isEmpty(txn *badger.Txn) bool {
	it := txn.NewIterator(badger.IteratorOptions{})
	defer it.Close()
	it.Rewind()
	return !it.Valid()
}

// Close releases unused node ids and closes the database.
func (s *Store) Close() error {
	var err error
	if s.nodeIDs != nil {
		err = s.nodeIDs.Release()
	}
	if closeErr := s.db.Close(); closeErr != nil {
		err = errors.Join(err, closeErr)
	}
	if err != nil {
		return fmt.Errorf("store: close %s: %w", s.dir, err)
	}
	return nil
}

// badgerLogger passes Badger's messages above debug level to a writer.
type badgerLogger struct {
	mu  sync.Mutex
	out io.Writer
}

func (l *badgerLogger) Errorf(format string, args ...any)   { l.log("ERROR", format, args) }
func (l *badgerLogger) Warningf(format string, args ...any) { l.log("WARNING", format, args) }
func (l *badgerLogger) Infof(format string, args ...any)    { l.log("INFO", format, args) }
func (l *badgerLogger) Debugf(string, ...any)               {}

func (l *badgerLogger) log(level, format string, args []any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.out, "badger %s: %s\n", level, strings.TrimRight(fmt.Sprintf(format, args...), "\n"))
}
