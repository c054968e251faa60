package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// A title stands before the name of its holder, and what it is held in
// before the title: "Russian President Vladimir Putin", "Ryanair boss
// Michael O'Leary", "Yukos's chief executive Mikhail Khodorkovsky". The
// parse makes the title a dependent of the name (nmod:desc, compound) and
// the organisation or nationality a dependent of the title (compound,
// amod, nmod:poss).

// titleHolders returns the person or organisation named just after role
// p, past a courtesy title the name leaves out ("Labour peer Baroness
// Kennedy").
func (r *roleSentence) titleHolders(p *heldRole) []int {
	if p.self >= 0 {
		return nil
	}
	j := p.last
	for j < len(r.toks) && r.owner[j] < 0 && courtesyTitles[r.toks[j].text] {
		j++
	}
	if mi := r.mentionAt(j); mi >= 0 && r.d.mentions[mi].first == j {
		return []int{mi}
	}
	return nil
}

// modifierOrgs returns the names that modify role p before it: those the
// parse makes its dependents, and the name that ends just before it or
// its adjectives ("a senior KGB officer", "Yukos <YUK> chairman", "BBC
// economic editor"), with a possessor of that name ("Russia's Europe
// director").
func (r *roleSentence) modifierOrgs(p *heldRole) []roleOrg {
	var out []roleOrg
	seen := map[int]bool{}
	var add func(mi int)
	add = func(mi int) {
		if mi < 0 || seen[mi] || mi == p.self {
			return
		}
		seen[mi] = true
		m := r.d.mentions[mi]
		if m.entity < 0 || m.typ == graph.Person && !r.possessiveMention(mi) || r.at[m.first] >= 0 && r.nameGoesOn(r.at[m.first]) {
			// Not "Yukos Siberia chairman": the name goes on.
			return
		}
		tie := "modifier"
		if r.possessiveMention(mi) {
			tie = "possessive"
		}
		out = append(out, roleOrg{entity: m.entity, mention: mi, tie: tie})
		for _, k := range r.dependents[r.parsed.spanHead(m.first, m.last)] {
			if owner := r.mentionAt(k); owner >= 0 && owner != mi && r.possessiveMention(owner) {
				add(owner)
			}
		}
	}
	for k := p.first; k < p.last; k++ {
		for _, c := range r.dependents[k] {
			if c < p.first && r.deprel(c) != "appos" {
				add(r.mentionAt(c))
			}
		}
	}
	before := p.first - 1
	for before >= 0 && r.owner[before] < 0 && (ticker(r.toks[before].text) || r.toks[before].text == "'s" || r.toks[before].text == "'" || strings.HasPrefix(r.toks[before].tag, "JJ") && startsLower(r.toks[before].text)) {
		// "Yukos <YUK> chairman", "BBC economic editor".
		before--
	}
	if mi := r.mentionAt(before); mi >= 0 && r.d.mentions[mi].last == before+1 && !r.listed(mi) {
		add(mi)
		// "Britain's Europe Director": the possessor before the modifier.
		if k := r.d.mentions[mi].first - 1; k > 0 && !r.possessiveMention(mi) && (r.toks[k].text == "'s" || r.toks[k].text == "'") {
			if owner := r.mentionAt(k - 1); owner >= 0 && r.d.mentions[owner].last == k {
				add(owner)
			}
		}
	}
	return out
}

// listed reports whether mention mi is one of a list joined by "and": the
// role after it is the last one's ("Tony Blair and Gordon Brown, Yukos's
// former chairman" names no organisation of Tony Blair's), and a name in a
// list is no modifier.
func (r *roleSentence) listed(mi int) bool {
	g := r.at[r.d.mentions[mi].first]
	return g >= 0 && len(r.groups[g].mentions) > 1 && r.groups[g].mentions[0] != mi
}
