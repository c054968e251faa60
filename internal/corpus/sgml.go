package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg/internal/wording"
)

// Reuters-21578 marks a story up as <REUTERS ... NEWID="N"> holding
// <DATE>, and <TEXT> with <TITLE> and <BODY>.
var (
	storyOpen  = []byte("<REUTERS")
	storyClose = []byte("</REUTERS>")
)

// reutersDate is the layout of a story's <DATE>, as in
// "26-FEB-1987 15:01:01.79"; the hundredths are read though not written
// in it, and the month's case does not matter.
const reutersDate = "2-Jan-2006 15:04:05"

// sgmlEntities are the entities Reuters-21578 writes in its text.
var sgmlEntities = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

// readSGML reads s as Reuters-21578 SGML: each <REUTERS> element is one
// story, and each story with a body one document, whose id is the file's
// followed by "#NEWID=" and the story's NEWID.
func (r *reader) readSGML(s stream) error {
	data, err := readLimited(s.in, s.size)
	if err != nil {
		return r.failed(s.file, 0, err)
	}
	stories, bodiless, line := 0, 0, 1
	for rest := data; ; {
		start := bytes.Index(rest, storyOpen)
		if start < 0 {
			break
		}
		line += bytes.Count(rest[:start], []byte("\n"))
		story := rest[start:]
		end := bytes.Index(story, storyClose)
		if end < 0 {
			r.warn(Problem{File: s.file, Line: line, Reason: "story not closed by </REUTERS>; read to the end of the file"})
			end = len(story)
		} else {
			end += len(storyClose)
		}
		story = story[:end]
		stories++
		hasBody, err := r.readStory(story, line, s)
		if err != nil {
			return err
		}
		if !hasBody {
			bodiless++
		}
		line += bytes.Count(story, []byte("\n"))
		rest = rest[start+end:]
	}
	switch {
	case stories == 0 && len(bytes.TrimSpace(data)) == 0:
		r.warn(Problem{File: s.file, Reason: r.emptyReason(s), Skipped: true})
	case stories == 0:
		r.warn(Problem{File: s.file, Reason: "no <REUTERS> story", Skipped: true})
	case bodiless > 0:
		of := "of " + wording.Count(stories, "story", "stories")
		r.warn(Problem{File: s.file, Reason: wording.Count(bodiless, of+" has no body", of+" have no body") + "; not read"})
	}
	return nil
}

// readStory reads one <REUTERS> element, which starts on line, and
// reports whether it has a body; a story without one gives no document.
func (r *reader) readStory(raw []byte, line int, s stream) (hasBody bool, err error) {
	var story string
	if utf8.Valid(raw) {
		story = string(raw)
	} else {
		story = decodeWindows1252(raw)
	}
	body, found := element(story, "BODY")
	if !found {
		return false, nil
	}
	text := sgmlEntities.Replace(withoutCharacterReferences(body))
	if strings.TrimSpace(text) == "" {
		return false, nil
	}
	if !utf8.Valid(raw) {
		r.warn(Problem{File: s.file, Line: line, Reason: reasonLatin1})
	}
	document := Document{Text: text, Source: s.source, Line: line}
	if title, found := element(story, "TITLE"); found {
		document.Title = strings.TrimSpace(sgmlEntities.Replace(withoutCharacterReferences(title)))
	}
	if date, found := element(story, "DATE"); found {
		// Some dates are followed by wire codes or a comment.
		date, _, _ = strings.Cut(date, "&#")
		fields := strings.Fields(date)
		date = strings.Join(fields[:min(2, len(fields))], " ")
		if document.Date, err = time.Parse(reutersDate, date); err != nil {
			r.warn(Problem{File: s.file, Line: line, Reason: fmt.Sprintf("bad <DATE> %q (want like 26-FEB-1987 15:01:01.79); ignored", date)})
		}
	}
	tag, _, _ := strings.Cut(story, ">")
	if newID, found := attribute(tag, "NEWID"); found {
		document.ID = s.id + "#NEWID=" + newID
	} else {
		document.ID = fmt.Sprintf("%s:%d", s.id, line)
	}
	return true, r.admit(document, s.file)
}

// element returns the content of the first <name>...</name> in story.
func element(story, name string) (content string, found bool) {
	_, after, found := strings.Cut(story, "<"+name+">")
	if !found {
		return "", false
	}
	content, _, found = strings.Cut(after, "</"+name+">")
	return content, found
}

// attribute returns the value of name="value" in an opening tag.
func attribute(tag, name string) (value string, found bool) {
	_, after, found := strings.Cut(tag, " "+name+`="`)
	if !found {
		return "", false
	}
	value, _, found = strings.Cut(after, `"`)
	return value, found
}

// withoutCharacterReferences removes every numeric character reference
// ("&#3;"): in Reuters-21578 they stand for the control characters of
// the wire, not for text.
func withoutCharacterReferences(text string) string {
	if !strings.Contains(text, "&#") {
		return text
	}
	var kept strings.Builder
	for {
		at := strings.Index(text, "&#")
		if at < 0 {
			break
		}
		digits := 0
		for at+2+digits < len(text) && text[at+2+digits] >= '0' && text[at+2+digits] <= '9' {
			digits++
		}
		end := at + 2 + digits
		if digits > 0 && end < len(text) && text[end] == ';' {
			kept.WriteString(text[:at])
			text = text[end+1:]
			continue
		}
		kept.WriteString(text[:at+2])
		text = text[at+2:]
	}
	kept.WriteString(text)
	return kept.String()
}
