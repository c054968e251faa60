package extract

import "strings"

// commonInitialisms are common nouns written as initialisms: "PC", "MP3",
// "MP", "GDP" (common_initialisms.txt).
var commonInitialisms = wordSet("common_initialisms")

// dropInitialisms drops the mentions that are a common noun written as an
// initialism, or its plural: "a laptop PC", "rival ISPs", "Labour MPs"
// name no one, whatever the tagger made of them.
func dropInitialisms(ms []mention) []mention {
	kept := ms[:0]
	for _, m := range ms {
		if !commonInitialisms[m.text] && !commonInitialisms[strings.TrimSuffix(m.text, "s")] {
			kept = append(kept, m)
		}
	}
	return kept
}
