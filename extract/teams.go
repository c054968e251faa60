package extract

import (
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/graph"
)

// Reports of sport name teams by their country or city: "England beat
// Wales", "Chelsea boss Jose Mourinho". In an article that reads as one,
// a place whose name stands where a team's does is taken for the team, an
// organisation, so that the place does not gather match results and the
// team is one entity with the team named elsewhere. In an article that
// uses no word of sport, a city the gazetteer knows is the city whatever
// the tagger made of it ("he visits Manchester, Liverpool, Leicester"),
// unless a team's word stands beside it ("Liverpool fans"), so that the
// city and the club named after it are two entities.
var (
	sportWords      = wordSet("sport_words")
	teamWordsBefore = wordSet("team_words_before")
	teamWordsAfter  = wordSet("team_words_after")
)

// minSportWords is how many different words of sport an article uses
// before its place names are read as teams: one is what an article on
// politics or business uses in passing ("a World Cup bid").
const minSportWords = 3

// minSentencesWithoutSport is how long an article without words of sport
// must be for its organisations that bear a place's name to be read as
// the places: a sentence or two ("Henry rejected a move to Barcelona")
// says too little of what the article is about.
const minSentencesWithoutSport = 5

// markTeams types as organisations the places of a report of sport (one
// that uses minSportWords words of sport) that one of their names shows
// to be a team, or that the article also names as an organisation (the
// tagger typed one mention of twenty otherwise), and as places the organisations of any other article,
// long enough to show it, that bear a known place's name (see
// markPlaces).
func (d *document) markTeams() {
	sport := d.sportWordsUsed()
	organisations := make(map[string]bool)
	for _, e := range d.entities {
		if e.typ == graph.Org {
			organisations[e.name] = true
		}
	}
	for _, e := range d.entities {
		switch {
		case sport >= minSportWords && e.typ == graph.GPE && (d.namesTeam(e) || organisations[e.name]):
			d.setType(e, graph.Org)
		case sport < minSportWords && len(d.sents) >= minSentencesWithoutSport && d.markPlaces(e, sport == 0):
			d.setType(e, graph.GPE)
		}
	}
}

// markPlaces reports whether an organisation of an article not about
// sport is the place whose name it bears: the tagger took it for an
// organisation (the gazetteer did not name it), the gazetteer knows the
// name as a place with a government, and no team's word stands beside
// it. In an article that uses a word of sport or two (a table of
// results, or "Liverpool football fans" in a report on politics), one of
// its mentions must also follow a preposition of place ("a stereotype of
// Liverpool"); in one that uses none (anywhere), that is not needed.
func (d *document) markPlaces(e *entity, anywhere bool) bool {
	if e.typ != graph.Org || e.canonical {
		return false
	}
	place, known := gazetteer.Lookup(e.name)
	return known && place.Type == graph.GPE && !d.namesTeam(e) && (anywhere || d.afterPlacePreposition(e))
}

// placePrepositions put a place's name after them: "in", "of", "from".
var placePrepositions = map[string]bool{"in": true, "of": true, "from": true, "at": true, "across": true, "near": true, "around": true, "outside": true}

// afterPlacePreposition reports whether a mention of e by name follows a
// preposition of place.
func (d *document) afterPlacePreposition(e *entity) bool {
	for _, mi := range e.mentions {
		m := d.mentions[mi]
		if m.via == "name" && m.first > 0 && placePrepositions[strings.ToLower(d.sents[m.sent].tokens[m.first-1].text)] {
			return true
		}
	}
	return false
}

// setType gives an entity and its mentions another type.
func (d *document) setType(e *entity, typ graph.Type) {
	e.typ = typ
	for _, mi := range e.mentions {
		d.mentions[mi].typ = typ
	}
}

// sportWordsUsed is how many different words of sport the article uses,
// counted up to minSportWords.
func (d *document) sportWordsUsed() int {
	seen := make(map[string]bool)
	for _, s := range d.sents {
		for _, t := range s.tokens {
			if word := strings.ToLower(t.text); sportWords[word] && !seen[word] {
				seen[word] = true
				if len(seen) >= minSportWords {
					return len(seen)
				}
			}
		}
	}
	return len(seen)
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
