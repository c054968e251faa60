package corpus

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// feedItem is an RSS item or an Atom entry. Elements are matched by
// their local name, whatever their namespace, so that one type reads RSS
// 2.0 and 1.0, Atom, and the content:encoded and dc:date of RSS modules.
type feedItem struct {
	Title       string     `xml:"title"`
	Links       []feedLink `xml:"link"`
	GUID        string     `xml:"guid"`
	AtomID      string     `xml:"id"`
	PubDate     string     `xml:"pubDate"`
	Date        string     `xml:"date"`
	Published   string     `xml:"published"`
	Updated     string     `xml:"updated"`
	Description feedText   `xml:"description"`
	Encoded     feedText   `xml:"encoded"`
	Content     feedText   `xml:"content"`
	Summary     feedText   `xml:"summary"`
}

// feedLink is RSS's <link>URL</link> or Atom's <link rel="..." href="URL"/>.
type feedLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

// feedText is an Atom text construct: type "text", "html" (escaped
// markup) or "xhtml" (markup inline).
type feedText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

// atomText is the text of an Atom text construct, whose type is "text"
// when not given.
func (t feedText) atomText() string {
	switch t.Type {
	case "xhtml":
		return htmlText(t.Inner)
	case "", "text":
		return strings.TrimSpace(t.Text)
	}
	return t.htmlText()
}

// htmlText is the text of HTML escaped or in CDATA, as RSS carries it,
// or inline, as some feeds do.
func (t feedText) htmlText() string {
	inner := strings.TrimSpace(t.Inner)
	if strings.Contains(inner, "<") && !strings.HasPrefix(inner, "<![CDATA[") {
		return htmlText(inner)
	}
	return htmlText(t.Text)
}

// url is the item's address: Atom's alternate link, else RSS's link.
func (item *feedItem) url() string {
	for _, link := range item.Links {
		if link.Href != "" && (link.Rel == "" || link.Rel == "alternate") {
			return strings.TrimSpace(link.Href)
		}
	}
	for _, link := range item.Links {
		if text := strings.TrimSpace(link.Text); text != "" {
			return text
		}
	}
	return ""
}

// text is the item's fullest text: content:encoded or Atom content, else
// the description or summary, markup turned into text.
func (item *feedItem) text() string {
	for _, text := range []string{item.Encoded.htmlText(), item.Content.atomText(), item.Description.htmlText(), item.Summary.atomText()} {
		if text != "" {
			return text
		}
	}
	return ""
}

// date is the item's publication date as written, or "".
func (item *feedItem) date() string {
	for _, date := range []string{item.PubDate, item.Published, item.Date, item.Updated} {
		if date = strings.TrimSpace(date); date != "" {
			return date
		}
	}
	return ""
}

// readFeed reads s as an RSS or Atom feed: each item is one document,
// whose id is its link, else its guid or Atom id, else the feed's id
// followed by ":" and the item's line.
func (r *reader) readFeed(s stream) error {
	bounded := &boundedReader{in: s.in}
	decoder := xml.NewDecoder(bounded)
	decoder.Strict = false
	decoder.Entity = xml.HTMLEntity
	decoder.CharsetReader = charset.NewReaderLabel
	root, items := "", 0
	for {
		token, err := decoder.Token()
		if err == io.EOF {
			break
		}
		line, _ := decoder.InputPos()
		if err != nil {
			return r.feedError(s, line, err)
		}
		start, ok := token.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = start.Name.Local
			if root != "rss" && root != "feed" && root != "RDF" {
				// .xml is the extension of many other kinds of file.
				if s.walked {
					r.unknown.add(s.id)
					return nil
				}
				r.warn(Problem{File: s.file, Line: line, Reason: fmt.Sprintf("not an RSS or Atom feed (root element <%s>)", root), Skipped: true})
				return nil
			}
			continue
		}
		if start.Name.Local != "item" && start.Name.Local != "entry" {
			continue
		}
		items++
		bounded.reset()
		var item feedItem
		if err := decoder.DecodeElement(&item, &start); err != nil {
			return r.feedError(s, line, err)
		}
		if err := r.readItem(&item, line, s); err != nil {
			return err
		}
	}
	switch {
	case root == "":
		r.warn(Problem{File: s.file, Reason: r.emptyReason(s), Skipped: true})
	case items == 0:
		r.warn(Problem{File: s.file, Reason: "feed without items", Skipped: true})
	}
	return nil
}

// feedError reports a feed that cannot be read on from line; the items
// before it were read.
func (r *reader) feedError(s stream, line int, err error) error {
	if syntaxErr, ok := errors.AsType[*xml.SyntaxError](err); ok {
		return r.failed(s.file, syntaxErr.Line, errors.New("bad XML: "+syntaxErr.Msg+"; the rest of the feed is not read"))
	}
	if errors.Is(err, errTooLarge) {
		err = errors.New("an item larger than " + sizeOf(maxDocumentBytes) + "; the rest of the feed is not read")
	}
	return r.failed(s.file, line, err)
}

func (r *reader) readItem(item *feedItem, line int, s stream) error {
	document := Document{
		Title:  strings.Join(strings.Fields(item.Title), " "),
		URL:    item.url(),
		Text:   item.text(),
		Source: s.source,
		Line:   line,
	}
	if document.Text == "" {
		r.warn(Problem{File: s.file, Line: line, Reason: "item without text", Skipped: true})
		return nil
	}
	if date := item.date(); date != "" {
		var ok bool
		if document.Date, ok = parseAnyDate(date); !ok {
			r.warn(Problem{File: s.file, Line: line, Reason: fmt.Sprintf("bad date %q; ignored", date)})
		}
	}
	for _, id := range []string{document.URL, strings.TrimSpace(item.GUID), strings.TrimSpace(item.AtomID), fmt.Sprintf("%s:%d", s.id, line)} {
		if id != "" {
			document.ID = id
			break
		}
	}
	return r.admit(document, s.file)
}

// dateLayouts are the date formats of feeds, pages and tables: RFC 3339
// and RFC 1123 in their variants, and a bare day.
var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	time.DateOnly,
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
}

// parseAnyDate reads a date in any of dateLayouts.
func parseAnyDate(value string) (time.Time, bool) {
	for _, layout := range dateLayouts {
		if date, err := time.Parse(layout, value); err == nil {
			return date, true
		}
	}
	return time.Time{}, false
}
