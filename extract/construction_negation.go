package extract

// The negation construction: a predicate is denied by "not", "never" or
// "n't" on it or on a verb that controls it ("did not agree to buy"), by
// a negating verb above it ("denied that it had paid", "refused to
// sign": negating_verbs), or by a negating verb's claim it belongs to
// ("rejected allegations he pressured Sullivan": claim_nouns), or by a
// negating noun it completes ("his refusal to accept": negating_nouns), or
// by a verb that keeps its object from doing it ("stopped Google from
// buying Fitbit"). Two denials cancel: "did not deny that it paid".

var (
	negatingVerbs = wordSet("negating_verbs")
	negatingNouns = wordSet("negating_nouns")
	claimNouns    = wordSet("claim_nouns")
)

// negated reports whether what word i states is denied.
func (r *clauseReader) negated(i int) bool {
	negated := r.negatedHere(i)
	for depth := 0; depth < maxChain; depth++ {
		h := r.words[i].head
		if h < 0 {
			break
		}
		switch r.words[i].deprel {
		case "xcomp":
			negated = negated != r.negatedHere(h) != r.negating(h)
		case "ccomp":
			if r.words[h].upos == "NOUN" {
				// "dismissed reports that it had met Nokia", the parse
				// making the clause the claim's complement.
				return negated != r.deniedClaim(h)
			}
			if r.negating(h) {
				negated = negated != !r.negated(h)
			}
			return negated
		case "advcl":
			if r.prevented(i) {
				// "stopped Google from buying Fitbit": no buying, unless
				// the stopping is denied in turn.
				return negated != !r.negated(h)
			}
			return negated
		case "acl", "acl:relcl":
			if r.words[h].upos == "NOUN" && negatingNouns[r.words[h].lemma] && r.child(i, "mark") >= 0 {
				negated = !negated
			}
			if r.words[h].upos == "NOUN" && r.denied(h) && r.child(i, "mark") >= 0 {
				// "has no plans to buy", "no intention to sell".
				negated = !negated
			}
			return negated != r.deniedClaim(h)
		default:
			return negated
		}
		i = h
	}
	return negated
}

// deniedClaim reports whether word h is a claim that a verb denies:
// "rejected allegations", not "did not reject allegations".
func (r *clauseReader) deniedClaim(h int) bool {
	if r.words[h].upos != "NOUN" || !claimNouns[r.words[h].form] {
		return false
	}
	g := r.words[h].head
	return g >= 0 && r.words[h].deprel == "obj" && r.negating(g) && !r.negated(g)
}

// negating reports whether verb v, with its particle, denies its
// complement: "refused", "ruled out".
func (r *clauseReader) negating(v int) bool {
	return r.words[v].upos == "VERB" && negatingVerbs[r.predicate(v)]
}

// negatedHere reports whether word i carries a negation of its own, or
// "neither" on it or on its subject or object ("Neither Blair nor Brown
// met Chirac").
func (r *clauseReader) negatedHere(i int) bool {
	for _, c := range r.children[i] {
		if r.words[c].form == "neither" {
			return true
		}
		switch r.base(c) {
		case "nsubj", "obj":
			for _, k := range r.children[c] {
				if r.words[k].form == "neither" {
					return true
				}
			}
		case "advmod":
			switch r.words[c].form {
			case "not", "n't", "never":
				return true
			}
		}
	}
	return false
}
