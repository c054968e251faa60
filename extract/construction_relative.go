package extract

// The relative construction: in a relative clause (acl:relcl) the
// relative pronoun stands for the noun the clause describes, so
// "Unilever, which owns Dove," gives Unilever own Dove and "Dove, which
// Unilever owns," the same. A reported clause (ccomp) is a clause like
// any other: "said that Ford would sue GM" gives Ford sue GM.

// relativePronouns refer back to the noun their clause describes.
var relativePronouns = map[string]bool{"who": true, "whom": true, "which": true, "that": true}

// antecedent returns the noun that relative pronoun i stands for, or i:
// the noun its clause describes, or, where the parse did not attach the
// clause to a noun, the name just before it ("Mr Kilroy-Silk, who
// recently quit").
func (r *clauseReader) antecedent(i int) int {
	if !relativePronouns[r.words[i].form] || r.words[i].xpos == "DT" || r.words[i].upos == "SCONJ" {
		return i
	}
	if v := r.words[i].head; v >= 0 && r.words[v].deprel == "acl:relcl" && r.words[v].head >= 0 {
		return r.words[v].head
	}
	prev := i - 1
	if prev >= 0 && r.words[prev].form == "," {
		prev--
	}
	if prev >= 0 && r.within[prev] >= 0 {
		m := r.d.mentions[r.within[prev]]
		return r.d.sents[r.sent].spanHead(m.first, m.last)
	}
	return i
}
