package extract_test

import "testing"

// TestPassiveAgent checks that the agent of a passive, named after "by",
// is taken for the subject it stands for when "he" looks back.
func TestPassiveAgent(t *testing.T) {
	checkRelationCases(t, introducedNames, []constructionCase{
		{
			name: "agent of a passive",
			text: "The film starring Craig Bellamy is being turned into a musical by producer Didier Drogba. He is working with Sony.",
			want: []triple{{"Didier Drogba", "work", "Sony", false}},
			not:  []triple{{"Craig Bellamy", "work", "Sony", false}},
		},
		{
			name: "by after an active verb is oblique",
			text: "Craig Bellamy wrote a song inspired by Didier Drogba. He is working with Sony.",
			want: []triple{{"Craig Bellamy", "work", "Sony", false}},
		},
	})
}
