package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// introducedType returns the type of entity a noun that may introduce a
// name stands for: "striker" in "Newcastle striker Craig Bellamy", "giant"
// in "electronics giant Sony".
func introducedType(noun string) (graph.Type, bool) {
	switch {
	case companyNouns[noun]:
		return graph.Org, true
	case roleHeads[noun] || occupations[noun] || personNoun(noun):
		return graph.Person, true
	}
	return "", false
}

// introducing reports whether word may stand in the words that introduce
// a name: "former Newcastle striker", "Actress".
func introducing(word string) bool {
	w := strings.ToLower(word)
	_, ok := introducedType(w)
	return ok || isRoleWord(w) || otherPosts[w]
}

// introduction is an entity the article introduced with a noun, the
// sentence where it did, and the entity named before the noun ("England"
// in "England coach Sven-Goran Eriksson"), or -1. An organisation whose
// name ends in the noun ("the Lyric Theatre") is introduced by its own
// name.
type introduction struct {
	entity, sent, by int
	own              bool
}

// ownHeads end the names of organisations that a description by the same
// noun stands for: "the Lyric Theatre ... the theatre", besides those
// that end organisations' names (organisationHeads) and describe
// companies (companyNouns).
var ownHeads = map[string]bool{
	"party": true, "theatre": true, "theater": true, "orchestra": true, "magazine": true,
	"festival": true, "band": true,
}

// introductions returns, by noun, the entities the article introduced
// with it, before the name ("Newcastle striker Craig Bellamy", "Actress
// Nicole Kidman", "electronics giant Sony") or in apposition after it
// ("Sony, the electronics giant,"), in text order. A noun another post
// modifies ("shadow chancellor Oliver Letwin") introduces no one as "the
// chancellor".
func (d *document) introductions() map[string][]introduction {
	named := map[[2]int]int{} // sentence, token -> entity named there
	for _, m := range d.mentions {
		for k := m.first; k < m.last && m.entity >= 0; k++ {
			named[[2]int{m.sent, k}] = m.entity
		}
	}
	out := map[string][]introduction{}
	add := func(m mention, first, last int) {
		toks := d.sents[m.sent].tokens
		for k := first; k < last; k++ {
			if otherPosts[strings.ToLower(toks[k].text)] {
				return
			}
		}
		noun := strings.ToLower(toks[last-1].text)
		typ, ok := introducedType(noun)
		if !ok || typ != d.entities[m.entity].typ {
			return
		}
		by, ok := named[[2]int{m.sent, first - 1}]
		if !ok {
			by = -1
		}
		out[noun] = append(out[noun], introduction{entity: m.entity, sent: m.sent, by: by})
	}
	for _, m := range d.mentions {
		if m.via != "name" || m.entity < 0 {
			continue
		}
		toks := d.sents[m.sent].tokens
		if last := strings.ToLower(toks[m.last-1].text); m.last-m.first > 1 && d.entities[m.entity].typ == graph.Org &&
			(ownHeads[last] || organisationHeads[last] || companyNouns[last]) {
			out[last] = append(out[last], introduction{entity: m.entity, sent: m.sent, by: -1, own: true})
		}
		first := m.first
		for first > 0 && first > m.first-3 && introducing(toks[first-1].text) {
			first--
		}
		if first < m.first {
			add(m, first, m.first)
		}
		// "Sony, the electronics giant, said".
		if m.last+2 >= len(toks) || toks[m.last].text != "," || !articles[strings.ToLower(toks[m.last+1].text)] {
			continue
		}
		for k := m.last + 2; k < len(toks) && k <= m.last+2+maxModifiers; k++ {
			if w := toks[k].text; w == "," || w == "." {
				add(m, m.last+2, k)
				break
			}
			if !startsLower(toks[k].text) {
				break
			}
		}
	}
	return out
}

