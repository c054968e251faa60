package store

import (
	"os"
	"syscall"
)

// freeBytes is the room on the file system holding dir that an
// unprivileged writer may use.
func freeBytes(dir string) (int64, error) {
	var fs syscall.Statfs_t
	if err := syscall.Statfs(dir, &fs); err != nil {
		return 0, err
	}
	return int64(fs.Bavail) * fs.Bsize, nil
}

// unbacked is the part of a file's length that has no blocks allocated.
func unbacked(path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	stat, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return 0
	}
	return max(0, info.Size()-stat.Blocks*512)
}
