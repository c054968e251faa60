package extract_test

import (
	"strings"
	"testing"
	"unicode"

	textnorm "golang.org/x/text/unicode/norm"

	"github.com/kg-project/kg/extract"
)

// TestLookAlikeNamesAreOneEntity: a name written in fullwidth letters,
// with its accent apart from its letter, or with zero-width and
// direction characters inside it is the same name as the plain one; the
// mentions still point at the article as written.
func TestLookAlikeNamesAreOneEntity(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, text, entity string
	}{
		{"fullwidth", "Vladimir Putin met Gordon Brown in London. Ｖｌａｄｉｍｉｒ Ｐｕｔｉｎ said Mr Brown agreed.", "Vladimir Putin"},
		{"decomposed accent", "Jean-Luc M\u00e9lenchon met Gordon Brown in Paris. Jean-Luc Me\u0301lenchon said Mr Brown agreed.", "Jean-Luc M\u00e9lenchon"},
		{"zero-width space", "Vladimir Putin met Gordon Brown in London. Vladimir Pu\u200btin said Mr Brown agreed.", "Vladimir Putin"},
		{"bidi controls", "Vladimir Putin met Gordon Brown in London. \u202aVladimir Putin\u202c said Mr Brown agreed.", "Vladimir Putin"},
		{"byte-order mark", "\ufeffVladimir Putin met Gordon Brown in London. Vladimir Putin\u2066 said Mr Brown agreed.", "Vladimir Putin"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := x.Extract(extract.Document{ID: "look-alike", Text: tt.text})
			found := 0
			for _, e := range a.Entities {
				if strings.Contains(e.Name, "Brown") || e.Type != "PERSON" {
					continue
				}
				found++
				if e.Name != tt.entity {
					t.Errorf("entity named %q (%+q), want %q", e.Name, e.Name, tt.entity)
				}
				if len(e.Mentions) != 2 {
					t.Errorf("entity %q has %d mentions, want 2: %+v", e.Name, len(e.Mentions), e.Mentions)
				}
				for _, m := range e.Mentions {
					if tt.text[m.Start:m.End] != m.Text {
						t.Errorf("mention %+v reads %q in the article", m, tt.text[m.Start:m.End])
					}
				}
			}
			if found != 1 {
				t.Errorf("%d entities besides Gordon Brown, want 1: %+v", found, a.Entities)
			}
		})
	}
}

// TestNamesHoldNoControlCharacters: whatever the article holds between
// the letters of a name (escape sequences, zero-width and direction
// characters), entity names and aliases are printable NFC text.
func TestNamesHoldNoControlCharacters(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Tony \x1b[31mBlair\x1b[0m met Gordon\u200d Brown and \u202eCharles Kennedy\u202c in Lon\u00addon. Mr Blair and Mr Brown and Mr Kennedy agreed."
	a := x.Extract(extract.Document{ID: "controls", Text: text})
	if len(a.Entities) == 0 {
		t.Fatal("no entity found")
	}
	for _, e := range a.Entities {
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			if !textnorm.NFC.IsNormalString(name) {
				t.Errorf("name %+q is not NFC", name)
			}
			for _, r := range name {
				if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
					t.Errorf("name %+q holds %U", name, r)
				}
			}
		}
	}
}
