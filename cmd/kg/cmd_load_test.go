package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/store"
	"github.com/kg-project/kg/store/bundle"
)

// bundleOf writes the records of the store in db as a bundle of shards
// shards, the records dealt out among them in turn.
func bundleOf(t *testing.T, db string, shards int) string {
	t.Helper()
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	dir := t.TempDir()
	writers := make([]*bundle.Writer, shards)
	files := make([]*os.File, shards)
	for i := range shards {
		if files[i], err = os.Create(filepath.Join(dir, bundle.ShardName(i, shards))); err != nil {
			t.Fatal(err)
		}
		writers[i] = bundle.NewWriter(files[i])
	}
	n := 0
	if err := st.Records(func(r store.Record) error {
		n++
		return writers[n%shards].Write(r.Key, r.Value)
	}); err != nil {
		t.Fatal(err)
	}
	for i := range shards {
		if err := writers[i].Close(); err != nil {
			t.Fatal(err)
		}
		if err := files[i].Close(); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func loadInto(db, bundleDir string) (*outputs, error) {
	var out outputs
	err := runLoad(context.Background(), loadOptions{DB: db}, []string{bundleDir}, &out.stdout, &out.stderr)
	return &out, err
}

// exported is what kg stats --json and kg export print of db.
func exported(t *testing.T, db string) string {
	t.Helper()
	var stats, graphML bytes.Buffer
	if err := runStats(context.Background(), statsOptions{DB: db, JSON: true}, nil, &stats, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := runExport(context.Background(), exportOptions{DB: db, Evidence: 2}, nil, &graphML, io.Discard); err != nil {
		t.Fatal(err)
	}
	return stats.String() + graphML.String()
}

func TestLoadGivesTheBuiltStore(t *testing.T) {
	corpus := writeFiles(t, map[string]string{
		"news/a.txt": "Angela Merkel met Emmanuel Macron in Berlin on Monday.",
		"news/b.txt": "Emmanuel Macron criticised Boris Johnson in Paris.",
		"news/c.txt": "Angela Merkel met Emmanuel Macron in Berlin on Monday.",
	})
	built := filepath.Join(t.TempDir(), "built")
	mustBuild(t, built, corpus)
	loaded := filepath.Join(t.TempDir(), "loaded")
	if out, err := loadInto(loaded, bundleOf(t, built, 3)); err != nil {
		t.Fatalf("load: %v\n%s", err, out.stderr.String())
	}
	want, got := exported(t, built), exported(t, loaded)
	if got != want {
		t.Fatalf("the loaded store exports\n%s\nthe built one\n%s", got, want)
	}
}

func TestLoadRefusesCorruptBundle(t *testing.T) {
	corpus := writeFiles(t, map[string]string{"news/a.txt": "Angela Merkel met Emmanuel Macron in Berlin."})
	built := filepath.Join(t.TempDir(), "built")
	mustBuild(t, built, corpus)
	dir := bundleOf(t, built, 2)
	shard := filepath.Join(dir, bundle.ShardName(1, 2))
	data, err := os.ReadFile(shard)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)/2] ^= 0x40
	if err := os.WriteFile(shard, data, 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "loaded")
	_, err = loadInto(db, dir)
	if err == nil || !strings.Contains(err.Error(), shard) {
		t.Fatalf("error %v, want one naming %s", err, shard)
	}
	if _, statErr := os.Stat(db); !errors.Is(statErr, os.ErrNotExist) {
		t.Errorf("the failed load left %s behind", db)
	}
}

func TestLoadRefusesNonEmptyStore(t *testing.T) {
	corpus := writeFiles(t, map[string]string{"news/a.txt": "Angela Merkel met Emmanuel Macron in Berlin."})
	built := filepath.Join(t.TempDir(), "built")
	mustBuild(t, built, corpus)
	if _, err := loadInto(built, bundleOf(t, built, 1)); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("error %v, want a refusal of a store that is not empty", err)
	}
}
