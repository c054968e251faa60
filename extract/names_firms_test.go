package extract_test

import (
	"testing"

	"github.com/kg-project/kg/graph"
)

// TestFirmNamesWithAnd: a firm's name joins its founders' names with
// "and", as Reuters writes "&": "and Co" after a name, a legal form after
// the second name, or capitals on both sides make one name; two names the
// gazetteer knows stay two. A legal form after a possessive ends the name
// before it.
func TestFirmNamesWithAnd(t *testing.T) {
	tagger := dictTagger{"Ivan F. Boesky": "PER", "LP": "ORG", "Harper": "PER", "Row Publishers Inc": "ORG",
		"W.R. Grace": "ORG", "Co": "ORG", "Drexel": "ORG", "IBM": "ORG", "Microsoft Corp": "ORG", "T": "ORG", "Pantera": "PER", "Corp": "PER", "US Carnival Corporation": "ORG", "Gruppo Ferruzzi": "PER", "Reynolds , Lorillard Tobacco": "ORG", "Cypress Partners": "ORG"}
	checkOrgContext(t, tagger, []orgContextCase{
		{"Ivan F. Boesky and Co LP said it would sue Drexel.", map[string]graph.Type{"Ivan F. Boesky and Co LP": graph.Org, "Drexel": graph.Org}},
		{"W.R. Grace and Co said it would sue Drexel.", map[string]graph.Type{"W.R. Grace and Co": graph.Org, "Drexel": graph.Org}},
		{"Drexel offered to buy Harper and Row Publishers Inc for 34 dlrs a share.", map[string]graph.Type{"Harper and Row Publishers Inc": graph.Org, "Drexel": graph.Org}},
		{"Drexel said AT and T would sue.", map[string]graph.Type{"AT and T": graph.Org, "Drexel": graph.Org}},
		{"Pantera's Corp agreed to acquire Drexel.", map[string]graph.Type{"Pantera's Corp": graph.Org, "Drexel": graph.Org}},
		// A place run into a company's name the gazetteer knows is cut
		// off it; an institution's name keeps its place.
		{"Drexel is now part of the huge US Carnival Corporation.", map[string]graph.Type{"Drexel": graph.Org, "United States": graph.GPE, "Carnival Corporation": graph.Org}},
		// An organisation's head word in another language begins its name.
		{"Drexel blocked a bid from Gruppo Ferruzzi.", map[string]graph.Type{"Drexel": graph.Org, "Gruppo Ferruzzi": graph.Org}},
		{"Drexel includes Cypress Partners L.P of Texas.", map[string]graph.Type{"Drexel": graph.Org, "Cypress Partners L.P": graph.Org, "Texas": graph.GPE}},
		// A span run over a comma is a list, unless "and" ends it.
		{"Drexel sued Reynolds, Lorillard Tobacco and others.", map[string]graph.Type{"Drexel": graph.Org, "Reynolds": graph.Org, "Lorillard Tobacco": graph.Org}},
		{"IBM and Microsoft Corp signed a deal.", map[string]graph.Type{"IBM": graph.Org, "Microsoft Corp": graph.Org}},
		{"The US and UK signed a deal with Drexel.", map[string]graph.Type{"United States": graph.GPE, "United Kingdom": graph.GPE, "Drexel": graph.Org}},
	})
}

// TestDemonymFirms: a nationality the tagger left as an adjective begins
// the name of the firm after it: capitalised words no other name holds,
// or an organisation of several words the gazetteer does not know; not a
// role, an event, a place, another demonym, or the first name of a
// person the tagger named after it.
func TestDemonymFirms(t *testing.T) {
	tagger := dictTagger{"British": "MISC", "American": "MISC", "Canadian": "MISC", "Australian": "MISC", "French": "MISC", "Turkish": "MISC", "Iraqi": "MISC",
		"Pacific Air Lines": "ORG", "Moody": "ORG", "Drexel": "ORG", "Olaf Scholz": "PER", "Open": "MISC"}
	checkOrgContext(t, tagger, []orgContextCase{
		{"Drexel blocked a bid for British Sugar.", map[string]graph.Type{"Drexel": graph.Org, "British Sugar": graph.Org}},
		{"Drexel acquired Canadian Pacific Air Lines.", map[string]graph.Type{"Drexel": graph.Org, "Canadian Pacific Air Lines": graph.Org}},
		{"Drexel hired American Hoechst.", map[string]graph.Type{"Drexel": graph.Org, "American Hoechst": graph.Org}},
		{"Drexel met French President Olaf Scholz.", map[string]graph.Type{"Drexel": graph.Org, "France": graph.GPE, "Olaf Scholz": graph.Person}},
		{"Drexel won the French Open.", map[string]graph.Type{"Drexel": graph.Org}},
		{"Drexel hired Turkish Cypriots.", map[string]graph.Type{"Drexel": graph.Org}},
		{"Drexel moved into Iraqi Kurdistan.", map[string]graph.Type{"Drexel": graph.Org, "Kurdistan Region": graph.GPE}},
		{"Drexel hired Australian Tom Moody.", map[string]graph.Type{"Drexel": graph.Org, "Moody": graph.Org}},
	})
}
