package rules

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/graph"
)

// Rules is a parsed curation file. The zero value, and a nil *Rules,
// change nothing.
type Rules struct {
	merge         map[string]string     // folded name -> canonical name as written
	apart         map[string][]string   // folded name -> folded names kept apart from it
	types         map[string]graph.Type // folded name -> type
	drop          map[string]bool       // folded names
	dropRelations []relationRule

	// mergeLine and typeLine are where each name's merge and type rule
	// was given, to name it when a later line contradicts it.
	mergeLine, typeLine map[string]int
	// predicates are the predicates drop-relation rules name, each with
	// the line that first names it, in line order.
	predicates []NamedPredicate
	// names are the names rules look for among an article's entities,
	// each with the rule and line that first name it, in line order.
	names []NamedName
}

// NamedName is a name a rule looks for among an article's entities (a
// name merged, kept apart, typed or dropped, or the object of a dropped
// relation), as written, with the rule's keyword and the line of the
// file that first names it so.
type NamedName struct {
	Keyword string
	Name    string
	Line    int
}

// Names returns the names the rules look for among an article's
// entities, each once a keyword, with the first line that names it, in
// line order. The canonical name of a merge is not among them: it is
// what the rule gives.
func (r *Rules) Names() []NamedName {
	if r == nil {
		return nil
	}
	return r.names
}

// Canonical reports whether a merge rule gives the name (compared as
// graph.FoldName folds it).
func (r *Rules) Canonical(name string) bool {
	if r == nil {
		return false
	}
	folded := graph.FoldName(name)
	for _, canonical := range r.merge {
		if graph.FoldName(canonical) == folded {
			return true
		}
	}
	return false
}

// lookFor records that the rule of keyword on line looks for name.
func (r *Rules) lookFor(keyword, name string, line int) {
	folded := graph.FoldName(name)
	if !slices.ContainsFunc(r.names, func(n NamedName) bool { return n.Keyword == keyword && graph.FoldName(n.Name) == folded }) {
		r.names = append(r.names, NamedName{Keyword: keyword, Name: name, Line: line})
	}
}

// NamedPredicate is a predicate a drop-relation rule names, in the
// vocabulary's spelling, and the line of the file that first names it.
type NamedPredicate struct {
	Predicate string
	Line      int
}

// Predicates returns the predicates the drop-relation rules name, each
// once, with the first line that names it, in line order.
func (r *Rules) Predicates() []NamedPredicate {
	if r == nil {
		return nil
	}
	return r.predicates
}

// Apart reports whether an apart rule keeps the names a and b apart.
func (r *Rules) Apart(a, b string) bool {
	return r != nil && slices.Contains(r.apart[graph.FoldName(a)], graph.FoldName(b))
}

// KeptApart returns, for a name as graph.FoldName folds it, the folded
// names an apart rule keeps it apart from.
func (r *Rules) KeptApart(folded string) []string {
	if r == nil {
		return nil
	}
	return r.apart[folded]
}

// relationRule is one drop-relation line. At most one of objectType and
// object is set; with neither, every relation of the predicate goes.
type relationRule struct {
	predicate  string // canonical (graph.CanonicalPredicate)
	objectType graph.Type
	object     string // folded name
}

// The keywords of the rules, in the order the package documentation lists
// them.
const (
	keywordMerge        = "merge"
	keywordApart        = "apart"
	keywordType         = "type"
	keywordDrop         = "drop"
	keywordDropRelation = "drop-relation"
)

// maxErrors is how many bad lines Parse reports before it stops reading.
const maxErrors = 20

// Parse reads a curation file; name is what its errors call it. Every bad
// line, up to twenty, is reported, each as a *SyntaxError, joined with
// errors.Join.
func Parse(name string, text []byte) (*Rules, error) {
	r := &Rules{
		merge: make(map[string]string), apart: make(map[string][]string),
		types: make(map[string]graph.Type), drop: make(map[string]bool),
		mergeLine: make(map[string]int), typeLine: make(map[string]int),
	}
	var problems []error
	for i, line := range strings.Split(string(text), "\n") {
		if len(problems) == maxErrors {
			break
		}
		if message := r.add(line, i+1); message != "" {
			problems = append(problems, &SyntaxError{File: name, Line: i + 1, Message: message})
		}
	}
	if err := errors.Join(problems...); err != nil {
		return nil, err
	}
	return r, nil
}

