package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// A role followed by where it is held: "the boss of Renault", "chief
// economist at Capital Economics", "envoy to the United Nations",
// "consultant from anti-virus firm Sophos"; and the
// holder named after it by an apposition: "the head of the BBC, Greg
// Dyke", "ambassador to Canada, Johannes de Klerk". The parse makes the
// organisation an nmod of the role, with its preposition as case, and the
// holder an appos of the role (or, as often, of the organisation).

// rolePrepositions introduce where a role is held.
var rolePrepositions = map[string]bool{"of": true, "at": true, "for": true, "to": true, "in": true, "from": true}

// prepositionOrgs returns what the prepositional dependents of role p
// name: a name, or the name a common noun introduces ("founder of Jewish
// human rights group the Yukos Center"). Past another role, only the
// person who holds it is named ("an adviser to Yukos's chief executive,
// Tony Blair").
func (r *roleSentence) prepositionOrgs(p *heldRole) []roleOrg {
	var out []roleOrg
	// A title right before its holder's name: a phrase after the name
	// says where the holder is, unless "of" gives where the title is held
	// ("hosted Prime Minister Keir Starmer at the Elysee Palace", but
	// "Prime Minister Keir Starmer of Britain").
	named := -1
	if mi := r.mentionAt(p.last); mi >= 0 && mi != p.self && r.d.mentions[mi].first == p.last {
		named = r.d.mentions[mi].last
	}
	for k := p.first; k < p.last; k++ {
		for _, c := range r.dependents[k] {
			if c < p.last || r.deprel(c) != "nmod" || named >= 0 && c >= named && !r.hasCase(c, "of") {
				continue
			}
			if r.hasCase(c, "on") {
				// "an adviser on climate change to President Bush": past what
				// the role covers.
				for _, d := range r.dependents[c] {
					if d > c && r.deprel(d) == "nmod" {
						out = append(out, r.heldAt(p, d)...)
					}
				}
				continue
			}
			out = append(out, r.heldAt(p, c)...)
		}
	}
	if prep := lower(r.toks[min(p.last, len(r.toks)-1)]); len(out) == 0 && (prep == "of" || prep == "at" || prep == "for") {
		// The parse left the name after the preposition elsewhere: "an
		// anti-trust law professor at George Mason University", "chief
		// executive of mobile music firm Musiwave".
		next := p.last + 1
		if next < len(r.toks) && r.toks[next].tag == "DT" {
			next++
		}
		if mi := r.mentionAt(next); mi >= 0 && r.d.mentions[mi].first == next && r.possessiveMention(mi) {
			// "the leader of Britain's biggest union Unison": past the
			// possessor to what it has.
			next = r.d.mentions[mi].last + 1
		}
		if mi := r.mentionAt(next); mi >= 0 && r.d.mentions[mi].first == next && r.at[next] >= 0 && r.mentionIsModifier(r.groups[r.at[next]]) {
			// "chief executive of US firm Open Source Development Labs":
			// past a place that qualifies the firm.
			next = r.d.mentions[mi].last
		}
		for k := 0; k < 4 && next < len(r.toks) && r.owner[next] < 0 && startsLower(r.toks[next].text) && (strings.HasPrefix(r.toks[next].tag, "JJ") || strings.HasPrefix(r.toks[next].tag, "NN")); k++ {
			next++
		}
		if mi := r.mentionAt(next); mi >= 0 && mi != p.self && r.d.mentions[mi].first == next && r.d.mentions[mi].entity >= 0 && r.at[next] >= 0 && !r.mentionIsModifier(r.groups[r.at[next]]) {
			out = append(out, roleOrg{entity: r.d.mentions[mi].entity, mention: mi, tie: prep})
		}
	}
	return out
}

