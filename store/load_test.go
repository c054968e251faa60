package store_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/store"
)

// from hands out records one at a time, as Load takes them.
func from(records []store.Record) func() (store.Record, error) {
	return func() (store.Record, error) {
		if len(records) == 0 {
			return store.Record{}, io.EOF
		}
		r := records[0]
		records = records[1:]
		return r, nil
	}
}

func TestLoadMakesTheSameStore(t *testing.T) {
	s := openMemory(t)
	put(t, s, syntheticArticles(100)...)
	want := storeRecords(t, s)
	dir := filepath.Join(t.TempDir(), "db")
	n, err := store.Load(dir, from(want))
	if err != nil {
		t.Fatal(err)
	}
	if n != len(want) {
		t.Errorf("Load wrote %d records, want %d", n, len(want))
	}
	loaded, err := store.Open(dir, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer loaded.Close()
	got := storeRecords(t, loaded)
	if !slices.EqualFunc(got, want, func(a, b store.Record) bool {
		return bytes.Equal(a.Key, b.Key) && bytes.Equal(a.Value, b.Value)
	}) {
		t.Fatalf("loaded store holds %d records unlike the %d given", len(got), len(want))
	}
	stats, err := loaded.Stats()
	if err != nil {
		t.Fatal(err)
	}
	wantStats, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != wantStats.Documents || stats.Edges != wantStats.Edges || stats.Evidence != wantStats.Evidence {
		t.Errorf("loaded store's stats %+v, want %+v", stats, wantStats)
	}
}

func TestLoadRefuses(t *testing.T) {
	s := openMemory(t)
	put(t, s, story()...)
	good := storeRecords(t, s)
	version := slices.IndexFunc(good, func(r store.Record) bool { return string(r.Key) == "\x01version" })
	if version < 0 {
		t.Fatal("no version record")
	}
	tests := []struct {
		name    string
		records func() []store.Record
		want    error
		message string
	}{
		{"keys out of order", func() []store.Record {
			return append(slices.Clone(good), good[0])
		}, store.ErrCorrupt, "does not come after"},
		{"an unknown key", func() []store.Record {
			return append(slices.Clone(good), store.Record{Key: []byte{0x1f, 1}})
		}, store.ErrCorrupt, "unknown key prefix"},
		{"no version record", func() []store.Record {
			return slices.Delete(slices.Clone(good), version, version+1)
		}, store.ErrVersion, "no data-version record"},
		{"another version", func() []store.Record {
			records := slices.Clone(good)
			records[version].Value = []byte{0, 0, 0, 99}
			return records
		}, store.ErrVersion, "not of data version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := t.TempDir()
			_, err := store.Load(filepath.Join(parent, "db"), from(tt.records()))
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.message) {
				t.Fatalf("error %v, want %v saying %q", err, tt.want, tt.message)
			}
			if left, _ := os.ReadDir(parent); len(left) > 0 {
				t.Errorf("the failed load left %s in %s", left[0].Name(), parent)
			}
		})
	}
	t.Run("a store in the directory", func(t *testing.T) {
		dir := t.TempDir()
		if _, err := store.Load(dir, from(good)); err != nil {
			t.Fatal(err)
		}
		if _, err := store.Load(dir, from(good)); err == nil || !strings.Contains(err.Error(), "is not empty") {
			t.Fatalf("error %v, want a refusal", err)
		}
	})
}

// loadChildEnv, when set to a source store's directory and a new one's,
// joined as a path list, makes the test binary a child that loads the
// records of the first into the second, stepped by its standard input:
// every loadStep records it says "step" and waits for a line.
const loadChildEnv = "KG_STORE_LOAD_CHILD"

const loadStep = 500

func loadUntilKilled(dirs string) int {
	paths := filepath.SplitList(dirs)
	source, err := store.Open(paths[0], store.Options{ReadOnly: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	var records []store.Record
	err = source.Records(func(r store.Record) error {
		records = append(records, r)
		return nil
	})
	if err = errors.Join(err, source.Close()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	in := bufio.NewScanner(os.Stdin)
	next := from(records)
	n := 0
	_, err = store.Load(paths[1], func() (store.Record, error) {
		if n%loadStep == 0 {
			fmt.Println("step")
			if !in.Scan() {
				return store.Record{}, io.ErrUnexpectedEOF
			}
		}
		n++
		return next()
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	return 0
}

// TestKilledLoadLeavesNoStore kills a process part way through loading
// records: the store's directory must not exist, and the next Load must
// make the whole store and remove what the killed one left.
func TestKilledLoadLeavesNoStore(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills a child process")
	}
	source := t.TempDir()
	s, err := store.Open(source, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, syntheticArticles(100)...)
	want := storeRecords(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if len(want) < 3*loadStep {
		t.Fatalf("only %d records: too few to kill the load part way", len(want))
	}
	parent := t.TempDir()
	dir := filepath.Join(parent, "db")
	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), loadChildEnv+"="+source+string(os.PathListSeparator)+dir)
	stdout, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdin, err := child.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stdout)
	for range 2 {
		lines.Scan()
		fmt.Fprintln(stdin, "go")
	}
	// The child waits, loadStep records short of twice loadStep loaded.
	lines.Scan()
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	child.Wait()
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("after the kill, %s: %v, want it missing", dir, err)
	}
	if left, _ := os.ReadDir(parent); len(left) != 1 {
		t.Fatalf("after the kill %s holds %d entries, want the killed load's one", parent, len(left))
	}
	if _, err := store.Load(dir, from(want)); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(parent); len(left) != 1 || left[0].Name() != "db" {
		t.Errorf("after the next load %s holds %v, want db alone", parent, left)
	}
	loaded, err := store.Open(dir, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer loaded.Close()
	if got := storeRecords(t, loaded); !slices.EqualFunc(got, want, func(a, b store.Record) bool {
		return bytes.Equal(a.Key, b.Key) && bytes.Equal(a.Value, b.Value)
	}) {
		t.Errorf("the store loaded after the kill differs from its source: %d records, want %d", len(got), len(want))
	}
}
