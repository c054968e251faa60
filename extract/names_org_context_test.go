package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// orgContextCase is a text and the types its entities should get.
type orgContextCase struct {
	text string
	want map[string]graph.Type
}

func checkOrgContext(t *testing.T, tagger dictTagger, cases []orgContextCase) {
	t.Helper()
	x, err := extract.NewWithTagger(tagger)
	if err != nil {
		t.Fatal(err)
	}
	checkTypeCases(t, x, cases)
}

// checkTypeCases extracts each case's text with x and checks its entities'
// types.
func checkTypeCases(t *testing.T, x *extract.Extractor, cases []orgContextCase) {
	t.Helper()
	for _, tt := range cases {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestOrgFromInvestorsIn: a name after "investors in", "shareholders of"
// or "merger talks with" is a company's, whatever the tagger made of it.
func TestOrgFromInvestorsIn(t *testing.T) {
	checkOrgContext(t, dictTagger{"Flinvo": "LOC", "Gorvik": "PER"}, []orgContextCase{
		{"Investors in Flinvo include a pension fund.", map[string]graph.Type{"Flinvo": graph.Org}},
		{"The shareholders of Quandrel met on Monday.", map[string]graph.Type{"Quandrel": graph.Org}},
		{"The firm held merger talks with Gorvik last year.", map[string]graph.Type{"Gorvik": graph.Org}},
	})
}

// TestOrgFromBoardOf: a name after "the board of" or "the boss of" is a
// company's.
func TestOrgFromBoardOf(t *testing.T) {
	checkOrgContext(t, dictTagger{"Darkvale": "LOC"}, []orgContextCase{
		{"The board of Darkvale recommended the offer.", map[string]graph.Type{"Darkvale": graph.Org}},
		{"The boss of Pellora resigned on Friday.", map[string]graph.Type{"Pellora": graph.Org}},
	})
}

// TestOrgFromSpokespersonFor: a name of one word after "a spokesperson
// for" is a company's; a person's full name there stays a person's, and
// a surname of a person the article names in full stays theirs.
func TestOrgFromSpokespersonFor(t *testing.T) {
	checkOrgContext(t, dictTagger{"Brexo": "PER", "Boris Johnson": "PER", "Tony Blair": "PER", "Blair": "PER"}, []orgContextCase{
		{"A spokesperson for Brexo declined to comment.", map[string]graph.Type{"Brexo": graph.Org}},
		{"A spokesman for Boris Johnson declined to comment.", map[string]graph.Type{"Boris Johnson": graph.Person}},
		{"Tony Blair arrived. A spokesman for Blair declined to comment.", map[string]graph.Type{"Tony Blair": graph.Person}},
		{"A spokesman for Mr Blair declined to comment.", map[string]graph.Type{"Blair": graph.Person}},
	})
}

// TestOrgFromStatement: a name of one word that "said in a statement" is
// an organisation's, and the cue types every mention of it in the
// article, against the tagger's guesses elsewhere.
func TestOrgFromStatement(t *testing.T) {
	checkOrgContext(t, dictTagger{"Glenvar": "PER", "Tony Blair": "PER", "Blair": "PER"}, []orgContextCase{
		{"Glenvar said in a statement that it had raised funds.", map[string]graph.Type{"Glenvar": graph.Org}},
		{"Tony Blair spoke. Blair said in a statement that he would stay.", map[string]graph.Type{"Tony Blair": graph.Person}},
	})
}

// TestOrgRetypedByDocumentCues: a cue in one sentence types the name in
// the others, where the tagger took it for a person or a place.
func TestOrgRetypedByDocumentCues(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Brexo": "PER", "Flinvo": "LOC"})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Brexo hired 200 people. Brexo opened an office. A spokesperson for Brexo declined to comment.",
		"Flinvo grew quickly. Flinvo expanded abroad. Investors in Flinvo include a pension fund.",
	} {
		for _, e := range x.Extract(extract.Document{ID: "t", Text: text}).Entities {
			if e.Type != graph.Org || len(e.Mentions) != 3 {
				t.Errorf("%q: %s is %s with %d mentions, want ORG with 3", text, e.Name, e.Type, len(e.Mentions))
			}
		}
	}
}

// TestOrgAmbiguousAtSentenceStart: a company the gazetteer knows by a
// name that is also a word is taken at the start of a sentence where what
// follows shows the company, and not otherwise.
func TestOrgAmbiguousAtSentenceStart(t *testing.T) {
	checkOrgContext(t, dictTagger{}, []orgContextCase{
		{"Apple sued a rival in California.", map[string]graph.Type{"Apple": graph.Org, "California": graph.GPE}},
		{"Shell said it would sell the field.", map[string]graph.Type{"Shell": graph.Org}},
		{"Apple's shareholders backed the plan.", map[string]graph.Type{"Apple": graph.Org}},
		{"Apple pie is sold in California.", map[string]graph.Type{"California": graph.GPE}},
		{"Shell companies hid the money.", map[string]graph.Type{}},
	})
}

// TestOrgFromPossessiveAtSentenceStart: an unknown capitalised word that
// opens a sentence with a possessive and a company's owners is a
// company's name; "Its shareholders" names no one.
func TestOrgFromPossessiveAtSentenceStart(t *testing.T) {
	checkOrgContext(t, dictTagger{}, []orgContextCase{
		{"Wizora's shareholders backed the plan.", map[string]graph.Type{"Wizora": graph.Org}},
		{"Its shareholders backed the plan.", map[string]graph.Type{}},
	})
}

// TestOrgFromMergeWith: a name after "merge with" or "the flotation of"
// is a company's; a capitalised word after "investment in", which
// technologies and places take too, is not.
func TestOrgFromMergeWith(t *testing.T) {
	checkOrgContext(t, dictTagger{"Corvane": "PER"}, []orgContextCase{
		{"The bank agreed to merge with Corvane.", map[string]graph.Type{"Corvane": graph.Org}},
		{"The flotation of Marvello was delayed.", map[string]graph.Type{"Marvello": graph.Org}},
		{"Foreign investment in TV production was curbed.", map[string]graph.Type{}},
	})
}

// TestOrgFromUnit: a name the gazetteer does not know before "unit",
// "arm" or "division" is a company's, whatever the tagger made of it.
func TestOrgFromUnit(t *testing.T) {
	checkOrgContext(t, dictTagger{"Yukos": "ORG", "Yugansk": "LOC", "Brevik": "PER"}, []orgContextCase{
		{"Yukos had argued that its Yugansk unit was sold.", map[string]graph.Type{"Yukos": graph.Org, "Yugansk": graph.Org}},
		{"Yukos sold its Brevik division last year.", map[string]graph.Type{"Yukos": graph.Org, "Brevik": graph.Org}},
	})
}

// TestOrgFromFounded: a name after "founded" or "invested in" is an
// organisation's; one after "founded by" is the founder's.
func TestOrgFromFounded(t *testing.T) {
	checkOrgContext(t, dictTagger{"Lattice": "PER", "Tidewell": "LOC", "Palmer Luckey": "PER"}, []orgContextCase{
		{"She co-founded Lattice in 2015.", map[string]graph.Type{"Lattice": graph.Org}},
		{"The fund invested in Tidewell last year.", map[string]graph.Type{"Tidewell": graph.Org}},
		{"The firm was founded by Palmer Luckey.", map[string]graph.Type{"Palmer Luckey": graph.Person}},
	})
}

// TestOrgFromValuation: a name that "is valued at", "went public" or "is
// headquartered in" is a company's, also where the tagger missed it at
// the start of a sentence.
func TestOrgFromValuation(t *testing.T) {
	checkOrgContext(t, dictTagger{"Orvane": "PER"}, []orgContextCase{
		{"The startup Orvane is valued at 2 billion dollars.", map[string]graph.Type{"Orvane": graph.Org}},
		{"Brindle went public in 2021.", map[string]graph.Type{"Brindle": graph.Org}},
	})
}

// TestOrgFromJoinedOrRival: a name of one word after "joined", "fined",
// "rival" or "competes with" is an organisation's, unless it is the
// surname of a person the article names in full.
func TestOrgFromJoinedOrRival(t *testing.T) {
	checkOrgContext(t, dictTagger{"Vantor": "PER", "Deel": "PER", "Erik Lund": "PER", "Gordon Brown": "PER", "Brown": "PER", "Tony Blair": "PER", "Vercel": "LOC"}, []orgContextCase{
		{"Erik Lund joined Vantor as finance chief.", map[string]graph.Type{"Vantor": graph.Org, "Erik Lund": graph.Person}},
		{"Its founder sued rival Deel on Monday.", map[string]graph.Type{"Deel": graph.Org}},
		{"The startup competes with Vercel in Europe.", map[string]graph.Type{"Vercel": graph.Org, "Europe": graph.Loc}},
		{"Gordon Brown spoke first. Tony Blair joined Brown on the stage.", map[string]graph.Type{"Gordon Brown": graph.Person, "Tony Blair": graph.Person}},
		// A plural of initials names a kind of thing.
		{"Many rival ISPs offer faster services.", map[string]graph.Type{}},
	})
}

// TestOrgFromPressRelease: a name of one word that "said in a press
// release" or "in a securities filing" is an organisation's.
func TestOrgFromPressRelease(t *testing.T) {
	checkOrgContext(t, dictTagger{"Glenvar": "PER"}, []orgContextCase{
		{"Glenvar said in a press release that sales rose.", map[string]graph.Type{"Glenvar": graph.Org}},
		{"Glenvar said in a securities filing that sales rose.", map[string]graph.Type{"Glenvar": graph.Org}},
	})
}

// TestOrgFromWhichClause: a name of one word the tagger took for a
// person's that opens a sentence and that ", which" follows is an
// organisation's; elsewhere the clause is as often of what comes before.
func TestOrgFromWhichClause(t *testing.T) {
	checkOrgContext(t, dictTagger{"Vantor": "PER", "Suharto": "PER", "Timor Putra": "ORG", "Dizzy Gillespie": "PER"}, []orgContextCase{
		{"Vantor, which sells software to hospitals, is preparing a listing.", map[string]graph.Type{"Vantor": graph.Org}},
		{"Timor Putra, controlled by a son of President Suharto, which plans to build cars, won.", map[string]graph.Type{"Timor Putra": graph.Org, "Suharto": graph.Person}},
		{"A trumpet which belonged to Dizzy Gillespie, which is expected to fetch $500,000, is for sale.", map[string]graph.Type{"Dizzy Gillespie": graph.Person}},
	})
}

// TestOrgFromApposition: a name of any length the tagger took for a
// person's, described next as a company ("Kairos Power, a nuclear
// startup,"), is an organisation's; a person described by a role of a
// company ("a spokeswoman for the bank", "the godfather of the group")
// stays a person.
func TestOrgFromApposition(t *testing.T) {
	checkOrgContext(t, dictTagger{"Kairos Power": "PER", "Alexandra Tower": "PER", "Gianni Agnelli": "PER", "Jo Flaherty": "PER"}, []orgContextCase{
		{"Google will buy power from Kairos Power, a nuclear startup, next year.", map[string]graph.Type{"Kairos Power": graph.Org, "Google": graph.Org}},
		{"Alexandra Tower, a spokeswoman for the bank, said so.", map[string]graph.Type{"Alexandra Tower": graph.Person}},
		{"Gianni Agnelli, the godfather of the group, wanted control.", map[string]graph.Type{"Gianni Agnelli": graph.Person}},
		{"Jo Flaherty, a senior broadcaster with the network, said so.", map[string]graph.Type{"Jo Flaherty": graph.Person}},
	})
}

// TestOrgFromCompanyPlural: the names listed right after a plural noun
// for a kind of company are companies; a name after the plural and a
// comma begins another clause.
func TestOrgFromCompanyPlural(t *testing.T) {
	checkOrgContext(t, dictTagger{"Kraken": "PER", "Coinbase": "PER", "Jane Smith": "PER", "Smith": "PER"}, []orgContextCase{
		{"Crypto exchanges Kraken and Coinbase were sued by the regulator.", map[string]graph.Type{"Kraken": graph.Org, "Coinbase": graph.Org}},
		{"Jane Smith spoke. It hurt the banks, Smith said.", map[string]graph.Type{"Jane Smith": graph.Person}},
	})
}

// TestOrgFromOwns: a name after "owns" or "co-owns" is an
// organisation's.
func TestOrgFromOwns(t *testing.T) {
	checkOrgContext(t, dictTagger{"Wrexham": "LOC", "Ryan Reynolds": "PER"}, []orgContextCase{
		{"Ryan Reynolds, who co-owns Wrexham, celebrated.", map[string]graph.Type{"Wrexham": graph.Org, "Ryan Reynolds": graph.Person}},
	})
}

// TestOrgFromActAtSentenceStart: a word the tagger missed at the start of
// a sentence that does what only a company does ("reported a loss",
// "appointed", "sued") is a company's name where the parser takes it for
// one; a plural noun is not, nor a surname of a person named in full.
func TestOrgFromActAtSentenceStart(t *testing.T) {
	checkOrgContext(t, dictTagger{"Elon Musk": "PER", "OpenAI": "ORG"}, []orgContextCase{
		{"The results came on Monday. Juventus reported a loss for the year.", map[string]graph.Type{"Juventus": graph.Org}},
		{"Tottenham appointed a new chief executive.", map[string]graph.Type{"Tottenham": graph.Org}},
		{"Analysts reported a fall in sales.", map[string]graph.Type{}},
		{"Elon Musk spoke first. Musk sued OpenAI.", map[string]graph.Type{"Elon Musk": graph.Person, "OpenAI": graph.Org}},
	})
}

// TestOrgFromPossession: a name whose possessive comes before what only
// companies have ("software", "valuation", "headquarters") is a
// company's; a product named before "software" without a possessive is
// not.
func TestOrgFromPossession(t *testing.T) {
	checkOrgContext(t, dictTagger{"Amperon": "LOC", "Brexo": "PER", "File Scan": "PER"}, []orgContextCase{
		{"Amperon's software forecasts demand.", map[string]graph.Type{"Amperon": graph.Org}},
		{"He said Brexo's valuation doubled.", map[string]graph.Type{"Brexo": graph.Org}},
		{"The File Scan software checks computers.", map[string]graph.Type{"File Scan": graph.Person}},
	})
}

// TestJobAtOrganisation: a name of one word after a job and "at" is the
// organisation the person works for, not a person or a place: "technical
// coordinator at Cepes", "an analyst at Jupiter".
func TestJobAtOrganisation(t *testing.T) {
	tagger := dictTagger{"Carlos Saldarriaga": "PER", "Cepes": "PER", "Jupiter": "PER", "Futurelab": "LOC"}
	checkOrgContext(t, tagger, []orgContextCase{
		{"\"The plan works,\" said Carlos Saldarriaga, technical coordinator at Cepes.", map[string]graph.Type{"Carlos Saldarriaga": graph.Person, "Cepes": graph.Org}},
		{"Sales will fall, said an analyst at Jupiter.", map[string]graph.Type{"Jupiter": graph.Org}},
		{"He is a researcher at Futurelab.", map[string]graph.Type{"Futurelab": graph.Org}},
	})
}
