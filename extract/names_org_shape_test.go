package extract_test

import (
	"testing"

	"github.com/kg-project/kg/graph"
)

// TestCamelCaseNameIsOrg: a name of one word written with a capital
// after a small letter is a company's, though the tagger took it for a
// person or a place; a surname with a capital inside stays a person's,
// and a company the gazetteer knows by a name that starts small is found.
func TestCamelCaseNameIsOrg(t *testing.T) {
	checkOrgContext(t, dictTagger{"ZipTok": "PER", "FlexHub": "LOC", "Ian McAllister": "PER", "DaimlerChrysler": "PER", "Leonardo DiCaprio": "PER"}, []orgContextCase{
		{"The rise of ZipTok worried rivals.", map[string]graph.Type{"ZipTok": graph.Org}},
		// A surname's prefix counts only before a capital.
		{"The rise of DaimlerChrysler worried rivals.", map[string]graph.Type{"DaimlerChrysler": graph.Org}},
		{"Leonardo DiCaprio spoke.", map[string]graph.Type{"Leonardo DiCaprio": graph.Person}},
		{"Workers at FlexHub went on strike.", map[string]graph.Type{"FlexHub": graph.Org}},
		{"Ian McAllister spoke.", map[string]graph.Type{"Ian McAllister": graph.Person}},
		{"Buyers turned to eBay and Etsy.", map[string]graph.Type{"eBay": graph.Org, "Etsy": graph.Org}},
	})
}

// TestDigitNameIsOrg: a word of digits and capitals the tagger missed
// ("3M") is a company's where it acts as one, even at the start of a
// sentence; standards and models written so ("5G", "A380") are not.
func TestDigitNameIsOrg(t *testing.T) {
	checkOrgContext(t, dictTagger{}, []orgContextCase{
		{"7K agreed to pay $6 billion to settle the claims.", map[string]graph.Type{"7K": graph.Org}},
		{"It said Q9X has been fined twice.", map[string]graph.Type{"Q9X": graph.Org}},
		{"5G will transform factories.", map[string]graph.Type{}},
		{"The A380 was grounded.", map[string]graph.Type{}},
	})
}

// TestModernCompanyEndingIsOrg: a name ending in a word that ends the
// names of today's companies ("Networks", "AI", "Pharma", "Health",
// "Lab") is a company's, though the tagger took it for a person's; the
// company's name alone later is the same company.
func TestModernCompanyEndingIsOrg(t *testing.T) {
	checkOrgContext(t, dictTagger{"Kobalt Networks": "PER", "Corelight AI": "PER", "Strata Pharma": "PER", "Vireo Health": "PER", "Machines Lab": "PER", "Kobalt": "PER", "Sam Wu": "PER", "Leo Marsh": "PER"}, []orgContextCase{
		{"Kobalt Networks opened an office. Kobalt hired 20 engineers.", map[string]graph.Type{"Kobalt Networks": graph.Org}},
		{"Sam Wu left to found Corelight AI.", map[string]graph.Type{"Corelight AI": graph.Org, "Sam Wu": graph.Person}},
		{"Regulators approved a drug made by Strata Pharma.", map[string]graph.Type{"Strata Pharma": graph.Org}},
		{"Leo Marsh runs Vireo Health.", map[string]graph.Type{"Vireo Health": graph.Org, "Leo Marsh": graph.Person}},
		{"She founded Thinking Machines Lab.", map[string]graph.Type{"Thinking Machines Lab": graph.Org}},
	})
}

// TestDomainNameIsOrg: a name written as a website's address is a
// company's, found where the tagger missed it, even at the start of a
// sentence; an address in lower case is no name.
func TestDomainNameIsOrg(t *testing.T) {
	checkOrgContext(t, dictTagger{"Stackwise.io": "PER"}, []orgContextCase{
		{"Booking.com was fined by the regulator.", map[string]graph.Type{"Booking.com": graph.Org}},
		{"Google hired the founders of Character.AI last year.", map[string]graph.Type{"Google": graph.Org, "Character.AI": graph.Org}},
		{"Stackwise.io was bought for an undisclosed sum.", map[string]graph.Type{"Stackwise.io": graph.Org}},
		{"Details are on example.com today.", map[string]graph.Type{}},
	})
}
