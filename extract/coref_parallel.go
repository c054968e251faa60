package extract

import "github.com/kg-project/kg/graph"

// parallelObject returns the entity of type typ that an object pronoun at
// token ti of sentence si stands for when its verb is the second of two
// coordinated verbs that share their subject, or a participle that shares
// its verb's subject: the first verb's object, or the one party named in
// the phrase of that object ("Microsoft sued Google and accused it of
// copying", "Biden called Macron and urged him to act", "Meloni met Modi
// and signed an agreement with him", "brought a case against Amazon,
// accusing it"), or the one name of that type the first verb takes after
// a preposition when it has no object. The shared subject cannot be the
// object of its own verb, so the object before is the one the pronoun
// repeats. It returns -1 when the verbs do not line up so, or the object
// before is no single name of that type.
func (d *document) parallelObject(si, ti int, typ graph.Type) int {
	s := &d.sents[si]
	parseSentence(d.parser, s)
	second := s.head(ti)
	switch s.words[ti].Deprel {
	case "obj", "iobj", "obl":
	case "nmod":
		// "signed an agreement with him": the phrase of the verb's object.
		if second < 0 || s.words[second].Deprel != "obj" {
			return -1
		}
		second = s.head(second)
	default:
		return -1
	}
	if second < 0 || s.words[second].UPOS != "VERB" {
		return -1
	}
	if r := s.words[second].Deprel; r != "conj" && (r != "advcl" || s.tokens[second].tag != "VBG") {
		// "sued Google, accusing it of copying": a participle shares
		// the subject as a coordinated verb does.
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
			if s.head(k) != first || s.words[k].Deprel != "obl" || d.nameHeadedAt(si, k, typ) < 0 {
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
	if d.nameHeadedAt(si, object, typ) < 0 {
		// "brought a case against Amazon, accusing it": the one party
		// named in the phrase of the verb's object.
		party := -1
		for k := range s.words {
			if s.head(k) != object || s.words[k].Deprel != "nmod" {
				continue
			}
			if party >= 0 {
				return -1
			}
			party = k
		}
		if party < 0 {
			return -1
		}
		object = party
	}
	for k := range s.words {
		if s.head(k) == object && s.words[k].Deprel == "conj" {
			// "called Macron and Scholz and urged them": more than one.
			return -1
		}
	}
	return d.nameHeadedAt(si, object, typ)
}

// nameHeadedAt returns the entity of type typ whose name in sentence si
// has its head at token k, or -1.
func (d *document) nameHeadedAt(si, k int, typ graph.Type) int {
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
