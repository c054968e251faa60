package lookup

import (
	"slices"

	"github.com/kg-project/kg/extract/parse"
	"github.com/kg-project/kg/graph"
)

// verbTags are the forms of a verb a predicate may be typed in: "met",
// "meets" and "meeting" all stand for meet.
var verbTags = []string{"VBD", "VBN", "VBZ", "VBG"}

// Predicate returns the predicate of stored (sorted) that typed stands
// for: its canonical form, the form with _of ("president" for
// president_of), or the lemma of a verb form.
func Predicate(typed string, stored []string) (string, bool) {
	candidates := []string{graph.CanonicalPredicate(typed), graph.CanonicalPredicate(typed + "_of")}
	for _, tag := range verbTags {
		candidates = append(candidates, graph.CanonicalPredicate(parse.Lemma(typed, tag)))
	}
	for _, candidate := range candidates {
		if _, found := slices.BinarySearch(stored, candidate); found {
			return candidate, true
		}
	}
	return "", false
}

// Inverse returns the predicate of stored (sorted) that states predicate
// the other way round, if it has one.
func Inverse(predicate string, stored []string) (string, bool) {
	p, found := graph.LookupPredicate(predicate)
	if !found || p.Nature != graph.Inverse {
		return "", false
	}
	_, found = slices.BinarySearch(stored, p.Inverse)
	return p.Inverse, found
}
