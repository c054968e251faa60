package extract_test

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestEventNames: a place or an organisation before the head word of an
// event's name is part of the event, not a mention of its own; the same
// name elsewhere, and a person's name, stay.
func TestEventNames(t *testing.T) {
	checkMentionCases(t, dictTagger{"Hong Kong": "LOC", "Norwich Union Grand Prix": "ORG", "Norwich Union": "ORG", "Doris Day": "PER", "Labour": "ORG"}, []mentionCase{
		{"Khan won the Hong Kong Open on Friday.", "Hong Kong", 0},
		{"Khan won the Hong Kong Open on Friday, the first title he has won in Hong Kong.", "Hong Kong", 1},
		{"She will race at the Norwich Union Grand Prix in February.", "Norwich Union Grand Prix", 0},
		{"Norwich Union sponsors the race.", "Norwich Union", 1},
		{"The markets were shut for Labour Day, and Labour said it would act.", "Labour Party", 1},
		{"The film starred Doris Day.", "Doris Day", 1},
	})
}

// TestAmpersandNames: names joined by an ampersand are one firm's.
func TestAmpersandNames(t *testing.T) {
	checkMentionCases(t, dictTagger{"Douglas": "PER", "Lomason": "ORG", "Johnson": "PER"}, []mentionCase{
		{"Shares of Douglas & Lomason rose on the merger.", "Douglas & Lomason", 1},
		{"Douglas and Johnson met on Friday.", "Douglas", 1},
	})
}

// TestInstitutionOfTwoFields: "and" inside the name of an institution of
// two fields does not part it in two; two names the tagger ran together
// still part.
func TestInstitutionOfTwoFields(t *testing.T) {
	x, err := extract.NewWithTagger(spanTagger{"London International Financial Futures and Options Exchange", "Ministry of Trade and Industry", "Apple Insider and Think Secret"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"The Bund future on the London International Financial Futures and Options Exchange fell.", "London International Financial Futures and Options Exchange"},
		{"The Ministry of Trade and Industry said exports rose.", "Ministry of Trade and Industry"},
		{"The sites Apple Insider and Think Secret were sued.", "Apple Insider|Think Secret"},
	} {
		var got []string
		for _, e := range x.Extract(extract.Document{ID: "t", Text: c.text}).Entities {
			got = append(got, e.Name)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: names %q, want %q", c.text, got, c.want)
		}
	}
}

// spanTagger labels each of its names, of any length, an organisation.
type spanTagger []string

func (s spanTagger) TagDocument(sentences [][]string) [][]string {
	out := make([][]string, len(sentences))
	for i, words := range sentences {
		out[i] = make([]string, len(words))
		for j := range words {
			out[i][j] = "O"
		}
		for _, name := range s {
			n := len(strings.Fields(name))
			for j := 0; j+n <= len(words); j++ {
				if strings.Join(words[j:j+n], " ") == name {
					out[i][j] = "B-ORG"
					for k := j + 1; k < j+n; k++ {
						out[i][k] = "I-ORG"
					}
				}
			}
		}
	}
	return out
}

// TestListTypes: the odd item of a list of names takes the type of the
// others, unless it is a person's full name; in a longer list with
// several odd items, the items the gazetteer knows tell the list's type.
func TestListTypes(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{
		"Jolene Byrne": "PER", "Maria McCambridge": "PER", "Fionnualla Britton": "ORG",
		"Basingstoke": "LOC", "Shrewsbury": "LOC", "Torbay": "PER",
		"Zentrix": "ORG", "Orvane": "ORG", "Mark Zuckerberg": "PER",
		"Manchester": "LOC", "Leicester": "LOC", "Somerset": "ORG", "Dorset": "PER",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, name string
		want       graph.Type
	}{
		{"Jolene Byrne, Maria McCambridge and Fionnualla Britton were selected.", "Fionnualla Britton", graph.Person},
		{"He visits Basingstoke, Shrewsbury and Torbay this week.", "Torbay", graph.GPE},
		{"He visits Manchester, Leicester, Somerset, Shrewsbury, Dorset and Torbay.", "Dorset", graph.GPE},
		{"He visits Manchester, Leicester, Somerset, Shrewsbury, Dorset and Torbay.", "Somerset", graph.GPE},
		{"The rules bind Zentrix, Orvane and Mark Zuckerberg.", "Mark Zuckerberg", graph.Person},
		{"The rules bind Zentrix and Mark Zuckerberg.", "Mark Zuckerberg", graph.Person},
	} {
		got := entityTypes(t, x, c.text)
		if got[c.name] != c.want {
			t.Errorf("%q: %s is %q, want %s", c.text, c.name, got[c.name], c.want)
		}
	}
}

// TestWorksNotEntities: a name only ever used as the title of a work ("the
// play The Vagina Monologues") is no entity; a person the work is named
// after, named also as a person, stays one.
func TestWorksNotEntities(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"The Vagina Monologues": "PER", "Kampala": "LOC", "Kinsey": "PER", "Alfred Kinsey": "PER"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want map[string]graph.Type
	}{
		{"Uganda has banned the play The Vagina Monologues, due to open in Kampala.", map[string]graph.Type{"Uganda": graph.GPE, "Kampala": graph.GPE}},
		{"The biopic Kinsey tells the life of Alfred Kinsey.", map[string]graph.Type{"Alfred Kinsey": graph.Person}},
	} {
		checkEntities(t, c.text, entityTypes(t, x, c.text), c.want)
	}
}
