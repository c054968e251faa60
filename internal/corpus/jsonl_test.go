package corpus_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/internal/corpus"
)

func TestJSONL(t *testing.T) {
	march1 := time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC)
	type doc struct {
		id, title, url, text string
		date                 time.Time
		line                 int
	}
	tests := []struct {
		name     string
		fields   corpus.Fields
		content  string
		want     []doc
		problems []string
	}{
		{
			name:    "every field",
			content: `{"id":"a1","title":" Budget row ","text":"Body.","date":"2005-03-01","url":" http://example.com/a1 "}`,
			want:    []doc{{id: "a1", title: "Budget row", url: "http://example.com/a1", text: "Body.", date: march1, line: 1}},
		},
		{
			name:    "RFC 3339 date with offset",
			content: `{"text":"x","date":"2005-03-01T10:30:00+01:00"}`,
			want:    []doc{{id: "feed.jsonl:1", text: "x", date: time.Date(2005, 3, 1, 9, 30, 0, 0, time.UTC), line: 1}},
		},
		{
			name:    "RFC 3339 date with fraction",
			content: `{"text":"x","date":"2005-03-01T00:00:00.5Z"}`,
			want:    []doc{{id: "feed.jsonl:1", text: "x", date: march1.Add(500 * time.Millisecond), line: 1}},
		},
		{
			name:    "numeric ids keep their literal form",
			content: "{\"id\":42,\"text\":\"a\"}\n{\"id\":-1.50e3,\"text\":\"b\"}\n{\"id\": 12345678901234567890 ,\"text\":\"c\"}\n",
			want: []doc{
				{id: "42", text: "a", line: 1},
				{id: "-1.50e3", text: "b", line: 2},
				{id: "12345678901234567890", text: "c", line: 3},
			},
		},
		{
			name:    "missing, null and blank ids default to file and line",
			content: "{\"text\":\"a\"}\n{\"id\":null,\"text\":\"b\"}\n{\"id\":\"  \",\"text\":\"c\"}\n",
			want: []doc{
				{id: "feed.jsonl:1", text: "a", line: 1},
				{id: "feed.jsonl:2", text: "b", line: 2},
				{id: "feed.jsonl:3", text: "c", line: 3},
			},
		},
		{
			name:     "an id read again is skipped, a number and its string are one id",
			content:  "{\"id\":\"d\",\"text\":\"a\"}\n{\"id\":\"d\",\"text\":\"b\"}\n{\"id\":7,\"text\":\"c\"}\n{\"id\":\"7\",\"text\":\"d\"}",
			want:     []doc{{id: "d", text: "a", line: 1}, {id: "7", text: "c", line: 3}},
			problems: []string{`feed.jsonl:2: document "d" skipped: id already read from feed.jsonl:1 (skipped)`, `feed.jsonl:4: document "7" skipped: id already read from feed.jsonl:3 (skipped)`},
		},
		{
			name:    "blank lines skipped but counted, CRLF, BOM, no final newline",
			content: "\xEF\xBB\xBF\r\n  \n{\"text\":\"a\"}\r\n\t\r\n{\"text\":\"b\"}",
			want:    []doc{{id: "feed.jsonl:3", text: "a", line: 3}, {id: "feed.jsonl:5", text: "b", line: 5}},
		},
		{
			name:    "BOM before the first object",
			content: "\xEF\xBB\xBF{\"text\":\"a\"}\n",
			want:    []doc{{id: "feed.jsonl:1", text: "a", line: 1}},
		},
		{
			name:    "text kept verbatim, escapes decoded, invalid UTF-8 replaced",
			content: "{\"text\":\"  Caf\\u00e9\\n\\nsecond\\tpara \xe9 \"}",
			want:    []doc{{id: "feed.jsonl:1", text: "  Café\n\nsecond\tpara \uFFFD ", line: 1}},
		},
		{
			name: "malformed lines are skipped, the rest is read",
			content: strings.Join([]string{
				`{"text": "x"`,
				`not json`,
				`{"text":"x"} {"text":"y"}`,
				`["text"]`,
				`"text"`,
				`null`,
				`42`,
				`{"id":"missing text"}`,
				`{"text":null}`,
				`{"text":7}`,
				`{"text":" \n\t "}`,
				`{"text":["x"]}`,
				`{"id":true,"text":"x"}`,
				`{"id":{"a":1},"text":"x"}`,
				`{"text":"survivor"}`,
			}, "\n"),
			want: []doc{{id: "feed.jsonl:15", text: "survivor", line: 15}},
			problems: []string{
				"feed.jsonl:1: bad JSON: unexpected end of JSON input (skipped)",
				"feed.jsonl:2: bad JSON: invalid character 'o' in literal null (expecting 'u') (skipped)",
				"feed.jsonl:3: bad JSON: invalid character '{' after top-level value (skipped)",
				"feed.jsonl:4: not a JSON object (skipped)",
				"feed.jsonl:5: not a JSON object (skipped)",
				"feed.jsonl:6: not a JSON object (skipped)",
				"feed.jsonl:7: not a JSON object (skipped)",
				`feed.jsonl:8: "text" is missing (skipped)`,
				`feed.jsonl:9: "text" is missing (skipped)`,
				`feed.jsonl:10: "text" is not a string (skipped)`,
				`feed.jsonl:11: "text" is blank (skipped)`,
				`feed.jsonl:12: "text" is not a string (skipped)`,
				`feed.jsonl:13: "id" is not a string or number (skipped)`,
				`feed.jsonl:14: "id" is not a string or number (skipped)`,
			},
		},
		{
			name: "doubtful optional members are warnings",
			content: strings.Join([]string{
				`{"text":"a","date":"yesterday"}`,
				`{"text":"b","date":"2005-02-30"}`,
				`{"text":"c","date":20050301,"title":["t"],"url":false}`,
				`{"text":"d","date":"","title":null,"url":null}`,
			}, "\n"),
			want: []doc{
				{id: "feed.jsonl:1", text: "a", line: 1},
				{id: "feed.jsonl:2", text: "b", line: 2},
				{id: "feed.jsonl:3", text: "c", line: 3},
				{id: "feed.jsonl:4", text: "d", line: 4},
			},
			problems: []string{
				`feed.jsonl:1: bad "date" "yesterday" (want RFC 3339, RFC 1123 or YYYY-MM-DD); ignored`,
				`feed.jsonl:2: bad "date" "2005-02-30" (want RFC 3339, RFC 1123 or YYYY-MM-DD); ignored`,
				`feed.jsonl:3: "title" is not a string; ignored`,
				`feed.jsonl:3: "url" is not a string; ignored`,
				`feed.jsonl:3: "date" is not a string; ignored`,
			},
		},
		{
			name:   "remapped fields",
			fields: corpus.Fields{ID: "guid", Title: "headline", Text: "body", Date: "published", URL: "link"},
			content: strings.Join([]string{
				`{"guid":"g1","headline":"H","body":"B","published":"2005-03-01","link":"L","text":"ignored","id":"ignored"}`,
				`{"text":"only the default name"}`,
				`{"body":"b","published":"soon"}`,
			}, "\n"),
			want: []doc{
				{id: "g1", title: "H", url: "L", text: "B", date: march1, line: 1},
				{id: "feed.jsonl:3", text: "b", line: 3},
			},
			problems: []string{
				`feed.jsonl:2: "body" is missing (skipped)`,
				`feed.jsonl:3: bad "published" "soon" (want RFC 3339, RFC 1123 or YYYY-MM-DD); ignored`,
			},
		},
		{
			name:    "partly remapped fields keep the other defaults",
			fields:  corpus.Fields{Text: "content"},
			content: `{"id":"i","title":"T","content":"C"}`,
			want:    []doc{{id: "i", title: "T", text: "C", line: 1}},
		},
		{
			name:     "empty file",
			problems: []string{"feed.jsonl: empty (skipped)"},
		},
		{
			name:     "a binary file is skipped whole",
			content:  "\x7fELF\x02\x01\x01\x00\x00\n\x00\x00\n{\"text\":\"x\"}\n\x00\n",
			problems: []string{"feed.jsonl: contains NUL bytes; binary file? (skipped)"},
		},
		{
			name:     "a NUL after the first line is that line's problem",
			content:  "{\"text\":\"x\"}\n\x00\n",
			want:     []doc{{id: "feed.jsonl:1", text: "x", line: 1}},
			problems: []string{"feed.jsonl:2: bad JSON: invalid character '\\x00' looking for beginning of value (skipped)"},
		},
		{
			name:     "blank lines only",
			content:  "\n \r\n\t\n",
			problems: []string{"feed.jsonl: empty (skipped)"},
		},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			writeTree(t, ".", map[string]string{"feed.jsonl": test.content})
			got := readAll(t, []string{"feed.jsonl"}, corpus.Options{Fields: test.fields})
			if got.err != nil {
				t.Fatalf("Read: %v", got.err)
			}
			if !slices.Equal(got.problems, test.problems) {
				t.Errorf("problems:\n got %q\nwant %q", got.problems, test.problems)
			}
			if len(got.documents) != len(test.want) {
				t.Fatalf("got %d documents %+v, want %d", len(got.documents), got.documents, len(test.want))
			}
			for i, want := range test.want {
				document := got.documents[i]
				if document.ID != want.id || document.Title != want.title || document.URL != want.url ||
					document.Text != want.text || !document.Date.Equal(want.date) ||
					document.Line != want.line || document.Source != "feed.jsonl" {
					t.Errorf("document %d = %+v, want %+v", i, document, want)
				}
			}
		})
	}
}

