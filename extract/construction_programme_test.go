package extract_test

import "testing"

// TestConstructionProgramme checks that a programme named between its
// broadcaster's possessive and the noun for it is the broadcaster's, and
// that what is said to the programme is said to it, not to the
// broadcaster.
func TestConstructionProgramme(t *testing.T) {
	tagger := dictTagger{"BBC": "ORG", "BBC Radio": "ORG", "Digby Jones": "PER", "Time": "ORG", "Alexandra Tower": "PER"}
	checkRelationCases(t, tagger, []constructionCase{
		{name: "possessive broadcaster", text: "Digby Jones told the BBC's Today programme that the rise was over.",
			want: []triple{{"Today", "programme_of", "BBC", false}, {"Digby Jones", "tell", "Today", false}},
			not:  []triple{{"Digby Jones", "tell", "BBC", false}}},
		{name: "numbered station", text: "Digby Jones told BBC Radio 4's Today programme that the rise was over.",
			want: []triple{{"Today", "programme_of", "BBC Radio 4", false}}},
		{name: "magazine", text: "Alexandra Tower told Time magazine that the tapes were lost.",
			want: []triple{{"Alexandra Tower", "tell", "Time", false}}},
		{name: "no broadcaster", text: "Digby Jones told the Today programme that the rise was over.",
			want: []triple{{"Digby Jones", "tell", "Today", false}}},
		{name: "speaking on a station", text: "Speaking on BBC Radio 4, Digby Jones declined to comment on the reports.",
			want: []triple{{"Digby Jones", "speak", "BBC Radio 4", false}}},
	})
}
