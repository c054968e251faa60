package gazetteer

import (
	"unicode"
	"unicode/utf8"
)

// isAcronym reports whether s is written in capitals only ("US", "U.S.",
// "NATO", "G7"). Such names match only as written: lower-cased, many of
// them are everyday words.
func isAcronym(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// foldedLetters gives, for each plain letter, the accented letters that
// news text (and its transliterations) use in its place, so that "Sao
// Paulo", "São Paulo" and "SÃO PAULO" meet on one key.
var foldedLetters = []string{
	"aàáâãäåāăą", "cçćĉċč", "dďđð", "eèéêëēĕėęě", "gĝğġģ", "hĥħ",
	"iìíîïĩīĭįı", "jĵ", "kķ", "lĺļľŀł", "nñńņň", "oòóôõöøōŏő", "rŕŗř",
	"sśŝşšș", "tţťŧț", "uùúûüũūŭůűų", "wŵ", "yýÿŷ", "zźżž",
	"'’‘ʼ´", "-‐‑‒–—−",
}

// foldedSpelling holds the letters that become more than one.
var foldedSpelling = map[rune]string{'æ': "ae", 'œ': "oe", 'ß': "ss", 'þ': "th"}

var foldedRune = func() map[rune]rune {
	table := make(map[rune]rune)
	for _, group := range foldedLetters {
		plain, size := utf8.DecodeRuneInString(group)
		for _, r := range group[size:] {
			table[r] = plain
		}
	}
	return table
}()

// appendFold appends to dst the key under which s is matched regardless
// of case, diacritics, apostrophe and dash forms, and white space: lower
// case, accents dropped, white space trimmed and each run of it made one
// space. Invalid UTF-8 is kept as the replacement character so that
// distinct garbage still gets distinct, deterministic keys.
func appendFold(dst []byte, s string) []byte {
	start := len(dst)
	pendingSpace := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pendingSpace = len(dst) > start
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			// A combining accent of decomposed text: "Sa\u0303o" is "São".
			continue
		}
		if pendingSpace {
			dst = append(dst, ' ')
			pendingSpace = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			} else if r == '`' {
				r = '\''
			}
			dst = append(dst, byte(r))
			continue
		}
		r = unicode.ToLower(r)
		if spelling, ok := foldedSpelling[r]; ok {
			dst = append(dst, spelling...)
			continue
		}
		if plain, ok := foldedRune[r]; ok {
			r = plain
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// fold returns the key of s as a string.
func fold(s string) string {
	return string(appendFold(nil, s))
}