// linkIntroduced links descriptions by the noun the article introduced an
// entity with, "the Welsh striker", "the England coach", "the Australian
// actress", to that entity, when the article introduced one entity only
// with the noun before them; other names in between do not make it
// doubtful as they do a description by kind alone.
func (d *document) linkIntroduced() {
	intros := d.introductions()
	if len(intros) == 0 {
		return
	}
	var added []mention
	for si := range d.sents {
		s := &d.sents[si]
		if s.headline {
			continue
		}
		covered := make([]int, len(s.tokens)) // token -> 1 + index of the mention over it
		for _, mi := range d.inSentence(si) {
			for k := d.mentions[mi].first; k < d.mentions[mi].last; k++ {
				covered[k] = mi + 1
			}
		}
		for ti := 0; ti+1 < len(s.tokens); ti++ {
			if !strings.EqualFold(s.tokens[ti].text, "the") || covered[ti] > 0 {
				continue
			}
			first, end, entity, ok := d.introducedAt(si, ti, covered, intros)
			if !ok {
				continue
			}
			m := d.newMention(si, first, end)
			m.typ, m.via, m.entity = d.entities[entity].typ, "description", entity
			added = append(added, m)
			ti = end - 1
		}
	}
	for _, m := range added {
		d.mentions = append(d.mentions, m)
		d.entities[m.entity].mentions = append(d.entities[m.entity].mentions, len(d.mentions)-1)
	}
}

// introducedAt reads a description by an introducing noun at token ti of
// sentence si, "the": at most maxModifiers words that describe, or names
// ("the England coach"), then the noun, which ends the phrase. It returns
// the tokens its mention spans, past the names among its modifiers, which
// stay mentions of their own, and the entity it stands for. A name among
// the modifiers must be the one the noun introduced the entity with, if
// any: the Irish captain is not the All Blacks captain.
func (d *document) introducedAt(si, ti int, covered []int, intros map[string][]introduction) (int, int, int, bool) {
	s := &d.sents[si]
	toks := s.tokens
	first, named := ti, -1
	for end := ti + 1; end < len(toks) && end <= ti+maxModifiers+1; end++ {
		word := toks[end].text
		if covered[end] > 0 {
			first, named = end+1, d.mentions[covered[end]-1].entity
			continue
		}
		if !startsLower(word) || otherPosts[word] || othersModifiers[word] {
			return 0, 0, 0, false
		}
		candidates := intros[word]
		if len(candidates) == 0 {
			if !describes(word) {
				return 0, 0, 0, false
			}
			continue
		}
		if ti > 0 && predicative[strings.ToLower(toks[ti-1].text)] {
			// "He is the striker who": what someone is, not who.
			return 0, 0, 0, false
		}
		if ti > 1 && (toks[ti-1].text == "," || toks[ti-1].text == "-" || toks[ti-1].text == "(") && covered[ti-2] > 0 {
			// "Sony, the electronics giant": an apposition introduces.
			return 0, 0, 0, false
		}
		if end+1 < len(toks) {
			next := toks[end+1].text
			if next == "'s" || next == "of" || next == "who" || next == "which" || next == "that" || next == "to" || startsUpper(next) && isWord(next) {
				// "the striker's agent", "the coach of Chelsea", "the
				// striker Craig Bellamy": another entity, or a name next.
				return 0, 0, 0, false
			}
			parseSentence(d.parser, s)
			if strings.HasPrefix(toks[end+1].tag, "NN") || !strings.HasPrefix(toks[end].tag, "NN") {
				// "the club chairman": the noun modifies another.
				return 0, 0, 0, false
			}
		}
		entity := -1
		for _, c := range candidates {
			switch {
			case c.sent > si:
			case c.own && c.entity != d.latestOrganisation(si, ti):
				// "the party" after Labour Party and the Liberal Democrats
				// may be either: one named by its own noun must be the
				// organisation named last.
				return 0, 0, 0, false
			case named >= 0 && c.by >= 0 && named != c.by:
				// "All Blacks captain Tana Umaga ... the Irish captain".
			case entity < 0:
				entity = c.entity
			case entity != c.entity:
				return 0, 0, 0, false
			}
		}
		if entity < 0 {
			return 0, 0, 0, false
		}
		return first, end + 1, entity, true
	}
	return 0, 0, 0, false
}

// latestOrganisation returns the organisation named last before token ti
// of sentence si, within the pronoun window, or -1.
func (d *document) latestOrganisation(si, ti int) int {
	for s := si; s >= 0 && s >= si-pronounWindow; s-- {
		ms := d.inSentence(s)
		for i := len(ms) - 1; i >= 0; i-- {
			m := d.mentions[ms[i]]
			if m.via == "name" && m.entity >= 0 && (s < si || m.last <= ti) && d.entities[m.entity].typ == graph.Org {
				return m.entity
			}
		}
	}
	return -1
}
