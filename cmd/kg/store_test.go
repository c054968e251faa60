package main

import (
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/store"
)

// storeCommands are command lines that use a store, --db and its
// directory to be appended; render's picture goes to out.
func storeCommands(out string) [][]string {
	return [][]string{
		{"stats"},
		{"neighbours", "Putin"},
		{"path", "Putin", "Macron"},
		{"top"},
		{"communities"},
		{"export"},
		{"render", "-o", filepath.Join(out, "graph.svg")},
		{"analyse"},
	}
}

func TestCommandsOtherThanBuildRefuseAMissingStore(t *testing.T) {
	for _, args := range storeCommands(t.TempDir()) {
		t.Run(args[0], func(t *testing.T) {
			missing := filepath.Join(t.TempDir(), "typo")
			var out outputs
			code := run(context.Background(), append(args, "--db", missing), &out.stdout, &out.stderr)
			if code != exitError || !strings.Contains(out.stderr.String(), "no store in "+missing) {
				t.Errorf("kg %s on a missing store exited %d:\n%s", args[0], code, out.stderr.String())
			}
			if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("kg %s created %s", args[0], missing)
			}
		})
	}
}

// dirFiles reads every file of a directory.
func dirFiles(t *testing.T, dir string) map[string]string {
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

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(to, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range dirFiles(t, from) {
		if err := os.WriteFile(filepath.Join(to, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// onlyTable returns the store's one table file.
func onlyTable(t *testing.T, db string) string {
	t.Helper()
	tables, err := filepath.Glob(filepath.Join(db, "*.sst"))
	if err != nil || len(tables) != 1 {
		t.Fatalf("%d table files in %s (%v), want 1", len(tables), db, err)
	}
	return tables[0]
}

// corruptAt changes 8 bytes of a file at offset, counted from its end
// when negative.
func corruptAt(offset int) func(t *testing.T, db string) {
	return func(t *testing.T, db string) {
		path := onlyTable(t, db)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if offset < 0 {
			offset += len(data)
		}
		for i := offset; i < min(offset+8, len(data)); i++ {
			data[i] ^= 0x5a
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestCommandsRefuseADamagedStore(t *testing.T) {
	pristine := demoStore(t)
	table, err := os.ReadFile(onlyTable(t, pristine))
	if err != nil {
		t.Fatal(err)
	}
	// A table ends with its index, the index's length, the index's
	// checksum and the checksum's length.
	checksumLength := int(binary.BigEndian.Uint32(table[len(table)-4:]))
	indexEnd := len(table) - 4 - checksumLength - 4
	indexStart := indexEnd - int(binary.BigEndian.Uint32(table[indexEnd:]))
	damages := []struct {
		name   string
		damage func(t *testing.T, db string)
	}{
		{"no MANIFEST", func(t *testing.T, db string) {
			if err := os.Remove(filepath.Join(db, "MANIFEST")); err != nil {
				t.Fatal(err)
			}
		}},
		{"MANIFEST cut short", func(t *testing.T, db string) {
			path := filepath.Join(db, "MANIFEST")
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(path, info.Size()-5); err != nil {
				t.Fatal(err)
			}
		}},
		{"block", corruptAt(indexStart / 2)},
		{"index", corruptAt((indexStart + indexEnd) / 2)},
		{"footer", corruptAt(-8)},
	}
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "kg.db")
			copyDir(t, pristine, db)
			d.damage(t, db)
			before := dirFiles(t, db)
			for _, args := range append(storeCommands(t.TempDir()), []string{"build", "demo"}) {
				var out outputs
				code := run(context.Background(), append(args, "--db", db), &out.stdout, &out.stderr)
				if code != exitError || !strings.Contains(out.stderr.String(), db+" is damaged") || !strings.Contains(out.stderr.String(), "restore it from a backup") {
					t.Errorf("kg %s exited %d, want %d saying the store is damaged and what to do:\n%s", args[0], code, exitError, out.stderr.String())
				}
				if out.stdout.Len() > 0 {
					t.Errorf("kg %s printed from a damaged store:\n%s", args[0], out.stdout.String())
				}
			}
			if after := dirFiles(t, db); !reflect.DeepEqual(after, before) {
				t.Errorf("the commands changed the damaged store's files")
			}
		})
	}
}

func TestBuildSkipsAnArticleTooLargeToStoreAndGoesOn(t *testing.T) {
	long := strings.Repeat("7", 70000)
	lines := newsLines(3)
	lines[1] = `{"id":"` + long + `","text":"Angela Merkel met Emmanuel Macron in Berlin."}`
	input := writeFiles(t, map[string]string{"news.jsonl": strings.Join(lines, "\n") + "\n"})
	db := filepath.Join(t.TempDir(), "kg.db")
	var out outputs
	code := run(context.Background(), []string{"build", "--db", db, filepath.Join(input, "news.jsonl")}, &out.stdout, &out.stderr)
	if code != exitSkipped {
		t.Errorf("kg build exited %d, want %d", code, exitSkipped)
	}
	if !strings.Contains(out.stderr.String(), "news.jsonl:2: ") || !strings.Contains(out.stderr.String(), "skipped") || out.stderr.Len() > 2000 {
		t.Errorf("kg build does not name the skipped line briefly:\n%.3000s", out.stderr.String())
	}
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if stats, err := st.Stats(); err != nil || stats.Documents != 2 {
		t.Errorf("Stats = %+v, %v; want the 2 other articles", stats, err)
	}
	// Named in the articles before and after the skipped one.
	for _, name := range []string{"Anna Abbott", "Clara Abbott"} {
		if nodes, err := st.Lookup(name); err != nil || len(nodes) != 1 {
			t.Errorf("Lookup(%q) = %v, %v; want its node", name, nodes, err)
		}
	}
}
