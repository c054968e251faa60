package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// legalForms end a company's legal name ("Adobe Inc.", "Deere & Company",
// "Aon plc"); news text names the company without them.
var legalForms = map[string]bool{
	"inc.": true, "inc": true, "incorporated": true, "corporation": true, "corp.": true, "corp": true,
	"company": true, "companies": true, "co.": true, "co": true, "plc": true, "plc.": true, "ltd.": true,
	"ltd": true, "limited": true, "llc": true, "l.p.": true, "lp": true, "s.a.": true, "sa": true,
	"ag": true, "n.v.": true, "nv": true, "se": true, "s.p.a.": true, "spa": true, "asa": true, "oyj": true,
	"a/s": true, "ab": true, "(publ)": true, "bhd": true, "s.a.b.": true, "de": true, "c.v.": true,
}

// businessWords end a listed name with the company's line of business or
// reach ("Akamai Technologies", "Marriott International"); news often
// names the company by what comes before.
var businessWords = map[string]bool{
	"laboratories": true, "technologies": true, "technology": true, "systems": true, "networks": true,
	"pharmaceuticals": true, "holdings": true, "group": true, "worldwide": true, "international": true,
	"semiconductors": true, "solutions": true, "platforms": true,
}

// forms returns the names a listed company may go by, from the fullest to
// the shortest, each once:
//
//   - the listed name without its share class and with an inverted part
//     put back ("Alphabet Inc. (Class A)" is "Alphabet Inc.", "Lilly
//     (Eli)" "Eli Lilly", "Home Depot (The)" "Home Depot", since the
//     gazetteer reads a leading "the" as optional);
//   - that name without the legal forms at its end, and an "&" or comma
//     left before them ("Deere & Company" is "Deere", "Block, Inc."
//     "Block");
//   - if short, that name without one word of business at its end, when a
//     word is left and it is no word of business itself ("Akamai
//     Technologies" is "Akamai"; "American International Group" keeps its
//     name). Only the companies of the index are known well enough by
//     their first word: "Cumberland Pharmaceuticals" is not "Cumberland".
func forms(listed string, short bool) []string {
	name := strings.Join(strings.Fields(listed), " ")
	if base, inner, ok := cutParenthesis(name); ok {
		switch {
		case strings.HasPrefix(inner, "Class "):
			name = base
		case inner == "The":
			name = base
		default:
			name = inner + " " + base
		}
	}
	out := []string{name}
	add := func(form string) {
		if form != "" && form != out[len(out)-1] {
			out = append(out, form)
		}
	}
	words := strings.Fields(name)
	for len(words) > 1 && legalForms[strings.ToLower(strings.TrimSuffix(words[len(words)-1], ","))] {
		words = words[:len(words)-1]
		for len(words) > 1 && (words[len(words)-1] == "&" || words[len(words)-1] == ",") {
			words = words[:len(words)-1]
		}
		words[len(words)-1] = strings.TrimSuffix(words[len(words)-1], ",")
	}
	add(strings.Join(words, " "))
	if short && len(words) > 1 && businessWords[strings.ToLower(words[len(words)-1])] && !businessWords[strings.ToLower(words[len(words)-2])] {
		add(strings.Join(words[:len(words)-1], " "))
	}
	return out
}

// cutParenthesis splits "Home Depot (The)" into "Home Depot" and "The".
func cutParenthesis(name string) (base, inner string, ok bool) {
	if !strings.HasSuffix(name, ")") {
		return "", "", false
	}
	open := strings.LastIndex(name, " (")
	if open < 0 {
		return "", "", false
	}
	return name[:open], name[open+2 : len(name)-1], true
}

// key is what two names must share to be one name to the gazetteer's
// test of conflicts: lower case, without diacritics, with one form of
// apostrophe and dash, and without a leading "the". A name in capitals
// is matched in text only as written, but its test still holds "PACCAR"
// and "Paccar", or "Estée Lauder" and "Estee Lauder", to be one name.
func key(name string) string {
	name = strings.Join(strings.Fields(name), " ")
	name, _, err := transform.String(stripMarks, name)
	if err != nil {
		panic(err)
	}
	name = strings.NewReplacer("’", "'", "‘", "'", "–", "-", "—", "-").Replace(strings.ToLower(name))
	if rest, ok := strings.CutPrefix(name, "the "); ok {
		return rest
	}
	return name
}

// stripMarks drops diacritics: "Móvil" is "Movil".
var stripMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// phrase returns the words of a name in lower case, one space apart, as
// the corpora are counted.
func phrase(name string) string {
	words, _ := tokenise(strings.ToLower(name))
	return strings.Join(words, " ")
}

// isAcronym reports whether a name is written in capitals only, as
// "IDEX" and "3M" are; the gazetteer matches such names only as written.
func isAcronym(name string) bool {
	return !strings.ContainsFunc(name, unicode.IsLower)
}

// tokenise splits text into words: runs of letters and digits, with the
// "&", "'", "-" and "." inside them ("AT&T", "Lowe's", "Coca-Cola",
// "J.B"), so that a full stop at the end is dropped. It reports for each
// word whether it starts a sentence: the first of the text, of a
// paragraph (after a blank line), or after ".", "!", "?" or ":".
func tokenise(text string) (words []string, starts []bool) {
	start, newline := true, false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			if strings.ContainsRune(".!?:", r) || r == '\n' && newline {
				start = true
			}
			newline = newline || r == '\n'
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			next, nextSize := utf8.DecodeRuneInString(text[j:])
			if isWordRune(next) {
				j += nextSize
				continue
			}
			if after, _ := utf8.DecodeRuneInString(text[j+nextSize:]); strings.ContainsRune("&'’-.", next) && isWordRune(after) {
				j += nextSize
				continue
			}
			break
		}
		words = append(words, text[i:j])
		starts = append(starts, start)
		start, newline = false, false
		i = j
	}
	return words, starts
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
