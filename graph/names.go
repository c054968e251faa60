package graph

// generationalSuffixes follow a surname to tell a son from his father
// ("Larry Mullen Jr"), in lower case.
var generationalSuffixes = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true}

// Surname is the surname of a person's name of several words, given as
// lower-case words: its last word, or the one before a generational
// suffix ("mullen" of "larry mullen jr"); "" for a name of one word.
func Surname(words []string) string {
	if len(words) > 2 && generationalSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) < 2 {
		return ""
	}
	return words[len(words)-1]
}