// add parses one line into r and returns what is wrong with it, or "".
func (r *Rules) add(line string, number int) string {
	if !utf8.ValidString(line) {
		return "not valid UTF-8"
	}
	line = strings.TrimSpace(line)
	if line == "" || strings.HasPrefix(line, "#") {
		return ""
	}
	keyword, arguments, found := strings.Cut(line, ":")
	if !found {
		return fmt.Sprintf("%q is not a rule: want KEYWORD: ARGUMENTS (merge, apart, type, drop or drop-relation)", line)
	}
	keyword = strings.ToLower(strings.TrimSpace(keyword))
	arguments = strings.TrimSpace(arguments)
	switch keyword {
	case keywordMerge:
		name, canonical, message := pair(arguments, "=", "merge: NAME = CANONICAL")
		if message != "" {
			return message
		}
		if graph.FoldName(name) == graph.FoldName(canonical) {
			return fmt.Sprintf("%q is merged into itself", name)
		}
		key := graph.FoldName(name)
		if earlier, given := r.mergeLine[key]; given {
			if graph.FoldName(r.merge[key]) != graph.FoldName(canonical) {
				return fmt.Sprintf("merge of %q contradicts line %d, which merges it into %q", name, earlier, r.merge[key])
			}
			return ""
		}
		r.merge[key], r.mergeLine[key] = canonical, number
		r.lookFor(keywordMerge, name, number)
		return ""
	case keywordApart:
		first, second, message := pair(arguments, "|", "apart: NAME | NAME")
		if message != "" {
			return message
		}
		a, b := graph.FoldName(first), graph.FoldName(second)
		if a == b {
			return fmt.Sprintf("%q is kept apart from itself", first)
		}
		if !slices.Contains(r.apart[a], b) {
			r.apart[a] = append(r.apart[a], b)
			r.apart[b] = append(r.apart[b], a)
		}
		r.lookFor(keywordApart, first, number)
		r.lookFor(keywordApart, second, number)
		return ""
	case keywordType:
		name, typeName, message := pair(arguments, "=", "type: NAME = TYPE")
		if message != "" {
			return message
		}
		t, err := graph.ParseType(typeName)
		if err != nil {
			return fmt.Sprintf("unknown type %q (want PERSON, ORG, GPE or LOC)", typeName)
		}
		key := graph.FoldName(name)
		if earlier, given := r.typeLine[key]; given {
			if r.types[key] != t {
				return fmt.Sprintf("type of %q contradicts line %d, which makes it %s", name, earlier, r.types[key])
			}
			return ""
		}
		r.types[key], r.typeLine[key] = t, number
		r.lookFor(keywordType, name, number)
		return ""
	case keywordDrop:
		if graph.FoldName(arguments) == "" {
			return "drop needs a name: drop: NAME"
		}
		r.drop[graph.FoldName(arguments)] = true
		r.lookFor(keywordDrop, arguments, number)
		return ""
	case keywordDropRelation:
		return r.addRelationRule(arguments, number)
	}
	return fmt.Sprintf("unknown keyword %q (want merge, apart, type, drop or drop-relation)", keyword)
}

// pair splits "LEFT sep RIGHT", both sides names that fold to something.
func pair(arguments, separator, form string) (left, right, message string) {
	left, right, found := strings.Cut(arguments, separator)
	left, right = strings.TrimSpace(left), strings.TrimSpace(right)
	if !found || graph.FoldName(left) == "" || graph.FoldName(right) == "" {
		return "", "", fmt.Sprintf("want %s", form)
	}
	return left, right, ""
}

func (r *Rules) addRelationRule(arguments string, number int) string {
	predicate, object, hasObject := strings.Cut(arguments, "->")
	// Stored predicates are in the vocabulary's spelling; so is the rule's.
	rule := relationRule{predicate: graph.CanonicalPredicate(predicate)}
	if rule.predicate == "" || strings.ContainsFunc(rule.predicate, unicode.IsSpace) {
		return "want drop-relation: PREDICATE or drop-relation: PREDICATE -> TYPE|NAME, the predicate one word"
	}
	if hasObject {
		object = strings.TrimSpace(object)
		if t, err := graph.ParseType(object); err == nil {
			rule.objectType = t
		} else if rule.object = graph.FoldName(object); rule.object == "" {
			return "drop-relation: nothing after ->; want a type or a name"
		} else {
			r.lookFor(keywordDropRelation, object, number)
		}
	}
	if !slices.Contains(r.dropRelations, rule) {
		r.dropRelations = append(r.dropRelations, rule)
	}
	if !slices.ContainsFunc(r.predicates, func(named NamedPredicate) bool { return named.Predicate == rule.predicate }) {
		r.predicates = append(r.predicates, NamedPredicate{Predicate: rule.predicate, Line: number})
	}
	return ""
}
