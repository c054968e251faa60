package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/graph"
)

// A wire story opens with its dateline, where it was written and when:
// "BIRMINGHAM, England 1996-08-31", "ROCHESTER, N.H. 1996-08-30",
// "LONDON, Jan 5". The names before the date are places, whatever else the
// article makes of the same names: "NICE, France" is the city, though the
// report is of its football club.

// maxDatelineTokens bounds the length of a dateline.
const maxDatelineTokens = 12

// maxDatelineSentence is the last sentence a dateline may be: the article
// may open with a headline and a byline.
const maxDatelineSentence = 2

// dateline returns the index of the date that ends the place names of
// sentence si if the sentence is a dateline, and 0 if it is not: names of
// places, in capitals or not, and commas, and then a date.
func (d *document) dateline(si int) int {
	tokens := d.sents[si].tokens
	if si > maxDatelineSentence || len(tokens) > maxDatelineTokens {
		return 0
	}
	for k, t := range tokens {
		switch {
		case k > 0 && isDate(tokens, k):
			return k
		case t.text != "," && !(startsUpper(t.text) && isNameWord(strings.ReplaceAll(t.text, ".", ""))):
			return 0
		}
	}
	return 0
}

// numericDate matches a date written in digits: "1996-08-31", "31/08/96".
var numericDate = regexp.MustCompile(`^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4})$`)

// isDate reports whether a date starts at token k: in digits, or a
// month's name or abbreviation and a day ("Jan 5", "August 31").
func isDate(tokens []token, k int) bool {
	if numericDate.MatchString(tokens[k].text) {
		return true
	}
	month := strings.TrimSuffix(tokens[k].text, ".")
	return (calendarWords[month] || monthAbbreviations[month]) && k+1 < len(tokens) && isNumber(tokens[k+1].text)
}

// monthAbbreviations are the months as datelines shorten them.
var monthAbbreviations = map[string]bool{
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

// datelineMentions finds the places of sentence si, if it is a dateline,
// that nothing else found: each run of capitalised words between commas
// before the date.
func (d *document) datelineMentions(si int, covered []bool) []mention {
	date := d.dateline(si)
	var out []mention
	for i := 0; i < date; i++ {
		if covered[i] || d.sents[si].tokens[i].text == "," {
			continue
		}
		end := i + 1
		for end < date && !covered[end] && d.sents[si].tokens[end].text != "," {
			end++
		}
		m := d.newMention(si, i, end)
		m.typ = graph.GPE
		out = append(out, m)
		for k := i; k < end; k++ {
			covered[k] = true
		}
		i = end - 1
	}
	return out
}

// markDatelines takes the names of the dateline out of the entities that
// are not places, organisations the gazetteer knows aside ("(Reuters)"),
// and makes them places: the city that names a club, the state that
// names a team.
func (d *document) markDatelines() {
	for _, e := range d.entities[:len(d.entities)] {
		if e.typ == graph.GPE || e.typ == graph.Loc || e.canonical && e.typ == graph.Org {
			continue
		}
		var rest, place []int
		for _, mi := range e.mentions {
			if m := d.mentions[mi]; m.via == "name" && m.first < d.dateline(m.sent) {
				place = append(place, mi)
			} else {
				rest = append(rest, mi)
			}
		}
		if len(place) == 0 {
			continue
		}
		named := false
		for _, mi := range rest {
			named = named || d.mentions[mi].via == "name"
		}
		if !named {
			e.typ = graph.GPE
			for _, mi := range e.mentions {
				d.mentions[mi].typ = graph.GPE
			}
			continue
		}
		e.mentions = rest
		d.placeApart(e, place)
	}
}
