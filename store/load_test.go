package store_test

import (
	"bytes"
	"errors"
	"io"
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
			_, err := store.Load(filepath.Join(t.TempDir(), "db"), from(tt.records()))
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.message) {
				t.Fatalf("error %v, want %v saying %q", err, tt.want, tt.message)
			}
		})
	}
	t.Run("a store in the directory", func(t *testing.T) {
		dir := t.TempDir()
		if _, err := store.Load(dir, from(good)); err != nil {
			t.Fatal(err)
		}
		if _, err := store.Load(dir, from(good)); err == nil || !strings.Contains(err.Error(), "holds a store already") {
			t.Fatalf("error %v, want a refusal", err)
		}
	})
}
