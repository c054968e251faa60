package graph

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// The predicate vocabulary is data: predicates.txt lists each canonical
// predicate with its nature, the spellings folded into it and a gloss.
//
//go:embed predicates.txt
var predicatesFile string

// Nature says how a predicate's subject and object stand to each other.
type Nature int

// The natures of predicates.
const (
	Directed  Nature = iota // the subject acts on, or holds a post of, the object
	Symmetric               // both sides are in it alike: "A meet B" is "B meet A"
	Inverse                 // states Predicate.Inverse with subject and object swapped
)

func (n Nature) String() string {
	switch n {
	case Directed:
		return "directed"
	case Symmetric:
		return "symmetric"
	case Inverse:
		return "inverse"
	}
	return fmt.Sprintf("Nature(%d)", int(n))
}

// Predicate is one entry of the vocabulary.
type Predicate struct {
	Name     string   // the canonical spelling
	Nature   Nature   // how subject and object stand to each other
	Inverse  string   // with Nature Inverse: the predicate it states the other way round
	Variants []string // spellings folded into Name
	Gloss    string   // what "subject Name object" says
}

// vocabulary is predicates.txt read.
type vocabulary struct {
	predicates []Predicate
	byName     map[string]*Predicate
	canonical  map[string]string // a variant's canonical spelling
}

// roleSuffix ends a role predicate: "president_of".
const roleSuffix = "_of"

var loadVocabulary = sync.OnceValue(func() *vocabulary {
	v, err := parseVocabulary(predicatesFile)
	if err != nil {
		// The file is embedded and TestPredicateVocabulary reads it.
		panic(err)
	}
	return v
})

// parseVocabulary reads a vocabulary in the format of predicates.txt.
func parseVocabulary(text string) (*vocabulary, error) {
	v := &vocabulary{byName: map[string]*Predicate{}, canonical: map[string]string{}}
	fail := func(line int, format string, args ...any) (*vocabulary, error) {
		return nil, fmt.Errorf("graph: predicates.txt:%d: %s", line, fmt.Sprintf(format, args...))
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	taken := map[string]int{}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "|")
		if len(fields) != 4 {
			return fail(n, "want name | nature | variants | gloss, got %q", line)
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		p := Predicate{Name: fields[0], Gloss: fields[3]}
		switch nature := fields[1]; {
		case nature == "directed":
			p.Nature = Directed
		case nature == "symmetric":
			p.Nature = Symmetric
		case strings.HasPrefix(nature, "inverse of "):
			p.Nature, p.Inverse = Inverse, strings.TrimSpace(strings.TrimPrefix(nature, "inverse of "))
		default:
			return fail(n, "unknown nature %q (want directed, symmetric or inverse of NAME)", nature)
		}
		for variant := range strings.SplitSeq(fields[2], ",") {
			if variant = strings.TrimSpace(variant); variant != "" {
				p.Variants = append(p.Variants, variant)
			}
		}
		if p.Gloss == "" {
			return fail(n, "%s has no gloss", p.Name)
		}
		for _, spelling := range append([]string{p.Name}, p.Variants...) {
			if spelling != spellPredicate(spelling) {
				return fail(n, "%q is not written as a predicate is (lower case, role words joined by underscores)", spelling)
			}
			if first, seen := taken[spelling]; seen {
				return fail(n, "%s is listed already on line %d", spelling, first)
			}
			taken[spelling] = n
		}
		v.predicates = append(v.predicates, p)
		for _, variant := range p.Variants {
			v.canonical[variant] = p.Name
		}
	}
	for i := range v.predicates {
		v.byName[v.predicates[i].Name] = &v.predicates[i]
	}
	for _, p := range v.predicates {
		if p.Nature != Inverse {
			continue
		}
		other, found := v.byName[p.Inverse]
		if !found || other.Nature != Inverse || other.Inverse != p.Name {
			return nil, fmt.Errorf("graph: predicates.txt: %s is the inverse of %s, which is not listed as the inverse of %s", p.Name, p.Inverse, p.Name)
		}
	}
	return v, nil
}

// Predicates returns the vocabulary, in the order predicates.txt lists it.
func Predicates() []Predicate {
	return loadVocabulary().predicates
}

// LookupPredicate returns the vocabulary's entry for a canonical
// predicate.
func LookupPredicate(name string) (Predicate, bool) {
	p, found := loadVocabulary().byName[name]
	if !found {
		return Predicate{}, false
	}
	return *p, true
}

// IsSymmetric reports whether a canonical predicate is symmetric.
func IsSymmetric(predicate string) bool {
	p, found := loadVocabulary().byName[predicate]
	return found && p.Nature == Symmetric
}

// CanonicalPredicate returns the canonical spelling of a predicate: lower
// case, a role's words joined by underscores, a listed variant as its
// canonical predicate, and a role whose last words are a listed variant
// of a role ending in them ("senior_advisor_of": senior_adviser_of).
// A predicate the vocabulary does not know is returned spelt so.
func CanonicalPredicate(predicate string) string {
	predicate = spellPredicate(predicate)
	v := loadVocabulary()
	if canonical, found := v.canonical[predicate]; found {
		return canonical
	}
	if !strings.HasSuffix(predicate, roleSuffix) {
		return predicate
	}
	// The longest listed tail wins: the words before it qualify the role.
	for i := 0; i < len(predicate); i++ {
		if predicate[i] != '_' {
			continue
		}
		tail := predicate[i+1:]
		if canonical, found := v.canonical[tail]; found && strings.HasSuffix(canonical, roleSuffix) {
			return predicate[:i+1] + canonical
		}
	}
	return predicate
}

// spellPredicate writes a predicate in lower case, trimmed, and a role's
// words joined by underscores.
func spellPredicate(predicate string) string {
	predicate = strings.ToLower(strings.TrimSpace(predicate))
	if strings.HasSuffix(predicate, roleSuffix) {
		predicate = strings.ReplaceAll(predicate, "-", "_")
	}
	return predicate
}
