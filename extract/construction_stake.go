package extract

// A stake is held by its possessor in what "in" or "of" leads to:
// "Turkcell's stake in Irancell should be cut", "its 20% holding in
// Sibneft is for sale". The stake a verb takes is the verb's to relate
// ("raised its stake in Yukos", "sold its holding in Sibneft"), as the
// clause construction does with lexicon/stake_verbs.txt.

var stakeNouns = wordSet("stake_nouns")

// stakeRelations returns the stake noun i states its possessor holds,
// or nil.
func (r *clauseReader) stakeRelations(i int) []relation {
	w := r.words[i]
	if w.upos != "NOUN" || !stakeNouns[w.form] || w.deprel == "conj" {
		return nil
	}
	if w.deprel == "obj" && w.head >= 0 && !reportingVerbs[r.words[w.head].lemma] {
		// The object of a verb of saying is what a clause the parse cut
		// short says: "say Turkcell's stake in Irancell should be cut".
		return nil
	}
	var holders, held []int
	for _, c := range r.children[i] {
		switch {
		case r.words[c].deprel == "nmod:poss":
			holders = append(holders, r.parties(c)...)
		case r.base(c) == "nmod" && (r.preposition(c) == "in" || r.preposition(c) == "of"):
			held = append(held, r.parties(c)...)
		}
	}
	return r.relate(holders, held, "stake", r.denied(i) || r.negatedHere(i))
}
