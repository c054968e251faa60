// Package fsfault makes real file-system faults for kg's reliability
// tests: a small file system that fills up.
package fsfault

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Small mounts a tmpfs of size bytes on a new temporary directory and
// returns it; it is unmounted when the test ends. The test is skipped
// where mounting is not allowed (not root, or no tmpfs).
func Small(t testing.TB, size int64) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%d", size)); err != nil {
		t.Skipf("cannot mount a small file system here (%v)", err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, syscall.MNT_DETACH); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	})
	return dir
}

// Free is the room left on the file system holding dir.
func Free(t testing.TB, dir string) int64 {
	t.Helper()
	var fs syscall.Statfs_t
	if err := syscall.Statfs(dir, &fs); err != nil {
		t.Fatal(err)
	}
	return int64(fs.Bavail) * fs.Bsize
}

// Filler takes room on a file system the way another program would, by
// writing a file there.
type Filler struct {
	t    testing.TB
	file *os.File
}

// NewFiller creates the filling file in dir.
func NewFiller(t testing.TB, dir string) *Filler {
	t.Helper()
	file, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { file.Close() })
	return &Filler{t: t, file: file}
}

// Take writes n more bytes into the filling file.
func (f *Filler) Take(n int64) {
	f.t.Helper()
	chunk := make([]byte, 1<<20)
	for n > 0 {
		part := min(n, int64(len(chunk)))
		if _, err := f.file.Write(chunk[:part]); err != nil {
			f.t.Fatalf("fill: %v", err)
		}
		n -= part
	}
}

// Release frees all the room the filling file took.
func (f *Filler) Release() {
	f.t.Helper()
	if err := f.file.Truncate(0); err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.file.Seek(0, 0); err != nil {
		f.t.Fatal(err)
	}
}
