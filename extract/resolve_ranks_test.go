package extract_test

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestRankBeforeFirstName: a prince's rank comes before his first name,
// so "Prince Charles" is no form of another Charles of the article; a
// baroness's comes before her surname, so "Baroness Kennedy" is Helena
// Kennedy.
func TestRankBeforeFirstName(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	got := entityAliases(t, x, "Headline\n\nCharles Kennedy spoke in the Commons on Monday. Prince Charles hosted a dinner at Windsor Castle.")
	if _, ok := got["Prince Charles"]; !ok || slices.Contains(got["Charles Kennedy"], "Prince Charles") {
		t.Errorf("entities %v: want Prince Charles apart from Charles Kennedy", got)
	}
	got = entityAliases(t, x, "Headline\n\nHelena Kennedy chaired the inquiry. Baroness Kennedy said the report was fair.")
	if !slices.Contains(got["Helena Kennedy"], "Baroness Kennedy") {
		t.Errorf("entities %v: want Baroness Kennedy an alias of Helena Kennedy", got)
	}
}
