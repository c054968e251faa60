package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// titledFrom reports whether tokens first to last of sentence si are a
// title before a name: role words and the names of where the role is
// held ("Siemens chief executive").
func (d *document) titledFrom(si, first, last int) bool {
	toks := d.sents[si].tokens
	role := false
	for k := first; k < last; k++ {
		switch {
		case isRoleWord(toks[k].text):
			role = true
		case !d.inName(si, k):
			return false
		}
	}
	return role
}

// inName reports whether token k of sentence si lies in a name.
func (d *document) inName(si, k int) bool {
	for _, mi := range d.inSentence(si) {
		if m := d.mentions[mi]; m.via == "name" && m.entity >= 0 && m.first <= k && k < m.last {
			return true
		}
	}
	return false
}

// linkSpokenFor links "we" in a quotation that a person speaks to the one
// organisation the article gives that person a role in: "'We will buy
// Unilever,' Siemens chief executive Roland Busch said" has Siemens
// speak. It reports whether it linked any; a person with roles in two
// organisations speaks for neither.
func (d *document) linkSpokenFor(rels []relation) bool {
	orgs := map[int][]int{} // person -> organisations
	for _, r := range rels {
		if r.kind != graph.Role || d.entities[r.subject].typ != graph.Person || d.entities[r.object].typ != graph.Org {
			continue
		}
		known := false
		for _, o := range orgs[r.subject] {
			known = known || o == r.object
		}
		if !known {
			orgs[r.subject] = append(orgs[r.subject], r.object)
		}
	}
	if len(orgs) == 0 {
		return false
	}
	linked := false
	for si, s := range d.sents {
		if s.headline {
			continue
		}
		for ti, t := range s.tokens {
			if !strings.EqualFold(t.text, "we") || d.mentionAt(si, ti) {
				continue
			}
			speaker := d.quoteSpeaker(si, ti)
			if speaker < 0 || d.entities[speaker].typ != graph.Person || len(orgs[speaker]) != 1 {
				continue
			}
			m := d.newMention(si, ti, ti+1)
			m.typ, m.via, m.entity = graph.Org, "pronoun", orgs[speaker][0]
			d.mentions = append(d.mentions, m)
			d.entities[m.entity].mentions = append(d.entities[m.entity].mentions, len(d.mentions)-1)
			linked = true
		}
	}
	return linked
}

// mentionAt reports whether a mention starts at token ti of sentence si.
func (d *document) mentionAt(si, ti int) bool {
	for _, mi := range d.inSentence(si) {
		if d.mentions[mi].first == ti {
			return true
		}
	}
	return false
}