// heldAt returns where role p is held when token c, a dependent of the
// role introduced by a preposition, names it; a role there names its
// holder: "an adviser to Yukos's chief executive, Tony Blair".
func (r *roleSentence) heldAt(p *heldRole, c int) []roleOrg {
	prep := ""
	for _, m := range r.dependents[c] {
		if r.deprel(m) == "case" && rolePrepositions[lower(r.toks[m])] {
			prep = lower(r.toks[m])
		}
	}
	if prep == "" || prep == "to" && partRole(p.name) {
		// "sold its insurance arm to Metlife": to whom, not whose.
		return nil
	}
	var out []roleOrg
	if mi := r.namedBy(c); mi >= 0 && mi != p.self {
		out = append(out, roleOrg{entity: r.d.mentions[mi].entity, mention: mi, tie: prep})
		for _, d := range r.dependents[r.parsed.spanHead(r.d.mentions[mi].first, r.d.mentions[mi].last)] {
			// "legal counsel for Power Page and Apple Insider".
			if other := r.mentionAt(d); other >= 0 && other != mi && r.deprel(d) == "conj" && r.d.mentions[other].entity >= 0 {
				out = append(out, roleOrg{entity: r.d.mentions[other].entity, mention: other, tie: prep})
			}
		}
		return out
	}
	for _, q := range r.roles {
		if inside(c, q.first, q.last) {
			for _, h := range q.holders {
				if r.d.mentions[h].typ == graph.Person {
					out = append(out, roleOrg{entity: r.d.mentions[h].entity, mention: h, tie: prep})
				}
			}
		}
	}
	if len(out) > 0 || isRoleWord(r.toks[c].text) || r.mentionAt(c) >= 0 || !strings.HasPrefix(r.toks[c].tag, "NN") {
		return out
	}
	// A field or a part of where the role is held: "head of research at
	// Barclays", "speaker of the lower house of the Argentine
	// Parliament", "senior manager in Symantec's security response group".
	for _, d := range r.dependents[c] {
		switch rel := r.deprel(d); {
		case rel == "nmod:poss":
			if mi := r.mentionAt(d); mi >= 0 && mi != p.self && r.d.mentions[mi].entity >= 0 && !r.placeEntity(r.d.mentions[mi].entity) {
				out = append(out, roleOrg{entity: r.d.mentions[mi].entity, mention: mi, tie: prep})
			}
		case rel == "nmod" && d > c:
			if mi := r.mentionAt(d); mi >= 0 && mi != p.self && r.d.mentions[mi].entity >= 0 && !r.placeEntity(r.d.mentions[mi].entity) && r.d.entities[r.d.mentions[mi].entity].typ != graph.Person {
				out = append(out, roleOrg{entity: r.d.mentions[mi].entity, mention: mi, tie: prep})
			}
		}
	}
	return out
}

// namedBy returns the mention that token c names: the one it is part of,
// or, when c is a common noun, the name just after it ("US firm Open
// Source Development Labs") or one its apposition, compound or possessor
// names, a place before it only saying where ("Britain's biggest union");
// when c is a role word,
// only a person in apposition.
func (r *roleSentence) namedBy(c int) int {
	if mi := r.mentionAt(c); mi >= 0 {
		if r.d.mentions[mi].entity < 0 {
			return -1
		}
		return mi
	}
	role := isRoleWord(r.toks[c].text)
	next := c + 1
	if next < len(r.toks) && r.toks[next].tag == "DT" && r.owner[next] < 0 {
		// "human rights group the Simon Wiesenthal Center".
		next++
	}
	if mi := r.mentionAt(next); !role && mi >= 0 && r.d.mentions[mi].first == next && r.d.mentions[mi].entity >= 0 && !r.placeEntity(r.d.mentions[mi].entity) {
		return mi
	}
	for _, rel := range []string{"appos", "compound", "flat", "nmod:poss"} {
		for _, d := range r.dependents[c] {
			mi := r.mentionAt(d)
			if mi < 0 || r.parsed.words[d].Deprel != rel || r.d.mentions[mi].entity < 0 {
				continue
			}
			if role && (rel != "appos" || r.d.mentions[mi].typ != graph.Person) || rel != "appos" && r.placeEntity(r.d.mentions[mi].entity) {
				continue
			}
			return mi
		}
	}
	return -1
}

// roleOfHolders returns the person named after the comma that closes the
// phrase of role p, in apposition to the role or to where it is held, or
// closed off by commas as an apposition is when the parse misses it; an
// organisation for a role that organisations hold ("Yukos' main
// production arm, Yugansk").
func (r *roleSentence) roleOfHolders(p *heldRole) []int {
	orgRole := organisationRoles[p.name[strings.LastIndex(p.name, "_")+1:]]
	for k := r.rightEdge(p) + 1; k < len(r.toks) && k <= r.rightEdge(p)+8; k++ {
		mi := r.mentionAt(k)
		if mi < 0 || r.d.mentions[mi].first != k {
			continue
		}
		m := r.d.mentions[mi]
		start := m.first
		if start > 0 && r.owner[start-1] < 0 && courtesyTitles[r.toks[start-1].text] {
			// "ambassador to Canada, Mr Johannes de Klerk,".
			start--
		}
		if m.typ != graph.Person && !orgRole || start == 0 || r.toks[start-1].text != "," {
			continue
		}
		hm := r.parsed.spanHead(start, m.last)
		up := r.parsed.head(hm)
		if r.deprel(hm) == "appos" && (r.governs(p, up) || up >= 0 && r.governs(p, r.parsed.head(up))) || r.closes(m.last) {
			return []int{mi}
		}
		return nil
	}
	return nil
}
