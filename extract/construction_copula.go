package extract

// A copula or a verb of taking or leaving a post ties a role to its
// subject: "X is the president of Y", "X, who is chairman of Y", "X was
// one of the founders of Y", "X became chief executive", "X resigned as
// home secretary", "the board named X chairman", and through an open
// clause's controller: "X is expected to be named chief executive". In
// UD the role noun heads a copular clause (cop, nsubj), or is the xcomp
// or the "as" obl of the verb.

// roleVerbs take a role as their complement: their subject, or their
// object when active, holds it.
var roleVerbs = wordSet("role_verbs")

// linkingVerbs are the role verbs that take no object: "became the
// leader of X", the role parsed as an object.
var linkingVerbs = wordSet("linking_verbs")

// copulaHolders returns the subject of the clause that role p completes,
// or, in a relative clause, the name the clause belongs to.
func (r *roleSentence) copulaHolders(p *heldRole) []int {
	h := p.head
	if up := r.parsed.head(h); up >= 0 && r.parsed.words[up].Lemma == "one" && (r.deprel(h) == "nmod" || r.deprel(h) == "obl") {
		// "one of the founders of Menatep".
		h = up
	}
	for _, c := range r.dependents[h] {
		if r.deprel(c) == "cop" || r.deprel(c) == "aux" && r.parsed.words[c].Lemma == "be" {
			// "has been managing director": the parse may take "been" for
			// an auxiliary of the role it read as a verb.
			return r.subjectHolders(h, false)
		}
	}
	if verb := r.leftEdge(p) - 1; verb >= 0 && r.bareRoleVerb(verb) {
		// "who became a spokesman for Rosneft, met": the parse took the
		// role for the subject of what follows.
		return r.subjectHolders(verb, true)
	}
	verb := r.parsed.head(h)
	if verb < 0 || !roleVerbs[r.parsed.words[verb].Lemma] {
		return nil
	}
	switch r.deprel(h) {
	case "xcomp":
	case "obj":
		// "became the leader of X", and "is to be named chief
		// executive": a passive verb has no object but its complement.
		if !linkingVerbs[r.parsed.words[verb].Lemma] && !r.passive(verb) {
			return nil
		}
	case "obl", "advcl":
		if !r.hasCase(h, "as") {
			return nil
		}
	default:
		return nil
	}
	return r.subjectHolders(verb, true)
}

// bareRoleVerb reports whether token i is a verb of roleVerbs that the
// parse left without a complement.
func (r *roleSentence) bareRoleVerb(i int) bool {
	if !roleVerbs[r.parsed.words[i].Lemma] || !isVerb(r.toks[i].tag) {
		return false
	}
	for _, c := range r.dependents[i] {
		switch r.deprel(c) {
		case "xcomp", "obj", "obl", "ccomp":
			return false
		}
	}
	return true
}

// passive reports whether verb i is passive: it has a passive subject or
// auxiliary.
func (r *roleSentence) passive(i int) bool {
	for _, c := range r.dependents[i] {
		if d := r.parsed.words[c].Deprel; d == "nsubj:pass" || d == "aux:pass" {
			return true
		}
	}
	return false
}

// hasCase reports whether token i has a case marker with lemma word.
func (r *roleSentence) hasCase(i int, word string) bool {
	return r.hasMarker(i, "case", word)
}

// hasMarker reports whether token i has a dependent word of relation rel.
func (r *roleSentence) hasMarker(i int, rel, word string) bool {
	for _, c := range r.dependents[i] {
		if r.deprel(c) == rel && lower(r.toks[c]) == word {
			return true
		}
	}
	return false
}

// subjectHolders returns the mention that is the subject of predicate
// pred (its object, when object is set, the verb active and one there:
// "named X chairman"), following a relative pronoun to the name it
// belongs to or to the holder of the role it belongs to ("a senior KGB
// officer who became a secret agent").
func (r *roleSentence) subjectHolders(pred int, object bool) []int {
	subject := -1
	for _, c := range r.dependents[pred] {
		switch r.parsed.words[c].Deprel {
		case "obj":
			if object {
				if mi := r.mentionAt(c); mi >= 0 {
					return []int{mi}
				}
			}
		case "nsubj", "nsubj:pass", "nsubj:outer":
			subject = c
		}
	}
	if subject < 0 && r.parsed.words[pred].Deprel == "conj" && isVerb(r.toks[pred].tag) {
		// "who said he would make no more music, will become the
		// company's president": a verb joined to another shares its
		// subject.
		return r.subjectHolders(r.parsed.head(pred), false)
	}
	if subject < 0 && (r.parsed.words[pred].Deprel == "xcomp" || r.parsed.words[pred].Deprel == "advcl" && r.hasMarker(pred, "mark", "to")) && isVerb(r.toks[pred].tag) {
		// "is expected to be named chief executive", "wants to become
		// chairman": an open clause takes its controller, the object
		// after a verb of object control ("asked Yukos to become"), and
		// so does an infinitive the parse took for an adverbial
		// ("nominated Jane Fraser to become chairman").
		if h := r.parsed.head(pred); h >= 0 {
			return r.subjectHolders(h, objectControlVerbs[r.parsed.words[h].Lemma])
		}
	}
	if subject < 0 {
		return nil
	}
	if mi := r.nameAt(subject); mi >= 0 {
		return []int{mi}
	}
	if !relativePronouns[lower(r.toks[subject])] || r.parsed.words[pred].Deprel != "acl:relcl" {
		return nil
	}
	antecedent := r.parsed.head(pred)
	if mi := r.nameAt(antecedent); mi >= 0 {
		return []int{mi}
	}
	for _, q := range r.roles {
		if inside(antecedent, q.first, q.last) {
			return q.holders
		}
	}
	return nil
}

// statedCopula reports whether role head h is the predicate of a copula
// that states it, with no modal or other auxiliary and no negation: "he
// is a professor", not "he would have been a president".
func (r *roleSentence) statedCopula(h int) bool {
	cop := false
	for _, c := range r.dependents[h] {
		switch r.deprel(c) {
		case "cop":
			cop = true
		case "aux":
			return false
		case "advmod":
			if w := lower(r.toks[c]); w == "not" || w == "never" {
				return false
			}
		}
	}
	return cop
}

// nameAt returns the mention at token i, or after a courtesy title that
// the parse made the head of the name ("Mr Ghosn"), or -1.
func (r *roleSentence) nameAt(i int) int {
	if mi := r.mentionAt(i); mi >= 0 || !courtesyTitles[r.toks[i].text] {
		return mi
	}
	return r.mentionAt(i + 1)
}
