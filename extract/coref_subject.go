package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// openingConjunctions may stand before "It" at the start of a sentence
// that goes on about the subject of the one before.
var openingConjunctions = map[string]bool{"and": true, "but": true}

// continuedSubject returns the organisation that "It" at token ti of
// sentence si stands for when it opens the sentence as its subject: the
// organisation named as the subject of the main verb of the sentence
// before ("Sony has taken the prize. It won the award for"), or -1.
// "It" taken as a placeholder ("It is thought that", "It was hoped she")
// stands for nothing.
func (d *document) continuedSubject(si, ti int) int {
	toks := d.sents[si].tokens
	if si == 0 || d.sents[si-1].headline || ti > 1 || ti == 1 && !openingConjunctions[strings.ToLower(toks[0].text)] {
		return -1
	}
	prev := &d.sents[si-1]
	subject := -1
	for _, mi := range d.inSentence(si - 1) {
		m := d.mentions[mi]
		if m.via != "name" || m.entity < 0 || d.entities[m.entity].typ != graph.Org {
			continue
		}
		parseSentence(d.parser, prev)
		for k := m.first; k < m.last; k++ {
			w := prev.words[k]
			if (w.Deprel == "nsubj" || w.Deprel == "nsubj:pass") && w.Head > 0 && prev.words[w.Head-1].Deprel == "root" {
				subject = m.entity
			}
		}
	}
	if subject < 0 {
		return -1
	}
	parseSentence(d.parser, &d.sents[si])
	if !d.verbAfter(si, ti) {
		return -1
	}
	for k := ti + 1; k+1 < len(toks); k++ {
		if toks[k].tag == "VBN" {
			if next := toks[k+1]; next.text == "that" || next.text == "to" || next.tag == "PRP" {
				return -1
			}
			break
		}
	}
	return subject
}
