package extract_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	textnorm "golang.org/x/text/unicode/norm"

	"github.com/kg-project/kg/extract"
)

// FuzzExtract feeds arbitrary text to the whole pipeline: whatever the
// text, every mention and sentence lies inside it, every mention reads
// as its text, every name is printable NFC text, and every relation joins
// two entities of the article.
func FuzzExtract(f *testing.F) {
	for _, seed := range []string{
		"Russian President Vladimir Putin met French President Emmanuel Macron in Paris.",
		"Putin Calls for Talks\n\nMr Putin said the UN's envoy, Staffan de Mistura, would visit.",
		"Yukos was sold by Russia to Rosneft. He met O'Sullivan and P. Simmons. Wang Yi. Mr Wang said.",
		"\"\u201cQuote\u201d\" \u2019s ,,, ... U.S. $10 Tony  Blair\r\n\r\nand Gordon Brown, the chancellor, met Labour's Mr Livingstone.",
		"Vodafone has drafted in its UK chief executive William Morrow. Carlos Ghosn, its boss, praised its",
		"<Timminco Ltd> said it bought Genentech Inc. The ex-Downing Street aide,said Koji\nKidokoro of Oil and Natural Gas Corporation.",
		"Mr Ghosn, who is to become chairman and chief executive of Renault, was one of the founders of Nissan - a former Yukos arm, and its boss.",
		"",
	} {
		f.Add(seed)
	}
	x, err := extract.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip("articles reach extraction as valid UTF-8")
		}
		a := x.Extract(extract.Document{ID: "fuzz", Text: text})
		ids := map[string]bool{}
		for _, e := range a.Entities {
			ids[e.ID] = true
			if len(e.Mentions) == 0 {
				t.Errorf("entity %q has no mentions", e.Name)
			}
			for _, name := range append([]string{e.Name}, e.Aliases...) {
				if !textnorm.NFC.IsNormalString(name) || strings.ContainsFunc(name, func(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }) {
					t.Errorf("entity name %+q is not printable NFC text", name)
				}
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
					t.Fatalf("mention %+v outside the text of %d bytes", m, len(text))
				}
				if text[m.Start:m.End] != m.Text {
					t.Errorf("mention %+v reads %q", m, text[m.Start:m.End])
				}
			}
		}
		for _, r := range a.Relations {
			if !ids[r.Subject] || !ids[r.Object] || r.Subject == r.Object {
				t.Errorf("relation %+v does not join two entities of the article", r)
			}
			if r.Sentence.Start < 0 || r.Sentence.End > len(text) || r.Sentence.Start > r.Sentence.End {
				t.Errorf("relation %+v has a sentence outside the text", r)
			}
			if r.Predicate == "" {
				t.Errorf("relation %+v has no predicate", r)
			}
		}
	})
}
