package bundle

import (
	"errors"
	"fmt"
)

// ErrFormat: a shard does not follow the bundle format; the error is a
// *FormatError.
var ErrFormat = errors.New("bundle: malformed shard")

// FormatError says which shard breaks the format, where and how.
type FormatError struct {
	File   string
	Offset int64 // the byte of the shard where reading stopped
	Reason string
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("bundle: %s: at byte %d: %s", e.File, e.Offset, e.Reason)
}

func (e *FormatError) Unwrap() error { return ErrFormat }
