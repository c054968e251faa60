package extract_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
)

// TestNameLongerThanBoundIsNoName: a stretch the tagger reads as one
// name, of more than 65,000 bytes or of thousands of capitalised words,
// is no name: no entity is named by it, and the names around it stay.
func TestNameLongerThanBoundIsNoName(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, long string }{
		{"one token", "Mr " + "Z" + strings.Repeat("a", 66000)},
		{"many words", "Mr " + strings.Repeat("Zander ", 12000)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := "Tony Blair met Gordon Brown in London. " + tt.long + " said so. Tony Blair left."
			a := x.Extract(extract.Document{ID: "long", Text: text})
			names := map[string]bool{}
			for _, e := range a.Entities {
				names[e.Name] = true
				for _, name := range append([]string{e.Name}, e.Aliases...) {
					if n := utf8.RuneCountInString(name); n > 200 || len(strings.Fields(name)) > 21 {
						t.Errorf("entity named by %d characters, %d words: %.40q...", n, len(strings.Fields(name)), name)
					}
				}
			}
			if !names["Tony Blair"] || !names["Gordon Brown"] {
				t.Errorf("names around the long one lost: %v", names)
			}
		})
	}
}

// TestEvidenceOfLongSentenceIsClipped: every relation stores its
// evidence, so a sentence of 40 KB that names 20 people must not be
// stored whole with each; the evidence is a stretch of at most 1,000
// bytes around the two entities, whose offsets read as it.
func TestEvidenceOfLongSentenceIsClipped(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	filler := strings.Repeat("notwithstanding ", 120)
	people := []string{"Tony Blair", "Gordon Brown", "Charles Kennedy", "Michael Howard", "Jack Straw", "John Prescott", "David Blunkett", "Alan Milburn", "Peter Mandelson", "Robin Cook",
		"Clare Short", "Patricia Hewitt", "Tessa Jowell", "Margaret Beckett", "Alistair Darling", "Geoff Hoon", "Hilary Benn", "Ruth Kelly", "Alan Johnson", "John Reid"}
	var text strings.Builder
	text.WriteString("The ministers gathered in London.\n\n")
	for i := 0; i+1 < len(people); i += 2 {
		text.WriteString(filler + people[i] + " met " + people[i+1] + " " + filler + "and ")
	}
	text.WriteString("nothing more.")
	a := x.Extract(extract.Document{ID: "long", Text: text.String()})
	if len(a.Relations) == 0 {
		t.Fatal("no relation found in the long sentence")
	}
	mentions := map[string][]int{}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			mentions[e.ID] = append(mentions[e.ID], m.Start)
		}
	}
	for _, r := range a.Relations {
		if len(r.Evidence) > 1000 {
			t.Errorf("relation %s %s %s stores %d bytes of evidence", r.Subject, r.Predicate, r.Object, len(r.Evidence))
		}
		if got := strings.TrimSpace(text.String()[r.Sentence.Start:r.Sentence.End]); got != r.Evidence {
			t.Errorf("relation %s %s %s: its span reads %.60q, its evidence %.60q", r.Subject, r.Predicate, r.Object, got, r.Evidence)
		}
		for _, id := range []string{r.Subject, r.Object} {
			inside := false
			for _, start := range mentions[id] {
				inside = inside || start >= r.Sentence.Start && start < r.Sentence.End
			}
			if !inside {
				t.Errorf("relation %s %s %s: evidence %d-%d holds no mention of %s", r.Subject, r.Predicate, r.Object, r.Sentence.Start, r.Sentence.End, id)
			}
		}
	}
}
