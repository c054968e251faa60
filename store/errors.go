package store

import (
	"errors"
	"fmt"
)

// Sentinel errors; test for them with errors.Is.
var (
	// ErrNotFound: no live node, or no edge, has the asked-for identity.
	ErrNotFound = errors.New("store: not found")
	// ErrLocked: another process has the store open.
	ErrLocked = errors.New("store: in use by another process")
	// ErrVersion: the store's data-version record is missing or names a
	// version this build does not read.
	ErrVersion = errors.New("store: unsupported data version")
	// ErrNoStore: a read-only open found no store to read.
	ErrNoStore = errors.New("store: no store")
	// ErrDamaged: the store's files are incomplete or fail their
	// checksums; it is refused so that nothing writes over what is left.
	ErrDamaged = errors.New("store: damaged")
	// ErrReadOnly: a write was asked of a store opened read-only.
	ErrReadOnly = errors.New("store: opened read-only")
	// ErrInvalidArticle: an article cannot be stored as given.
	ErrInvalidArticle = errors.New("store: invalid article")
	// ErrTooLarge: Put skipped an article too large to store; see
	// SkippedError.
	ErrTooLarge = errors.New("store: too large to store")
	// ErrCorrupt: a stored key or value does not decode.
	ErrCorrupt = errors.New("store: corrupt data")
	// ErrDiskFull: the file system holding the store has too little free
	// room to write safely; nothing was written.
	ErrDiskFull = errors.New("store: disk full")
)

// failure is an error whose message tells the whole story in the user's
// terms while errors.Is still matches its sentinel.
type failure struct {
	sentinel error
	message  string
}

func (f *failure) Error() string { return f.message }
func (f *failure) Unwrap() error { return f.sentinel }

func fail(sentinel error, format string, args ...any) error {
	return &failure{sentinel: sentinel, message: fmt.Sprintf(format, args...)}
}
