package extract

import "strings"

// A plural description stands for the names listed just before it: "Crown
// Prince Frederik and Crown Princess Mary visited New York. The pair were
// at a library to honour Harold Bloom", "Ford and Fiat ... the two
// companies". Each name of the list takes part in what the description
// does. The list is the latest one of the description's sentence before
// it or of the sentence before, two names of one kind joined by "and"
// with no more than a title between them; the head noun
// (plural_descriptions) may ask for a kind.

// pluralDescriptions are the head nouns of a plural description, each
// with the type of entity it stands for, or "any"; "two" and a noun give
// the type of "the two" before the noun.
var pluralDescriptions = wordMap("plural_descriptions")

// pluralPronouns stand for a list of organisations in the sentence
// before, as a plural description does: "Honda and Nissan started talks.
// Mitsubishi Motors was expected to join them". In the list's own
// sentence they are too often others ("Honda and Nissan said analysts
// expected them to merge").
var pluralPronouns = map[string]bool{"they": true, "them": true}

// pluralReach bounds how many sentences back a plural description's list
// is looked for.
const pluralReach = 1

// maxListGap bounds the words between two listed names: "Frederik and
// Crown Princess Mary".
const maxListGap = 4

// listed returns the mentions that word i stands for when it heads a
// plural description ("the pair", "the two companies", "the two") or is
// a plural pronoun, or nil.
func (r *clauseReader) listed(i int) []int {
	if r.mention[i] >= 0 || r.within[i] >= 0 {
		return nil
	}
	kind := ""
	switch w := r.words[i]; {
	case w.upos == "PRON":
		if !pluralPronouns[strings.ToLower(w.form)] {
			return nil
		}
		kind = "ORG"
	case w.upos != "NOUN" && w.upos != "NUM":
		return nil
	default:
		det := r.child(i, "det")
		if det < 0 || r.words[det].form != "the" && r.words[det].form != "both" {
			return nil
		}
		kind = pluralDescriptions[w.form]
		if kind == "" && r.words[det].form == "both" {
			// "both companies" as "the two companies".
			if kind = pluralDescriptions["two "+w.form]; kind == "" {
				kind = "any"
			}
		}
	}
	if kind == "" {
		// "the two companies": a number of two before any plural noun.
		two := false
		for _, c := range r.children[i] {
			two = two || r.words[c].deprel == "nummod" && r.words[c].form == "two"
		}
		if !two {
			return nil
		}
		kind = pluralDescriptions["two "+r.words[i].form]
		if kind == "" {
			kind = "any"
		}
	}
	first, last := r.sent-pluralReach, r.sent
	if r.words[i].upos == "PRON" {
		last = r.sent - 1
	}
	for si := last; si >= 0 && si >= first; si-- {
		before := len(r.d.sents[si].tokens)
		if si == r.sent {
			before = i
		}
		if list := r.d.latestList(si, before, kind); len(list) > 1 {
			return list
		}
	}
	return nil
}

// mayStandForList reports whether sentence si holds the head of a plural
// description, and a list of names it may stand for comes before it. A
// plural pronoun alone is not enough: in a sentence with one name besides
// it, "they" is too often others ("a woman who claimed they tried to
// blackmail him").
func (d *document) mayStandForList(si int) bool {
	toks := d.sents[si].tokens
	plural := false
	for _, t := range toks {
		w := strings.ToLower(t.text)
		plural = plural || pluralDescriptions[w] != "" || w == "two" || w == "both"
	}
	if !plural {
		return false
	}
	for k := si; k >= 0 && k >= si-pluralReach; k-- {
		if len(d.latestList(k, len(d.sents[k].tokens), "any")) > 1 {
			return true
		}
	}
	return false
}

// latestList returns the last pair of names of sentence si that ends
// before token before and that kind fits, joined by "and".
func (d *document) latestList(si, before int, kind string) []int {
	ms := d.inSentence(si)
	toks := d.sents[si].tokens
	for k := len(ms) - 1; k > 0; k-- {
		b := d.mentions[ms[k]]
		if b.last > before || b.via != "name" || b.entity < 0 {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			a := d.mentions[ms[j]]
			if a.last > b.first || a.via != "name" || a.entity < 0 {
				continue
			}
			if a.entity != b.entity && a.typ == b.typ && (kind == "any" || string(a.typ) == kind) && andBetween(toks, a.last, b.first) {
				return []int{ms[j], ms[k]}
			}
			break
		}
	}
	return nil
}

// andBetween reports whether tokens [from, to) join two names: "and",
// with no more than a title after it.
func andBetween(toks []token, from, to int) bool {
	if to-from < 1 || to-from > maxListGap || strings.ToLower(toks[from].text) != "and" {
		return false
	}
	for _, t := range toks[from+1 : to] {
		if !startsUpper(t.text) || !isWord(t.text) {
			return false
		}
	}
	return true
}
