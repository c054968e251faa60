package extract

import "strings"

// The coordination construction: conjuncts share what their first
// conjunct has. Coordinated names are parties together ("bought Skype
// and LinkedIn": parties, in events.go); a coordinated verb without a
// subject of its own takes the first verb's ("left Arsenal and joined
// Barcelona": subjectOf); and a verb without an object takes the one
// after it that the first verb governs ("Rosneft seized and sold Yukos":
// objectsOf); a verb with a subject of its own shares neither ("Yukos
// was sold to Rosneft and Gazprom bought Sibneft"). Coordinated subjects
// of a reciprocal verb without an object relate to each other: "Blair
// and Chirac met" (reciprocal_verbs).

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

// respectively reports whether "respectively" in the clause of verb v
// pairs its coordinated subjects with its coordinated objects in order:
// "Microsoft and Google invested in OpenAI and Anthropic respectively".
func (r *clauseReader) respectively(v int) bool {
	for _, w := range r.words {
		if w.form != "respectively" {
			continue
		}
		h := w.head
		for steps := 0; h >= 0 && r.words[h].upos != "VERB" && steps < len(r.words); steps++ {
			h = r.words[h].head
		}
		if h == v {
			return true
		}
	}
	return false
}

// pairs relates the i-th subject to the i-th object.
func (r *clauseReader) pairs(subjects, objects []int, predicate string, negated bool) []relation {
	var out []relation
	for i := range subjects {
		out = append(out, r.relate(subjects[i:i+1], objects[i:i+1], predicate, negated)...)
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
// v ("seized and sold Yukos") or before both verbs ("Motorola, which
// Google bought and sold to Lenovo"); -1 if none.
func (r *clauseReader) sharedObject(v int) int {
	h := r.words[v].head
	for _, c := range r.children[h] {
		if r.words[c].deprel == "obj" && (c > v || c < h) {
			return c
		}
	}
	return -1
}

// clauseVerbs take a clause as their object ("said Nokia and Google
// bought Motorola"), so a clause after them keeps its coordinated
// subject.
var clauseVerbs = wordSet("clause_verbs")

// mendCoordinatedClauses undoes two clauses joined by "and" read as one:
// "Microsoft bought Nokia and Google acquired Motorola" parsed with
// "Nokia and Google" the subject of a clause "acquired Motorola" that
// is the object of "bought", and "presented the award to Mike Leigh and
// Patrick Stewart congratulated Imelda Staunton" with "Patrick Stewart"
// a conjunct of "Mike Leigh" and "congratulated" an open clause without
// a subject. The name just before the second verb is its subject, what
// it was joined to stays in the first clause, and the verbs are
// coordinated.
func (r *clauseReader) mendCoordinatedClauses() {
	for c, w := range r.words {
		v := w.head
		if v < 0 || v > c || r.words[v].upos != "VERB" || w.upos != "VERB" {
			continue
		}
		if !r.finite(c) && !r.hasDependent(c, "aux") && !r.hasDependent(c, "aux:pass") {
			// "Trump would meet Putin and Zelensky would attend": an
			// auxiliary carries the second verb's tense.
			continue
		}
		if w.deprel != "ccomp" && w.deprel != "xcomp" && w.deprel != "advcl" || r.hasDependent(c, "mark") {
			continue
		}
		if _, role := roleHead(r.words[v].form, true); role {
			// "Google founders Larry Page and Sergey Brin met": a title
			// taken for a verb.
			continue
		}
		second := r.subjectBefore(c)
		if second < 0 || second <= v {
			continue
		}
		first := r.words[second].head
		switch s := r.dependent(c, "nsubj"); {
		case s >= 0 && s < second && r.under(first, s):
			// "bought Nokia and Google acquired Motorola", "sued Oracle
			// over Java and Microsoft backed Oracle": the subject the
			// parse gave the second verb is the first verb's object.
			if clauseVerbs[r.words[v].lemma] || r.hasDependent(v, "obj") {
				continue
			}
			r.words[s].head, r.words[s].deprel = v, "obj"
		case s >= 0 || r.hasDependent(c, "nsubj:pass"):
			continue
		}
		r.words[second].head, r.words[second].deprel = c, "nsubj"
		if r.hasDependent(c, "aux:pass") {
			// "and Hezbollah would be destroyed".
			r.words[second].deprel = "nsubj:pass"
		}
		r.words[c].deprel = "conj"
		for k := first + 1; k < second; k++ {
			if r.words[k].head == second && r.words[k].deprel == "cc" {
				r.words[k].head = c
			}
		}
	}
}

// mendPossessors undoes a name's possessor taken for the name's head or
// for a conjunct of its own: "Germany's Olaf Scholz criticised Trump"
// read with "Germany" a second subject, "Italy's Giorgia Meloni and
// Britain's Keir Starmer" with "Britain" the conjunct of "Meloni" and
// "Starmer" a subject. A name before "'s" owns the name right after it:
// that name takes the possessor's place in the sentence, with the
// coordinator that leads it, and the possessor hangs on it. names are
// the first and last tokens and the head of the sentence's names.
func (r *clauseReader) mendPossessors(names [][3]int) {
	for _, p := range names {
		s := p[1]
		if s+1 >= len(r.words) || r.words[s].form != "'s" || r.words[s].deprel != "case" || r.words[p[2]].deprel == "nmod:poss" {
			continue
		}
		for _, n := range names {
			owner, h := p[2], n[2]
			if n[0] != s+1 || r.words[owner].head < 0 || r.governed(r.words[owner].head, h) {
				continue
			}
			for k, w := range r.words {
				if w.head == owner && (w.deprel == "cc" || w.deprel == "punct") {
					r.words[k].head = h
				}
			}
			r.words[h].head, r.words[h].deprel = r.words[owner].head, r.words[owner].deprel
			r.words[owner].head, r.words[owner].deprel = h, "nmod:poss"
		}
	}
}

// mendCoordinatedAdverbials undoes a clause after "and" or "or" taken
// for an adverbial clause: "was presented with his award by Timothy
// Spall and Imelda Staunton's prize was announced by Patrick Stewart",
// with "announced" an advcl of "presented" and "and" hung on "Staunton".
// A verb with a subject of its own and no marker, whose phrase a
// coordinator opens, is the conjunct of the verb it hangs on.
func (r *clauseReader) mendCoordinatedAdverbials() {
	for c, w := range r.words {
		v := w.head
		if w.deprel != "advcl" || w.upos != "VERB" || v < 0 || v > c || r.words[v].upos != "VERB" || r.hasDependent(c, "mark") {
			continue
		}
		if !r.hasDependent(c, "nsubj") && !r.hasDependent(c, "nsubj:pass") {
			continue
		}
		if k := r.leftmost(c); r.words[k].deprel == "cc" && (r.words[k].form == "and" || r.words[k].form == "or") {
			r.words[k].head = c
			r.words[c].deprel = "conj"
		}
	}
}

// subjectBefore returns the head of the name or noun that ends just
// before verb c, past its adverbs and auxiliaries, when "and" or "or"
// joins it as a conjunct to a nominal before it; -1 otherwise.
func (r *clauseReader) subjectBefore(c int) int {
	k := c - 1
	for k >= 0 && r.words[k].head == c && (r.words[k].deprel == "advmod" || strings.HasPrefix(r.words[k].deprel, "aux")) {
		k--
	}
	for k >= 0 && (r.words[k].deprel == "flat" || r.words[k].deprel == "compound" || r.words[k].deprel == "nmod") && r.words[k].head < k && r.words[k].head >= 0 {
		// "and shares of Apple rose": the phrase's head.
		k = r.words[k].head
	}
	if k < 0 || r.words[k].deprel != "conj" || r.words[k].upos != "PROPN" && r.words[k].upos != "NOUN" {
		return -1
	}
	first := r.words[k].head
	if first < 0 || first > k || r.words[first].upos != "PROPN" && r.words[first].upos != "NOUN" {
		return -1
	}
	for j := range first {
		if r.words[j].head == first && r.words[j].deprel == "case" && r.words[j].form == "between" {
			// "after negotiations between Russia and France failed": the
			// preposition takes both.
			return -1
		}
	}
	for j := first + 1; j < k; j++ {
		if r.words[j].head == k && r.words[j].deprel == "cc" && (r.words[j].form == "and" || r.words[j].form == "or") {
			return k
		}
	}
	return -1
}
