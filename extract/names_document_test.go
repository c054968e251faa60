package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestSurnameOfKnownPlace: a person's surname that the gazetteer knows as
// a place is the person wherever the article names him in full, whatever
// the tagger made of the surname alone.
func TestSurnameOfKnownPlace(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"MaliVai Washington": "PER", "Washington": "LOC", "Michael Jordan": "PER", "Jordan": "LOC", "Amman": "LOC"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"MaliVai Washington won. Washington said he was tired, and Washington left.",
			map[string]graph.Type{"MaliVai Washington": graph.Person}},
		{"Michael Jordan scored. Jordan said so.", map[string]graph.Type{"Michael Jordan": graph.Person}},
		{"He flew from Amman. Jordan said so.", map[string]graph.Type{"Amman": graph.GPE, "Jordan": graph.GPE}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestKnownCompanyInLongerName: a company the gazetteer knows, named in
// the article by a longer name the gazetteer does not know, is one entity
// under the article's name.
func TestKnownCompanyInLongerName(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Nissan Motor": "ORG", "Nissan": "ORG", "Group Menatep": "ORG", "Menatep": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"Nissan Motor rose. Nissan said so.", map[string]graph.Type{"Nissan Motor": graph.Org}},
		{"Group Menatep sued. Menatep said so.", map[string]graph.Type{"Group Menatep": graph.Org}},
		{"Nissan said so.", map[string]graph.Type{"Nissan": graph.Org}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestLegalFormsEndCompanies: a name ending in a company's legal form is
// a company, though the tagger took it for a place; "Bank" is no legal
// form ("West Bank").
func TestLegalFormsEndCompanies(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Magna International Inc": "LOC", "Driefontein Consolidated Ltd": "LOC", "West Bank": "LOC"})
	if err != nil {
		t.Fatal(err)
	}
	text := "Magna International Inc and Driefontein Consolidated Ltd met in the West Bank."
	checkEntities(t, text, entityTypes(t, x, text), map[string]graph.Type{
		"Magna International Inc": graph.Org, "Driefontein Consolidated Ltd": graph.Org, "West Bank": graph.GPE,
	})
}

// TestInstitutionHeads: a name ending in an institution's head word is an
// organisation, though the tagger took it for a place or a person
// ("Corvel Management", "Ashby Partners"), unless the head also names a
// building ("Kennedy Space Center"); a name the tagger took for a thing
// that ends in a venue's head word is a place ("Corvale Stadium"); and
// one that starts with initials is a company ("KJ Vantor") unless the
// gazetteer knows it ("DR Congo"); a head word followed by what it is of
// makes an organisation of a name the tagger took for a thing ("Halvern
// Chambers of Commerce").
func TestInstitutionHeads(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{
		"Waverley Local Court": "LOC", "Kennedy Space Center": "LOC",
		"Corvel Management": "PER", "Brightwater Capital": "LOC", "Ashby Partners": "PER",
		"Corvale Stadium": "MISC", "KJ Vantor": "LOC", "DR Congo": "LOC",
		"Halvern Chambers of Commerce": "MISC",
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"The order was issued at Waverley Local Court after the launch from Kennedy Space Center.",
			map[string]graph.Type{"Waverley Local Court": graph.Org, "Kennedy Space Center": graph.GPE}},
		{"Its creditors, among them Corvel Management and Brightwater Capital, hired Ashby Partners.",
			map[string]graph.Type{"Corvel Management": graph.Org, "Brightwater Capital": graph.Org, "Ashby Partners": graph.Org}},
		{"He made his debut at the Corvale Stadium in August.",
			map[string]graph.Type{"Corvale Stadium": graph.GPE}},
		{"The director general of the Halvern Chambers of Commerce warned of cuts.",
			map[string]graph.Type{"Halvern Chambers of Commerce": graph.Org}},
		{"The network was sold by KJ Vantor to a fund in DR Congo.",
			map[string]graph.Type{"KJ Vantor": graph.Org, "Democratic Republic of the Congo": graph.GPE}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}
