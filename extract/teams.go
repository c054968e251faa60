package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// Reports of sport name teams by their country or city: "England beat
// Wales", "Chelsea boss Jose Mourinho". In an article that reads as one,
// a place whose name stands where a team's does is taken for the team, an
// organisation, so that the place does not gather match results and the
// team is one entity with the team named elsewhere. Elsewhere a place the
// gazetteer knows is the place, whatever the tagger made of it (see
// typeMention), unless a team's word stands beside it ("Liverpool fans").
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
// one of their names shows to be a team, or that the report also names
// as an organisation (the tagger typed one mention of twenty otherwise).
// The names that stand for the place itself even there, in the dateline
// ("BIRMINGHAM, England 1996-08-31") or after a word of place ("a
// friendly in Japan"), stay with the place, an entity apart from its
// team; but a word of place is no sign where the report names the team
// as an organisation too ("to invest in Liverpool").
func (d *document) markTeams() {
	if !d.aboutSport() {
		return
	}
	organisations := make(map[string]bool)
	for _, e := range d.entities {
		if e.typ == graph.Org {
			organisations[e.name] = true
		}
	}
	for _, e := range d.entities[:len(d.entities)] {
		if e.typ != graph.GPE || !d.namesTeam(e) && !organisations[e.name] {
			continue
		}
		var team, place []int
		for _, mi := range e.mentions {
			if d.mentions[mi].via == "name" && d.namesPlace(mi, !organisations[e.name]) {
				place = append(place, mi)
			} else {
				team = append(team, mi)
			}
		}
		e.typ, e.mentions = graph.Org, team
		for _, mi := range team {
			d.mentions[mi].typ = graph.Org
		}
		d.placeApart(e, place)
	}
}

// placeApart makes the mentions place, taken out of entity e, an entity
// of their own: the place that e, a team or a club, is named after.
func (d *document) placeApart(e *entity, place []int) {
	if len(place) == 0 {
		return
	}
	d.entities = append(d.entities, &entity{name: e.name, typ: graph.GPE, canonical: e.canonical, forms: map[string]bool{}})
	for _, mi := range place {
		d.mentions[mi].typ = graph.GPE
		d.attach(len(d.entities)-1, mi)
	}
}

// namesPlace reports whether mention mi stands for a place, whatever the
// article is about: it is in a dateline, or, if byWord, a word of place
// goes before it, and not before what the name has ("in England's
// defeat").
func (d *document) namesPlace(mi int, byWord bool) bool {
	m := d.mentions[mi]
	tokens := d.sents[m.sent].tokens
	possessed := m.last < len(tokens) && (tokens[m.last].text == "'s" || tokens[m.last].text == "'")
	return byWord && m.first > 0 && placeWordsBefore[strings.ToLower(tokens[m.first-1].text)] && !possessed || m.first < d.dateline(m.sent)
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
// beside it, or a score right after it, as a table of results gives
// one: "Wigan 2 Luton 1", "Durham 114", but not a year ("reaching
// Germany 2006") or the dateline's "LONDON 1996-08-30".
func (d *document) namesTeam(e *entity) bool {
	for _, mi := range e.mentions {
		m := d.mentions[mi]
		if m.via != "name" {
			continue
		}
		toks := d.sents[m.sent].tokens
		if teamWordBeside(toks, m.first, m.last) || m.last < len(toks) && isScore(toks[m.last].text) && m.first >= d.dateline(m.sent) {
			return true
		}
	}
	return false
}

// teamWordBeside reports whether the name of tokens first to last has a
// team's word before or after it; a possessive ("England's captain") is
// passed over.
func teamWordBeside(tokens []token, first, last int) bool {
	if first > 0 && teamWordsBefore[strings.ToLower(tokens[first-1].text)] {
		return true
	}
	next := last
	if next < len(tokens) && (tokens[next].text == "'s" || tokens[next].text == "'") {
		next++
	}
	return next < len(tokens) && teamWordsAfter[strings.ToLower(tokens[next].text)]
}

// isScore reports whether word is a number of at most three digits: a
// team's score, not a year.
func isScore(word string) bool {
	return isNumber(word) && len(word) <= 3
}
