package extract_test

import (
	"fmt"
	"sort"
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

// In a report of sport, the dateline and a word of place ("in Japan")
// name the place, an entity apart from the team the report names alike.
func TestTeamPlaceApart(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"BIRMINGHAM": "LOC", "England": "LOC", "Japan": "LOC", "Pakistan": "LOC"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       map[string][]graph.Type // the types of a name's mentions, in text order
	}{
		{"dateline", "BIRMINGHAM , England 1996-08-31\n\nEngland beat Pakistan by five wickets in the one-day match . The England captain praised the squad .",
			map[string][]graph.Type{"England": {graph.GPE, graph.Org, graph.Org}, "Pakistan": {graph.Org}, "BIRMINGHAM": {graph.GPE}}},
		{"word of place", "Pakistan beat Japan 5-0 in the cup match . The squad trained in Japan for a week before the tournament , in Japan's new stadium .",
			map[string][]graph.Type{"Japan": {graph.Org, graph.GPE, graph.Org}}},
		{"a match named by its place", "The match in Japan drew fans to the league and cup .",
			map[string][]graph.Type{"Japan": {graph.GPE}}},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			expectMentionTypes(t, x, test.text, test.want)
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
// report also names as an organisation is the team, after a word of place
// too.
func TestMarkTeamsNamedElsewhere(t *testing.T) {
	x, err := extract.NewWithTagger(firstSentenceTagger{"Liverpool": "ORG", "Chelsea": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	text := "Liverpool beat Chelsea in the league match.\n\nThe coach praised his squad. An investor courted Liverpool. He will invest in Liverpool."
	a := x.Extract(extract.Document{ID: "t", Text: text})
	for _, e := range a.Entities {
		if e.Name == "Liverpool" && e.Type != graph.Org {
			t.Errorf("Liverpool is also a %s: %+v", e.Type, a.Entities)
		}
	}
}

// An article without a word of sport names no team: a place the
// gazetteer knows is the place, though the tagger took it for an
// organisation, unless a team's word stands beside the name.
func TestKnownPlaceOutsideSport(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Labour": "ORG", "Leeds": "ORG", "Liverpool": "ORG", "Manchester": "ORG", "Charles Kennedy": "PER"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       map[string][]graph.Type // the types of a name's mentions, in text order
	}{
		{"a conference's place", "Labour will hold its autumn conference in Leeds and not in Blackpool .",
			map[string][]graph.Type{"Leeds": {graph.GPE}}},
		{"a tour of cities", "Charles Kennedy visits Manchester and Liverpool this week . He spoke to voters .",
			map[string][]graph.Type{"Liverpool": {graph.GPE}, "Manchester": {graph.GPE}}},
		{"a team's word beside it", "Charles Kennedy blamed Liverpool fans for the trouble .",
			map[string][]graph.Type{"Liverpool": {graph.Org}}},
		{"a word of sport", "He blamed Liverpool football fans .",
			map[string][]graph.Type{"Liverpool": {graph.Org}}},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			expectMentionTypes(t, x, test.text, test.want)
		})
	}
}

// mentionTypes gives the types of each name's mentions, in text order.
// expectMentionTypes checks that extracting text types the mentions of
// each name of want as want says, in text order.
func expectMentionTypes(t *testing.T, x *extract.Extractor, text string, want map[string][]graph.Type) {
	t.Helper()
	got := mentionTypes(x.Extract(extract.Document{ID: "t", Text: text}))
	for name, types := range want {
		if fmt.Sprint(got[name]) != fmt.Sprint(types) {
			t.Errorf("%s: mentions typed %v, want %v", name, got[name], types)
		}
	}
}

func mentionTypes(a *graph.Article) map[string][]graph.Type {
	type typed struct {
		start int
		typ   graph.Type
	}
	byName := map[string][]typed{}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Via == "name" {
				byName[m.Text] = append(byName[m.Text], typed{m.Start, e.Type})
			}
		}
	}
	out := map[string][]graph.Type{}
	for name, ms := range byName {
		sort.Slice(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
		for _, m := range ms {
			out[name] = append(out[name], m.typ)
		}
	}
	return out
}
