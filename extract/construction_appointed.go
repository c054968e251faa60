package extract

import "github.com/kg-project/kg/graph"

// The appointed construction: a verb of appointing (appointment_verbs)
// with the person it appoints and the post after them, without "as":
// "Nissan named Carlos Ghosn chief executive", "the board appointed
// Gordon Brown chairman of Yukos". The parse may take the name for a
// modifier of the post. The person holds the post where the post says,
// or else at the organisation that appoints, named just before the verb.

// appointedMention returns the person named between a verb of appointing
// and role p, or -1.
func (r *roleSentence) appointedMention(p *heldRole) int {
	if p.self >= 0 || p.first == 0 {
		return -1
	}
	mi := r.mentionAt(p.first - 1)
	if mi < 0 {
		return -1
	}
	m := r.d.mentions[mi]
	if m.last != p.first || r.d.entities[m.entity].typ != graph.Person || !appointedAt(r.toks, m.first) {
		return -1
	}
	return mi
}

// appointedHolders returns the person appointed to role p.
func (r *roleSentence) appointedHolders(p *heldRole) []int {
	if mi := r.appointedMention(p); mi >= 0 {
		return []int{mi}
	}
	return nil
}

// appointerOrgs returns the organisation that appoints the holder of role
// p, named just before its verb or the verb's auxiliaries: "Nissan named",
// "Nike has appointed".
func (r *roleSentence) appointerOrgs(p *heldRole) []roleOrg {
	mi := r.appointedMention(p)
	if mi < 0 {
		return nil
	}
	k := r.d.mentions[mi].first - 2
	for k >= 0 && auxiliaries[lower(r.toks[k])] {
		k--
	}
	if k < 0 {
		return nil
	}
	org := r.mentionAt(k)
	if org < 0 || r.d.mentions[org].last != k+1 || r.d.entities[r.d.mentions[org].entity].typ != graph.Org {
		return nil
	}
	return []roleOrg{{entity: r.d.mentions[org].entity, mention: org, tie: "of"}}
}
