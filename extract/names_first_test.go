package extract_test

import "testing"

// TestFirstNameAfterRole: a capitalised word between a role, letters of
// office or a possessive and a surname is the person's first name, whatever the
// tagger made of it; a possessive right before the surname adds nothing,
// and a programme's title is no name.
func TestFirstNameAfterRole(t *testing.T) {
	checkMentionCases(t, dictTagger{"Amnesty International": "ORG", "Shaw": "PER", "Austin": "LOC", "Mitchell": "PER", "England": "LOC", "Wilkinson": "PER", "BBC Radio Scotland": "ORG", "Live": "PER", "Liberal Democrat MP": "ORG", "Ballard": "PER"}, []mentionCase{
		{"Amnesty International's Jan Shaw said the law was wrong.", "Jan Shaw", 1},
		{"Committee chairman Austin Mitchell said a way must be found.", "Austin Mitchell", 1},
		{"England's Wilkinson kicked the goal.", "Wilkinson", 1},
		{"Former Liberal Democrat MP Jackie Ballard recalled the remarks.", "Jackie Ballard", 1},
		{"Speaking on BBC Radio Scotland's Sunday Live programme, she agreed.", "Sunday Live", 0},
	})
}
