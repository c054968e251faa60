package extract

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/graph"
)

// reportingVerbs are verbs of speech and news work: with a news outlet
// on either side, what they state is a report.
var reportingVerbs = wordSet("reporting_verbs")

// outlets are the patterns of news outlets' names.
var outlets = outletPatterns(readLexicon("news_outlets"))

// outletPattern is one entry of news_outlets: its words, folded, and
// whether a "*" stands for more words before or after them.
type outletPattern struct {
	words         []string
	before, after bool
}

// outletWildcard stands for one word or more in a news_outlets entry.
const outletWildcard = "*"

func outletPatterns(entries []lexiconEntry) []outletPattern {
	patterns := make([]outletPattern, 0, len(entries))
	for _, e := range entries {
		words := strings.Fields(e.key)
		p := outletPattern{before: words[0] == outletWildcard, after: words[len(words)-1] == outletWildcard}
		if p.before {
			words = words[1:]
		}
		if p.after && len(words) > 0 {
			words = words[:len(words)-1]
		}
		p.words = outletWords(strings.Join(words, " "))
		if len(p.words) == 0 || slices.Contains(p.words, outletWildcard) {
			panic("extract: news_outlets.txt:" + e.key + ": a \"*\" may only stand first or last, beside a name")
		}
		patterns = append(patterns, p)
	}
	return patterns
}

// outletWords folds a name for comparison with the outlets: lower case,
// without a possessive 's, a leading "the" or a full stop at the end.
func outletWords(name string) []string {
	name = strings.ToLower(strings.NewReplacer("'s ", " ", "’s ", " ").Replace(name + " "))
	words := strings.Fields(name)
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	if last := len(words) - 1; last >= 0 {
		words[last] = strings.TrimSuffix(words[last], ".")
	}
	return words
}

// matches reports whether a name's folded words fit the pattern.
func (p outletPattern) matches(words []string) bool {
	for start := 0; start+len(p.words) <= len(words); start++ {
		end := start + len(p.words)
		if (start > 0) != p.before || (end < len(words)) != p.after {
			continue
		}
		if slices.Equal(words[start:end], p.words) {
			return true
		}
	}
	return false
}

// outlet reports whether an entity is a news outlet: not a person, and
// named, by its name or an alias, as news_outlets lists.
func (e *entity) outlet() bool {
	if e.typ == graph.Person {
		return false
	}
	for _, name := range append([]string{e.name}, e.aliases...) {
		words := outletWords(name)
		if slices.ContainsFunc(outlets, func(p outletPattern) bool { return p.matches(words) }) {
			return true
		}
	}
	return false
}

// reporting reports whether an event is a report: a reporting verb
// between someone and a news outlet.
func (d *document) reporting(r relation) bool {
	verb, _, _ := strings.Cut(r.predicate, "_")
	return r.kind == graph.Event && reportingVerbs[verb] && (d.entities[r.subject].outlet() || d.entities[r.object].outlet())
}
