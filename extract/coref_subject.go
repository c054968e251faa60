package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// continuedSubject returns the organisation that "it" at token ti of
// sentence si stands for when it is the subject of the sentence's main
// verb and nothing named comes before it ("It won the award", "In 1975 it
// was sold"): the organisation that is the subject of the main verb of
// the sentence before ("Sony has taken the prize.", "The studio was
// founded in 1968."), or -1. "It" taken as a placeholder ("It is thought
// that", "It was hoped she") stands for nothing. depth counts the
// sentences back that "it" has already been followed.
func (d *document) continuedSubject(si, ti, depth int) int {
	if si == 0 || d.sents[si-1].headline {
		return -1
	}
	other := depth > 0
	for _, mi := range d.inSentence(si) {
		m := d.mentions[mi]
		if m.entity >= 0 && m.first < ti {
			return -1
		}
		other = other || m.entity >= 0
	}
	if !other || !d.organisationOrIt(si-1) {
		// Only a sentence that names another entity may relate it; one
		// that "it" goes on through is followed from the next.
		return -1
	}
	s := &d.sents[si]
	parseSentence(d.parser, s)
	if !mainSubject(s, ti) || !d.verbAfter(si, ti) {
		return -1
	}
	toks := s.tokens
	for k := ti + 1; k+1 < len(toks); k++ {
		if toks[k].tag == "VBN" {
			if next := toks[k+1]; next.text == "that" || next.text == "to" || next.tag == "PRP" {
				return -1
			}
			break
		}
	}
	prev := &d.sents[si-1]
	subject := -1
	for _, mi := range d.inSentence(si - 1) {
		m := d.mentions[mi]
		if m.entity < 0 || d.entities[m.entity].typ != graph.Org {
			continue
		}
		parseSentence(d.parser, prev)
		for k := m.first; k < m.last; k++ {
			if mainSubject(prev, k) {
				subject = m.entity
			}
		}
	}
	if subject < 0 && depth < pronounWindow {
		// "Mitsubishi Motors has forecast a loss. Last month, it signed an
		// agreement. It has been making cars": the subject before may be
		// "it" itself.
		for k, t := range prev.tokens {
			if !strings.EqualFold(t.text, "it") {
				continue
			}
			parseSentence(d.parser, prev)
			if mainSubject(prev, k) {
				subject = d.continuedSubject(si-1, k, depth+1)
				break
			}
		}
	}
	if subject < 0 {
		return -1
	}
	return subject
}

// organisationOrIt reports whether sentence si names an organisation or
// says "it": whether "it" in the next may go on about it, before either
// is parsed.
func (d *document) organisationOrIt(si int) bool {
	for _, mi := range d.inSentence(si) {
		if m := d.mentions[mi]; m.entity >= 0 && d.entities[m.entity].typ == graph.Org {
			return true
		}
	}
	for _, t := range d.sents[si].tokens {
		if strings.EqualFold(t.text, "it") {
			return true
		}
	}
	return false
}

// mainSubject reports whether token k of a parsed sentence is the subject
// of its main verb.
func mainSubject(s *sentence, k int) bool {
	w := s.words[k]
	return (w.Deprel == "nsubj" || w.Deprel == "nsubj:pass") && w.Head > 0 && s.words[w.Head-1].Deprel == "root"
}

// continuedPerson returns the person that "he" or "she" at token ti of
// sentence si stands for when it is the subject of the sentence's main
// verb, nothing named comes before it, and the sentence before names two
// people or more: the one that is the subject of that sentence's main
// verb ("Angela Merkel met Emmanuel Macron. She later called Joe
// Biden"), unless a courtesy title gives the other sex; or -1, leaving
// the pronoun to the latest person named.
func (d *document) continuedPerson(si, ti int, pronoun string, sexes map[int]string) int {
	if si == 0 || d.sents[si-1].headline {
		return -1
	}
	for _, mi := range d.inSentence(si) {
		if m := d.mentions[mi]; m.entity >= 0 && m.first < ti {
			return -1
		}
	}
	people := map[int]bool{}
	for _, mi := range d.inSentence(si - 1) {
		if m := d.mentions[mi]; m.via == "name" && m.entity >= 0 && d.entities[m.entity].typ == graph.Person {
			people[m.entity] = true
		}
	}
	if len(people) < 2 {
		return -1
	}
	s, prev := &d.sents[si], &d.sents[si-1]
	parseSentence(d.parser, s)
	if !mainSubject(s, ti) {
		return -1
	}
	parseSentence(d.parser, prev)
	for _, mi := range d.inSentence(si - 1) {
		m := d.mentions[mi]
		if m.via != "name" || m.entity < 0 || !people[m.entity] {
			continue
		}
		if sex := sexes[m.entity]; sex != "" && sex != pronoun {
			continue
		}
		for k := m.first; k < m.last; k++ {
			if mainSubject(prev, k) {
				return m.entity
			}
		}
	}
	return -1
}

// continuedDescription returns the organisation that a description at
// token ti of sentence si, its head at token head, stands for when it is
// the subject of the sentence's main verb, nothing named comes before it,
// and the sentence before names no organisation but goes on about one
// with "it" as its subject ("Google was fined by the Commission. It said
// it would appeal. The search giant also sued Oracle"); or -1.
func (d *document) continuedDescription(si, ti, head int, typ graph.Type) int {
	if typ != graph.Org || si == 0 || d.sents[si-1].headline {
		return -1
	}
	for _, mi := range d.inSentence(si) {
		if m := d.mentions[mi]; m.entity >= 0 && m.first < ti {
			return -1
		}
	}
	for _, mi := range d.inSentence(si - 1) {
		if m := d.mentions[mi]; m.via == "name" && m.entity >= 0 && d.entities[m.entity].typ == graph.Org {
			// The latest organisation named, which the description was
			// not found to stand for alone.
			return -1
		}
	}
	s, prev := &d.sents[si], &d.sents[si-1]
	for k, t := range prev.tokens {
		if !strings.EqualFold(t.text, "it") {
			continue
		}
		parseSentence(d.parser, s)
		parseSentence(d.parser, prev)
		if mainSubject(s, head) && mainSubject(prev, k) {
			return d.continuedSubject(si-1, k, 1)
		}
		return -1
	}
	return -1
}
