package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestProtagonist checks descriptions that several entities named
// shortly before might fit, which stand for the one the article is about.
func TestProtagonist(t *testing.T) {
	x, err := extract.NewWithTagger(introducedNames)
	if err != nil {
		t.Fatal(err)
	}
	about := "Sony wins award\n\nSony has taken the prize. Sony said so, and Sony shares rose. "
	tests := []struct {
		name    string
		text    string
		want    []triple
		notWant []triple
	}{
		{
			name: "the company the article is about",
			text: about + "Toshiba came second. The electronics giant later sued Intel.",
			want: []triple{{"Sony", "sue", "Intel", false}},
		},
		{
			name:    "not named shortly before",
			text:    about + "The judges met. They talked. They ate. They left. Toshiba came second. The electronics giant later sued Intel.",
			notWant: []triple{{"Sony", "sue", "Intel", false}},
		},
		{
			name:    "named no more than another",
			text:    "Sony wins award\n\nSony has taken the prize from Toshiba. Toshiba said so. The electronics giant later sued Intel.",
			notWant: []triple{{"Sony", "sue", "Intel", false}, {"Toshiba", "sue", "Intel", false}},
		},
		{
			name:    "not in the opening line",
			text:    "Award given\n\nSony has taken the prize. Sony said so, and Sony shares rose. Toshiba came second. The electronics giant later sued Intel.",
			notWant: []triple{{"Sony", "sue", "Intel", false}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectRelations(t, x, tc.text, tc.want, tc.notWant)
		})
	}
}
