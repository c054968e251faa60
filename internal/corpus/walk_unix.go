//go:build unix

package corpus

import (
	"io/fs"
	"syscall"
)

// directoryKey identifies a directory on disk.
type directoryKey struct{ device, inode uint64 }

// keyOf returns the identity of the directory that info, from a stat of
// path, describes.
func keyOf(_ string, info fs.FileInfo) (directoryKey, bool) {
	stat, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return directoryKey{}, false
	}
	return directoryKey{device: uint64(stat.Dev), inode: uint64(stat.Ino)}, true
}
