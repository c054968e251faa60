package export_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/kg-project/kg/export"
)

func TestFormatOf(t *testing.T) {
	for _, test := range []struct {
		path string
		want export.Format
	}{
		{"news.graphml", export.GraphML},
		{"/tmp/out/news.gexf", export.GEXF},
		{"news.dot", export.DOT},
		{"news.gv", export.DOT},
		{"NEWS.GV", export.DOT},
		{"a.b.Gexf", export.GEXF},
	} {
		got, err := export.FormatOf(test.path)
		if got != test.want || err != nil {
			t.Errorf("FormatOf(%q) = %q, %v; want %q", test.path, got, err, test.want)
		}
	}
	for _, path := range []string{"news.txt", "news", "news.graphml.gz", "dot", ".gexf/news", "news."} {
		got, err := export.FormatOf(path)
		if got != "" || !errors.Is(err, export.ErrUnknownExtension) {
			t.Errorf("FormatOf(%q) = %q, %v; want ErrUnknownExtension", path, got, err)
			continue
		}
		for _, known := range []string{".graphml", ".gexf", ".dot", ".gv"} {
			if !strings.Contains(err.Error(), known) {
				t.Errorf("FormatOf(%q) error %q does not name %s", path, err, known)
			}
		}
	}
}

// TestFormatNamesAgree checks that every extension FormatOf knows, without
// its dot, is a name ParseFormat accepts for the same format.
func TestFormatNamesAgree(t *testing.T) {
	for _, path := range []string{"a.graphml", "a.gexf", "a.dot", "a.gv"} {
		fromPath, err := export.FormatOf(path)
		if err != nil {
			t.Fatal(err)
		}
		fromName, err := export.ParseFormat(path[2:])
		if err != nil || fromName != fromPath {
			t.Errorf("ParseFormat(%q) = %q, %v; FormatOf(%q) = %q", path[2:], fromName, err, path, fromPath)
		}
	}
}
