package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestKnownOwnerSplit: a name the gazetteer knows, its possessive and a
// name after it are two names, however the tagger ran them together.
func TestKnownOwnerSplit(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	checkTypeCases(t, x, []orgContextCase{
		{"Headline\n\nThe UN's Food and Agriculture Organisation warned of shortages.",
			map[string]graph.Type{"United Nations": graph.Org, "Food and Agriculture Organization": graph.Org}},
		{"Headline\n\nShares in the Royal Bank of Scotland's US arm fell.",
			map[string]graph.Type{"Royal Bank of Scotland": graph.Org, "United States": graph.GPE}},
		// A role after the possessive is the person's, not a name.
		{"Headline\n\nGibraltar's Chief Minister Peter Caruana spoke.",
			map[string]graph.Type{"Gibraltar": graph.GPE, "Peter Caruana": graph.Person}},
		// An owner the gazetteer does not know keeps the name whole.
		{"Headline\n\nShares in Foster's Group rose.",
			map[string]graph.Type{"Foster's Group": graph.Org}},
	})
}

// TestPluralOwnerName: a plural and its possessive start the name of the
// organisation of that plural ("Critics' Circle", "Women's Tennis
// Association").
func TestPluralOwnerName(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	checkTypeCases(t, x, []orgContextCase{
		{"Headline\n\nThe Critics' Circle named Rebecca Lenkiewicz the most promising playwright.",
			map[string]graph.Type{"Critics' Circle": graph.Org, "Rebecca Lenkiewicz": graph.Person}},
		{"Headline\n\nThe Women's Tennis Association fined Serena Williams.",
			map[string]graph.Type{"Women's Tennis Association": graph.Org, "Serena Williams": graph.Person}},
	})
}

// TestPossessiveSplitsNames: a name the gazetteer knows and its
// possessive before another name are two names, though the tagger ran
// them together; a name whose possessive is its own stays whole.
func TestPossessiveSplitsNames(t *testing.T) {
	tagger := dictTagger{"UN 's Farming Agency": "ORG", "Altria 's Philip Morris": "ORG", "Pantera 's Corp": "ORG"}
	checkOrgContext(t, tagger, []orgContextCase{
		{"The UN's Farming Agency has warned of famine.",
			map[string]graph.Type{"United Nations": graph.Org, "Farming Agency": graph.Org}},
		{"Altria's Philip Morris now accepts that nicotine is harmful.",
			map[string]graph.Type{"Altria": graph.Org, "Philip Morris": graph.Org}},
		{"Pantera's Corp agreed to acquire the chain.",
			map[string]graph.Type{"Pantera's Corp": graph.Org}},
	})
}
