package extract_test

import "testing"

// TestPossessedRelation checks that a possessive pronoun before a noun
// that states a relation stands for the one person it names, as a
// possessor's name would, and for no one where a role of another
// possessed by that person may be meant.
func TestPossessedRelation(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{
			name: "his offer",
			text: "Tony Blair flew to Paris on Monday. Oracle rejected his offer of 5 billion dollars.",
			want: []triple{{"Oracle", "reject", "Tony Blair", false}},
		},
		{
			name: "her offer",
			text: "Angela Merkel flew to Paris on Monday. Oracle rejected her offer of 5 billion dollars.",
			want: []triple{{"Oracle", "reject", "Angela Merkel", false}},
		},
		{
			name: "a possessor of a thing before",
			text: "Tony Blair's plane landed in Paris on Monday. Oracle rejected his offer of 5 billion dollars.",
			want: []triple{{"Oracle", "reject", "Tony Blair", false}},
		},
		{
			name: "a possessor of a role before",
			text: "Tony Blair's spokesman flew to Paris on Monday. Oracle rejected his offer of 5 billion dollars.",
			not:  []triple{{"Oracle", "reject", "Tony Blair", false}},
		},
		{
			name: "two people before",
			text: "Tony Blair met Gordon Brown in Paris on Monday. Oracle rejected his offer of 5 billion dollars.",
			not:  []triple{{"Oracle", "reject", "Tony Blair", false}, {"Oracle", "reject", "Gordon Brown", false}},
		},
	})
}
