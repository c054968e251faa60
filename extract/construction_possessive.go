package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// A possessive names where a role is held: "Netflix's co-founder", "its
// highly successful boss", "Kidman's publicist Wendy Day"; and an
// organisation's possessive before a person's name makes them a member:
// "Labour's Mr Livingstone".

// possessiveMention reports whether mention mi is followed by a
// possessive 's.
func (r *roleSentence) possessiveMention(mi int) bool {
	end := r.d.mentions[mi].last
	return end < len(r.toks) && (r.toks[end].text == "'s" || r.toks[end].text == "'")
}

// possessorOrgs returns who a possessive pronoun before role p stands
// for: the pronoun is the role's nmod:poss, or stands before it past
// adverbs, adjectives and names ("its UK chief executive"); "whose" right
// before the role stands for the name before it.
func (r *roleSentence) possessorOrgs(p *heldRole) []roleOrg {
	pronoun := -1
	for k := p.first; k < p.last && pronoun < 0; k++ {
		for _, c := range r.dependents[k] {
			if _, ok := possessives[lower(r.toks[c])]; ok && c < p.first && r.toks[c].tag == "PRP$" {
				pronoun = c
			}
		}
	}
	for k := p.first - 1; pronoun < 0 && k >= 0 && k >= p.first-possessiveReach; k-- {
		t := r.toks[k]
		if _, ok := possessives[lower(t)]; ok && t.tag == "PRP$" {
			pronoun = k
			break
		}
		if lower(t) == "whose" && k == p.first-1 {
			// "Siemens, whose founder Tony Blair resigned": the name the
			// relative clause describes.
			if owner := r.d.relativeOwner(r.index, k); owner >= 0 && p.self < 0 {
				return []roleOrg{{entity: owner, mention: -1, tie: "possessive"}}
			}
			break
		}
		if r.owner[k] < 0 && !strings.HasPrefix(t.tag, "RB") && !strings.HasPrefix(t.tag, "JJ") || negations[lower(t)] {
			break
		}
	}
	if pronoun < 0 || p.self >= 0 {
		return nil
	}
	owner := r.d.possessor(r.index, pronoun)
	if owner < 0 {
		return nil
	}
	return []roleOrg{{entity: owner, mention: -1, tie: "possessive"}}
}

// relativeOwner returns the entity named right before "whose" at token
// ti of sentence si, a comma between them or not, or -1.
func (d *document) relativeOwner(si, ti int) int {
	end := ti
	if end > 0 && d.sents[si].tokens[end-1].text == "," {
		end--
	}
	for _, mi := range d.inSentence(si) {
		if m := d.mentions[mi]; m.via == "name" && m.entity >= 0 && m.last == end {
			return m.entity
		}
	}
	return -1
}

// members relates a person named for sure after an organisation's
// possessive to it: "Labour's Mr Livingstone".
func (r *roleSentence) members() []relation {
	var out []relation
	for _, g := range r.groups {
		if !g.possessive || r.d.mentions[g.mentions[0]].typ != graph.Org {
			continue
		}
		h := r.holderAt(g.last + 1)
		if h < 0 || !r.isPerson(h) || !r.personNamed(h) {
			continue
		}
		org := g.mentions[len(g.mentions)-1]
		out = append(out, relation{subject: r.entity(r.groups[h].mentions[0]), object: r.entity(org), predicate: "member_of", kind: graph.Role, sent: r.index})
	}
	return out
}

// ownedBusinesses relates a person to a business named between their
// possessive pronoun and a noun of its kind: "Simon Fuller has sold his
// 19 Entertainment company". The parse makes the name a dependent of the
// noun, and the pronoun a dependent of either. The noun with the pronoun
// may also stand in apposition to the name: "xAI, his artificial
// intelligence company".
func (r *roleSentence) ownedBusinesses() []relation {
	var out []relation
	for n := range r.toks {
		if r.owner[n] >= 0 || !ownedNouns[lower(r.toks[n])] {
			continue
		}
		business := -1
		for _, c := range r.dependents[n] {
			if mi := r.mentionAt(c); mi >= 0 && c < n && r.d.mentions[mi].typ == graph.Org {
				business = mi
			}
		}
		pronoun := -1
		if business >= 0 {
			for k := r.d.mentions[business].first - 1; k >= 0 && k >= r.d.mentions[business].first-possessiveReach && pronoun < 0; k-- {
				if _, ok := possessives[lower(r.toks[k])]; ok && r.toks[k].tag == "PRP$" && (r.parsed.head(k) == n || r.mentionAt(r.parsed.head(k)) == business) {
					pronoun = k
				}
			}
		} else {
			business, pronoun = r.apposedBusiness(n)
		}
		if pronoun < 0 {
			continue
		}
		if owner := r.d.possessor(r.index, pronoun); owner >= 0 && owner != r.entity(business) && r.d.entities[owner].typ == graph.Person {
			out = append(out, relation{subject: owner, object: r.entity(business), predicate: "own", kind: graph.Event, sent: r.index})
		}
	}
	return out
}

// apposedBusiness returns the business that the noun at token n stands
// in apposition to, and the possessive pronoun that opens the apposition:
// "xAI, his artificial intelligence company,", with no name within it and
// the apposition closed after the noun; or -1, -1.
func (r *roleSentence) apposedBusiness(n int) (int, int) {
	if n+1 < len(r.toks) && r.toks[n+1].text != "," && r.toks[n+1].text != "." {
		return -1, -1
	}
	for k := n - 1; k >= 2 && k >= n-possessiveReach; k-- {
		if r.owner[k] >= 0 || !startsLower(r.toks[k].text) {
			return -1, -1
		}
		if _, ok := possessives[lower(r.toks[k])]; !ok || r.toks[k].tag != "PRP$" {
			continue
		}
		mi := r.mentionAt(k - 2)
		if r.toks[k-1].text != "," || mi < 0 || r.d.mentions[mi].last != k-1 || r.d.mentions[mi].typ != graph.Org {
			return -1, -1
		}
		return mi, k
	}
	return -1, -1
}

// partHolders returns the business named between a possessive pronoun
// and a role organisations hold: "Citigroup has sold its Travelers Life &
// Annuity insurance arm" (an arm of Citigroup, the kind of business
// left out of the role's name).
func (r *roleSentence) partHolders(p *heldRole) []int {
	if p.self >= 0 || !organisationRoles[p.name[strings.LastIndex(p.name, "_")+1:]] || len(r.possessorOrgs(p)) == 0 {
		return nil
	}
	if mi := r.mentionAt(p.first - 1); mi >= 0 && r.d.mentions[mi].last == p.first && r.d.mentions[mi].typ == graph.Org && !r.possessiveMention(mi) {
		if w := p.name[strings.LastIndex(p.name, "_")+1:]; subsidiaryNouns[w] {
			p.name = w
		}
		return []int{mi}
	}
	return nil
}
