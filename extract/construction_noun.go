package extract

// The relation noun construction: a noun that states a relation
// (relation_nouns) relates its possessor, or the subject of the clause
// it belongs to, to the parties its prepositions lead to: "Iraq's
// invasion of Kuwait", "X's takeover of Y", "Vodafone is in talks with
// Verizon", "won a court battle with Y", "remarks about Y"; its
// possessor is what was done to when "by" names who did it ("Y's
// takeover by X"); and, after "between", every party to each other:
// "talks between X and Y", "the contest is between X and Y"; and what
// is under it, or receives it, is done to: "X is under investigation by
// Y", "X came under attack from Y", "X faces a lawsuit from Y".

var (
	relationNouns  = wordMap("relation_nouns")
	remarkNouns    = wordSet("remark_nouns")
	receivingVerbs = wordSet("receiving_verbs")
	stanceVerbs    = wordSet("stance_verbs")
)

// nounRelations returns the relations noun n states, unless a light
// verb states them with it.
func (r *clauseReader) nounRelations(n int) []relation {
	w := r.words[n]
	predicate := relationNouns[w.lemma]
	if w.upos != "NOUN" || predicate == "" {
		return nil
	}
	if h := w.head; h >= 0 && r.lightNoun(h) == n {
		return nil
	}
	var subjects, objects, between, from, possessors []int
	// "under investigation", "came under attack": what is under it is
	// done to.
	under := r.caseOf(n) == "under"
	dependents := r.children[n]
	for _, c := range r.children[n] {
		if r.base(c) != "nmod" || r.mention[c] < 0 {
			continue
		}
		own := r.preposition(c)
		for _, k := range r.children[c] {
			if r.base(k) != "nmod" {
				continue
			}
			// "a bid by Vodafone for Verizon", "the takeover of Nokia by
			// Microsoft": the parse hanging the second phrase on the
			// first name.
			p := r.preposition(k)
			if own == "by" && p != "of" && partyPrepositions[p] || own != "by" && p == "by" && r.mention[k] >= 0 {
				dependents = append(dependents[:len(dependents):len(dependents)], k)
			}
		}
	}
	participial := map[int]bool{}
	for _, c := range r.children[n] {
		if o := r.child(c, "obj"); r.words[c].deprel != "acl" || r.words[c].xpos != "VBN" || o >= 0 && r.preposition(o) == "" {
			continue
		}
		// "negotiations currently held between Ottawa and Paris": the
		// phrases of a participle describing the noun are the noun's;
		// and so is its agent when the participle is a light verb's,
		// which the noun gives its meaning: "the lawsuit filed by Epic
		// Games against Apple".
		light := lightVerbs[r.predicate(c)] == "noun"
		for _, k := range r.children[c] {
			if r.base(k) != "obl" && (r.words[k].deprel != "obj" || r.preposition(k) == "") {
				// A phrase the parse took for an object keeps its
				// preposition: "filed by Siemens against Unilever".
				continue
			}
			agent := r.preposition(k) == "by"
			if !agent || light {
				participial[k] = true
				dependents = append(dependents[:len(dependents):len(dependents)], k)
			}
			if !agent {
				continue
			}
			for _, j := range r.children[k] {
				// "filed by Epic Games against Apple", "hosted by Qatar
				// between Israel and Hamas": the parse hanging the
				// noun's phrase on the agent.
				if p := r.preposition(j); r.base(j) == "nmod" && p != "of" && p != "by" && partyPrepositions[p] {
					participial[j] = true
					dependents = append(dependents[:len(dependents):len(dependents)], j)
				}
			}
		}
	}
	for _, c := range dependents {
		switch r.words[c].deprel {
		case "nmod:poss":
			possessors = append(possessors, r.parties(c)...)
			continue
		case "nsubj":
			if under {
				// "Temu is under investigation by the Commission".
				objects = append(objects, r.parties(c)...)
			} else {
				subjects = append(subjects, r.parties(c)...)
			}
			continue
		}
		if r.base(c) != "nmod" && !participial[c] || r.lost(n, c) {
			continue
		}
		switch prep := r.preposition(c); {
		case prep == "by":
			subjects = append(subjects, r.parties(c)...)
		case prep == "between":
			between = append(between, r.parties(c)...)
		case prep == "from":
			from = append(from, r.parties(c)...)
		case prep == "of" && reciprocalVerbs[predicate]:
			// "a summit of the European Union": the body that meets, not
			// a party met; "the merger of Exxon and Mobil": the parties.
			if ps := r.parties(c); len(ps) > 1 {
				between = append(between, ps...)
			}
		case r.partyPhrase(n, prep):
			objects = append(objects, r.parties(c)...)
		}
	}
	received := w.head >= 0 && (w.deprel == "obj" && receivingVerbs[r.words[w.head].lemma] || under && w.deprel == "obl" && r.words[w.head].upos == "VERB")
	if len(subjects) == 0 && len(from) == 0 && received && w.deprel == "obj" {
		// "Temu faces a lawsuit from Amazon": the parse may hang the
		// noun's "from" on the verb whose object the noun is.
		for _, c := range r.children[w.head] {
			if r.base(c) == "obl" && r.preposition(c) == "from" && c > n {
				from = append(from, r.parties(c)...)
			}
		}
	}
	if len(subjects) > 0 && len(objects) == 0 {
		// "P&O Princess's takeover by Carnival": with its agent named by
		// "by", the noun's possessor is what was done to; with none, the
		// subject of a verb of receiving whose object the noun is, as
		// with "from" below ("Temu faces an investigation by the
		// Commission"), but not when a clause on the noun says what it
		// was for ("fought back a bid by Penser to secure a stake in
		// Swedish Match").
		objects = possessors
		if len(objects) == 0 && received && !r.hasDependent(n, "acl") {
			objects = r.partiesOf(r.topic(w.head, 1))
		}
	} else {
		subjects = append(subjects, possessors...)
	}
	if h := w.head; h >= 0 && w.deprel == "nsubj" && r.child(h, "cop") >= 0 && r.caseOf(h) == "between" {
		// "the contest is between Labour and the Liberal Democrats".
		between = append(between, r.parties(h)...)
	}
	// "no talks with", "is not in talks with".
	negated := r.denied(n) || r.negatedHere(n)
	if len(subjects) == 0 && len(objects) > 0 && w.head >= 0 && !r.hasPhrase(n, func(p string) bool { return p == "by" }) {
		// Not "efforts to resolve an inquiry into AOL by US regulators":
		// who did it is named, though by no name.
		subjects = r.partiesOf(r.clauseSubject(n))
		negated = negated != r.negated(w.head)
		if w.deprel == "obj" && r.negating(w.head) {
			// "rejected a move to Chelsea": no move.
			negated = !negated
		}
	}
	if len(subjects) == 0 && len(from) > 0 {
		// "rejected a takeover offer from TWA": TWA made it, to the
		// one that rejected it unless the noun says to whom.
		subjects = from
		if len(objects) == 0 && w.head >= 0 && (w.deprel == "obj" || received) {
			objects = r.partiesOf(r.topic(w.head, 1))
		}
	}
	if len(subjects) == 0 && len(objects) == 0 && len(between) == 0 && w.head >= 0 && reciprocalVerbs[predicate] && !r.hasPhrase(n, func(p string) bool { return r.partyPhrase(n, p) }) {
		// "Carney and Modi agreed to restore envoys at a meeting": a
		// meeting of the clause's subjects, when there are two or more;
		// not "talks with unions", with another party, nor "following a
		// cabinet meeting", another's.
		switch r.caseOf(n) {
		case "following", "after", "before", "during":
		default:
			if parties := r.partiesOf(r.clauseSubject(n)); len(parties) > 1 {
				subjects = parties
			}
		}
	}
	out := r.relate(subjects, objects, predicate, negated)
	if len(objects) == 0 && len(subjects) > 1 && reciprocalVerbs[predicate] {
		// "Siemens and Alstom are in talks": with each other.
		out = append(out, r.among(subjects, predicate, negated)...)
	}
	return append(out, r.among(between, predicate, false)...)
}

