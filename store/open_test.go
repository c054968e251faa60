package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

func TestOpenLocked(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, opts := range []store.Options{{}, {ReadOnly: true}} {
		second, err := store.Open(dir, opts)
		if err == nil {
			second.Close()
			t.Fatalf("second Open (%+v) of an open store succeeded", opts)
		}
		if !errors.Is(err, store.ErrLocked) || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "--db") {
			t.Errorf("second Open (%+v): %v; want ErrLocked naming the dir and --db", opts, err)
		}
	}
}

// storedStory puts the story into a new store in dir, closes it and
// returns its stats.
func storedStory(t *testing.T, dir string) store.Stats {
	t.Helper()
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, story()...)
	stats, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return stats
}

func TestOpenReadOnly(t *testing.T) {
	dir := t.TempDir()
	want := storedStory(t, dir)

	// Readers share the store.
	first, err := store.Open(dir, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	second, err := store.Open(dir, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()

	got, err := second.Stats()
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("read-only Stats = %+v, %v; want %+v", got, err, want)
	}
	if _, err := first.Neighbours(lookupOne(t, first, "Putin"), store.Query{Depth: 2}); err != nil {
		t.Errorf("read-only Neighbours: %v", err)
	}
	if _, err := first.Put(versailles()); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("read-only Put: %v, want ErrReadOnly", err)
	}
	if _, err := store.Open(dir, store.Options{}); !errors.Is(err, store.ErrLocked) {
		t.Errorf("writable Open while readers have the store: %v, want ErrLocked", err)
	}
}

func TestOpenReadOnlyWithoutStore(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing")
	if _, err := store.Open(missing, store.Options{ReadOnly: true}); !errors.Is(err, store.ErrNoStore) {
		t.Errorf("read-only Open of a missing dir: %v, want ErrNoStore", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("read-only Open created %s", missing)
	}
	if _, err := store.Open(t.TempDir(), store.Options{ReadOnly: true}); !errors.Is(err, store.ErrNoStore) {
		t.Errorf("read-only Open of an empty dir: %v, want ErrNoStore", err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, versailles())
	var highest uint64
	if err := s.Nodes(func(n graph.Node) error { highest = max(highest, n.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := put(t, s, versailles(), syria()); got[0] != store.Unchanged || got[1] != store.Added {
		t.Errorf("outcomes after reopening %v, want [unchanged added]", got)
	}
	if syria := lookupOne(t, s, "Syria"); syria <= highest {
		t.Errorf("node created after reopening has id %d, not above the %d before", syria, highest)
	}
}

// TestOpenWithEmptyLogs opens a store in which a killed process left
// empty write-ahead and value logs: created, never written.
func TestOpenWithEmptyLogs(t *testing.T) {
	for _, opts := range []store.Options{{}, {ReadOnly: true}} {
		dir := t.TempDir()
		want := storedStory(t, dir)
		for _, name := range []string{"00900.mem", "00900.vlog"} {
			if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		s, err := store.Open(dir, opts)
		if err != nil {
			t.Fatalf("Open (%+v) with empty logs: %v", opts, err)
		}
		got, err := s.Stats()
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("Stats after Open (%+v) with empty logs = %+v, %v; want %+v", opts, got, err, want)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestOpenUnwritable: a store whose directory kg may not write is refused
// for writing by name, in words, and still opens read-only; so is a new
// store in a directory kg may not write. Root may write anywhere, so the
// test runs for other users only.
func TestOpenUnwritable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write any directory")
	}
	parent := t.TempDir()
	dir := filepath.Join(parent, "kg.db")
	storedStory(t, dir)
	for _, locked := range []string{dir, parent} {
		if err := os.Chmod(locked, 0o555); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(locked, 0o755)
	}
	for _, target := range []string{dir, filepath.Join(parent, "new.db")} {
		_, err := store.Open(target, store.Options{})
		if !errors.Is(err, os.ErrPermission) || !strings.Contains(err.Error(), "cannot write to "+target+": permission denied") {
			t.Errorf("Open(%s) of a directory kg may not write: %v", target, err)
		}
	}
	s, err := store.Open(dir, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only Open of a store kg may not write: %v", err)
	}
	s.Close()
}

// TestOpenFile: a file given for the store's directory, or a path
// beneath one, is refused as no directory, for reading and for writing,
// and left as it was.
func TestOpenFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "articles.jsonl")
	if err := os.WriteFile(file, []byte("{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{file, filepath.Join(file, "kg.db")} {
		for _, opts := range []store.Options{{}, {ReadOnly: true}} {
			_, err := store.Open(dir, opts)
			if err == nil || err.Error() != "store: "+dir+" is not a directory; a store is a directory, which --db names" {
				t.Errorf("Open(%s, %+v) = %v", dir, opts, err)
			}
		}
	}
	if data, err := os.ReadFile(file); err != nil || string(data) != "{}\n" {
		t.Errorf("the file holds %q, %v", data, err)
	}
}
