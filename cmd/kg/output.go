package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// temporaryAttempts bounds the search for an unused temporary name: each
// try is a fresh random name, so a clash twice running is already rare.
const temporaryAttempts = 100

// maxTemporaryBase keeps the temporary name of a long target name within
// the 255 bytes most file systems allow a name.
const maxTemporaryBase = 200

// writeFile writes path through a temporary file of its own beside it and
// renames that over path only once write has succeeded, the data is on
// disk and ctx is not done, so that path is never half written and two
// runs writing one path leave one of them whole. The temporary file is
// created exclusively, so it never follows a symlink planted in its place,
// and is removed on any failure. The file gets the mode of the file it
// replaces, or else 0666 less the umask, as os.Create would give it.
func writeFile(ctx context.Context, path string, write func(io.Writer) error) (err error) {
	file, err := createBeside(path)
	if pathErr := (*fs.PathError)(nil); errors.As(err, &pathErr) {
		// The temporary file's name would only puzzle.
		return fmt.Errorf("write %s: %w", path, pathErr.Err)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	temporary := file.Name()
	defer func() {
		if err != nil {
			file.Close()
			if removeErr := os.Remove(temporary); removeErr != nil && !errors.Is(removeErr, fs.ErrNotExist) {
				err = errors.Join(err, removeErr)
			}
		}
	}()
	if info, statErr := os.Stat(path); statErr == nil && info.Mode().IsRegular() {
		if err := file.Chmod(info.Mode().Perm()); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	buffered := bufio.NewWriter(file)
	if err := write(buffered); err != nil {
		return err
	}
	if err := buffered.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := file.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := file.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := os.Rename(temporary, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	syncDirectory(filepath.Dir(path))
	return nil
}

// checkOutput refuses, before a command does its work, a file named by
// flag that writeFile could not write: a directory, a usage error, or a
// file in a directory that does not exist.
func checkOutput(command, flag, path string) error {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return usageError("%s: %s %s is a directory; name a file", command, flag, path)
	}
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: %s %s: the directory %s does not exist", command, flag, path, dir)
	case err == nil && !info.IsDir():
		return fmt.Errorf("%s: %s %s: %s is not a directory", command, flag, path, dir)
	}
	return nil
}

// createBeside creates a new, hidden file in path's directory, named after
// path with a random suffix, with O_EXCL: an existing file or symlink of
// that name makes it try another name rather than open it. Mode 0666 lets
// the umask decide the permissions, as for any file a command creates.
func createBeside(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	if len(base) > maxTemporaryBase {
		base = base[:maxTemporaryBase]
	}
	var err error
	for range temporaryAttempts {
		name := filepath.Join(dir, "."+base+".tmp-"+strconv.FormatUint(rand.Uint64(), 36))
		var file *os.File
		file, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return file, err
		}
	}
	return nil, err
}

// syncDirectory makes a rename in dir durable. It is best effort: some file
// systems refuse to sync a directory, and the file itself is already whole
// on disk.
func syncDirectory(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
