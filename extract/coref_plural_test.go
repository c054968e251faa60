package extract_test

import "testing"

// TestCorefPlural checks that a plural description, or "they" and "them"
// after a list of organisations in the sentence before, takes part for
// each of the two names listed just before it, and for none where no list
// of its kind stands before it; a description does so with one name
// besides it in its sentence, a pronoun only with two.
func TestCorefPlural(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{name: "the two companies", text: "Ford and Volkswagen held talks in Paris. The two companies later sued Microsoft and Google.",
			want: []triple{{"Ford", "sue", "Microsoft", false}, {"Volkswagen", "sue", "Microsoft", false}, {"Ford", "sue", "Google", false}, {"Volkswagen", "sue", "Google", false}}},
		{name: "the pair", text: "Tony Blair and Jacques Chirac flew to Moscow. The pair were at a dinner in Moscow to meet Vladimir Putin.",
			want: []triple{{"Tony Blair", "meet", "Vladimir Putin", false}, {"Jacques Chirac", "meet", "Vladimir Putin", false}}},
		{name: "no list before", text: "Tony Blair met Jacques Chirac in Paris. The pair later criticised Angela Merkel and Gordon Brown.",
			not: []triple{{"Tony Blair", "criticise", "Angela Merkel", false}, {"Jacques Chirac", "criticise", "Angela Merkel", false}}},
		{name: "them after a list of organisations", text: "Ford and Volkswagen held talks in Paris. Microsoft and Google later sued them.",
			want: []triple{{"Microsoft", "sue", "Ford", false}, {"Microsoft", "sue", "Volkswagen", false}, {"Google", "sue", "Ford", false}, {"Google", "sue", "Volkswagen", false}}},
		{name: "they after a list of people", text: "Tony Blair and Jacques Chirac flew to Moscow. They later criticised Angela Merkel and Gordon Brown.",
			not: []triple{{"Tony Blair", "criticise", "Angela Merkel", false}, {"Jacques Chirac", "criticise", "Angela Merkel", false}}},
		{name: "the pair and one name", text: "Ford and Volkswagen held talks in Paris. The pair later sued Microsoft.",
			want: []triple{{"Ford", "sue", "Microsoft", false}, {"Volkswagen", "sue", "Microsoft", false}}},
		{name: "both companies", text: "Ford and Volkswagen held talks in Paris. Both companies later sued Microsoft.",
			want: []triple{{"Ford", "sue", "Microsoft", false}, {"Volkswagen", "sue", "Microsoft", false}}},
		{name: "they reporting the pair", text: "Ford and Volkswagen held talks in Paris. The pair said they would sue Microsoft and Google.",
			want: []triple{{"Ford", "sue", "Microsoft", false}, {"Volkswagen", "sue", "Microsoft", false}}},
		{name: "they and one name", text: "Ford and Volkswagen held talks in Paris. A woman claimed they had tried to blackmail Microsoft.",
			not: []triple{{"Ford", "blackmail", "Microsoft", false}, {"Volkswagen", "blackmail", "Microsoft", false}}},
		{name: "a list of another kind", text: "Tony Blair and Jacques Chirac met in Paris. The two companies later sued Microsoft and Google.",
			not: []triple{{"Tony Blair", "sue", "Microsoft", false}, {"Jacques Chirac", "sue", "Microsoft", false}}},
	})
}
