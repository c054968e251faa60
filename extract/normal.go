package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalise returns text as extraction reads it, and the way back from its
// byte offsets to those of text. Names that look alike are written alike:
// characters that show nothing but may hide inside a name (zero-width
// spaces and joiners, direction marks and embeddings, the byte-order mark)
// are dropped, other control characters read as spaces, fullwidth forms
// ("Ｐｕｔｉｎ") as ASCII, and the text is put in Unicode NFC, so that an
// accent written apart from its letter is one character with it.
func normalise(text string) (string, origin) {
	if plain(text) {
		return text, nil
	}
	folded, first := fold(text)
	if norm.NFC.IsNormalString(folded) {
		return folded, origin{first}
	}
	composed, second := compose(folded)
	return composed, origin{first, second}
}

// plain reports whether text is printable ASCII, with tabs and line
// breaks, which normalising leaves as it is.
func plain(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= utf8.RuneSelf || c == 0x7f || c < ' ' && c != '\n' && c != '\r' && c != '\t' {
			return false
		}
	}
	return true
}

// invisible reports whether r shows nothing and is dropped: zero-width
// spaces, joiners and marks (U+200B-U+200F), bidirectional embeddings
// and isolates (U+202A-U+202E, U+2066-U+2069), the word joiner and
// invisible operators (U+2060-U+2064), the soft hyphen and the byte-order
// mark.
func invisible(r rune) bool {
	return r >= 0x200b && r <= 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2060 && r <= 0x2069 || r == 0xad || r == 0xfeff
}

// fold drops invisible characters, turns control characters into spaces
// and fullwidth forms into ASCII.
func fold(text string) (string, shifts) {
	var out strings.Builder
	out.Grow(len(text))
	var way shifts
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			out.WriteByte(text[i])
		case invisible(r):
		case unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t', r == 0x3000:
			out.WriteByte(' ')
		case r >= 0xff01 && r <= 0xff5e:
			out.WriteByte(byte(r - 0xfee0))
		default:
			out.WriteString(text[i : i+n])
		}
		i += n
		way = way.record(out.Len(), i)
	}
	return out.String(), way
}

// compose puts text in NFC.
func compose(text string) (string, shifts) {
	var out strings.Builder
	out.Grow(len(text))
	var way shifts
	var it norm.Iter
	it.InitString(norm.NFC, text)
	for !it.Done() {
		from, at := it.Pos(), out.Len()
		segment := it.Next()
		out.Write(segment)
		if string(segment) != text[from:it.Pos()] && len(segment) > 1 {
			// Offsets inside a composed character lead to its start.
			way = append(way, shift{at: at + 1, by: from - at - 1, fixed: true})
		}
		way = way.record(out.Len(), it.Pos())
	}
	return out.String(), way
}

// shifts maps byte offsets of a normalised text to the text it was made
// from, in order of offset.
type shifts []shift

// shift leads the offsets from at on to by bytes further on, or, when
// fixed, all to offset at+by.
type shift struct {
	at, by int
	fixed  bool
}

// record notes that normalised offset at stands for source offset from.
func (s shifts) record(at, from int) shifts {
	by := from - at
	last := len(s) - 1
	switch {
	case last >= 0 && s[last].at == at:
		s[last] = shift{at: at, by: by}
		return s
	case last >= 0 && !s[last].fixed && s[last].by == by, last < 0 && by == 0:
		return s
	}
	return append(s, shift{at: at, by: by})
}

func (s shifts) source(offset int) int {
	k := sort.Search(len(s), func(i int) bool { return s[i].at > offset })
	switch {
	case k == 0:
		return offset
	case s[k-1].fixed:
		return s[k-1].at + s[k-1].by
	}
	return offset + s[k-1].by
}

// origin leads offsets of a normalised text back to the article, through
// each step of normalising in turn; nil when the text was left as it was.
type origin []shifts

func (o origin) source(offset int) int {
	for i := len(o) - 1; i >= 0; i-- {
		offset = o[i].source(offset)
	}
	return offset
}