func TestStdin(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{"a.txt": "A"})
	stdin := strings.NewReader("{\"text\":\"first\"}\n{\"text\":1}\n{\"id\":\"s3\",\"text\":\"third\"}\n")
	got := readAll(t, []string{"-", "a.txt", "-"}, corpus.Options{Stdin: stdin})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	if wantIDs := []string{"stdin:1", "s3", "a.txt"}; !slices.Equal(ids(got.documents), wantIDs) {
		t.Errorf("ids = %q, want %q", ids(got.documents), wantIDs)
	}
	for _, document := range got.documents[:2] {
		if document.Source != "-" {
			t.Errorf("document %s: source %q, want \"-\"", document.ID, document.Source)
		}
	}
	// The second "-" finds standard input already drained.
	wantProblems := []string{`stdin:2: "text" is not a string (skipped)`, "stdin: empty (skipped)"}
	if !slices.Equal(got.problems, wantProblems) {
		t.Errorf("problems = %q, want %q", got.problems, wantProblems)
	}
}

// A line longer than bufio.Scanner's default limit, and longer than the
// 64 MiB the command line promises, is one document.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads a 65 MiB line")
	}
	t.Chdir(t.TempDir())
	text := strings.Repeat("word ", 13<<20)
	content := "{\"text\":\"small\"}\n{\"text\":\"" + text + "\"}\n{\"text\":\"after\"}\n"
	writeTree(t, ".", map[string]string{"huge.jsonl": content})
	got := readAll(t, []string{"huge.jsonl"}, corpus.Options{})
	if got.err != nil || len(got.problems) != 0 {
		t.Fatalf("Read: %v, problems %q", got.err, got.problems)
	}
	if len(got.documents) != 3 || got.documents[1].Text != text || got.documents[2].Line != 3 {
		t.Fatalf("got %d documents, want 3 with the huge text second", len(got.documents))
	}
}

