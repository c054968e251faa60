package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/graph"
)

// Reports of sport name teams by their country or city: "England beat
// Wales", "Chelsea boss Jose Mourinho". In an article that reads as one,
// a place whose name stands where a team's does is taken for the team, an
// organisation, so that the place does not gather match results and the
// team is one entity with the team named elsewhere.
var (
	sportWords       = wordSet("sport_words")
	teamWordsBefore  = wordSet("team_words_before")
	teamWordsAfter   = wordSet("team_words_after")
	placeWordsBefore = wordSet("place_words_before")
)

// minSportWords is how many different words of sport an article uses
// before its place names are read as teams: one is what an article on
// politics or business uses in passing ("a World Cup bid").
const minSportWords = 3

// markTeams types as organisations the places of a report of sport that
// one of their names shows to be a team. The names that stand for the
// place itself even there, in the dateline ("BIRMINGHAM, England
// 1996-08-31") or after a word of place ("a friendly in Japan"), stay
// with the place, an entity apart from its team.
func (d *document) markTeams() {
	if !d.aboutSport() {
		return
	}
	for _, e := range d.entities[:len(d.entities)] {
		if e.typ != graph.GPE || !d.namesTeam(e) {
			continue
		}
		var team, place []int
		for _, mi := range e.mentions {
			if d.mentions[mi].via == "name" && d.namesPlace(mi) {
				place = append(place, mi)
			} else {
				team = append(team, mi)
			}
		}
		e.typ, e.mentions = graph.Org, team
		for _, mi := range team {
			d.mentions[mi].typ = graph.Org
		}
		if len(place) == 0 {
			continue
		}
		d.entities = append(d.entities, &entity{name: e.name, typ: graph.GPE, canonical: e.canonical, forms: map[string]bool{}})
		for _, mi := range place {
			d.attach(len(d.entities)-1, mi)
		}
	}
}

// namesPlace reports whether mention mi stands for a place, whatever the
// article is about: it is in a dateline, or a word of place goes before
// it.
func (d *document) namesPlace(mi int) bool {
	m := d.mentions[mi]
	tokens := d.sents[m.sent].tokens
	return m.first > 0 && placeWordsBefore[strings.ToLower(tokens[m.first-1].text)] || d.dateline(m.sent)
}

// maxDatelineTokens bounds the length of a dateline: "ROCHESTER, N.H.
// 1996-08-30", "LONDON, Jan 5 (Reuters)".
const maxDatelineTokens = 12

// dateline reports whether sentence si is an article's dateline: names of
// places, commas and nothing else before a date, in the first lines of
// the article.
func (d *document) dateline(si int) bool {
	tokens := d.sents[si].tokens
	if si > 2 || len(tokens) > maxDatelineTokens {
		return false
	}
	named := make([]bool, len(tokens))
	for _, mi := range d.inSentence(si) {
		if m := d.mentions[mi]; m.via == "name" {
			for k := m.first; k < m.last; k++ {
				named[k] = true
			}
		}
	}
	for k, t := range tokens {
		switch {
		case k > 0 && isDate(tokens, k):
			return true
		case !named[k] && hasLetterOrDigit(t.text):
			return false
		}
	}
	return false
}

// numericDate matches a date written in digits: "1996-08-31", "31/08/96".
var numericDate = regexp.MustCompile(`^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4})$`)

// isDate reports whether a date starts at token k: in digits, or a
// month's name or abbreviation and a day ("Jan 5", "August 31").
func isDate(tokens []token, k int) bool {
	if numericDate.MatchString(tokens[k].text) {
		return true
	}
	month := strings.TrimSuffix(tokens[k].text, ".")
	return (calendarWords[month] || monthAbbreviations[month]) && k+1 < len(tokens) && isNumber(tokens[k+1].text)
}

// monthAbbreviations are the months as datelines shorten them.
var monthAbbreviations = map[string]bool{
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

// aboutSport reports whether the article uses minSportWords different
// words of sport.
func (d *document) aboutSport() bool { return d.usesSportWords(minSportWords) }

// usesSportWords reports whether the article uses n different words of
// sport.
func (d *document) usesSportWords(n int) bool {
	seen := make(map[string]bool)
	for _, s := range d.sents {
		for _, t := range s.tokens {
			if word := strings.ToLower(t.text); sportWords[word] && !seen[word] {
				seen[word] = true
				if len(seen) >= n {
					return true
				}
			}
		}
	}
	return false
}

// namesTeam reports whether a mention of e by name has a team's word
// before or after it; a possessive ("England's captain") is passed over.
func (d *document) namesTeam(e *entity) bool {
	for _, mi := range e.mentions {
		m := d.mentions[mi]
		if m.via != "name" {
			continue
		}
		tokens := d.sents[m.sent].tokens
		if m.first > 0 && teamWordsBefore[strings.ToLower(tokens[m.first-1].text)] {
			return true
		}
		next := m.last
		if next < len(tokens) && (tokens[next].text == "'s" || tokens[next].text == "'") {
			next++
		}
		if next < len(tokens) && teamWordsAfter[strings.ToLower(tokens[next].text)] {
			return true
		}
	}
	return false
}
