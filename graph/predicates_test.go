package graph_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
)

func TestCanonicalPredicate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"meet", "meet"},
		{" Meet ", "meet"},
		{"advisor_of", "adviser_of"},
		{"chief_finance_officer_of", "chief_financial_officer_of"},
		{"ceo_of", "chief_executive_of"},
		{"chairwoman_of", "chairman_of"},
		{"co-operate", "cooperate"},
		{"ally", "ally_of"},
		{"co-written", "co-write"},
		// A role's hyphens are underscores.
		{"vice-president_of", "vice_president_of"},
		{"senior_vice-president_of", "senior_vice_president_of"},
		// A role ending in a variant takes the canonical tail.
		{"senior_advisor_of", "senior_adviser_of"},
		{"health_spokeswoman_of", "health_spokesman_of"},
		{"deputy_chair_of", "deputy_chairman_of"},
		// A verb keeps its hyphen; a tail that is no role is left alone.
		{"drug-test", "drug-test"},
		{"midfield_partner_of", "midfield_partner_of"},
		// Predicates the vocabulary does not list pass unchanged.
		{"tour", "tour"},
		{"wine_producer_of", "wine_producer_of"},
	}
	for _, tt := range tests {
		if got := graph.CanonicalPredicate(tt.in); got != tt.want {
			t.Errorf("CanonicalPredicate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsSymmetric(t *testing.T) {
	for _, tt := range []struct {
		predicate string
		want      bool
	}{{"meet", true}, {"feud", true}, {"ally_of", true}, {"visit", false}, {"president_of", false}, {"unlisted", false}, {"ally", false}} {
		if got := graph.IsSymmetric(tt.predicate); got != tt.want {
			t.Errorf("IsSymmetric(%q) = %v, want %v", tt.predicate, got, tt.want)
		}
	}
}

// TestPredicateVocabulary checks the embedded file as a whole: every
// canonical spelling is its own canonical form, every variant leads to
// its predicate, and inverses come in pairs.
func TestPredicateVocabulary(t *testing.T) {
	predicates := graph.Predicates()
	if len(predicates) == 0 {
		t.Fatal("the vocabulary is empty")
	}
	for _, p := range predicates {
		if got := graph.CanonicalPredicate(p.Name); got != p.Name {
			t.Errorf("canonical %q reads as %q", p.Name, got)
		}
		for _, variant := range p.Variants {
			if got := graph.CanonicalPredicate(variant); got != p.Name {
				t.Errorf("variant %q of %q reads as %q", variant, p.Name, got)
			}
		}
		if p.Gloss == "" {
			t.Errorf("%q has no gloss", p.Name)
		}
		if looked, found := graph.LookupPredicate(p.Name); !found || looked.Name != p.Name {
			t.Errorf("LookupPredicate(%q) = %v, %v", p.Name, looked, found)
		}
		if p.Nature == graph.Inverse {
			other, found := graph.LookupPredicate(p.Inverse)
			if !found || other.Inverse != p.Name {
				t.Errorf("%q is the inverse of %q, which is not its inverse", p.Name, p.Inverse)
			}
		}
	}
}

func FuzzCanonicalPredicate(f *testing.F) {
	for _, seed := range []string{"meet", "Senior_Advisor_Of", "vice-president_of", "", "_of", "a__of", "ceo_of_of"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, predicate string) {
		once := graph.CanonicalPredicate(predicate)
		if twice := graph.CanonicalPredicate(once); twice != once {
			t.Errorf("CanonicalPredicate(%q) = %q, but that reads as %q", predicate, once, twice)
		}
		if strings.HasSuffix(once, "_of") && strings.Contains(once, "-") {
			t.Errorf("CanonicalPredicate(%q) = %q keeps a hyphen in a role", predicate, once)
		}
	})
}

var update = flag.Bool("update", false, "rewrite the predicate table in ../README.md")

// The README lists the vocabulary between these lines.
const (
	tableStart = "<!-- predicates: made from graph/predicates.txt by go test ./graph -update -->\n"
	tableEnd   = "<!-- end of predicates -->\n"
)

// predicateTable renders the vocabulary as the README's Markdown table.
func predicateTable() string {
	var b strings.Builder
	b.WriteString("| predicate | nature | also read as it | subject … object |\n|---|---|---|---|\n")
	for _, p := range graph.Predicates() {
		nature := p.Nature.String()
		if p.Nature == graph.Inverse {
			nature = "inverse of `" + p.Inverse + "`"
		}
		variants := make([]string, len(p.Variants))
		for i, v := range p.Variants {
			variants[i] = "`" + v + "`"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", p.Name, nature, strings.Join(variants, ", "), p.Gloss)
	}
	return b.String()
}

// TestREADMEPredicates keeps the README's table of predicates what
// predicates.txt says.
func TestREADMEPredicates(t *testing.T) {
	path := filepath.Join("..", "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	before, rest, found := strings.Cut(string(readme), tableStart)
	table, after, closed := strings.Cut(rest, tableEnd)
	if !found || !closed {
		t.Fatalf("%s has no table of predicates between %q and %q", path, tableStart, tableEnd)
	}
	want := predicateTable()
	if *update {
		if err := os.WriteFile(path, []byte(before+tableStart+want+tableEnd+after), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if table != want {
		t.Errorf("the table of predicates in %s differs from predicates.txt (run go test ./graph -update):\n%s", path, want)
	}
}
