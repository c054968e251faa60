package extract

// An apposition after a name gives its role: "Reed Hastings, Netflix's
// co-founder,", "Gordon Brown, the chancellor,", "Carlos Ghosn, the boss
// of Renault,", "Juan Carlos Pugliese, one of Alfonsin's allies,". The parse makes the role's noun an appos of the name; the
// role's phrase, with its article, adjectives and possessor, follows the
// name's comma.

// appositionHolders returns the name that ends at the comma before the
// phrase of role p, when the parse hangs the role on it or the phrase
// closes where an apposition ends.
func (r *roleSentence) appositionHolders(p *heldRole) []int {
	left := r.leftEdge(p)
	if left > 2 && lower(r.toks[left]) == "of" && lower(r.toks[left-1]) == "one" {
		// "Juan Carlos Pugliese, one of Alfonsin's top allies,".
		left--
	}
	if left < 2 || !appositionMarks[r.toks[left-1].text] {
		return nil
	}
	end := left - 1
	if companyNouns[r.toks[end-1].text] {
		// "the Yukos group, the parent company of Rosneft".
		end--
	}
	mi := r.mentionAt(end - 1)
	if mi < 0 || r.d.mentions[mi].last != end || mi == p.self {
		return nil
	}
	m := r.d.mentions[mi]
	if h := r.parsed.head(p.head); r.deprel(p.head) == "appos" && inside(h, m.first, m.last) || r.closesBeforeVerb(p.last) {
		return []int{mi}
	}
	return nil
}

// closesBeforeVerb reports whether the phrase from token i ends, at a
// comma, a dash or the sentence's end, before any verb or relative
// pronoun outside a name: an apposition is a noun phrase, as "analyst at
// Troika Dialog, said" shows however the parse reads it. A relative
// pronoun right after a name closes it too: the clause is the name's.
func (r *roleSentence) closesBeforeVerb(i int) bool {
	for k := i; k < len(r.toks); k++ {
		t := r.toks[k]
		switch {
		case appositionMarks[t.text] || t.tag == "." || t.text == ";" || t.text == ")" || t.text == ":":
			return true
		case r.owner[k] >= 0:
			// "the co-chairmen of Working Title films": a word of a name
			// is no verb.
		case (t.tag == "WDT" || t.tag == "WP") && k > i && r.owner[k-1] >= 0:
			// "a former unit of Gazprom which is due to merge": a
			// relative clause on the name that ends the phrase.
			return true
		case isVerb(t.tag) || t.tag == "MD" || t.tag == "WP" || t.tag == "WDT":
			return false
		}
	}
	return true
}

// appositionMarks open an apposition: "David Kahn - a former Yale
// historian".
var appositionMarks = map[string]bool{",": true, "-": true, "--": true}

// leftEdge returns the first token of the phrase that role p heads: its
// article, adjectives, possessor and the names that modify it, and not
// the conjunction that joins it to what comes before ("his Israeli
// counterpart, Ariel Sharon, and the Palestinian leader") nor the copula
// that states it ("Yukos, based in Moscow, is a unit of Rosneft": no
// apposition to Moscow).
func (r *roleSentence) leftEdge(p *heldRole) int {
	left := p.first
	for left > 0 && r.governs(p, left-1) && r.toks[left-1].tag != "," && r.deprel(left-1) != "cc" && r.deprel(left-1) != "cop" {
		left--
	}
	return left
}

// rightEdge returns the last token of the phrase that role p heads.
func (r *roleSentence) rightEdge(p *heldRole) int {
	right := p.last - 1
	for right+1 < len(r.toks) && r.governs(p, right+1) && r.toks[right+1].tag != "," && r.toks[right+1].tag != "." {
		right++
	}
	return right
}

// governs reports whether token k lies in the subtree of a token of role
// p.
func (r *roleSentence) governs(p *heldRole, k int) bool {
	for steps := 0; k >= 0 && steps <= len(r.toks); steps++ {
		if inside(k, p.first, p.last) {
			return true
		}
		k = r.parsed.head(k)
	}
	return false
}
