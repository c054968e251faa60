package extract

// The loss construction: a word for losing leads through a preposition
// (loss_words) to the one who won, who beat the loser: "Greene lost to
// Leonard Scott", "finished second to Scott", "Greene's defeat at the
// hands of Scott", "suffered a loss to Arsenal".

var lossWords = wordSet("loss_words")

// lossRelations returns the relations word i states if it is a word for
// losing: the winners its prepositions lead to beat the loser.
func (r *clauseReader) lossRelations(i int) []relation {
	w := r.words[i]
	var winners []int
	for _, c := range r.lossPhrases(i) {
		if (r.base(c) == "obl" || r.base(c) == "nmod") && r.lost(i, c) {
			winners = append(winners, r.winners(c)...)
		}
	}
	if len(winners) == 0 {
		return nil
	}
	var losers []int
	switch w.upos {
	case "VERB":
		losers = r.partiesOf(r.subjectOf(i, 0))
	case "NOUN":
		if c := r.all(i, "nmod:poss"); len(c) > 0 {
			losers = r.partiesOf(c)
		} else {
			losers = r.partiesOf(r.clauseSubject(i))
		}
	}
	return r.relate(winners, losers, "beat", r.negated(i))
}

// lossPhrases returns the phrases that may lead from word i to a
// winner: its own, those the parse hangs on a verb's place ("finish
// second to Scott"), and those it hangs on the verb a noun is the
// object of ("suffered a loss to Arsenal").
func (r *clauseReader) lossPhrases(i int) []int {
	out := r.children[i]
	switch h := r.words[i].head; {
	case r.words[i].upos == "VERB":
		for _, c := range r.all(i, "advmod") {
			out = append(out[:len(out):len(out)], r.children[c]...)
		}
	case r.words[i].deprel == "obj" && h >= 0:
		for _, c := range r.children[h] {
			if c > i {
				out = append(out[:len(out):len(out)], c)
			}
		}
	}
	return out
}

// lost reports whether phrase c of word i leads to the one who beat
// what i says lost: "to Scott" after "lost", "at the hands of Scott"
// after "defeat".
func (r *clauseReader) lost(i, c int) bool {
	prep := r.preposition(c)
	if r.words[c].lemma == "hand" && prep == "at" {
		prep = "at the hands of"
	}
	return lossWords[r.words[i].lemma+" "+prep]
}

// winners returns the parties phrase c leads to, through "the hands of"
// when it is that phrase.
func (r *clauseReader) winners(c int) []int {
	if r.words[c].lemma != "hand" {
		return r.parties(c)
	}
	var out []int
	for _, k := range r.children[c] {
		if r.base(k) == "nmod" && r.preposition(k) == "of" {
			out = append(out, r.parties(k)...)
		}
	}
	return out
}
