package extract_test

import "testing"

// TestSurnamesFoundAgain: a person's surname the tagger misses after the
// full name is a mention of the person, unless another first name stands
// before it or the article writes it small.
func TestSurnamesFoundAgain(t *testing.T) {
	checkMentionCases(t, dictTagger{"Shaun Wright-Phillips": "PER", "Gordon Brown": "PER", "Sven Eriksson": "PER"}, []mentionCase{
		{"Sven Eriksson picked Shaun Wright-Phillips. He praised Wright-Phillips' form.", "Shaun Wright-Phillips", 2},
		{"Sven Eriksson picked Shaun Wright-Phillips. Wright-Phillips will start.", "Shaun Wright-Phillips", 2},
		{"Gordon Brown spoke. Wes Brown will start.", "Gordon Brown", 1},
		{"Gordon Brown spoke. The brown envelope sat there, Brown said.", "Gordon Brown", 1},
	})
}

// TestSurnameBeforeSuffix: the surname of a name that ends with a
// generational suffix is the word before it, and names the person.
func TestSurnameBeforeSuffix(t *testing.T) {
	checkMentionCases(t, dictTagger{"Larry Mullen Jr": "PER", "Mullen": "PER"}, []mentionCase{
		{"Drummer Larry Mullen Jr agreed. The group began when Mullen put up a notice.", "Larry Mullen Jr", 2},
	})
}