func TestSizeLimit(t *testing.T) {
	defer corpus.SetMaxDocumentBytes(1024)()
	t.Chdir(t.TempDir())
	long := strings.Repeat("x", 1024)
	writeTree(t, ".", map[string]string{
		"feed.jsonl":  "{\"text\":\"a\"}\n{\"text\":\"" + long + "\"}\n{\"text\":\"c\"}",
		"limit.jsonl": "{\"text\":\"" + long[:1024-len(`{"text":""}`)] + "\"}",
		"big.txt":     long + "y",
		"limit.txt":   long,
	})
	got := readAll(t, []string{"feed.jsonl", "limit.jsonl", "big.txt", "limit.txt"}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	if wantIDs := []string{"feed.jsonl:1", "feed.jsonl:3", "limit.jsonl:1", "limit.txt"}; !slices.Equal(ids(got.documents), wantIDs) {
		t.Errorf("ids = %q, want %q", ids(got.documents), wantIDs)
	}
	wantProblems := []string{
		"feed.jsonl:2: line longer than 1024 bytes; skipped (skipped)",
		"big.txt: larger than 1024 bytes (skipped)",
	}
	if !slices.Equal(got.problems, wantProblems) {
		t.Errorf("problems = %q, want %q", got.problems, wantProblems)
	}
}
