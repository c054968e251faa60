package extract

// Coordinated roles share their holder and where they are held:
// "Microsoft chairman and chief executive Bill Gates", "the company's
// president and chief executive". Titled names in a list after one whose
// title names an organisation hold their posts in it too: "BBC chairman
// Gavyn Davies, director-general Greg Dyke and reporter Andrew Gilligan".

// shareCoordinated gives roles joined by "and" each other's holders and
// organisations where they lack them, a role the parse joins to another
// its holder, and a bare title in a list of titled names the organisation
// of the first.
func (r *roleSentence) shareCoordinated() {
	for i := 1; i < len(r.roles); i++ {
		p, q := &r.roles[i-1], &r.roles[i]
		switch {
		case r.joined(p.last, q.first):
			if len(p.holders) == 0 {
				p.holders = q.holders
			}
			if len(q.holders) == 0 {
				q.holders = p.holders
			}
			if len(p.orgs) == 0 {
				p.orgs = q.orgs
			}
			if len(q.orgs) == 0 {
				q.orgs = p.orgs
			}
		case len(q.holders) == 0 && r.deprel(q.head) == "conj" && r.governs(p, r.parsed.head(q.head)):
			// "Peter Mandelson, former Labour minister and now a European
			// Commissioner": a role joined to another has its holder.
			q.holders = p.holders
		case len(p.holders) == 1 && len(q.holders) == 1 && len(q.orgs) == 0 && startsLower(r.toks[q.first].text) && r.joined(r.d.mentions[p.holders[0]].last, q.first):
			for _, o := range p.orgs {
				if !r.placeEntity(o.entity) {
					q.orgs = append(q.orgs, o)
				}
			}
		}
	}
}

// joined reports whether only commas and one "and" stand in [from, to).
func (r *roleSentence) joined(from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		if w := lower(r.toks[k]); w != "," && w != "and" && w != "&" {
			return false
		}
	}
	return true
}
