package main

import (
	"strings"
)

// reason says why a name is left out; "" keeps it.
type reason string

const (
	keep         reason = ""
	knownName    reason = "the gazetteer has the name"
	handList     reason = "left out by hand"
	commonWord   reason = "a common word"
	personalName reason = "a personal name"
	place        reason = "a place"
	otherName    reason = "another kind of name"
	shortAcronym reason = "three capitals"
)

// leftOut are names that the rules below let through but that news text
// uses for something else as often as for the company.
var leftOut = map[string]string{
	"Palo Alto":         "the Californian city",
	"Charles River":     "the river of Boston",
	"Dow":               "the Dow Jones index, as markets reports call it",
	"Edison":            "the inventor, and towns in the United States",
	"Old Dominion":      "Virginia's nickname, and its university",
	"Ralph Lauren":      "the designer as often as his company",
	"Cummins":           "the surname of sportsmen (Pat Cummins)",
	"Manchester United": "the football club, whose holding company's shares trade in New York",
}

// keptIn are names the rules below leave out but that news text uses for
// the company almost only.
var keptIn = map[string]string{
	"Philip Morris": "the tobacco company, named after its founder",
	"KKR":           "the buyout firm",
	"Baker Hughes":  "the oilfield services company, named after its founders",
}

// judge decides whether the gazetteer should know a company by name, and
// why not. known holds the keys of the names the gazetteer's other files
// hold. The rules, in order:
//
//  1. A name the hand lists above decide is decided so.
//  2. A name the gazetteer already holds is left out.
//  3. A name of three capitals or fewer is left out: many organisations
//     go by each, and the gazetteer would take the one an article spells
//     out for the company ("PTC", the Parents Television Council). Digits
//     make a name distinct ("3M", "F5").
//  4. A common word or phrase is left out: one the corpora write in lower
//     case three times or more, or at least as often as with a capital
//     away from the start of a sentence ("Target", "Progressive", "Waste
//     Management"), and a single word that the NER lexicon, having seen
//     it with a capital, most often finds no name ("Zebra"). Names in
//     capitals are exempt: the gazetteer matches them only as written.
//  5. A personal name is left out: one whose every word CoNLL-2003 tags
//     inside a person's name more often than inside an organisation's
//     ("Brown & Brown", "Cooper"), and a single word the corpora write
//     after a given name twice or more ("Abbott" of "Diane Abbott"). A
//     given name is a word that begins two names of people or more in
//     CoNLL-2003. (Only a single word: each word of "Franklin Resources"
//     follows a given name in "Franklin Resources" itself.) A name
//     ending in "'s" is judged without it: "Casey's" is "Casey" and his.
//  6. A place is left out: a single word that the NER lexicon types a
//     place, or CoNLL-2003 tags inside a place's name more often than
//     inside an organisation's ("Dover").
//  7. Another kind of name is left out: a single word CoNLL-2003 tags
//     inside the name of an event, a work, a product, an index or a
//     nationality more often than inside an organisation's ("Nasdaq", as
//     markets reports name the index).
func (ev *evidence) judge(name string, known map[string]bool) reason {
	if _, ok := keptIn[name]; ok {
		return keep
	}
	if _, ok := leftOut[name]; ok {
		return handList
	}
	if known[key(name)] {
		return knownName
	}
	if len(name) <= 3 && !strings.ContainsFunc(name, func(r rune) bool { return r < 'A' || r > 'Z' }) {
		return shortAcronym
	}
	words, _ := tokenise(name)
	if !isAcronym(name) && ev.isCommon(name, len(words) == 1) {
		return commonWord
	}
	personal := true
	for _, word := range words {
		word = strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "’s")
		if !ev.isPersonal(word, len(words) == 1) {
			personal = false
		}
	}
	if personal {
		return personalName
	}
	if len(words) == 1 && ev.isPlace(words[0]) {
		return place
	}
	if counts := ev.tagged[strings.ToLower(words[0])]; len(words) == 1 && counts != nil && counts.other > counts.organisation {
		return otherName
	}
	return keep
}

func (ev *evidence) isCommon(name string, single bool) bool {
	lower, capital := ev.lower[phrase(name)], ev.capital[phrase(name)]
	if lower >= 3 || lower > 0 && lower >= capital {
		return true
	}
	prior, ok := ev.prior(name)
	return single && ok && prior.Type == "O"
}

func (ev *evidence) isPersonal(word string, single bool) bool {
	if single && ev.afterGiven[phrase(word)] >= 2 {
		return true
	}
	counts := ev.tagged[strings.ToLower(word)]
	return counts != nil && counts.person > counts.organisation
}

func (ev *evidence) isPlace(word string) bool {
	if prior, ok := ev.prior(word); ok && prior.Type == "LOC" {
		return true
	}
	counts := ev.tagged[strings.ToLower(word)]
	return counts != nil && counts.place > counts.organisation
}
