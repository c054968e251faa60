package extract

import "strings"

// A wire story may end with the agency that sent it, alone on its line:
// "Reuter", "REUTER", "AP". It signs the story off; it is no name the
// story states anything of, and a corpus of such stories would otherwise
// have the agency as the entity named most.

// signOff reports whether sentence si is the sign-off: the last
// sentence, one word, the name of a news agency in any case.
func (d *document) signOff(si int) bool {
	if si != len(d.sents)-1 {
		return false
	}
	var words []string
	for _, t := range d.sents[si].tokens {
		if hasLetterOrDigit(t.text) {
			words = append(words, t.text)
		}
	}
	if len(words) != 1 {
		return false
	}
	for agency := range newsAgencies {
		if strings.EqualFold(words[0], agency) {
			return true
		}
	}
	return false
}
