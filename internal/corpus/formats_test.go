package corpus_test

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/internal/corpus"
)

func TestHTMLPage(t *testing.T) {
	articles := bbcArticles(t, 3)
	t.Chdir(t.TempDir())
	files := map[string]string{}
	for i, a := range articles {
		files[fmt.Sprintf("site/%d.html", i)] = a.page()
	}
	writeTree(t, ".", files)
	got := readAll(t, []string{"site"}, corpus.Options{})
	if got.err != nil || len(got.problems) > 0 {
		t.Fatalf("Read: %v, problems %q", got.err, got.problems)
	}
	for i, document := range got.documents {
		a := articles[i]
		if document.ID != fmt.Sprintf("site/%d.html", i) || document.Title != a.title || !document.Date.Equal(a.date) {
			t.Errorf("document %d: id %q, title %q, date %v; want title %q and date %v", i, document.ID, document.Title, document.Date, a.title, a.date)
		}
		if document.Text != a.body() {
			t.Errorf("document %d: text\n%q\nwant\n%q", i, document.Text, a.body())
		}
	}
}

// checkArticles compares documents read from a feed or an archive with
// the articles they were made of: title, URL, date and text.
func checkArticles(t *testing.T, documents []corpus.Document, articles []newsArticle, wantID func(int, newsArticle) string) {
	t.Helper()
	if len(documents) != len(articles) {
		t.Fatalf("read %d documents, want %d", len(documents), len(articles))
	}
	for i, document := range documents {
		a := articles[i]
		if document.ID != wantID(i, a) || document.Title != a.title || document.URL != a.url {
			t.Errorf("document %d: id %q, title %q, URL %q; want id %q, title %q, URL %q", i, document.ID, document.Title, document.URL, wantID(i, a), a.title, a.url)
		}
		if document.Text != a.body() {
			t.Errorf("document %d: text\n%q\nwant\n%q", i, document.Text, a.body())
		}
	}
}

func TestFeedRSS(t *testing.T) {
	articles := bbcArticles(t, 4)
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{"politics.rss": rss(articles)})
	got := readAll(t, []string{"politics.rss"}, corpus.Options{})
	if got.err != nil || len(got.problems) > 0 {
		t.Fatalf("Read: %v, problems %q", got.err, got.problems)
	}
	checkArticles(t, got.documents, articles, func(_ int, a newsArticle) string { return a.url })
	for i, document := range got.documents {
		if !document.Date.Equal(articles[i].date) || document.Line == 0 {
			t.Errorf("document %d: date %v, line %d; want %v and the item's line", i, document.Date, document.Line, articles[i].date)
		}
	}
}

func TestFeedAtom(t *testing.T) {
	articles := bbcArticles(t, 4)
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{"politics.atom": atom(articles)})
	got := readAll(t, []string{"politics.atom"}, corpus.Options{})
	if got.err != nil || len(got.problems) > 0 {
		t.Fatalf("Read: %v, problems %q", got.err, got.problems)
	}
	checkArticles(t, got.documents, articles, func(_ int, a newsArticle) string { return a.url })
	for i, document := range got.documents {
		if !document.Date.Equal(articles[i].date) {
			t.Errorf("document %d: date %v, want the published date %v", i, document.Date, articles[i].date)
		}
	}
}

// Feeds as they come: items without a link, text or a good date; XHTML
// content; a feed cut short; a file that is no feed.
func TestFeedProblems(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{
		"a.rss": `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>T</title>
<item><title>No link</title><guid isPermaLink="false">g-1</guid><pubDate>someday</pubDate><description>Paris &amp; ` + "\xe9t\xe9" + `&nbsp;<b>bold</b></description></item>
<item><title>Empty</title><link>https://example.com/empty</link><description>  </description></item>
<item><title>Bare</title><description>Only a text.</description></item>
<item><title>Cut`,
		"b.atom": `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:x:1</id><title>X</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First part.</p><p>Second part.</p></div></content></entry></feed>`,
		"c.xml":  `<?xml version="1.0"?><catalog><book>Not news</book></catalog>`,
	})
	got := readAll(t, []string{"a.rss", "b.atom", "c.xml"}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	wantIDs := []string{"g-1", "a.rss:5", "urn:x:1"}
	if !slices.Equal(ids(got.documents), wantIDs) {
		t.Errorf("ids = %q, want %q", ids(got.documents), wantIDs)
	}
	if len(got.documents) == 3 {
		if text := got.documents[0].Text; text != "Paris & été\u00a0bold" {
			t.Errorf("Latin-1 HTML description read as %q", text)
		}
		if text := got.documents[2].Text; text != "First part.\n\nSecond part." {
			t.Errorf("XHTML content read as %q", text)
		}
	}
	wantProblems := []string{
		`a.rss:3: bad date "someday"; ignored`,
		"a.rss:4: item without text (skipped)",
		"a.rss:6: bad XML: unexpected EOF; the rest of the feed is not read (skipped)",
		"c.xml:1: not an RSS or Atom feed (root element <catalog>) (skipped)",
	}
	if !slices.Equal(got.problems, wantProblems) {
		t.Errorf("problems =\n%q, want\n%q", got.problems, wantProblems)
	}
}

