package corpus

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

var byteOrderMark = []byte("\uFEFF")

// readText reads s as one article.
func (r *reader) readText(s stream) error {
	data, err := readLimited(s.in, s.size)
	if err != nil {
		return r.failed(s.file, 0, err)
	}
	text, latin1, skipReason := decodeText(data)
	if skipReason == reasonEmpty && len(data) == 0 {
		skipReason = r.emptyReason(s)
	}
	if skipReason != "" {
		r.warn(Problem{File: s.file, Reason: skipReason, Skipped: true})
		return nil
	}
	if latin1 {
		r.warn(Problem{File: s.file, Reason: reasonLatin1})
	}
	return r.admit(Document{ID: s.id, Title: titleOf(text), Text: text, Source: s.source}, s.file)
}

// readLimited reads the whole of in, at most maxDocumentBytes, holding no
// more than that. size is what in holds when known beforehand, else -1:
// it reads rather than trusting size, which may change while it reads.
func readLimited(in io.Reader, size int64) ([]byte, error) {
	capacity := bytes.MinRead
	if size >= 0 {
		if size > int64(maxDocumentBytes) {
			return nil, errTooLarge
		}
		capacity = int(size) + 1 // the 1 finds the end without growing
	}
	content := make([]byte, 0, min(capacity, maxDocumentBytes+1))
	for {
		if len(content) == cap(content) {
			if len(content) > maxDocumentBytes {
				return nil, errTooLarge
			}
			content = slices.Grow(content, min(max(cap(content), bytes.MinRead), maxDocumentBytes+1-len(content)))
		}
		n, err := in.Read(content[len(content):cap(content)])
		content = content[:len(content)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if len(content) > maxDocumentBytes {
		return nil, errTooLarge
	}
	return content, nil
}

// decodeText turns a text file's bytes into an article's text. latin1
// reports that the bytes were not UTF-8; skipReason, when not empty, says
// why the file is no article.
func decodeText(data []byte) (text string, latin1 bool, skipReason string) {
	data = bytes.TrimPrefix(data, byteOrderMark)
	if bytes.IndexByte(data, 0) >= 0 {
		return "", false, reasonBinary
	}
	if utf8.Valid(data) {
		text = string(data)
	} else {
		text, latin1 = decodeWindows1252(data), true
	}
	if strings.TrimSpace(text) == "" {
		return "", false, reasonEmpty
	}
	return text, latin1, ""
}

// windows1252 maps the bytes 0x80-0x9F, which are C1 control codes in
// Latin-1, to the characters Windows-1252 puts there; the five bytes it
// leaves undefined keep their Latin-1 meaning.
var windows1252 = [32]rune{
	'\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
	'\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
	'\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
	'\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
}

func decodeWindows1252(data []byte) string {
	var text strings.Builder
	text.Grow(len(data) + len(data)/8)
	for _, b := range data {
		switch {
		case b < 0x80:
			text.WriteByte(b)
		case b < 0xA0:
			text.WriteRune(windows1252[b-0x80])
		default:
			text.WriteRune(rune(b))
		}
	}
	return text.String()
}

// titleOf returns the first line of text, trimmed, when a blank second line
// sets it apart as a headline; otherwise "".
func titleOf(text string) string {
	first, rest, found := strings.Cut(text, "\n")
	if !found || rest == "" {
		return ""
	}
	second, _, _ := strings.Cut(rest, "\n")
	if strings.TrimSpace(second) != "" {
		return ""
	}
	return strings.TrimSpace(first)
}
