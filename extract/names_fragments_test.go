package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestNameFragments: what the tagger marks that is part of a name, or
// names and words run together, does not become an entity of its own; a
// reader must recognise every entity's name.
func TestNameFragments(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{
		"Disney backs Sony DVD": "ORG", "Lord of the Sky": "LOC", "Office": "ORG", "Max": "ORG",
		"Kelvin MP": "PER", "Ann McKechin": "PER", "Jane Smith MP": "PER", "the Beastie Boys": "ORG",
		"minister Hank Presley": "PER", "Parc des Princes": "LOC", "eBay": "ORG",
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"He said Disney backs Sony DVD in a deal.", map[string]graph.Type{"Disney": graph.Org, "Sony DVD": graph.Org}},
		{"He sang of the Lord of the Sky at length.", map[string]graph.Type{}},
		{"It went to the Secretary of State's Office for a ruling.", map[string]graph.Type{}},
		{"The regulator grounded the 737 Max for months.", map[string]graph.Type{}},
		{"The regulator saw no 737 Max fly for months.", map[string]graph.Type{}},
		{"He met Kelvin MP Ann McKechin there.", map[string]graph.Type{"Kelvin": graph.GPE, "Ann McKechin": graph.Person}},
		{"He met Jane Smith MP there.", map[string]graph.Type{"Jane Smith": graph.Person}},
		{"He signed the Beastie Boys in 1984.", map[string]graph.Type{"Beastie Boys": graph.Org}},
		{"He saw minister Hank Presley there.", map[string]graph.Type{"Hank Presley": graph.Person}},
		{"They played at the Parc des Princes and sold tickets on eBay.", map[string]graph.Type{"Parc des Princes": graph.GPE, "eBay": graph.Org}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestPersonForWhat: a person the tagger ran together with what "for"
// names after them is the person alone.
func TestPersonForWhat(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Clare Higgins for Hecuba": "PER", "Birkett for Hart": "PER", "Institute for Fiscal Studies": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"The award went to Clare Higgins for Hecuba last night.", map[string]graph.Type{"Clare Higgins": graph.Person}},
		{"Replacements: Birkett for Hart (71) came on late.", map[string]graph.Type{"Birkett": graph.Person}},
		{"The Institute for Fiscal Studies said so.", map[string]graph.Type{"Institute for Fiscal Studies": graph.Org}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestDateRunIntoName: a day or a month after "in", "on" or "since" that
// the tagger ran into the name before it is no part of the name.
func TestDateRunIntoName(t *testing.T) {
	checkOrgContext(t, dictTagger{"Brenford Systems in May": "ORG", "Talvo Energy on Monday": "ORG", "Bank of England": "ORG"}, []orgContextCase{
		{"Tallis bought Brenford Systems in May.", map[string]graph.Type{"Tallis": graph.Org, "Brenford Systems": graph.Org}},
		{"Shares of Talvo Energy on Monday fell.", map[string]graph.Type{"Talvo Energy": graph.Org}},
		{"The Bank of England raised rates.", map[string]graph.Type{"Bank of England": graph.Org}},
	})
}
