package extract_test

import "testing"

// TestCoordinatedFirstNames: a first name coordinated with a full name
// shares its surname, but a surname of the article before "and" stays
// the person the article named in full, and a name in a list, a
// company's or a band's name, or a name the article uses alone elsewhere
// stays itself.
func TestCoordinatedFirstNames(t *testing.T) {
	tagger := dictTagger{"Avi": "PER", "Joel Glazer": "PER", "Bill": "PER", "Hillary Clinton": "PER", "Kostas Kenteris": "PER", "Kenteris": "PER", "Katerina Thanou": "PER", "Blair": "PER", "Gordon Brown": "PER", "David Bailey": "PER", "Rankin": "PER", "Nan Goldin": "PER", "Rubicam": "PER", "J Walter Thompson": "PER", "Madonna": "PER", "Elton John": "PER", "Jesus": "PER", "Mary Chain": "PER"}
	checkMentionCases(t, tagger, []mentionCase{
		{"The bid is led by Avi and Joel Glazer, his sons.", "Avi Glazer", 1},
		{"The bid is led by Avi and Joel Glazer, his sons.", "Joel Glazer", 1},
		{"Bill and Hillary Clinton arrived in London.", "Bill Clinton", 1},
		{"Kostas Kenteris ran. Kenteris and Katerina Thanou missed the test.", "Kenteris Thanou", 0},
		{"Kostas Kenteris ran. Kenteris and Katerina Thanou missed the test.", "Kostas Kenteris", 2},
		{"Mr Blair spoke. Blair and Gordon Brown met.", "Blair Brown", 0},
		{"The show has pictures by David Bailey, Rankin and Nan Goldin.", "Rankin Goldin", 0},
		{"It includes Young & Rubicam and J Walter Thompson.", "Rubicam Thompson", 0},
		{"She beat Madonna and Elton John. Madonna was third.", "Madonna John", 0},
		{"Fans of the Jesus and Mary Chain came.", "Jesus Chain", 0},
	})
}
