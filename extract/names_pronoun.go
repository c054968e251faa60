package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// personalPronouns stand for a person only, never for an organisation.
var personalPronouns = map[string]bool{
	"he": true, "him": true, "his": true, "himself": true,
	"she": true, "her": true, "hers": true, "herself": true,
}

// typePeopleByPronoun types as a person a name the tagger took for an
// organisation that a personal pronoun takes up: "Twitter was renamed X
// by Elon Musk. ... xAI, his artificial intelligence company" and "Elon
// Musk's lawsuit against OpenAI, which he co-founded". The name is
// shaped as a person's full name (two or three capitalised words, no
// initials, organisation's head or legal form), neither the gazetteer
// nor the words around it typed it, and the pronoun, in its sentence or
// the next, has no other person to stand for: no person is named, and no
// role ("its chief executive") or title ("Mr") given, from the start of
// the sentence before the name's to the pronoun.
func (d *document) typePeopleByPronoun() {
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ != graph.Org || m.via != "name" || m.canonical != "" || m.cued || !personShaped(d.sents[m.sent].tokens[m.first:m.last]) {
			continue
		}
		if si, ti, ok := d.nextPersonalPronoun(i); ok && !d.otherPersonBefore(i, max(0, m.sent-1), si, ti) {
			m.typ = graph.Person
		}
	}
}

// personShaped reports whether toks may be a person's full name: two or
// three capitalised words, none initials ("US Secret Service"), the head
// of an organisation's name or a legal form, with name particles between
// them ("Staffan de Mistura", "Ursula von der Leyen").
func personShaped(toks []token) bool {
	words := 0
	for i, t := range toks {
		if nameParticles[t.text] && i > 0 && i < len(toks)-1 {
			continue
		}
		if !startsUpper(t.text) || !isWord(t.text) || initials(t.text) || isOrganisationHead(t.text) || legalForms[strings.ToLower(t.text)] || isRoleWord(t.text) {
			return false
		}
		words++
	}
	return words >= 2 && words <= maxPersonWords
}

// nextPersonalPronoun finds the first personal pronoun after mention i,
// in its sentence or the next, and returns its sentence and token.
func (d *document) nextPersonalPronoun(i int) (si, ti int, ok bool) {
	m := d.mentions[i]
	for si = m.sent; si < len(d.sents) && si <= m.sent+1; si++ {
		from := 0
		if si == m.sent {
			from = m.last
		}
		for ti = from; ti < len(d.sents[si].tokens); ti++ {
			if personalPronouns[strings.ToLower(d.sents[si].tokens[ti].text)] {
				return si, ti, true
			}
		}
	}
	return 0, 0, false
}

// otherPersonBefore reports whether the text from the start of sentence
// from to token ti of sentence si names a person other than mention i, or
// gives a role or a title a person holds.
func (d *document) otherPersonBefore(i, from, si, ti int) bool {
	for k, o := range d.mentions {
		if k != i && o.typ == graph.Person && o.sent >= from && (o.sent < si || o.sent == si && o.first < ti) {
			return true
		}
	}
	for s := from; s <= si; s++ {
		for k, t := range d.sents[s].tokens {
			if s == si && k >= ti {
				break
			}
			if isRoleWord(t.text) || courtesyTitles[t.text] || ranks[t.text] {
				return true
			}
		}
	}
	return false
}
