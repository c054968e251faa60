package store_test

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/store"
)

// storeOnDisk builds a store of n synthetic articles in a new directory
// and closes it, so that its content lies in table files.
func storeOnDisk(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, syntheticArticles(n)...)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// copyStore copies the files of a store into a new directory.
func copyStore(t *testing.T, from string) string {
	t.Helper()
	to := t.TempDir()
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, entry := range entries {
		data, err := os.ReadFile(filepath.Join(from, entry.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, entry.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return to
}

// files reads every file of a directory.
func files(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	content := make(map[string]string)
	for _, entry := range entries {
		data, err := os.ReadFile(filepath.Join(dir, entry.Name()))
		if err != nil {
			t.Fatal(err)
		}
		content[entry.Name()] = string(data)
	}
	return content
}

// tableFiles lists the .sst files of a store.
func tableFiles(t *testing.T, dir string) []string {
	t.Helper()
	tables, err := filepath.Glob(filepath.Join(dir, "*.sst"))
	if err != nil || len(tables) == 0 {
		t.Fatalf("no table files in %s (%v)", dir, err)
	}
	return tables
}

// assertRefused opens a damaged store read-only and for writing and
// checks that both are refused with ErrDamaged, and that the store's
// files are left as they were.
func assertRefused(t *testing.T, dir string) {
	t.Helper()
	before := files(t, dir)
	for _, opts := range []store.Options{{ReadOnly: true}, {}} {
		s, err := store.Open(dir, opts)
		if err == nil {
			stats, statsErr := s.Stats()
			s.Close()
			t.Fatalf("Open(%+v) of a damaged store succeeded; Stats = %+v, %v", opts, stats, statsErr)
		}
		if !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "--db") {
			t.Errorf("Open(%+v): %v; want ErrDamaged naming the store and what to do", opts, err)
		}
	}
	if after := files(t, dir); !reflect.DeepEqual(after, before) {
		t.Errorf("refusing the store changed its files")
	}
}

func TestStoreWithoutWholeManifestIsRefused(t *testing.T) {
	pristine := storeOnDisk(t, 200)
	manifest, err := os.ReadFile(filepath.Join(pristine, "MANIFEST"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name     string
		manifest []byte // nil: no MANIFEST
	}{
		{"missing", nil},
		{"empty", []byte{}},
		{"header only", manifest[:8]},
		{"cut short", manifest[:len(manifest)-3]},
		{"garbage", []byte(strings.Repeat("x", len(manifest)))},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := copyStore(t, pristine)
			path := filepath.Join(dir, "MANIFEST")
			if c.manifest == nil {
				err = os.Remove(path)
			} else {
				err = os.WriteFile(path, c.manifest, 0o644)
			}
			if err != nil {
				t.Fatal(err)
			}
			assertRefused(t, dir)
		})
	}
}

// tableLayout finds the parts of a Badger table file: its blocks, then
// its index, the index's length (4 bytes), the index's checksum and the
// checksum's length (4 bytes).
func tableLayout(t *testing.T, data []byte) (indexStart, indexEnd int) {
	t.Helper()
	checksumLength := int(binary.BigEndian.Uint32(data[len(data)-4:]))
	indexEnd = len(data) - 4 - checksumLength - 4
	indexLength := int(binary.BigEndian.Uint32(data[indexEnd:]))
	return indexEnd - indexLength, indexEnd
}

func TestCorruptTableIsRefused(t *testing.T) {
	pristine := storeOnDisk(t, 300)
	data, err := os.ReadFile(tableFiles(t, pristine)[0])
	if err != nil {
		t.Fatal(err)
	}
	indexStart, indexEnd := tableLayout(t, data)
	if indexStart < 1000 {
		t.Fatalf("table of %d bytes has its index at %d: too small to damage its blocks apart", len(data), indexStart)
	}
	for _, c := range []struct {
		name   string
		offset int
	}{
		{"first block", 20},
		{"middle block", indexStart / 2},
		{"last block", indexStart - 12},
		{"index", (indexStart + indexEnd) / 2},
		{"index length", indexEnd},
		{"checksum", len(data) - 10},
		{"checksum length", len(data) - 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := copyStore(t, pristine)
			table := tableFiles(t, dir)[0]
			damaged := []byte(string(data))
			for i := range 8 {
				if at := c.offset + i; at < len(damaged) {
					damaged[at] ^= 0x5a
				}
			}
			if err := os.WriteFile(table, damaged, 0o644); err != nil {
				t.Fatal(err)
			}
			assertRefused(t, dir)
		})
	}
}

func TestMissingTableIsRefused(t *testing.T) {
	dir := copyStore(t, storeOnDisk(t, 200))
	if err := os.Remove(tableFiles(t, dir)[0]); err != nil {
		t.Fatal(err)
	}
	assertRefused(t, dir)
}
