package extract

import "github.com/kg-project/kg/graph"

// An organisation named right after another's possessive is part of that
// one: "Altria's Philip Morris", "the UN's Food & Agriculture
// Organisation". The name must stand for itself, not modify a noun after
// it ("the BBC's Today programme", "Yukos's Yugansk unit" are read by the
// constructions of those nouns); the parse may hang the possessive on
// the verb rather than on the name.

// partRelations returns the organisation the possessor named at token i
// has as a part, or nil.
func (r *clauseReader) partRelations(i int) []relation {
	whole := r.mention[i]
	if whole < 0 || !r.orgName(whole) {
		return nil
	}
	k := r.d.mentions[whole].last
	if k+1 >= len(r.words) || r.words[k].form != "'s" && r.words[k].form != "'" {
		return nil
	}
	part := r.within[k+1]
	if part < 0 || !r.orgName(part) || r.d.mentions[part].first != k+1 {
		return nil
	}
	if after := r.d.mentions[part].last; after < len(r.words) && r.words[after].upos == "NOUN" {
		return nil
	}
	switch r.words[r.d.sents[r.sent].spanHead(r.d.mentions[part].first, r.d.mentions[part].last)].deprel {
	case "compound", "amod", "nmod:desc":
		return nil
	}
	p, w := r.d.mentions[part].entity, r.d.mentions[whole].entity
	if p == w || r.d.entities[p].typ != graph.Org || r.d.entities[w].typ != graph.Org {
		return nil
	}
	return []relation{{subject: p, object: w, predicate: "part_of", kind: graph.Role, sent: r.sent}}
}

// orgName reports whether mention mi names an organisation.
func (r *clauseReader) orgName(mi int) bool {
	return r.d.mentions[mi].via == "name" && r.d.mentions[mi].typ == graph.Org && r.d.mentions[mi].entity >= 0
}
