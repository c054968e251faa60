package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-project/kg/store"
)

// writeFiles creates files (relative path -> content) under a new
// directory and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// outputs holds what a run printed.
type outputs struct {
	stdout, stderr bytes.Buffer
}

// buildInto runs kg build of paths into db and returns what it printed and
// its error.
func buildInto(t *testing.T, db string, paths ...string) (*outputs, error) {
	t.Helper()
	var out outputs
	err := runBuild(context.Background(), buildOptions{DB: db}, paths, &out.stdout, &out.stderr)
	return &out, err
}

// mustBuild is buildInto that fails the test on an error.
func mustBuild(t *testing.T, db string, paths ...string) *outputs {
	t.Helper()
	out, err := buildInto(t, db, paths...)
	if err != nil {
		t.Fatalf("build: %v\nstderr:\n%s", err, out.stderr.String())
	}
	return out
}

// storeStats opens db read-only and returns its Stats.
func storeStats(t *testing.T, db string) store.Stats {
	t.Helper()
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats()
	if err != nil {
		t.Fatal(err)
	}
	return stats
}

// graphMLCounts is the number of nodes and edges in a GraphML document.
func graphMLCounts(t *testing.T, r io.Reader) (nodes, edges int) {
	t.Helper()
	decoder := xml.NewDecoder(r)
	for {
		token, err := decoder.Token()
		if err == io.EOF {
			return nodes, edges
		}
		if err != nil {
			t.Fatalf("GraphML does not parse: %v", err)
		}
		if start, ok := token.(xml.StartElement); ok {
			switch start.Name.Local {
			case "node":
				nodes++
			case "edge":
				edges++
			}
		}
	}
}
func decodeJSON(t *testing.T, data []byte, value any) {
	t.Helper()
	if err := json.Unmarshal(data, value); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, data)
	}
}
