package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestPeopleByPronoun: a full name the tagger took for an organisation is
// a person's where "he" or "she" takes it up with no other person to
// stand for; a person named before it, or a role given, may be the one
// the pronoun stands for.
func TestPeopleByPronoun(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Corin Vasek": "ORG", "Zentrix": "ORG", "Anna Berg": "PER", "Halvard Dunmore": "ORG", "Kestrel Marsh Holdings": "ORG", "UK Secret Service": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"The site was renamed by Corin Vasek in July. It was later bought by Zentrix, his new company.",
			map[string]graph.Type{"Corin Vasek": graph.Person, "Zentrix": graph.Org}},
		{"Corin Vasek's lawsuit against Zentrix, which he co-founded, goes to trial.",
			map[string]graph.Type{"Corin Vasek": graph.Person, "Zentrix": graph.Org}},
		{"Anna Berg left Halvard Dunmore, where she had worked for years.",
			map[string]graph.Type{"Anna Berg": graph.Person, "Halvard Dunmore": graph.Org}},
		{"Halvard Dunmore said its chief executive would quit, and he did.",
			map[string]graph.Type{"Halvard Dunmore": graph.Org}},
		{"The UK Secret Service said he would be charged.",
			map[string]graph.Type{"UK Secret Service": graph.Org}},
		{"Kestrel Marsh Holdings said he would quit.",
			map[string]graph.Type{"Kestrel Marsh Holdings": graph.Org}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}
