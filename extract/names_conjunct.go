package extract

import (
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/graph"
)

// conjunctMentions finds the names the tagger missed that are coordinated
// with an organisation or a place it found, and gives them its type:
// "Arsenal and Liverpool, who finished above City" names two clubs where
// the tagger found one. The missed name is one to maxCuedWords
// capitalised words not yet covered among the tokens of sentence si,
// right before "and" or "or" and a name of found (the sentence's names so
// far), or right after one of them and the word. At the start of a
// sentence it is a word the article never writes small; elsewhere it
// follows a word in lower case or a comma. No role, title, nationality,
// single letter or word of the calendar is taken, nor a word before a
// name that ends in an organisation's head, which holds the "and" ("Test
// and County Cricket Board"). A person's name is left out: names of
// people and of what they make ("Jay-Z and Roc-A-Fella") are listed
// together.
func (d *document) conjunctMentions(si int, covered []bool, lower map[string]bool, found []mention) []mention {
	s := d.sents[si]
	if s.headline {
		return nil
	}
	toks := s.tokens
	var out []mention
	for _, f := range found {
		if f.via != "name" || f.typ == graph.Person {
			continue
		}
		// Before the name: "Arsenal and" "Liverpool".
		if and := f.first - 1; and > 0 && isConjunction(toks[and].text) && !isOrganisationHead(toks[f.last-1].text) {
			first := and
			for first > 0 && and-first < maxCuedWords && !covered[first-1] && startsUpper(toks[first-1].text) && isNameWord(toks[first-1].text) {
				first--
			}
			if first < and && d.conjunctName(toks, first, and, lower) {
				out = append(out, d.conjunct(si, first, and, f, covered))
			}
		}
		// After the name: "Liverpool and" "Arsenal".
		if and := f.last; and+1 < len(toks) && isConjunction(toks[and].text) {
			last := and + 1
			for last < len(toks) && last-and-1 < maxCuedWords && !covered[last] && startsUpper(toks[last].text) && isNameWord(toks[last].text) {
				last++
			}
			if last > and+1 && (last == len(toks) || !startsUpper(toks[last].text)) && d.conjunctName(toks, and+1, last, lower) {
				out = append(out, d.conjunct(si, and+1, last, f, covered))
			}
		}
	}
	return out
}

// conjunct makes the mention of tokens first to last of sentence si with
// the type of the name f it is coordinated with, and covers its tokens.
func (d *document) conjunct(si, first, last int, f mention, covered []bool) mention {
	m := d.newMention(si, first, last)
	m.typ = f.typ
	for k := first; k < last; k++ {
		covered[k] = true
	}
	return m
}

// isConjunction reports whether word joins names: "and", "or".
func isConjunction(word string) bool {
	return word == "and" || word == "or"
}

// conjunctName reports whether the capitalised words first to last, not
// yet covered, may be a name: at the start of a sentence a word the
// article never writes small, elsewhere after a word in lower case or a
// comma; no role, title, nationality, single letter or word of the
// calendar.
func (d *document) conjunctName(toks []token, first, last int, lower map[string]bool) bool {
	w := toks[first].text
	switch {
	case first == 0 && !opensWithName(w, lower),
		first > 0 && !startsLower(toks[first-1].text) && toks[first-1].text != ",",
		functionWords[strings.ToLower(w)] || calendarWords[w] || isRoleWord(w) || courtesyTitles[w] || ranks[w] || describesName(w) || sentenceAdverbs[strings.ToLower(w)] || len(w) < 2:
		return false
	}
	for k := first; k < last; k++ {
		if _, ok := gazetteer.Demonym(toks[k].text); ok || isRoleWord(toks[k].text) {
			return false
		}
	}
	return true
}
