package corpus_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/internal/sharedtest"
)

// newsArticle is a BBC article cut into the parts that feeds, pages and
// archives carry, with an address and a date made up for it.
type newsArticle struct {
	file       string // the BBC text file
	title      string
	paragraphs []string
	url        string
	date       time.Time
}

// body is the article's text without its headline, as a page or a feed
// item holds it.
func (a newsArticle) body() string {
	return strings.Join(a.paragraphs, "\n\n")
}

// bbcArticles reads the first n BBC politics articles; the test skips
// when the BBC corpus is absent.
func bbcArticles(t testing.TB, n int) []newsArticle {
	t.Helper()
	dir := sharedtest.Path(t, "data", "bbc", "politics")
	var articles []newsArticle
	for i := 1; i <= n; i++ {
		file := filepath.Join(dir, fmt.Sprintf("%03d.txt", i))
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(raw), "\n")
		article := newsArticle{
			file:  file,
			title: strings.TrimSpace(lines[0]),
			url:   fmt.Sprintf("https://news.example.com/politics/%03d", i),
			date:  time.Date(2005, time.March, i, 9, 30, 0, 0, time.UTC),
		}
		for _, line := range lines[1:] {
			if line = strings.TrimSpace(line); line != "" {
				article.paragraphs = append(article.paragraphs, line)
			}
		}
		articles = append(articles, article)
	}
	return articles
}

// paragraphsHTML marks the article's paragraphs up.
func (a newsArticle) paragraphsHTML() string {
	var markup strings.Builder
	for _, paragraph := range a.paragraphs {
		markup.WriteString("<p>" + html.EscapeString(paragraph) + "</p>\n")
	}
	return markup.String()
}

// page is the article as a news site serves it: navigation, a share bar
// and a footer around the story, the date in the metadata.
func (a newsArticle) page() string {
	return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>` + html.EscapeString(a.title) + `</title>
<meta property="og:title" content="` + html.EscapeString(a.title) + `">
<meta property="article:published_time" content="` + a.date.Format(time.RFC3339) + `">
<link rel="canonical" href="` + a.url + `">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>` + html.EscapeString(a.title) + `</h1>
` + a.paragraphsHTML() + `</article>
<aside class="share"><a href="/share/facebook">Share on Facebook</a> <a href="/share/twitter">Share on Twitter</a></aside>
</main>
<footer><p>Copyright 2005 News Example. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms of use</a></footer>
<script>var tracker = "analytics";</script>
</body></html>
`
}

// rss is an RSS 2.0 feed of the articles, their text in content:encoded.
func rss(articles []newsArticle) string {
	var feed strings.Builder
	feed.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>News Example: Politics</title><link>https://news.example.com/politics</link>
<description>Politics news</description>
`)
	for _, a := range articles {
		fmt.Fprintf(&feed, "<item>\n<title>%s</title>\n<link>%s</link>\n<guid isPermaLink=\"true\">%s</guid>\n<pubDate>%s</pubDate>\n<description>%s</description>\n<content:encoded><![CDATA[%s]]></content:encoded>\n</item>\n",
			html.EscapeString(a.title), a.url, a.url, a.date.Format(time.RFC1123Z), html.EscapeString(a.paragraphs[0]), a.paragraphsHTML())
	}
	feed.WriteString("</channel>\n</rss>\n")
	return feed.String()
}

// atom is an Atom feed of the articles, their text as escaped HTML.
func atom(articles []newsArticle) string {
	var feed strings.Builder
	feed.WriteString(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>News Example: Politics</title><id>urn:example:politics</id><updated>2005-03-31T00:00:00Z</updated>
`)
	for i, a := range articles {
		fmt.Fprintf(&feed, "<entry>\n<title>%s</title>\n<link rel=\"self\" href=\"%s.atom\"/>\n<link href=\"%s\"/>\n<id>urn:example:politics:%d</id>\n<published>%s</published>\n<updated>2005-04-01T00:00:00Z</updated>\n<summary>%s</summary>\n<content type=\"html\">%s</content>\n</entry>\n",
			html.EscapeString(a.title), a.url, a.url, i+1, a.date.Format(time.RFC3339), html.EscapeString(a.paragraphs[0]), html.EscapeString(a.paragraphsHTML()))
	}
	feed.WriteString("</feed>\n")
	return feed.String()
}

// warcRecord is one WARC/1.0 record with its two closing line ends.
func warcRecord(kind, uri, date string, contentType string, block []byte) []byte {
	var record bytes.Buffer
	fmt.Fprintf(&record, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\nWARC-Date: %s\r\n", kind, len(block)+len(uri), date)
	if uri != "" {
		fmt.Fprintf(&record, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&record, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(block))
	record.Write(block)
	record.WriteString("\r\n\r\n")
	return record.Bytes()
}

// httpResponse is an HTTP/1.1 response as a WARC response record holds it.
func httpResponse(status, contentType, body string) []byte {
	return []byte(fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body))
}

// warc is a crawl of the articles' pages as Common Crawl's CC-NEWS
// writes it: a warcinfo record, then a request, a response and a
// metadata record for each page. Each record is returned apart, so that
// they can be compressed one gzip member each.
func warc(articles []newsArticle) [][]byte {
	records := [][]byte{warcRecord("warcinfo", "", "2005-04-01T00:00:00Z", "application/warc-fields", []byte("software: kg test\r\nformat: WARC File Format 1.0\r\n"))}
	for _, a := range articles {
		crawled := a.date.Add(time.Hour).Format(time.RFC3339)
		request := fmt.Sprintf("GET %s HTTP/1.1\r\nHost: news.example.com\r\n\r\n", strings.TrimPrefix(a.url, "https://news.example.com"))
		records = append(records,
			warcRecord("request", a.url, crawled, "application/http; msgtype=request", []byte(request)),
			warcRecord("response", a.url, crawled, "application/http; msgtype=response", httpResponse("200 OK", "text/html; charset=UTF-8", a.page())),
			warcRecord("metadata", a.url, crawled, "application/warc-fields", []byte("fetchTimeMs: 120\r\n")))
	}
	return records
}

// gzipMembers compresses each part as a gzip member of its own, one after
// the other, as .warc.gz files are written.
func gzipMembers(t testing.TB, parts ...[]byte) []byte {
	t.Helper()
	var out bytes.Buffer
	for _, part := range parts {
		writer := gzip.NewWriter(&out)
		if _, err := writer.Write(part); err != nil {
			t.Fatal(err)
		}
		if err := writer.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out.Bytes()
}

// sameWords reports whether two texts hold the same words in the same
// order, however they are spaced.
func sameWords(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}
