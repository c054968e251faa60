package bundle_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/store/bundle"
)

type record struct{ key, value string }

// writeShard writes records, in order, as a shard named name in dir.
func writeShard(t *testing.T, dir, name string, records []record) string {
	t.Helper()
	var buf bytes.Buffer
	w := bundle.NewWriter(&buf)
	for _, r := range records {
		if err := w.Write([]byte(r.key), []byte(r.value)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readAll(dir string) ([]record, error) {
	r, err := bundle.Open(dir)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var records []record
	for {
		key, value, err := r.Next()
		if errors.Is(err, io.EOF) {
			return records, nil
		}
		if err != nil {
			return records, err
		}
		records = append(records, record{string(key), string(value)})
	}
}

func TestRoundTripMergesShards(t *testing.T) {
	dir := t.TempDir()
	var all []record
	for i := range 3 {
		var shard []record
		for k := i; k < 30; k += 3 {
			shard = append(shard, record{fmt.Sprintf("key-%02d", k), strings.Repeat("v", k)})
		}
		writeShard(t, dir, bundle.ShardName(i, 4), shard)
		all = append(all, shard...)
	}
	writeShard(t, dir, bundle.ShardName(3, 4), nil)
	if err := os.WriteFile(filepath.Join(dir, "README"), []byte("not a shard"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readAll(dir)
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(all, func(a, b record) int { return strings.Compare(a.key, b.key) })
	if !slices.Equal(got, all) {
		t.Fatalf("read %v, want %v", got, all)
	}
}

func TestWriterRefusesKeysOutOfOrder(t *testing.T) {
	w := bundle.NewWriter(io.Discard)
	if err := w.Write([]byte("b"), nil); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"a", "b", ""} {
		if err := w.Write([]byte(key), nil); err == nil {
			t.Errorf("Write(%q) after %q: no error", key, "b")
		}
	}
}

// TestReaderRejectsCorruptShards damages a good shard in each way the
// format forbids and checks that reading names the file.
func TestReaderRejectsCorruptShards(t *testing.T) {
	good := func(t *testing.T) []byte {
		path := writeShard(t, t.TempDir(), "a.kgb", []record{{"k1", "one"}, {"k2", "two"}})
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name   string
		damage func([]byte) []byte
		reason string
	}{
		{"bad magic", func(b []byte) []byte { b[0] = 'x'; return b }, "not a bundle shard"},
		{"truncated", func(b []byte) []byte { return b[:len(b)-6] }, "cut short"},
		{"flipped value byte", func(b []byte) []byte { b[16] ^= 1; return b }, "checksum mismatch"},
		{"trailing bytes", func(b []byte) []byte { return append(b, 0) }, "after the end"},
		{"empty file", func([]byte) []byte { return nil }, "the header"},
		{"keys out of order", func(b []byte) []byte { b[14] = '9'; return b }, "does not come after"},
		{"huge value length", func(b []byte) []byte {
			return append(append([]byte("kg-bundle 1\n"), 1, 'k', 0xff, 0xff, 0xff, 0x7f), b[12:]...)
		}, "runs past the end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "a.kgb")
			if err := os.WriteFile(path, tt.damage(good(t)), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := readAll(dir)
			var format *bundle.FormatError
			if !errors.As(err, &format) || !errors.Is(err, bundle.ErrFormat) {
				t.Fatalf("error %v, want a *FormatError", err)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tt.reason) {
				t.Errorf("error %q does not name %s and say %q", err, path, tt.reason)
			}
		})
	}
}

func TestReaderRejectsKeyInTwoShards(t *testing.T) {
	dir := t.TempDir()
	writeShard(t, dir, "a.kgb", []record{{"k1", "x"}, {"k3", "x"}})
	writeShard(t, dir, "b.kgb", []record{{"k2", "y"}, {"k3", "y"}})
	_, err := readAll(dir)
	if err == nil || !strings.Contains(err.Error(), "a.kgb") || !strings.Contains(err.Error(), "b.kgb") {
		t.Fatalf("error %v, want one naming both shards", err)
	}
}

func TestOpenRefusesDirectoryWithoutShards(t *testing.T) {
	if _, err := bundle.Open(t.TempDir()); err == nil {
		t.Fatal("no error")
	}
}

// FuzzReader reads arbitrary bytes as a shard: it never panics, and what
// it accepts, written again, is the same bytes.
func FuzzReader(f *testing.F) {
	var buf bytes.Buffer
	w := bundle.NewWriter(&buf)
	w.Write([]byte("a"), []byte("1"))
	w.Write([]byte("b"), nil)
	w.Close()
	f.Add(buf.Bytes())
	f.Add([]byte("kg-bundle 1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "f.kgb"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		records, err := readAll(dir)
		if err != nil {
			return
		}
		var again bytes.Buffer
		w := bundle.NewWriter(&again)
		for _, r := range records {
			if err := w.Write([]byte(r.key), []byte(r.value)); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again.Bytes(), data) {
			t.Fatalf("accepted %x, which writes again as %x", data, again.Bytes())
		}
	})
}
