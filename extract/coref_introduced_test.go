package extract_test

import "testing"

// introducedNames adds to the coreference names those the introduced
// description cases need.
var introducedNames = func() dictTagger {
	d := dictTagger{
		"Newcastle": "ORG", "Craig Bellamy": "PER", "Birmingham": "ORG", "Welsh": "MISC",
		"Chelsea": "ORG", "Didier Drogba": "PER", "England": "LOC", "Sven-Goran Eriksson": "PER",
		"Netherlands": "LOC", "Australian": "MISC", "Lyric Theatre": "ORG", "Labour Party": "ORG",
		"Liberal Democrats": "ORG",
	}
	for name, typ := range corefNames {
		d[name] = typ
	}
	return d
}()

// TestIntroducedDescriptions checks descriptions by the noun an article
// introduced an entity with: "Newcastle striker Craig Bellamy ... the
// Welsh striker".
func TestIntroducedDescriptions(t *testing.T) {
	checkRelationCases(t, introducedNames, []constructionCase{
		{
			name: "occupation before the name",
			text: "Newcastle striker Craig Bellamy wants a move. The striker has rejected Birmingham.",
			want: []triple{{"Craig Bellamy", "reject", "Birmingham", false}},
		},
		{
			name: "a nationality may name another team",
			text: "Newcastle striker Craig Bellamy wants a move. The Welsh striker has rejected Birmingham.",
			not:  []triple{{"Craig Bellamy", "reject", "Birmingham", false}},
		},
		{
			name: "a name among the modifiers stays a mention",
			text: "England coach Sven-Goran Eriksson spoke on Monday. The England coach has sued Craig Bellamy.",
			want: []triple{{"Sven-Goran Eriksson", "sue", "Craig Bellamy", false}},
		},
		{
			name: "other people named in between",
			text: "Actress Nicole Kidman won an order against Ben McDonald. The Australian actress then sued Russell Crowe.",
			want: []triple{{"Nicole Kidman", "sue", "Russell Crowe", false}},
		},
		{
			name: "apposition introduces",
			text: "Sony, the electronics giant, beat Toshiba. Later the giant sued Intel.",
			want: []triple{{"Sony", "sue", "Intel", false}},
		},
		{
			name: "two introduced with the noun",
			text: "Newcastle striker Craig Bellamy met Chelsea striker Didier Drogba. The striker then sued Birmingham.",
			not:  []triple{{"Craig Bellamy", "sue", "Birmingham", false}, {"Didier Drogba", "sue", "Birmingham", false}},
		},
		{
			name: "a possessor is another",
			text: "Newcastle striker Craig Bellamy wants a move. The striker's agent sued Birmingham.",
			not:  []triple{{"Craig Bellamy", "sue", "Birmingham", false}},
		},
		{
			name: "the noun that ends its name",
			text: "Sony praised the Lyric Theatre. The theatre then sued Toshiba.",
			want: []triple{{"Lyric Theatre", "sue", "Toshiba", false}},
		},
		{
			name: "the noun that ends the name of one organisation, another named last",
			text: "The Labour Party met the Liberal Democrats. The party then sued Sony.",
			not:  []triple{{"Labour Party", "sue", "Sony", false}},
		},
		{
			name: "introduced after",
			text: "The striker sued Birmingham. Newcastle striker Craig Bellamy wants a move.",
			not:  []triple{{"Craig Bellamy", "sue", "Birmingham", false}},
		},
	})
}
