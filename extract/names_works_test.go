package extract_test

import "testing"

// TestWorksAreNoEntities: a name a work noun introduces names a
// film, a programme or a record, which is no entity, whatever the tagger
// made of it; a person of the same name the article names otherwise
// stays.
func TestWorksAreNoEntities(t *testing.T) {
	checkMentionCases(t, dictTagger{"Chris Morris": "PER", "Jam": "PER", "Kinsey": "PER", "Alfred Kinsey": "PER"}, []mentionCase{
		{"Chris Morris was behind the dark sketch comedy Jam.", "Jam", 0},
		{"Chris Morris was behind the dark sketch comedy Jam.", "Chris Morris", 1},
		{"Liam Neeson stars in the biopic Kinsey. Alfred Kinsey studied sex.", "Alfred Kinsey", 2},
	})
}
