package corpus_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/sharedtest"
)

func TestBBC(t *testing.T) {
	dir := sharedtest.Path(t, "data", "bbc")
	got := readAll(t, []string{dir}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	if len(got.documents) != 2225 {
		t.Errorf("read %d documents, want 2225", len(got.documents))
	}
	latin1 := filepath.Join(dir, "sport", "199.txt")
	if want := []string{latin1 + ": not UTF-8; read as Latin-1"}; !slices.Equal(got.problems, want) {
		t.Errorf("problems = %q, want %q", got.problems, want)
	}
	seen := map[string]bool{}
	for _, document := range got.documents {
		if seen[document.ID] {
			t.Errorf("id %q read twice", document.ID)
		}
		seen[document.ID] = true
		if document.Title == "" || !strings.HasPrefix(document.Text, document.Title) {
			t.Errorf("%s: title %q is not the text's first line", document.ID, document.Title)
		}
		if document.ID == "bbc/sport/199.txt" && !strings.Contains(document.Text, "£15.8m") {
			t.Errorf("bbc/sport/199.txt: Latin-1 pound sign not decoded in %q", document.Text)
		}
	}
	for _, id := range []string{"bbc/business/001.txt", "bbc/sport/199.txt", "bbc/tech/401.txt"} {
		if !seen[id] {
			t.Errorf("id %q not read", id)
		}
	}
}

func BenchmarkReadBBC(b *testing.B) {
	dir := sharedtest.Path(b, "data", "bbc")
	benchmarkRead(b, dir)
}

func BenchmarkReadJSONL(b *testing.B) {
	var feed strings.Builder
	for i := range 1000 {
		feed.WriteString(`{"id":"` + strings.Repeat("x", i%7) + `","title":"A headline","date":"2005-03-01","url":"http://example.com/","text":"` +
			strings.Repeat("Some words of an article, with \\\"quotes\\\" and escapes\\n. ", 40) + "\"}\n")
	}
	content := feed.String()
	b.SetBytes(int64(len(content)))
	for b.Loop() {
		err := corpus.Read(context.Background(), []string{"-"}, corpus.Options{Stdin: strings.NewReader(content)},
			func(corpus.Document) error { return nil }, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
}

// benchmarkRead reads path as kg build does, over and over, and reports
// the bytes of text read per second.
func benchmarkRead(b *testing.B, path string) {
	var size int64
	for b.Loop() {
		size = 0
		err := corpus.Read(context.Background(), []string{path}, corpus.Options{}, func(document corpus.Document) error {
			size += int64(len(document.Text))
			return nil
		}, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(size)
}
