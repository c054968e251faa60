//go:build !unix

package corpus

import (
	"io/fs"
	"path/filepath"
)

// directoryKey identifies a directory on disk: here, by its path with
// every symbolic link resolved.
type directoryKey string

// keyOf returns the identity of the directory at path.
func keyOf(path string, _ fs.FileInfo) (directoryKey, bool) {
	real, err := filepath.EvalSymlinks(path)
	return directoryKey(real), err == nil
}
