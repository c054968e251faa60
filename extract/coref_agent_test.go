package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPassiveAgent checks that the agent of a passive, named after "by",
// is taken for the subject it stands for when "he" looks back.
func TestPassiveAgent(t *testing.T) {
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
			name:    "agent of a passive",
			text:    "The film starring Craig Bellamy is being turned into a musical by producer Didier Drogba. He is working with Sony.",
			want:    []triple{{"Didier Drogba", "work", "Sony", false}},
			notWant: []triple{{"Craig Bellamy", "work", "Sony", false}},
		},
		{
			name: "by after an active verb is oblique",
			text: "Craig Bellamy wrote a song inspired by Didier Drogba. He is working with Sony.",
			want: []triple{{"Craig Bellamy", "work", "Sony", false}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectRelations(t, x, tc.text, tc.want, tc.notWant)
		})
	}
}
