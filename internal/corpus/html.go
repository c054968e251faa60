package corpus

import (
	"bytes"
	"net/url"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// readHTML reads s as one HTML page, whose main text is the article.
func (r *reader) readHTML(s stream) error {
	page, err := readLimited(s.in, s.size)
	if err != nil {
		return r.failed(s.file, 0, err)
	}
	if len(bytes.TrimSpace(page)) == 0 {
		r.warn(Problem{File: s.file, Reason: r.emptyReason(s), Skipped: true})
		return nil
	}
	document, reason := pageDocument(page, "", nil)
	if reason != "" {
		r.warn(Problem{File: s.file, Reason: reason, Skipped: true})
		return nil
	}
	document.ID, document.Source = s.id, s.source
	return r.admit(document, s.file)
}

// pageDocument makes a document of an HTML page: its main text, with
// navigation, advertising and other boilerplate left out, and its title
// and publication date from its metadata when it has them. contentType is
// the page's media type when known (it may name the character set), and
// pageURL its address, or nil. A reason is returned instead when the page
// has no article text.
func pageDocument(page []byte, contentType string, pageURL *url.URL) (document Document, reason string) {
	decoded, err := charset.NewReader(bytes.NewReader(page), contentType)
	if err != nil {
		return Document{}, "unknown character set: " + err.Error()
	}
	article, err := readability.FromReader(decoded, pageURL)
	if err != nil {
		return Document{}, "no article found: " + err.Error()
	}
	if article.Node == nil {
		return Document{}, reasonNoArticle
	}
	document.Text = strings.TrimSpace(strings.ToValidUTF8(render.InnerText(article.Node), "\uFFFD"))
	if document.Text == "" {
		return Document{}, reasonNoArticle
	}
	document.Title = strings.Join(strings.Fields(strings.ToValidUTF8(article.Title(), "\uFFFD")), " ")
	if date, err := article.PublishedTime(); err == nil {
		document.Date = date
	}
	return document, ""
}

// htmlText renders an HTML fragment, such as the content of a feed item,
// as text: paragraphs and other blocks on lines of their own, markup and
// scripts dropped, entities decoded.
func htmlText(fragment string) string {
	container := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), container)
	if err != nil {
		return ""
	}
	for _, node := range nodes {
		container.AppendChild(node)
	}
	return strings.TrimSpace(strings.ToValidUTF8(render.InnerText(container), "\uFFFD"))
}