func TestWARC(t *testing.T) {
	articles := bbcArticles(t, 4)
	records := warc(articles)
	records = append(records,
		warcRecord("response", "https://news.example.com/gone", "2005-04-01T00:00:00Z", "application/http; msgtype=response", httpResponse("404 Not Found", "text/html", "<html><body><p>Gone.</p></body></html>")),
		warcRecord("response", "https://news.example.com/logo.png", "2005-04-01T00:00:00Z", "application/http; msgtype=response", httpResponse("200 OK", "image/png", "\x89PNG")))
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{
		"crawl.warc":    string(bytes.Join(records, nil)),
		"crawl.warc.gz": string(gzipMembers(t, records...)),
	})
	for _, name := range []string{"crawl.warc", "crawl.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			// Each file alone, as the two give the same ids.
			got := readAll(t, []string{name}, corpus.Options{})
			if got.err != nil {
				t.Fatalf("Read: %v", got.err)
			}
			checkArticles(t, got.documents, articles, func(_ int, a newsArticle) string { return a.url })
			for i, document := range got.documents {
				if crawled := articles[i].date.Add(time.Hour); !document.Date.Equal(crawled) {
					t.Errorf("document %d: date %v, want the WARC-Date %v", i, document.Date, crawled)
				}
			}
			if want := []string{name + ": 2 responses are not HTML pages with status 200; not read"}; !slices.Equal(got.problems, want) {
				t.Errorf("problems = %q, want %q", got.problems, want)
			}
		})
	}
}

// A damaged WARC file is read around the damage, each problem placed at
// the first line of its record; the lines after a record that cannot be
// parsed are passed over up to the next record.
func TestWARCProblems(t *testing.T) {
	page := httpResponse("200 OK", "text/html", "<html><head><title>Kept</title></head><body><article><p>The record after the damage is still read, and so is every one that follows it in the file.</p></article></body></html>")
	good := warcRecord("response", "https://example.com/kept", "2005-04-01T00:00:00Z", "application/http; msgtype=response", page)
	noLength := []byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n")
	badHTTP := warcRecord("response", "https://example.com/bad", "2005-04-01T00:00:00Z", "application/http; msgtype=response", []byte("not HTTP at all"))
	badDate := warcRecord("response", "https://example.com/date", "yesterday", "application/http; msgtype=response", page)
	cut := warcRecord("response", "https://example.com/cut", "2005-04-01T00:00:00Z", "application/http; msgtype=response", page)
	content := bytes.Join([][]byte{[]byte("garbage before\r\n"), good, noLength, badHTTP, badDate, cut[:len(cut)-40]}, nil)
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{"damaged.warc": string(content)})
	got := readAll(t, []string{"damaged.warc"}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	if want := []string{"https://example.com/kept", "https://example.com/date"}; !slices.Equal(ids(got.documents), want) {
		t.Errorf("ids = %q, want %q", ids(got.documents), want)
	}
	line := func(record []byte) int { return bytes.Count(content[:bytes.Index(content, record)], []byte("\n")) + 1 }
	want := []string{
		"damaged.warc:1: not the start of a WARC record (want a WARC/1.0 line); read on from the next one (skipped)",
		fmt.Sprintf(`damaged.warc:%d: bad WARC Content-Length "many"; read on from the next record (skipped)`, line(noLength)),
		fmt.Sprintf(`damaged.warc:%d: bad HTTP response: malformed HTTP status code "HTTP" (skipped)`, line(badHTTP)),
		fmt.Sprintf(`damaged.warc:%d: bad WARC-Date "yesterday"; ignored`, line(badDate)),
		fmt.Sprintf("damaged.warc:%d: WARC record cut short (skipped)", line(cut[:len(cut)-40])),
	}
	if !slices.Equal(got.problems, want) {
		t.Errorf("problems =\n%q, want\n%q", got.problems, want)
	}
}

func TestCSV(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{
		"news.csv": "\uFEFFID,Title,Body,Date,URL\n" +
			"a1,Versailles talks,\"Macron met Putin.\nThey spoke of Syria.\",2017-05-29,https://example.com/a1\n" +
			"a2,Too few fields,2017-05-30\n" +
			"a3,Blank,\"  \",,\n" +
			",No id,Merkel spoke.,Tue, 30 May 2017,\n" +
			"a5,Bad quote,Some \"quoted\" word,2017-05-31,\n" +
			"a6,Last,The rest is read.,31 May 2017 10:00:00 +0200,\n" +
			"lonely\n",
		"other.csv": "headline,words\nx,y\n",
	})
	got := readAll(t, []string{"news.csv", "other.csv"}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	if want := []string{"a1", "a6"}; !slices.Equal(ids(got.documents), want) {
		t.Errorf("ids = %q, want %q", ids(got.documents), want)
	}
	if len(got.documents) > 0 {
		first := got.documents[0]
		if first.Title != "Versailles talks" || first.Text != "Macron met Putin.\nThey spoke of Syria." || first.URL != "https://example.com/a1" ||
			!first.Date.Equal(time.Date(2017, 5, 29, 0, 0, 0, 0, time.UTC)) || first.Line != 2 {
			t.Errorf("first document = %+v", first)
		}
	}
	want := []string{
		"news.csv:4: 3 fields, but the header has 5; row skipped (skipped)",
		"news.csv:5: text is blank (skipped)",
		"news.csv:6: 6 fields, but the header has 5; row skipped (skipped)",
		`news.csv:7: bad CSV: bare " in non-quoted-field; row skipped (skipped)`,
		"news.csv:9: 1 field, but the header has 5; row skipped (skipped)",
		"other.csv:1: no text column in the header (want text, body, content, any case) (skipped)",
	}
	if !slices.Equal(got.problems, want) {
		t.Errorf("problems =\n%q, want\n%q", got.problems, want)
	}
}

