package extract

import "github.com/kg-project/kg/graph"

// A programme is named between its broadcaster's possessive and the noun
// for it: "the BBC's Today programme", "BBC Radio 4's Today programme".
// The parse hangs both names on the noun; the programme is the
// broadcaster's.

// programmeRelations returns the programme noun i names with the
// broadcaster it belongs to, or nil.
func (r *clauseReader) programmeRelations(i int) []relation {
	if r.words[i].upos != "NOUN" || !programmeNouns[r.words[i].form] {
		return nil
	}
	programme, broadcaster := -1, -1
	for _, c := range r.children[i] {
		if r.mention[c] < 0 {
			continue
		}
		switch r.words[c].deprel {
		case "compound":
			programme = r.mention[c]
		case "nmod:poss":
			broadcaster = r.mention[c]
		}
	}
	if programme < 0 || broadcaster < 0 {
		return nil
	}
	subject, object := r.d.mentions[programme].entity, r.d.mentions[broadcaster].entity
	if subject == object || r.d.entities[object].typ != graph.Org {
		return nil
	}
	return []relation{{subject: subject, object: object, predicate: "programme_of", kind: graph.Role, sent: r.sent}}
}
