package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// A place named where a team is, in a report of sport, is the team; the
// same names in other articles, or without a team's words beside them,
// stay places.
func TestMarkTeams(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"England": "LOC", "Wales": "LOC", "Cardiff": "LOC", "Andy Robinson": "PER", "Tony Blair": "PER", "Liverpool": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want map[string]graph.Type
	}{
		{"match report", "England beat Wales in Cardiff.\n\nThe match was the best of the tournament, and England coach Andy Robinson praised his squad.",
			map[string]graph.Type{"England": graph.Org, "Wales": graph.Org, "Cardiff": graph.GPE}},
		{"possessive", "Wales's fly-half kicked a penalty in Cardiff.\n\nThe rugby season ends with the tournament.",
			map[string]graph.Type{"Wales": graph.Org, "Cardiff": graph.GPE}},
		{"politics", "Tony Blair said England and Wales are against the plan.\n\nHe spoke in Cardiff.",
			map[string]graph.Type{"England": graph.GPE, "Wales": graph.GPE, "Cardiff": graph.GPE}},
		{"a club in a report of sport", "Liverpool beat Chelsea in the league match.\n\nThe coach praised his squad.",
			map[string]graph.Type{"Liverpool": graph.Org}},
		{"sport without a team's words", "The match in Cardiff drew fans from England.\n\nThe tournament and its cup are a league of their own.",
			map[string]graph.Type{"England": graph.GPE, "Cardiff": graph.GPE}},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			a := x.Extract(extract.Document{ID: "t", Text: test.text})
			got := make(map[string]graph.Type)
			for _, e := range a.Entities {
				got[e.Name] = e.Type
			}
			for name, want := range test.want {
				if got[name] != want {
					t.Errorf("%s is %q, want %s (entities %v)", name, got[name], want, got)
				}
			}
		})
	}
}

// An organisation that bears a known city's name, in an article not about
// sport, is the city, unless a team's word stands beside it; in one with
// a word of sport, where a preposition of place stands before it.
func TestMarkPlaces(t *testing.T) {
	const campaign = " He spoke to voters.\n\nThe election is in May. His party hopes to gain seats. It needs a good result."
	x, err := extract.NewWithTagger(dictTagger{"Liverpool": "ORG", "Manchester": "ORG", "Charles Kennedy": "PER", "Acme": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want map[string]graph.Type
	}{
		{"a tour of cities", "Charles Kennedy visits Manchester, Liverpool and Acme this week." + campaign,
			map[string]graph.Type{"Liverpool": graph.GPE, "Manchester": graph.GPE, "Acme": graph.Org}},
		{"a team's word beside it", "Charles Kennedy blamed Liverpool fans for the trouble." + campaign,
			map[string]graph.Type{"Liverpool": graph.Org}},
		{"a word of sport, and a preposition of place", "He wrote of the stereotype of Liverpool. He blamed Liverpool football fans." + campaign,
			map[string]graph.Type{"Liverpool": graph.GPE}},
		{"a word of sport, and no preposition of place", "He blamed Liverpool football fans." + campaign,
			map[string]graph.Type{"Liverpool": graph.Org}},
		{"a sentence alone", "Charles Kennedy visits Manchester and Liverpool this week.",
			map[string]graph.Type{"Liverpool": graph.Org, "Manchester": graph.Org}},
		{"a report of sport", "Liverpool beat Manchester in the league match.\n\nThe coach praised his squad.",
			map[string]graph.Type{"Liverpool": graph.Org}},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			a := x.Extract(extract.Document{ID: "t", Text: test.text})
			got := make(map[string]graph.Type)
			for _, e := range a.Entities {
				got[e.Name] = e.Type
			}
			for name, want := range test.want {
				if got[name] != want {
					t.Errorf("%s is %q, want %s (entities %v)", name, got[name], want, got)
				}
			}
		})
	}
}

// firstSentenceTagger tags its names in the first sentence of a text
// only, as a tagger that reads a name otherwise elsewhere does.
type firstSentenceTagger map[string]string

func (f firstSentenceTagger) TagDocument(sentences [][]string) [][]string {
	out := make([][]string, len(sentences))
	for i, words := range sentences {
		out[i] = make([]string, len(words))
		for j, word := range words {
			out[i][j] = "O"
			if typ, ok := f[word]; ok && i == 0 {
				out[i][j] = "B-" + typ
			}
		}
	}
	return out
}

// TestMarkTeamsNamedElsewhere: in a report of sport, a place that the
// report also names as an organisation is the team.
func TestMarkTeamsNamedElsewhere(t *testing.T) {
	x, err := extract.NewWithTagger(firstSentenceTagger{"Liverpool": "ORG", "Chelsea": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	text := "Liverpool beat Chelsea in the league match.\n\nThe coach praised his squad. An investor courted Liverpool."
	a := x.Extract(extract.Document{ID: "t", Text: text})
	for _, e := range a.Entities {
		if e.Name == "Liverpool" && e.Type != graph.Org {
			t.Errorf("Liverpool is also a %s: %+v", e.Type, a.Entities)
		}
	}
}
