package extract

import (
	"strings"

	"github.com/kg-project/kg/graph"
)

// Reports of sport name teams by their country or city: "England beat
// Wales", "Chelsea boss Jose Mourinho". In an article that reads as one,
// a place whose name stands where a team's does is taken for the team, an
// organisation, so that the place does not gather match results and the
// team is one entity with the team named elsewhere.
var (
	sportWords      = wordSet("sport_words")
	teamWordsBefore = wordSet("team_words_before")
	teamWordsAfter  = wordSet("team_words_after")
)

// minSportWords is how many different words of sport an article uses
// before its place names are read as teams: one is what an article on
// politics or business uses in passing ("a World Cup bid").
const minSportWords = 3

// markTeams types as organisations the places of a report of sport that
// one of their names shows to be a team.
func (d *document) markTeams() {
	if !d.aboutSport() {
		return
	}
	for _, e := range d.entities {
		if e.typ != graph.GPE || !d.namesTeam(e) {
			continue
		}
		e.typ = graph.Org
		for _, mi := range e.mentions {
			d.mentions[mi].typ = graph.Org
		}
	}
}

// aboutSport reports whether the article uses minSportWords different
// words of sport.
func (d *document) aboutSport() bool {
	seen := make(map[string]bool)
	for _, s := range d.sents {
		for _, t := range s.tokens {
			if word := strings.ToLower(t.text); sportWords[word] && !seen[word] {
				seen[word] = true
				if len(seen) >= minSportWords {
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
