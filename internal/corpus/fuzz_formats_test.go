package corpus_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/internal/corpus"
)

// fuzzReader checks that Read, given any content in a file named name,
// returns without error, and that every document it emits has an id, a
// source, a line within the input and valid, non-blank text; every
// problem names the file.
func fuzzReader(f *testing.F, name string, seeds ...string) {
	for _, seed := range seeds {
		f.Add([]byte(seed))
	}
	f.Add([]byte(samples[filepath.Ext(strings.TrimSuffix(name, ".gz"))]))
	path := filepath.Join(f.TempDir(), name)
	f.Fuzz(func(t *testing.T, content []byte) {
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
		err := corpus.Read(context.Background(), []string{path}, corpus.Options{},
			func(document corpus.Document) error {
				if document.ID == "" || document.Source != path || document.Line < 0 {
					t.Errorf("document %q from %s:%d", document.ID, document.Source, document.Line)
				}
				if !utf8.ValidString(document.Text) || strings.TrimSpace(document.Text) == "" {
					t.Errorf("document %q: text %q is not valid, non-blank UTF-8", document.ID, document.Text)
				}
				if !utf8.ValidString(document.Title) || !utf8.ValidString(document.URL) {
					t.Errorf("document %q: title %q or URL %q is not UTF-8", document.ID, document.Title, document.URL)
				}
				return nil
			},
			func(problem corpus.Problem) {
				if problem.File != path || problem.Line < 0 {
					t.Errorf("problem %v does not name %s", problem, path)
				}
			})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
	})
}

func FuzzSGML(f *testing.F) {
	fuzzReader(f, "reut2-000.sgm",
		"<REUTERS NEWID=\"1\"><BODY>&#3;&#;&#12</BODY></REUTERS>",
		"<REUTERS NEWID=\"\x00\"><DATE>1-JAN-1987 00:00:00.00&#5;x</DATE><TITLE>&amp;</TITLE><BODY>\xff</BODY>",
		"<REUTERS><BODY></BODY></REUTERS><REUTERS")
}

func FuzzFeed(f *testing.F) {
	fuzzReader(f, "feed.rss",
		`<rss><channel><item><title>T</title><link>u</link><description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div><p>a</p></div></content><link href=""/></entry></feed>`,
		`<?xml version="1.0" encoding="windows-1252"?><rss><item><description>`+"\x93q\x94"+`&nbsp;</description><pubDate>Mon, 2 Jan 2006 15:04:05 MST</pubDate></item></rss>`,
		`<rdf:RDF><item><encoded><![CDATA[<b>x</b>]]></encoded></item>`)
}

func FuzzHTML(f *testing.F) {
	fuzzReader(f, "page.html",
		`<html><head><meta charset="iso-8859-1"><title>`+"\xe9"+`</title></head><body><p>`+"caf\xe9 "+`words</p></body></html>`,
		`<body><script>x</script><article><pre>  a  </pre><table><tr><td>b</td></tr></table></article>`,
		`<html><head><meta property="article:published_time" content="yesterday"></head><body><div><p>Text</p></div></body></html>`)
}

func FuzzCSV(f *testing.F) {
	fuzzReader(f, "table.csv",
		"text\n\"a\nb\"\n\"unclosed\n",
		"ID,TEXT,date\n1,x,2005-01-01\n1,y\n,\xff,nope\n",
		"\xEF\xBB\xBFbody,body\n,\n")
}

func FuzzWARC(f *testing.F) {
	fuzzReader(f, "crawl.warc",
		"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5\r\n\r\nHTTP/\r\n\r\n",
		"WARC/1.0\r\nWARC-Type: response\r\n continued\r\nContent-Length: -1\r\n\r\nWARC/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n",
		"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 60\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>x<\r\n0\r\n\r\n\r\n\r\n")
}

func FuzzGzip(f *testing.F) {
	fuzzReader(f, "crawl.warc.gz", "\x1f\x8b", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00garbage")
}

// FuzzStdin: standard input of any content is read in the format its
// first bytes show, never failing.
func FuzzStdin(f *testing.F) {
	for _, sample := range samples {
		f.Add([]byte(sample))
	}
	f.Add([]byte("\x1f\x8b\x08"))
	f.Fuzz(func(t *testing.T, content []byte) {
		err := corpus.Read(context.Background(), []string{"-"}, corpus.Options{Stdin: strings.NewReader(string(content))},
			func(document corpus.Document) error {
				if document.ID == "" || document.Source != "-" || !utf8.ValidString(document.Text) {
					t.Errorf("document %+v", document)
				}
				return nil
			},
			func(problem corpus.Problem) {
				if problem.File != "stdin" {
					t.Errorf("problem %v does not name stdin", problem)
				}
			})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
	})
}
