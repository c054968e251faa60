package corpus_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/internal/corpus"
)

func FuzzJSONL(f *testing.F) {
	for _, seed := range []string{
		"",
		"{\"text\":\"a\"}\n",
		"\xEF\xBB\xBF{\"id\":1e3,\"text\":\"b\",\"date\":\"2005-03-01\"}\r\n\n{\"text\":\"c\",\"date\":\"2005-03-01T10:00:00Z\"}",
		"{\"id\":\"\",\"text\":\"\\u00e9\\ud800\"}\n{\"text\":\"\xff\"}",
		"{\"text\":\" \"}\n[1]\nnull\n{\"text\":1}\n{\"id\":true,\"text\":\"x\"}\n{",
		"{\"text\":\"x\",\"title\":{},\"url\":[],\"date\":\"2005-13-01\"}",
	} {
		f.Add([]byte(seed))
	}
	path := filepath.Join(f.TempDir(), "fuzz.jsonl")
	f.Fuzz(func(t *testing.T, content []byte) {
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
		var documents, skipped int
		err := corpus.Read(context.Background(), []string{path}, corpus.Options{},
			func(document corpus.Document) error {
				documents++
				if document.ID == "" {
					t.Errorf("line %d: empty id", document.Line)
				}
				if !utf8.ValidString(document.Text) || strings.TrimSpace(document.Text) == "" {
					t.Errorf("line %d: text %q is not valid, non-blank UTF-8", document.Line, document.Text)
				}
				if document.Line < 1 || document.Source != path {
					t.Errorf("document from %s:%d, want %s and a line", document.Source, document.Line, path)
				}
				return nil
			},
			func(problem corpus.Problem) {
				if problem.Skipped {
					skipped++
				}
			})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		lines := bytes.Count(content, []byte("\n")) + 1
		if documents+skipped > lines || documents+skipped == 0 {
			t.Errorf("%d documents and %d skipped from %d lines", documents, skipped, lines)
		}
	})
}

func FuzzText(f *testing.F) {
	for _, seed := range []string{
		"",
		"Title\n\nBody.\n",
		"Headline\r\n\r\nBody\r\n",
		"\xEF\xBB\xBFCaf\xe9\n\n\x93quoted\x94",
		"abc\x00def",
		"\xa0 \n",
	} {
		f.Add([]byte(seed))
	}
	path := filepath.Join(f.TempDir(), "article.txt")
	f.Fuzz(func(t *testing.T, content []byte) {
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
		var documents []corpus.Document
		var problems []corpus.Problem
		err := corpus.Read(context.Background(), []string{path}, corpus.Options{},
			func(document corpus.Document) error {
				documents = append(documents, document)
				return nil
			},
			func(problem corpus.Problem) { problems = append(problems, problem) })
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		if len(documents) == 0 {
			if len(problems) != 1 || !problems[0].Skipped {
				t.Fatalf("no document and problems %+v, want one skip", problems)
			}
			return
		}
		document := documents[0]
		if len(documents) != 1 || document.ID != "article.txt" {
			t.Fatalf("documents %+v, want one with id article.txt", documents)
		}
		if !utf8.ValidString(document.Text) || strings.TrimSpace(document.Text) == "" {
			t.Errorf("text %q is not valid, non-blank UTF-8", document.Text)
		}
		if strings.ContainsRune(document.Title, '\n') || !strings.Contains(document.Text, document.Title) {
			t.Errorf("title %q is not a line of the text", document.Title)
		}
		body := bytes.TrimPrefix(content, []byte("\xEF\xBB\xBF"))
		if utf8.Valid(body) {
			if document.Text != string(body) || len(problems) != 0 {
				t.Errorf("UTF-8 text changed to %q, problems %+v", document.Text, problems)
			}
		} else if len(problems) != 1 || problems[0].Skipped {
			t.Errorf("problems %+v, want one Latin-1 warning", problems)
		}
	})
}

// FuzzProblemError: whatever a file name or reason holds, a Problem prints
// as one line of valid UTF-8 with every character printable.
func FuzzProblemError(f *testing.F) {
	f.Add("forged\nkg: read 0 articles.txt", 3, "bad \x1b[31m\u202e\u200b")
	f.Add("\xff.txt", 0, "ok")
	f.Fuzz(func(t *testing.T, file string, line int, reason string) {
		message := corpus.Problem{File: file, Line: line, Reason: reason}.Error()
		if !utf8.ValidString(message) {
			t.Fatalf("%q is not UTF-8", message)
		}
		for _, r := range message {
			if !strconv.IsPrint(r) {
				t.Fatalf("%q holds %U", message, r)
			}
		}
	})
}
