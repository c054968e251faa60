package extract

import (
	"testing"
	"unicode/utf8"
)

// FuzzNormalise: whatever the text, the offsets of its normalised form
// lead back into it in order, onto the starts of its characters, from its
// start to its end.
func FuzzNormalise(f *testing.F) {
	for _, seed := range []string{
		"Vladimir Putin", "Ｖｌａｄｉｍｉｒ Ｐｕｔｉｎ", "Me\u0301lenchon", "Pu\u200btin\u202c", "\ufeff\x1b[31mRed\x1b[0m\u2066",
		"e\u0301\u0323\u0301", "\u00ad\u00ad", "",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip("articles reach extraction as valid UTF-8")
		}
		normal, origin := normalise(text)
		if origin.source(len(normal)) != len(text) {
			t.Errorf("the end of %+q leads to %d, not %d", normal, origin.source(len(normal)), len(text))
		}
		previous := 0
		for i := range normal + " " {
			at := origin.source(i)
			if at < previous || at > len(text) {
				t.Fatalf("offset %d of %+q leads to %d, after %d, in %d bytes", i, normal, at, previous, len(text))
			}
			if at < len(text) && !utf8.RuneStart(text[at]) {
				t.Errorf("offset %d of %+q leads inside a character of %+q at %d", i, normal, text, at)
			}
			previous = at
		}
	})
}
