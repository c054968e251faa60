package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/kg-project/kg/graph/rules"
)

// dataVersion is the version of the key and value layout in keys.go and
// codec.go. A store written with another layout is refused, not misread.
// Version 4 stores an edge of a symmetric predicate once, from the lower
// node id to the higher (see symmetric.go), where 3 kept it as stated.
const dataVersion = 4

// Options configure Open.
type Options struct {
	InMemory bool      // Badger in-memory mode, for tests
	ReadOnly bool      // open for queries only
	Existing bool      // refuse with ErrNoStore, as ReadOnly does, when dir holds no store
	Logger   io.Writer // nil: Badger's own logging silenced
}

// Store is a knowledge graph kept in a Badger database. Its methods may be
// called from several goroutines.
type Store struct {
	*database
	// reads, when set, records what this handle's queries read (see
	// Recording).
	reads *Reads
}

// database is what every handle on one store shares.
type database struct {
	db       *badger.DB
	dir      string
	readOnly bool
	// recovered: a read-only Open found the write-ahead log cut short by
	// a process that ended mid-write, and had Badger discard its tail.
	recovered bool

	// rules curate every article Put stores (nil: none); see SetRules.
	rules *rules.Rules

	// writing serialises Put: an article's writes are planned from reads
	// of the open transaction and may be replayed into a new one, which is
	// only sound while no other write comes between. Every write holds it.
	writing sync.Mutex
	// changes is what the latest writes touched (see Changed).
	changes changeLog
}

// Open opens the store in dir, creating it unless opts.ReadOnly or
// opts.Existing. dir is ignored with opts.InMemory.
//
// A directory that holds Badger's files but not whole is refused with
// ErrDamaged before Badger opens it, since Badger would read it as an
// empty or shorter database and delete what it does not know: table
// files without a MANIFEST, a MANIFEST that does not replay to its end or
// lists a missing table, a table that fails its checksums. A read-only
// Open that finds the write-ahead log cut short by a killed process
// opens the store for writing once, while no other process has it, so
// that Badger discards the unfinished write; Recovered then reports it.
func Open(dir string, opts Options) (*Store, error) {
	if opts.InMemory && opts.ReadOnly {
		return nil, errors.New("store: an in-memory store cannot be opened read-only")
	}
	if opts.InMemory {
		return open("", opts)
	}
	files, hasManifest, err := badgerFiles(dir)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 && !hasManifest {
		if opts.ReadOnly || opts.Existing {
			return nil, fail(ErrNoStore, "store: no store at %s; build one first", dir)
		}
		return open(dir, opts)
	}
	unlock, err := lockShared(dir)
	if err != nil {
		return nil, err
	}
	files, err = dropEmptyLogs(dir, files)
	if err == nil {
		err = checkFiles(dir, files, hasManifest, badgerOptions(dir, opts))
	}
	unlock()
	if err != nil {
		return nil, err
	}
	s, err := open(dir, opts)
	if opts.ReadOnly && err != nil && strings.Contains(err.Error(), badger.ErrTruncateNeeded.Error()) {
		if err := truncateLog(dir, opts); err != nil {
			return nil, err
		}
		s, err = open(dir, opts)
		if s != nil {
			s.recovered = true
		}
	}
	return s, err
}

// truncateLog opens the store for writing and closes it again, which
// makes Badger drop the torn tail of its write-ahead log: the write that
// was in progress when a process was killed, never committed.
func truncateLog(dir string, opts Options) error {
	opts.ReadOnly = false
	db, err := openBadger(dir, opts)
	if err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return fmt.Errorf("store: recover %s: %w", dir, err)
	}
	return nil
}

func openBadger(dir string, opts Options) (*badger.DB, error) {
	db, err := badger.Open(badgerOptions(dir, opts))
	if err != nil {
		if strings.Contains(err.Error(), "Cannot acquire directory lock") {
			return nil, lockedError(dir)
		}
		// Badger words the error of a directory it may not write (its
		// lock file, or the directory itself) without wrapping it.
		if !opts.ReadOnly && strings.Contains(err.Error(), fs.ErrPermission.Error()) {
			return nil, fmt.Errorf("store: cannot write to %s: %w; storing articles needs a store directory kg may write, reading one does not", dir, fs.ErrPermission)
		}
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	return db, nil
}

func open(dir string, opts Options) (*Store, error) {
	db, err := openBadger(dir, opts)
	if err != nil {
		return nil, err
	}
	s := &Store{database: &database{db: db, dir: dir, readOnly: opts.ReadOnly}}
	if err := s.checkVersion(); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.loadRules(); err != nil {
		db.Close()
		return nil, err
	}
	s.changes.since = s.Generation()
	return s, nil
}

// Recovered reports whether Open had to discard the unfinished write of
// a process killed while writing, so that a command can say so.
func (s *Store) Recovered() bool { return s.recovered }

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
		WithChecksumVerificationMode(options.OnBlockRead).
		WithVerifyValueChecksum(true).
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
		return s.view(check)
	}
	return s.db.Update(check)
}

func isEmpty(txn *badger.Txn) bool {
	it := txn.NewIterator(badger.IteratorOptions{})
	defer it.Close()
	it.Rewind()
	return !it.Valid()
}

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
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

// Generation returns a number that every write committed to the store
// advances, and nothing else: two reads at one generation see the same
// store. A read started after Generation returned sees at least what that
// generation holds, so an answer read then may be kept under the
// generation taken before it, and served again while Generation returns
// the same number.
func (s *Store) Generation() uint64 {
	txn := s.db.NewTransaction(false)
	defer txn.Discard()
	return txn.ReadTs()
}

// view runs fn in a read transaction that says nothing of what it
// reads: a recording store records a read of everything.
func (s *Store) view(fn func(*badger.Txn) error) error {
	s.reads.all()
	return s.viewNodes(fn)
}

// viewNodes runs fn in a read transaction whose node and edge readers,
// given s.reads, record what they read. Badger panics on some damaged
// data it reads; the panic becomes ErrDamaged naming the store.
func (s *Store) viewNodes(fn func(*badger.Txn) error) (err error) {
	defer func() {
		if recovered := recover(); recovered != nil {
			err = damaged(s.dir, "reading it failed: %v", firstLine(fmt.Sprint(recovered)))
		}
	}()
	err = s.db.View(fn)
	if err != nil && strings.Contains(err.Error(), "checksum") {
		return damaged(s.dir, "%v", err)
	}
	return err
}

// firstLine keeps a panic's message short: Badger's may carry a dump.
func firstLine(message string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(message), "\n")
	return line
}
