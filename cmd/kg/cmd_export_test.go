package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writtenFormat tells the format of an export by its first element.
func writtenFormat(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("digraph ")):
		return "dot"
	case bytes.Contains(data, []byte("<graphml ")):
		return "graphml"
	case bytes.Contains(data, []byte("<gexf ")):
		return "gexf"
	}
	return "unknown"
}

func TestExportFormatFromExtension(t *testing.T) {
	db := demoStore(t)
	for _, test := range []struct {
		file, format string
		want         string
		warns        bool
	}{
		{"news.graphml", "", "graphml", false},
		{"news.gexf", "", "gexf", false},
		{"news.dot", "", "dot", false},
		{"news.gv", "", "dot", false},
		{"NEWS.GEXF", "", "gexf", false},
		{"news.gexf", "gexf", "gexf", false},
		{"news.gexf", "dot", "dot", true},
		{"news.txt", "graphml", "graphml", false},
		{"news", "gv", "dot", false},
	} {
		t.Run(test.file+"/"+test.format, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), test.file)
			var out outputs
			opts := exportOptions{DB: db, Format: test.format, Output: path, Filter: filterOptions{Depth: 1}}
			if err := runExport(context.Background(), opts, nil, &out.stdout, &out.stderr); err != nil {
				t.Fatalf("%v\n%s", err, out.stderr.String())
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := writtenFormat(data); got != test.want {
				t.Errorf("wrote %s, want %s", got, test.want)
			}
			warned := strings.Contains(out.stderr.String(), "warning")
			if warned != test.warns {
				t.Errorf("warning given: %v, want %v; stderr:\n%s", warned, test.warns, out.stderr.String())
			}
			if warned && !strings.Contains(out.stderr.String(), "gexf") {
				t.Errorf("the warning does not name the format the extension means: %s", out.stderr.String())
			}
		})
	}
}

func TestExportUnknownExtension(t *testing.T) {
	db := demoStore(t)
	for _, file := range []string{"news.txt", "news", "news.graphml.bak"} {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), file)
			err := runExport(context.Background(), exportOptions{DB: db, Output: path, Filter: filterOptions{Depth: 1}}, nil, &bytes.Buffer{}, &bytes.Buffer{})
			if !errors.Is(err, errUsage) {
				t.Fatalf("runExport = %v, want a usage error", err)
			}
			for _, known := range []string{".graphml", ".gexf", ".dot", ".gv", "--format"} {
				if !strings.Contains(err.Error(), known) {
					t.Errorf("error %q does not name %s", err, known)
				}
			}
			if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("%s was written: %v", file, err)
			}
		})
	}
}

func TestExportToStandardOutputDefaultsToGraphML(t *testing.T) {
	db := demoStore(t)
	var out outputs
	if err := runExport(context.Background(), exportOptions{DB: db, Filter: filterOptions{Depth: 1}}, nil, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("%v\n%s", err, out.stderr.String())
	}
	if got := writtenFormat(out.stdout.Bytes()); got != "graphml" {
		t.Errorf("wrote %s to standard output, want graphml", got)
	}
}
