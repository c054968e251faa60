package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// entityAliases returns each entity of the text's article by name, with its
// aliases.
func entityAliases(t *testing.T, x *extract.Extractor, text string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, e := range x.Extract(extract.Document{ID: "t", Text: text}).Entities {
		out[e.Name] = e.Aliases
	}
	return out
}

// TestOrganisationHeadShortForm: an organisation's head word alone ("the
// Commission") is the one organisation of the article whose name ends in
// it, and no organisation when two do.
func TestOrganisationHeadShortForm(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	one := entityAliases(t, x, "The European Commission fined Ryanair on Wednesday. The Commission said the airline had abused its position.")
	if _, ok := one["Commission"]; ok {
		t.Errorf("one Commission named: \"Commission\" is an entity apart: %v", one)
	}
	two := entityAliases(t, x, "The European Commission and the Competition Commission both looked at the deal. The Commission said it would decide in May.")
	if _, ok := two["Commission"]; !ok {
		t.Errorf("two Commissions named: \"Commission\" was taken for one of them: %v", two)
	}
}
