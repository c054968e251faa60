package corpus_test

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/corpus"
)

// TestProgressCountsBytesRead reads a directory of articles, notes and a
// picture: Progress is told of every byte of the articles, and of nothing
// else.
func TestProgressCountsBytesRead(t *testing.T) {
	dir := t.TempDir()
	article := "A title\n\nAlice met Bob in Paris.\n"
	lines := `{"id": "1", "text": "Carol met Dan."}` + "\n\n" + `{"id": "2", "text": "` + strings.Repeat("Words and words. ", 8000) + `"}` + "\n"
	writeTree(t, dir, map[string]string{
		"a.txt":          article,
		"more/b.jsonl":   lines,
		"README":         "Notes about the articles, not an article.\n",
		"photo.jpg":      "\xff\xd8\xff\xe0 not an article",
		".hidden/c.txt":  "Hidden, so never read.\n",
		"more/empty.txt": "",
	})
	read := 0
	result := readAll(t, []string{dir}, corpus.Options{Progress: func(bytes int) {
		if bytes < 0 {
			t.Errorf("told of a read of %d bytes", bytes)
		}
		read += bytes
	}})
	if result.err != nil || len(result.documents) != 3 {
		t.Fatalf("read %d documents, error %v; problems %q", len(result.documents), result.err, result.problems)
	}
	if want := len(article) + len(lines); read != want {
		t.Errorf("Progress was told of %d bytes, want %d", read, want)
	}
}
