package store

import (
	"strings"
	"unicode/utf8"
)

// apostrophes maps the typographic apostrophes news text uses onto the
// ASCII one, so "O’Brien" and "O'Brien" name the same entity.
var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'", "\u2032", "'")

// normalise is the form names and aliases are indexed and looked up by:
// lower case, typographic apostrophes made ASCII, whitespace runs made one
// space, no leading or trailing space.
func normalise(name string) string {
	return strings.Join(strings.Fields(strings.ToLower(apostrophes.Replace(name))), " ")
}

// match classes for Closest, best first.
const (
	matchExact = iota
	matchPrefix
	matchSubstring
	matchOther
)

// closeness ranks candidate against query: first by class, then by edit
// distance.
type closeness struct {
	class    int
	distance int
}

func (c closeness) less(other closeness) bool {
	if c.class != other.class {
		return c.class < other.class
	}
	return c.distance < other.distance
}

func measure(query, candidate string) closeness {
	switch {
	case candidate == query:
		return closeness{class: matchExact}
	case strings.HasPrefix(candidate, query):
		return closeness{class: matchPrefix, distance: editDistance(query, candidate)}
	case strings.Contains(candidate, query):
		return closeness{class: matchSubstring, distance: editDistance(query, candidate)}
	}
	return closeness{class: matchOther, distance: editDistance(query, candidate)}
}

// editDistance is the Levenshtein distance between a and b in runes.
func editDistance(a, b string) int {
	if utf8.RuneCountInString(a) < utf8.RuneCountInString(b) {
		a, b = b, a
	}
	short := []rune(b)
	row := make([]int, len(short)+1)
	for j := range row {
		row[j] = j
	}
	i := 0
	for _, ra := range a {
		i++
		diagonal := row[0]
		row[0] = i
		for j, rb := range short {
			cost := 1
			if ra == rb {
				cost = 0
			}
			next := min(row[j+1]+1, row[j]+1, diagonal+cost)
			diagonal = row[j+1]
			row[j+1] = next
		}
	}
	return row[len(short)]
}
