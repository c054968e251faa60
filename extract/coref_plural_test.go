package extract_test

import "testing"

// TestCorefPlural checks that a plural description takes part for each of
// the two names listed just before it, and for none where no list of its
// kind stands before it.
func TestCorefPlural(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{name: "the two companies", text: "Ford and Volkswagen held talks in Paris. The two companies later sued Microsoft and Google.",
			want: []triple{{"Ford", "sue", "Microsoft", false}, {"Volkswagen", "sue", "Microsoft", false}, {"Ford", "sue", "Google", false}, {"Volkswagen", "sue", "Google", false}}},
		{name: "the pair", text: "Tony Blair and Jacques Chirac flew to Moscow. The pair were at a dinner in Moscow to meet Vladimir Putin.",
			want: []triple{{"Tony Blair", "meet", "Vladimir Putin", false}, {"Jacques Chirac", "meet", "Vladimir Putin", false}}},
		{name: "no list before", text: "Tony Blair met Jacques Chirac in Paris. The pair later criticised Angela Merkel and Gordon Brown.",
			not: []triple{{"Tony Blair", "criticise", "Angela Merkel", false}, {"Jacques Chirac", "criticise", "Angela Merkel", false}}},
		{name: "a list of another kind", text: "Tony Blair and Jacques Chirac met in Paris. The two companies later sued Microsoft and Google.",
			not: []triple{{"Tony Blair", "sue", "Microsoft", false}, {"Jacques Chirac", "sue", "Microsoft", false}}},
	})
}
