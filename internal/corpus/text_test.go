package corpus_test

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/internal/corpus"
)

func TestTextFiles(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		content   string
		wantText  string
		wantTitle string
		problems  []string
	}{
		{
			name:      "headline and blank line",
			file:      "001.txt",
			content:   "Ink helps drive democracy\n\nThe Kyrgyz Republic is small.\n",
			wantText:  "Ink helps drive democracy\n\nThe Kyrgyz Republic is small.\n",
			wantTitle: "Ink helps drive democracy",
		},
		{
			name:      "CRLF kept in text, dropped from title",
			file:      "crlf.txt",
			content:   "Headline\r\n\r\nBody.\r\n",
			wantText:  "Headline\r\n\r\nBody.\r\n",
			wantTitle: "Headline",
		},
		{
			name:      "title trimmed, whitespace-only second line is blank",
			file:      "spaced.md",
			content:   "  Spaced headline \t\n   \nBody.",
			wantText:  "  Spaced headline \t\n   \nBody.",
			wantTitle: "Spaced headline",
		},
		{
			name:     "no blank second line, no title",
			file:     "para.txt",
			content:  "First sentence.\nSecond sentence.\n",
			wantText: "First sentence.\nSecond sentence.\n",
		},
		{
			name:     "single line without newline",
			file:     "one.txt",
			content:  "Only a line",
			wantText: "Only a line",
		},
		{
			name:     "single line with newline",
			file:     "one-nl.txt",
			content:  "Only a line\n",
			wantText: "Only a line\n",
		},
		{
			name:      "no extension, upper-case extension",
			file:      "ARTICLE.TXT",
			content:   "Title\n\nBody",
			wantText:  "Title\n\nBody",
			wantTitle: "Title",
		},
		{
			name:      "file without extension",
			file:      "article",
			content:   "Title\n\nBody",
			wantText:  "Title\n\nBody",
			wantTitle: "Title",
		},
		{
			name:      "byte order mark stripped",
			file:      "bom.txt",
			content:   "\xEF\xBB\xBFTitle\n\nBody",
			wantText:  "Title\n\nBody",
			wantTitle: "Title",
		},
		{
			name:      "Latin-1 with Windows-1252 punctuation",
			file:      "latin1.txt",
			content:   "Caf\xe9 owner\n\nPaid \xa315.8m, \x93quoted\x94 \x80 \x85 \x9f \x81",
			wantText:  "Café owner\n\nPaid £15.8m, “quoted” € … Ÿ \u0081",
			wantTitle: "Café owner",
			problems:  []string{"in/latin1.txt: not UTF-8; read as Latin-1"},
		},
		{
			name:     "content that file(1) calls binary is still text",
			file:     "magic.txt",
			content:  "GIF89a is how the story begins",
			wantText: "GIF89a is how the story begins",
		},
		{
			name:     "NUL bytes",
			file:     "nul.txt",
			content:  "abc\x00def",
			problems: []string{"in/nul.txt: contains NUL bytes; binary file? (skipped)"},
		},
		{
			name:     "UTF-16 is binary",
			file:     "utf16.txt",
			content:  "\xff\xfeH\x00i\x00",
			problems: []string{"in/utf16.txt: contains NUL bytes; binary file? (skipped)"},
		},
		{
			name:     "empty",
			file:     "empty.txt",
			problems: []string{"in/empty.txt: empty (skipped)"},
		},
		{
			name:     "whitespace only",
			file:     "blank.txt",
			content:  " \r\n\t\n",
			problems: []string{"in/blank.txt: empty (skipped)"},
		},
		{
			name:     "byte order mark only",
			file:     "bom-only.txt",
			content:  "\xEF\xBB\xBF\n",
			problems: []string{"in/bom-only.txt: empty (skipped)"},
		},
		{
			name:     "Latin-1 no-break spaces only",
			file:     "nbsp.txt",
			content:  "\xa0\xa0",
			problems: []string{"in/nbsp.txt: empty (skipped)"},
		},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			writeTree(t, ".", map[string]string{"in/" + test.file: test.content})
			got := readAll(t, []string{"in/" + test.file}, corpus.Options{})
			if got.err != nil {
				t.Fatalf("Read: %v", got.err)
			}
			if !slices.Equal(got.problems, test.problems) {
				t.Errorf("problems = %q, want %q", got.problems, test.problems)
			}
			if test.wantText == "" {
				if len(got.documents) != 0 {
					t.Errorf("got %d documents, want none", len(got.documents))
				}
				return
			}
			want := corpus.Document{ID: test.file, Title: test.wantTitle, Text: test.wantText, Source: "in/" + test.file}
			if len(got.documents) != 1 || got.documents[0] != want {
				t.Errorf("documents = %+v, want [%+v]", got.documents, want)
			}
		})
	}
}
