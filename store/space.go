package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// spaceReserve is the room on the store's file system that Put keeps free
// beyond what Badger has already claimed. Badger writes its memtable log
// and its tables through memory maps: a page that the file system cannot
// back when it is first written kills the process with SIGBUS instead of
// returning an error, leaving no chance to stop cleanly. The reserve
// covers what Badger may still write after Put's last look: the flush of
// a full memtable (16 MiB, see badgerOptions), the compactions it sets
// off, the values of one batch, and closing the store.
const spaceReserve = 64 << 20

// checkSpace refuses to write when the file system holding the store has
// less free room than the reserve plus the parts of Badger's mapped files
// that are not backed yet (a new memtable log is a sparse file: the room
// it needs is taken only as it is written).
func (s *Store) checkSpace() error {
	if s.dir == "" {
		return nil
	}
	free, err := freeBytes(s.dir)
	if err != nil {
		return fmt.Errorf("store: free space on %s: %w", s.dir, err)
	}
	need := spaceReserve + unbackedBytes(s.dir)
	if free < need {
		return fail(ErrDiskFull, "store: the disk holding %s is full: %.1f MiB free, kg needs %.1f MiB free to write and close the store safely; nothing stored was lost: free some space and run the command again",
			s.dir, float64(free)/(1<<20), float64(need)/(1<<20))
	}
	return nil
}

// unbackedBytes sums, over the memtable logs in dir, the bytes of their
// length that the file system has not allocated yet.
func unbackedBytes(dir string) int64 {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	var sum int64
	for _, entry := range entries {
		if !strings.HasSuffix(entry.Name(), ".mem") {
			continue
		}
		sum += unbacked(filepath.Join(dir, entry.Name()))
	}
	return sum
}

// noSpace turns a write that failed for want of room into ErrDiskFull.
func noSpace(dir string, err error) error {
	if errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) {
		return fmt.Errorf("%w: %s: %w", ErrDiskFull, dir, err)
	}
	return err
}
