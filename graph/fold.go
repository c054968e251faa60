package graph

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// apostrophes maps the typographic apostrophes news text uses onto the
// ASCII one, so "O’Brien" and "O'Brien" fold alike.
var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'", "\u2032", "'")

// FoldName is the form under which a reader's spelling of a name meets the
// names kg stores: lower case, accents dropped ("Müller" and "Muller"
// meet), typographic apostrophes made ASCII, each run of white space one
// space, none at either end.
func FoldName(name string) string {
	var folded strings.Builder
	for _, r := range norm.NFD.String(apostrophes.Replace(name)) {
		if !unicode.Is(unicode.Mn, r) {
			folded.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.Join(strings.Fields(folded.String()), " ")
}
