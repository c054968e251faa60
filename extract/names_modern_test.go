package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// entityTypes extracts text and returns each entity's type by name.
func entityTypes(t *testing.T, x *extract.Extractor, text string) map[string]graph.Type {
	t.Helper()
	got := map[string]graph.Type{}
	for _, e := range x.Extract(extract.Document{ID: "t", Text: text}).Entities {
		got[e.Name] = e.Type
	}
	return got
}

// checkEntities reports where got differs from want, entity by entity.
func checkEntities(t *testing.T, text string, got, want map[string]graph.Type) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%q: entities %v, want %v", text, got, want)
		return
	}
	for name, typ := range want {
		if got[name] != typ {
			t.Errorf("%q: %s is %q, want %q (all: %v)", text, name, got[name], typ, got)
		}
	}
}

// TestModernCompanies runs the embedded tagger over sentences of recent
// business news whose companies a tagger trained on 1990s news misses or
// takes for people and places.
func TestModernCompanies(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"Netflix wants to acquire Warner Bros.",
			map[string]graph.Type{"Netflix": graph.Org, "Warner Bros.": graph.Org}},
		{"Ryanair was fined by the European Commission.",
			map[string]graph.Type{"Ryanair": graph.Org, "European Commission": graph.Org}},
		{"Amazon founder Jeff Bezos",
			map[string]graph.Type{"Amazon": graph.Org, "Jeff Bezos": graph.Person}},
		{"Shares of Boeing fell after the Federal Aviation Administration grounded the 737 Max.",
			map[string]graph.Type{"Boeing": graph.Org, "Federal Aviation Administration": graph.Org}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestCompanyLeads: a name after the words that lead to a company ("shares
// of", "agreed to buy") is a company, whether the tagger missed it or took
// it for a person or a place.
func TestCompanyLeads(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Telnova": "PER", "Orvane": "LOC", "Brightcove": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"Shares of Aerolux fell sharply.", map[string]graph.Type{"Aerolux": graph.Org}},
		{"Brightcove agreed to buy Telnova.", map[string]graph.Type{"Brightcove": graph.Org, "Telnova": graph.Org}},
		{"It holds a stake in Orvane.", map[string]graph.Type{"Orvane": graph.Org}},
		{"Brightcove completed its takeover of Kestrel.", map[string]graph.Type{"Brightcove": graph.Org, "Kestrel": graph.Org}},
		{"Shares of France-registered packaging firms fell.", map[string]graph.Type{}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestCompanyTrails: a name before what only companies have or undergo
// ("founder", "chief executive", "was fined", "wants to acquire") is a
// company, also at the start of a sentence, where a capitalised word is
// otherwise no sign of a name.
func TestCompanyTrails(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{
		"Telnova": "PER", "Orvane": "LOC", "Jeff Bezos": "PER", "European Commission": "ORG", "Smith": "PER",
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"Orvane founder Jeff Bezos spoke.", map[string]graph.Type{"Orvane": graph.Org, "Jeff Bezos": graph.Person}},
		{"Quorvia founder Jeff Bezos spoke.", map[string]graph.Type{"Quorvia": graph.Org, "Jeff Bezos": graph.Person}},
		{"Telnova was fined by the European Commission.", map[string]graph.Type{"Telnova": graph.Org, "European Commission": graph.Org}},
		{"Flyvane was fined by the European Commission.", map[string]graph.Type{"Flyvane": graph.Org, "European Commission": graph.Org}},
		{"Zentrix wants to acquire Telnova.", map[string]graph.Type{"Zentrix": graph.Org, "Telnova": graph.Org}},
		{"It said Orvane's chief executive quit.", map[string]graph.Type{"Orvane": graph.Org}},
		{"Mr Smith was sued by a bank.", map[string]graph.Type{"Smith": graph.Person}},
		{"Total shares rose. Bank shares fell.", map[string]graph.Type{}},
		{"Everyone was fined.", map[string]graph.Type{}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestCompanyFirstWord: a company named with its legal form or line of
// business is found again by its first word, also at the start of a
// sentence, unless the article writes that word small.
func TestCompanyFirstWord(t *testing.T) {
	checkMentionCases(t, dictTagger{"Zorvane Automotive": "ORG", "Kestrel Holdings": "ORG"}, []mentionCase{
		{"Zorvane Automotive listed in 2021. Zorvane has been burning cash.", "Zorvane Automotive", 2},
		{"Kestrel Holdings bought it. Kestrel said so. Kestrel flew off, as a kestrel does.", "Kestrel Holdings", 1},
	})
}

// TestCompanyNouns: a name after a noun for a kind of company is a
// company.
func TestCompanyNouns(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{})
	if err != nil {
		t.Fatal(err)
	}
	text := "It backed the London fintech Revolut and the chipmaker Nvidia's rival Graphcore."
	checkEntities(t, text, entityTypes(t, x, text), map[string]graph.Type{
		"London": graph.GPE, "Revolut": graph.Org, "Nvidia": graph.Org,
	})
}