// The text column may be renamed, as a JSON Lines member may.
func TestCSVFields(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{"t.csv": "key,story,when\nk1,Paris is in France.,2005-03-01\n"})
	got := readAll(t, []string{"t.csv"}, corpus.Options{Fields: corpus.Fields{ID: "key", Text: "Story", Date: "when"}})
	if got.err != nil || len(got.problems) > 0 || len(got.documents) != 1 {
		t.Fatalf("Read: %v, problems %q, %d documents", got.err, got.problems, len(got.documents))
	}
	if document := got.documents[0]; document.ID != "k1" || document.Text != "Paris is in France." || document.Date.IsZero() {
		t.Errorf("document = %+v", document)
	}
}

// A response's body is the rest of its record, whatever its stale
// Content-Length says, as crawlers store it decoded; it is dechunked and
// gunzipped when its headers say it is still chunked or gzipped.
func TestWARCResponseBodies(t *testing.T) {
	const text = "The body of this page is read whole, however the crawler stored it in the archive."
	page := "<html><body><article><p>" + text + "</p></article></body></html>"
	var chunked strings.Builder
	for rest := page; rest != ""; rest = rest[min(len(rest), 16):] {
		fmt.Fprintf(&chunked, "%x\r\n%s\r\n", min(len(rest), 16), rest[:min(len(rest), 16)])
	}
	chunked.WriteString("0\r\n\r\n")
	responses := map[string]string{
		"stale":   "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20\r\nX-Crawler-Content-Encoding: gzip\r\n\r\n" + page,
		"chunked": "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked.String(),
		"gzipped": "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + string(gzipMembers(t, []byte(page))),
	}
	var records [][]byte
	for _, name := range []string{"stale", "chunked", "gzipped"} {
		records = append(records, warcRecord("response", "https://example.com/"+name, "2005-04-01T00:00:00Z", "application/http; msgtype=response", []byte(responses[name])))
	}
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{"bodies.warc": string(bytes.Join(records, nil))})
	got := readAll(t, []string{"bodies.warc"}, corpus.Options{})
	if got.err != nil || len(got.problems) > 0 {
		t.Fatalf("Read: %v, problems %q", got.err, got.problems)
	}
	if want := []string{"https://example.com/stale", "https://example.com/chunked", "https://example.com/gzipped"}; !slices.Equal(ids(got.documents), want) {
		t.Errorf("ids = %q, want %q", ids(got.documents), want)
	}
	for _, document := range got.documents {
		if document.Text != text {
			t.Errorf("%s: text %q, want %q", document.ID, document.Text, text)
		}
	}
}

// BenchmarkReadWARC reads a gzipped crawl of 50 BBC pages; the bytes are
// those of the article texts.
func BenchmarkReadWARC(b *testing.B) {
	articles := bbcArticles(b, 50)
	dir := b.TempDir()
	writeTree(b, dir, map[string]string{"crawl.warc.gz": string(gzipMembers(b, warc(articles)...))})
	benchmarkRead(b, dir+"/crawl.warc.gz")
}

// A table row or a feed item larger than the size limit ends the reading
// of its file, with a report, instead of being held in memory.
func TestOversizedRecords(t *testing.T) {
	defer corpus.SetMaxDocumentBytes(1 << 10)()
	huge := strings.Repeat("word ", 1<<14) // far more than the readers buffer
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{
		"big.csv": "id,text\nr1,Kept.\nr2,\"" + huge + "\"\nr3,Not read.\n",
		"big.rss": "<rss><channel><item><guid>i1</guid><description>Kept.</description></item>\n<item><guid>i2</guid><description>" + huge + "</description></item>\n<item><guid>i3</guid><description>Not read.</description></item></channel></rss>",
	})
	got := readAll(t, []string{"big.csv", "big.rss"}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	if want := []string{"r1", "i1"}; !slices.Equal(ids(got.documents), want) {
		t.Errorf("ids = %q, want %q", ids(got.documents), want)
	}
	want := []string{
		"big.csv:2: the row after this line is larger than 1024 bytes; the rest of the file is not read (skipped)",
		"big.rss:2: an item larger than 1024 bytes; the rest of the feed is not read (skipped)",
	}
	if !slices.Equal(got.problems, want) {
		t.Errorf("problems =\n%q, want\n%q", got.problems, want)
	}
}
