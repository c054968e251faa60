package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestObjectPronoun checks "him" standing for a person the sentences
// before name.
func TestObjectPronoun(t *testing.T) {
	x, err := extract.NewWithTagger(introducedNames)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		text    string
		want    []triple
		notWant []triple
	}{
		{
			name: "person named in the sentence before",
			text: "Craig Bellamy spoke on Monday. Sony accused him of lying.",
			want: []triple{{"Sony", "accuse", "Craig Bellamy", false}},
		},
		{
			name:    "a person named in its own sentence",
			text:    "Craig Bellamy spoke on Monday. Didier Drogba said Sony had accused him.",
			notWant: []triple{{"Sony", "accuse", "Craig Bellamy", false}, {"Sony", "accuse", "Didier Drogba", false}},
		},
		{
			name:    "a woman is not him",
			text:    "Mrs Kidman spoke on Monday. Sony accused him of lying.",
			notWant: []triple{{"Sony", "accuse", "Kidman", false}, {"Sony", "accuse", "Nicole Kidman", false}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectRelations(t, x, tc.text, tc.want, tc.notWant)
		})
	}
}
