package extract

import "strings"

// possessedRelation reports whether the possessive pronoun at token ti of
// sentence si is the possessor of a noun that states a relation ("OpenAI
// rejected his offer", "her talks with Modi"), where it stands for a party
// to the relation as a name would. Only a person's pronoun is read so: a
// company's "its" before "takeover" or "bid" stood too often for one
// whose name the tagger had cut short.
func (d *document) possessedRelation(si, ti int) bool {
	s := &d.sents[si]
	near := false
	for k := ti + 1; k < len(s.tokens) && k <= ti+possessiveReach && !near; k++ {
		near = relationNouns[strings.ToLower(s.tokens[k].text)] != ""
	}
	if !near {
		return false
	}
	parseSentence(d.parser, s)
	if s.words[ti].Deprel != "nmod:poss" {
		return false
	}
	h := s.head(ti)
	return h > ti && s.words[h].UPOS == "NOUN" && relationNouns[s.words[h].Lemma] != ""
}
