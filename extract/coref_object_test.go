package extract_test

import "testing"

// TestObjectPronoun checks "him" standing for a person the sentences
// before name.
func TestObjectPronoun(t *testing.T) {
	checkRelationCases(t, introducedNames, []constructionCase{
		{
			name: "person named in the sentence before",
			text: "Craig Bellamy spoke on Monday. Sony accused him of lying.",
			want: []triple{{"Sony", "accuse", "Craig Bellamy", false}},
		},
		{
			name: "a person named in its own sentence",
			text: "Craig Bellamy spoke on Monday. Didier Drogba said Sony had accused him.",
			not:  []triple{{"Sony", "accuse", "Craig Bellamy", false}, {"Sony", "accuse", "Didier Drogba", false}},
		},
		{
			name: "her as an object, a woman named in the sentence before",
			text: "Mrs Kidman spoke on Monday. Sony accused her of lying.",
			want: []triple{{"Sony", "accuse", "Kidman", false}},
		},
		{
			name: "her as a possessive",
			text: "Mrs Kidman spoke on Monday. Sony accused her lawyer of lying.",
			not:  []triple{{"Sony", "accuse", "Kidman", false}},
		},
		{
			name: "a man is not her",
			text: "Mr Bellamy spoke on Monday. Sony accused her of lying.",
			not:  []triple{{"Sony", "accuse", "Bellamy", false}, {"Sony", "accuse", "Craig Bellamy", false}},
		},
		{
			name: "past its own clause's subject",
			text: "Craig Bellamy spoke on Monday. Didier Drogba flew to Paris to meet him.",
			want: []triple{{"Didier Drogba", "meet", "Craig Bellamy", false}},
		},
		{
			name: "a clause with a subject of its own is not its clause",
			text: "Craig Bellamy spoke on Monday. Didier Drogba left before Sony accused him.",
			not:  []triple{{"Sony", "accuse", "Craig Bellamy", false}},
		},
		{
			name: "a woman is not him",
			text: "Mrs Kidman spoke on Monday. Sony accused him of lying.",
			not:  []triple{{"Sony", "accuse", "Kidman", false}, {"Sony", "accuse", "Nicole Kidman", false}},
		},
	})
}
