package extract_test

import "testing"

// TestPeersKeepTheirTitles: a peer or a judge the article names by title
// alone is known by it, so the title stays in the name ("Lord Browne" is
// not any Browne), and a full name the article gives wins over it; a form
// of address never stays.
func TestPeersKeepTheirTitles(t *testing.T) {
	checkMentionCases(t, dictTagger{"Browne": "PER", "Lord Browne": "PER", "Butler": "PER", "Robin Butler": "PER", "Eady": "PER", "Justice Eady": "PER", "Justice May": "PER", "Brown": "PER", "Kennedy": "PER", "Helena Kennedy": "PER", "Baroness Kennedy": "PER", "Conrad Black": "PER"}, []mentionCase{
		{"BP chief executive Lord Browne said profits rose. Lord Browne added that oil prices helped.", "Lord Browne", 2},
		{"Robin Butler led the inquiry. Lord Butler said the evidence was thin.", "Robin Butler", 2},
		{"Lord Butler said the evidence was thin.", "Butler", 0},
		{"The case was heard by Mr Justice Eady in London. Eady said the claim failed.", "Mr Justice Eady", 2},
		{"Lord Justice May dismissed the appeal.", "Lord Justice May", 1},
		{"Mr Brown said the budget was fair.", "Brown", 1},
		{"Labour peer Baroness Kennedy spoke. Helena Kennedy is a barrister.", "Helena Kennedy", 2},
		{"Lord Conrad Black resigned. Conrad Black denied it.", "Conrad Black", 2},
	})
}
