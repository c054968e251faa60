package corpus_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/corpus"
)

// Ids are paths relative to the parent of the arguments' common root, so
// that directories with files of one name do not share ids.
func TestIDsUniquePerRun(t *testing.T) {
	tests := []struct {
		name     string
		paths    []string
		want     []string
		problems []string
	}{
		{"one directory keeps its name", []string{"data/bbc"},
			[]string{"bbc/business/001.txt", "bbc/politics/001.txt"}, nil},
		{"sibling directories", []string{"data/bbc/politics", "data/bbc/business"},
			[]string{"politics/001.txt", "business/001.txt"}, nil},
		{"directories of one name", []string{"a/news", "b/news"},
			[]string{"a/news/x.txt", "b/news/x.txt"}, nil},
		{"a file named itself", []string{"data/bbc/politics/001.txt"},
			[]string{"001.txt"}, nil},
		{"files of one name", []string{"a/news/x.txt", "b/news/x.txt"},
			[]string{"a/news/x.txt", "b/news/x.txt"}, nil},
		{"a file and a directory", []string{"a/news/x.txt", "data/bbc"},
			[]string{"a/news/x.txt", "data/bbc/business/001.txt", "data/bbc/politics/001.txt"}, nil},
		{"a JSON Lines file's default ids", []string{"a", "b"},
			[]string{"a/feed.jsonl:1", "a/news/x.txt", "b/feed.jsonl:1", "b/news/x.txt"}, nil},
		{"a file read twice", []string{"data/bbc", "data/bbc/politics"},
			[]string{"bbc/business/001.txt", "bbc/politics/001.txt"},
			[]string{"data/bbc/politics/001.txt: document \"bbc/politics/001.txt\" skipped: id already read from data/bbc/politics/001.txt (skipped)"}},
		{"an id from a feed and a file", []string{"a/feed.jsonl", "c/a/feed.jsonl"},
			[]string{"a/feed.jsonl:1"},
			[]string{"c/a/feed.jsonl:1: document \"a/feed.jsonl:1\" skipped: id already read from a/feed.jsonl:1 (skipped)"}},
	}
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{
		"data/bbc/politics/001.txt": "Politics",
		"data/bbc/business/001.txt": "Business",
		"a/news/x.txt":              "A",
		"b/news/x.txt":              "B",
		"a/feed.jsonl":              `{"text":"a"}`,
		"b/feed.jsonl":              `{"text":"b"}`,
		"c/a/feed.jsonl":            `{"id":"a/feed.jsonl:1","text":"c"}`,
	})
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			got := readAll(t, test.paths, corpus.Options{})
			if got.err != nil {
				t.Fatalf("Read: %v", got.err)
			}
			if !slices.Equal(ids(got.documents), test.want) {
				t.Errorf("ids = %q, want %q", ids(got.documents), test.want)
			}
			if !slices.Equal(got.problems, test.problems) {
				t.Errorf("problems = %q, want %q", got.problems, test.problems)
			}
		})
	}
}

// Ids too long to be keys, or holding control characters, are reported
// and their documents skipped; the rest is read.
func TestUnusableIDs(t *testing.T) {
	t.Chdir(t.TempDir())
	long := strings.Repeat("é", 512)
	writeTree(t, ".", map[string]string{
		"feed.jsonl": strings.Join([]string{
			`{"id":"` + long + `","text":"at the limit"}`,
			`{"id":"` + long + `x","text":"over it"}`,
			`{"id":"bell\u0007","text":"a control character"}`,
			`{"id":"` + strings.Repeat("x", 70000) + `","text":"far over it"}`,
			`{"text":"after them"}`,
		}, "\n"),
	})
	got := readAll(t, []string{"feed.jsonl"}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	if want := []string{long, "feed.jsonl:5"}; !slices.Equal(ids(got.documents), want) {
		t.Errorf("ids = %q, want %q", ids(got.documents), want)
	}
	want := []string{
		`feed.jsonl:2: document "` + strings.Repeat("é", 32) + `"… (1025 bytes) skipped: id longer than 1024 bytes (skipped)`,
		`feed.jsonl:3: document "bell\a" skipped: id holds control characters (skipped)`,
		`feed.jsonl:4: document "` + strings.Repeat("x", 64) + `"… (70000 bytes) skipped: id longer than 1024 bytes (skipped)`,
	}
	if !slices.Equal(got.problems, want) {
		t.Errorf("problems:\n got %q\nwant %q", got.problems, want)
	}
}

// Repeat reports a document whose id an input read apart gave first as
// Read reports it when it reads both inputs in one run.
func TestRepeatReportsAsRead(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{
		"a/feed.jsonl":   `{"id":"x","text":"a"}`,
		"c/a/feed.jsonl": `{"id":"x","text":"c"}`,
	})
	paths := []string{"a/feed.jsonl", "c/a/feed.jsonl"}
	together := readAll(t, paths, corpus.Options{})
	if len(together.problems) != 1 {
		t.Fatalf("Read of both reported %q, want one problem", together.problems)
	}
	var apart []corpus.Document
	for _, path := range paths {
		got := readAll(t, []string{path}, corpus.Options{IDBase: corpus.IDBase(paths)})
		if got.err != nil || len(got.documents) != 1 {
			t.Fatalf("Read of %s: %v, %d documents", path, got.err, len(got.documents))
		}
		apart = append(apart, got.documents[0])
	}
	if got, want := corpus.Repeat(apart[1], apart[0]).Error()+" (skipped)", together.problems[0]; got != want {
		t.Errorf("Repeat = %q, want %q", got, want)
	}
}
