package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestReports checks which relations are kept as reports: speech between
// someone and a news outlet, the outlet on either side, named as
// news_outlets lists it.
func TestReports(t *testing.T) {
	tagger := dictTagger{
		"Gordon Brown": "PER", "Tony Blair": "PER", "BBC Radio 4": "ORG", "Newsnight": "ORG",
		"Reuters": "ORG", "Daily Telegraph": "ORG", "Royal Mail": "ORG", "Google": "ORG",
		"Peter Mandelson": "PER", "Guardian": "ORG",
	}
	x, err := extract.NewWithTagger(tagger)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text                 string
		subject, predicate, object string
		kind                       graph.Kind
	}{
		{"told a broadcaster's channel", "Gordon Brown told BBC Radio 4 that the economy was strong.", "Gordon Brown", "tell", "BBC Radio 4", graph.Report},
		{"told a programme", "Gordon Brown told Newsnight that he was happy.", "Gordon Brown", "tell", "Newsnight", graph.Report},
		{"told an agency", "Tony Blair told Reuters that he would stay.", "Tony Blair", "tell", "Reuters", graph.Report},
		{"the outlet quotes", "The Daily Telegraph quoted Peter Mandelson at length.", "Daily Telegraph", "quote", "Peter Mandelson", graph.Report},
		{"a newspaper by its last word", "Peter Mandelson told the Guardian he was leaving.", "Peter Mandelson", "tell", "Guardian", graph.Report},
		{"told a company", "Gordon Brown told Royal Mail to cut costs.", "Gordon Brown", "tell", "Royal Mail", graph.Event},
		{"an outlet, not speech", "Tony Blair sued Reuters.", "Tony Blair", "sue", "Reuters", graph.Event},
		{"speech, no outlet", "Tony Blair told Gordon Brown that he would stay.", "Tony Blair", "tell", "Gordon Brown", graph.Event},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := x.Extract(extract.Document{ID: "t", Text: tc.text})
			var found []string
			for _, r := range a.Relations {
				subject, object := a.Entity(r.Subject), a.Entity(r.Object)
				if subject.Name == tc.subject && r.Predicate == tc.predicate && object.Name == tc.object {
					if r.Kind != tc.kind {
						t.Errorf("%s -%s-> %s is a %s, want a %s", tc.subject, tc.predicate, tc.object, r.Kind, tc.kind)
					}
					return
				}
				found = append(found, subject.Name+" -"+r.Predicate+"-> "+object.Name)
			}
			t.Errorf("no %s -%s-> %s among %v", tc.subject, tc.predicate, tc.object, found)
		})
	}
}
