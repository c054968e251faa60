package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCanonicalPredicates: relations leave extraction in the spelling of
// the predicate vocabulary (graph/predicates.txt).
func TestCanonicalPredicates(t *testing.T) {
	x, err := extract.NewWithTagger(names)
	if err != nil {
		t.Fatal(err)
	}
	checkCases(t, x, []relationCase{
		{"Yukos chief finance officer Tony Blair resigned.",
			[]triple{{"Tony Blair", "chief_financial_officer_of", "Yukos", false}},
			[]triple{{"Tony Blair", "chief_finance_officer_of", "Yukos", false}}},
		{"Rosneft advisor Gordon Brown spoke.",
			[]triple{{"Gordon Brown", "adviser_of", "Rosneft", false}},
			[]triple{{"Gordon Brown", "advisor_of", "Rosneft", false}}},
		{"Yukos vice-president Mikhail Khodorkovsky left.",
			[]triple{{"Mikhail Khodorkovsky", "vice_president_of", "Yukos", false}},
			[]triple{{"Mikhail Khodorkovsky", "vice-president_of", "Yukos", false}}},
		{"Gordon Brown, the chairwoman of Rosneft, spoke.",
			[]triple{{"Gordon Brown", "chairman_of", "Rosneft", false}},
			[]triple{{"Gordon Brown", "chairwoman_of", "Rosneft", false}}},
	})
}

// TestSymmetricOncePerSentence: a sentence that states a symmetric
// relation both ways gives it once.
func TestSymmetricOncePerSentence(t *testing.T) {
	x, err := extract.NewWithTagger(names)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Tony Blair met Jacques Chirac, and Chirac met Blair.",
		"The talks between Tony Blair and Jacques Chirac and between Chirac and Blair went on.",
	} {
		got := relations(t, x.Extract(extract.Document{ID: "t", Text: text}))
		if len(got) != 1 {
			t.Errorf("%q: relations %v, want one", text, got)
		}
	}
}