// hasPhrase reports whether noun n has a phrase whose preposition ok
// accepts: one that leads to a party, named or not ("talks with
// unions"), or the agent's "by".
func (r *clauseReader) hasPhrase(n int, ok func(prep string) bool) bool {
	for _, c := range r.children[n] {
		if r.base(c) == "nmod" && ok(r.preposition(c)) {
			return true
		}
	}
	return false
}

// clauseSubject returns the subject of the clause that noun n is the
// object of ("won a court battle with Y"; not after a verb of stance,
// stance_verbs), or in whose adverbial it
// stands ("Following talks with Mr Blair, Mr Abbas said"); -1 if none.
func (r *clauseReader) clauseSubject(n int) []int {
	h := r.words[n].head
	if h < 0 {
		return nil
	}
	switch r.preposition(n) {
	case "following", "after", "before", "during":
		// "visits an exhibition after a working meeting with Macron",
		// wherever the parse hangs the phrase in the clause.
		return r.clauseTopic(h, 1)
	}
	if r.words[h].upos == "NOUN" && relationNouns[r.words[h].lemma] != "" && r.base(n) == "nmod" {
		// "is in talks on a merger with Daimler": the subject of the
		// relation noun it completes.
		if c := r.all(h, "nmod:poss"); len(c) > 0 {
			return c
		}
		if c := r.all(h, "nsubj"); len(c) > 0 {
			return c
		}
		if r.words[h].head >= 0 && r.words[h].head != n {
			return r.clauseSubject(h)
		}
	}
	if r.words[h].upos != "VERB" {
		return nil
	}
	switch r.words[n].deprel {
	case "obj":
		if stanceVerbs[r.words[h].lemma] {
			// "condemned the attack on Ukraine": another's.
			return nil
		}
		return r.topic(h, 1)
	case "obl":
		switch r.preposition(n) {
		case "in", "at":
			return r.topic(h, 1)
		}
	}
	return nil
}
