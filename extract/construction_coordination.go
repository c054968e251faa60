package extract

// The coordination construction: conjuncts share what their first
// conjunct has. Coordinated names are parties together ("bought Skype
// and LinkedIn": parties, in events.go); a coordinated verb without a
// subject of its own takes the first verb's ("left Arsenal and joined
// Barcelona": subjectOf); and a verb without an object takes the one
// after it that the first verb governs ("Rosneft seized and sold Yukos":
// objectsOf). Coordinated subjects of a reciprocal verb without an
// object relate to each other: "Blair and Chirac met"
// (reciprocal_verbs).

// conjuncts returns the nominals coordinated with nominal i: its conj
// dependents, and a name the parse hung on it as an apposition although
// "and" or "or" stands between them ("Jacques Chirac and Russian
// President Vladimir Putin").
func (r *clauseReader) conjuncts(i int) []int {
	var out []int
	for _, c := range r.children[i] {
		switch {
		case r.words[c].deprel == "conj" && r.words[c].upos != "VERB":
			out = append(out, c)
		case r.words[c].deprel == "appos" && r.mention[c] >= 0 && r.joined(i, r.d.mentions[r.mention[c]].first):
			out = append(out, c)
		}
	}
	return out
}

// joined reports whether "and" or "or" stands between tokens i and j.
func (r *clauseReader) joined(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if r.words[k].form == "and" || r.words[k].form == "or" {
			return true
		}
	}
	return false
}

// sharedObject returns the object that verb v, coordinated with the verb
// before it, shares with it: the first verb's object when it comes after
// v ("seized and sold Yukos"); -1 if none.
func (r *clauseReader) sharedObject(v int) int {
	for _, c := range r.children[r.words[v].head] {
		if r.words[c].deprel == "obj" && c > v {
			return c
		}
	}
	return -1
}
