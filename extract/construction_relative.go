package extract

// The relative construction: in a relative clause (acl:relcl) the
// relative pronoun stands for the noun the clause describes, so
// "Unilever, which owns Dove," gives Unilever own Dove and "Dove, which
// Unilever owns," the same. A reported clause (ccomp) is a clause like
// any other: "said that Ford would sue GM" gives Ford sue GM; "they" in
// it stands for the speakers when more than one report it ("Ford and GM
// said they would sue Toyota": speakersOf).

// relativePronouns open a relative clause and refer back to the noun it
// describes.
var relativePronouns = wordSet("relative_pronouns")

// antecedent returns the noun that relative pronoun i stands for, or i:
// the noun its clause describes, or the name just before the pronoun
// where the parse hung the clause elsewhere ("chairman of Rosneft, which
// owns Yukos" on "chairman"; "Mr Kilroy-Silk, who recently quit" on no
// noun at all).
func (r *clauseReader) antecedent(i int) int {
	if !relativePronouns[r.words[i].form] || r.words[i].xpos == "DT" || r.words[i].upos == "SCONJ" {
		return i
	}
	v := r.words[i].head
	if r.words[i].form == "that" && v >= 0 && (r.words[v].deprel == "ccomp" || len(r.all(v, r.words[i].deprel)) > 1) {
		// "told Le Monde that France would not recognise Palestine": "that"
		// opens the clause reported, whose verb has its arguments, and
		// stands for nothing.
		return i
	}
	described := -1
	if v >= 0 && r.words[v].deprel == "acl:relcl" {
		described = r.words[v].head
	}
	if described >= 0 && r.mention[described] >= 0 {
		return described
	}
	prev := i - 1
	if prev >= 0 && r.words[prev].form == "," {
		prev--
	}
	if prev >= 0 && r.within[prev] >= 0 {
		m := r.d.mentions[r.within[prev]]
		return r.d.sents[r.sent].spanHead(m.first, m.last)
	}
	if described >= 0 {
		return described
	}
	return i
}
