package extract

import "github.com/kg-project/kg/graph"

// parallelObject returns the entity of type typ that an object pronoun at
// token ti of sentence si stands for when its verb is the second of two
// coordinated verbs that share their subject: the first verb's object
// ("Microsoft sued Google and accused it of copying", "Biden called
// Macron and urged him to act", "met Modi and signed a deal with him"),
// or the one name of that type it takes after a preposition.
// The shared subject cannot be the object
// of its own verb, so the object before is the one the pronoun repeats.
// It returns -1 when the verbs do not line up so, or the object before is
// no single name of that type.
func (d *document) parallelObject(si, ti int, typ graph.Type) int {
	s := &d.sents[si]
	parseSentence(d.parser, s)
	if r := s.words[ti].Deprel; r != "obj" && r != "iobj" && r != "obl" {
		return -1
	}
	second := s.head(ti)
	if second < 0 || s.words[second].Deprel != "conj" || s.words[second].UPOS != "VERB" {
		return -1
	}
	first := s.head(second)
	if first < 0 || first > second || s.words[first].UPOS != "VERB" {
		return -1
	}
	for k := range s.words {
		if s.head(k) != second {
			continue
		}
		switch s.words[k].Deprel {
		case "nsubj", "nsubj:pass":
			// "Microsoft sued Google and Oracle accused it": a subject of
			// its own.
			return -1
		}
	}
	object := -1
	for k := range s.words {
		if s.head(k) == first && s.words[k].Deprel == "obj" {
			object = k
		}
	}
	if object < 0 {
		// "spoke to Putin by phone and told him": without an object, the
		// one name of the type the first verb takes after a preposition.
		for k := range s.words {
			if s.head(k) != first || s.words[k].Deprel != "obl" || d.namedAt(si, k, typ) < 0 {
				continue
			}
			if object >= 0 {
				return -1
			}
			object = k
		}
	}
	if object < 0 {
		return -1
	}
	for k := range s.words {
		if s.head(k) == object && s.words[k].Deprel == "conj" {
			// "called Macron and Scholz and urged them": more than one.
			return -1
		}
	}
	return d.namedAt(si, object, typ)
}

// namedAt returns the entity of type typ whose name in sentence si has
// its head at token k, or -1.
func (d *document) namedAt(si, k int, typ graph.Type) int {
	s := &d.sents[si]
	for _, mi := range d.inSentence(si) {
		m := d.mentions[mi]
		if m.via == "name" && m.entity >= 0 && d.entities[m.entity].typ == typ && s.spanHead(m.first, m.last) == k {
			return m.entity
		}
	}
	return -1
}

// firstClauseSubject reports whether mention m is the subject of the
// first of two coordinated clauses, each with a subject of its own, and
// the pronoun at token ti an argument of the second: "Rishi Sunak
// resigned and Keir Starmer replaced him".
func (d *document) firstClauseSubject(si int, m mention, ti int) bool {
	s := &d.sents[si]
	parseSentence(d.parser, s)
	second := s.head(ti)
	if second < 0 || s.words[second].Deprel != "conj" || s.words[second].UPOS != "VERB" || !s.hasSubject(second) {
		return false
	}
	first := s.head(second)
	if first < 0 || first > second || s.words[first].UPOS != "VERB" {
		return false
	}
	for k := m.first; k < m.last; k++ {
		if r := s.words[k].Deprel; s.head(k) == first && (r == "nsubj" || r == "nsubj:pass") {
			return true
		}
	}
	return false
}
