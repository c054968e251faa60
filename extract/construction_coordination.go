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
// dependents, and a name the parse hung on it as an apposition or a
// modifier although "and" or "or" stands between them ("Jacques Chirac
// and Russian President Vladimir Putin", "PDVSA and Argentina's Enarsa").
//
// A name's conjuncts may hang on any of its words: "Silvio Berlusconi and
// German Chancellor Gerhard Schroeder" parsed with the second name on
// "Berlusconi".
func (r *clauseReader) conjuncts(i int) []int {
	first, last := i, i+1
	if m := r.mention[i]; m >= 0 && r.within[i] == m {
		first, last = r.d.mentions[m].first, r.d.mentions[m].last
	}
	var out []int
	for k := first; k < last; k++ {
		for _, c := range r.children[k] {
			if c >= first && c < last {
				continue
			}
			switch {
			case r.words[c].deprel == "conj" && r.words[c].upos != "VERB":
				out = append(out, c)
			case (r.words[c].deprel == "appos" || r.base(c) == "nmod" && r.preposition(c) == "") && r.mention[c] >= 0 && r.joined(k, r.d.mentions[r.mention[c]].first):
				out = append(out, c)
			}
		}
	}
	return out
}

// argument returns the mentions that dependent c of verb v stands for,
// with the names the parse hung on the verb as conjuncts after it: "held
// talks with his Israeli counterpart, Ariel Sharon, and the Palestinian
// leader" parsed with "Sharon" and "leader" as conjuncts of "held".
func (r *clauseReader) argument(v, c int) []int {
	out := r.parties(c)
	for _, k := range r.children[v] {
		if k > c && r.words[k].deprel == "conj" && r.words[k].upos != "VERB" && r.words[k].upos != "AUX" {
			out = append(out, r.parties(k)...)
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
