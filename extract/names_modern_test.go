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
		// A company named by a word as well, at the start of a sentence
		// where what it does shows it is the company, and away from it.
		{"Stripe raised 6.5 billion dollars from investors.",
			map[string]graph.Type{"Stripe": graph.Org}},
		{"The retailer takes payments through Stripe.",
			map[string]graph.Type{"Stripe": graph.Org}},
		// Or where it is the subject of a verb, as the word would not be.
		{"Apple has no plans to buy Netflix.",
			map[string]graph.Type{"Apple": graph.Org, "Netflix": graph.Org}},
		{"Apple pies are sweet.", map[string]graph.Type{}},
		{"Arm was bought by SoftBank in 2016.",
			map[string]graph.Type{"Arm Holdings": graph.Org, "SoftBank": graph.Org}},
		{"Nippon Steel agreed to buy U.S. Steel.",
			map[string]graph.Type{"Nippon Steel": graph.Org, "United States Steel": graph.Org}},
		// A band before the trade of one of its members.
		{"Former Boyzone singer Ronan Keating sang in Dublin.",
			map[string]graph.Type{"Boyzone": graph.Org, "Ronan Keating": graph.Person, "Dublin": graph.GPE}},
		// A company whose first word is a calendar word, at the start.
		{"Time Warner said its profits rose.",
			map[string]graph.Type{"Time Warner": graph.Org}},
		// Large companies outside the US exchanges, named as people are.
		{"Pernod Ricard cut 400 jobs in France.",
			map[string]graph.Type{"Pernod Ricard": graph.Org, "France": graph.GPE}},
		{"Itochu raised its stake in Fast Retailing.",
			map[string]graph.Type{"Itochu": graph.Org, "Fast Retailing": graph.Org}},
		{"Virgin Media O2 said it would cut 2,000 jobs.",
			map[string]graph.Type{"Virgin Media O2": graph.Org}},
		// Or where a clause on a thing opens after it.
		{"Apple, which makes the iPhone, cut its prices.",
			map[string]graph.Type{"Apple": graph.Org}},
		{"Apple, she said, was her favourite fruit.", map[string]graph.Type{}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestCompanyLeads: a name after the words that lead to a company ("shares
// of", "agreed to buy", "bought") is a company, whether the tagger missed it or took
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
		{"Brightcove, which bought Zendrix in 2021, acquired Orvane.", map[string]graph.Type{"Brightcove": graph.Org, "Zendrix": graph.Org, "Orvane": graph.Org}},
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

// TestCompanyNouns: a name after a noun for a kind of company, or after
// a company's "rival", is a company.
func TestCompanyNouns(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{})
	if err != nil {
		t.Fatal(err)
	}
	text := "It backed the London fintech Revolut and the chipmaker Nvidia's rival Graphcore."
	checkEntities(t, text, entityTypes(t, x, text), map[string]graph.Type{
		"London": graph.GPE, "Revolut": graph.Org, "Nvidia": graph.Org, "Graphcore": graph.Org,
	})
}

// TestStatementTrails: a name the tagger missed before "said in a
// statement" or "said in a filing" is an organisation's; a person the
// tagger found stays a person.
func TestStatementTrails(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Jane Doe": "PER"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"Evergrande said in a statement it would miss a payment.", map[string]graph.Type{"Evergrande": graph.Org}},
		{"On Monday, Kestrova said in a regulatory filing that sales fell.", map[string]graph.Type{"Kestrova": graph.Org}},
		{"Jane Doe said in a statement she would appeal.", map[string]graph.Type{"Jane Doe": graph.Person}},
		{"Officials said in a statement that talks had failed.", map[string]graph.Type{}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestCompanyAppositionCue: a name described, in apposition, as a company
// is one, whether the tagger missed it or took a single word for a
// person; a person described by the company they serve stays a person.
func TestCompanyAppositionCue(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Waymo": "PER", "Alphabet": "ORG", "Smith": "PER"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"Wirecard, the German payments company, filed for insolvency.", map[string]graph.Type{"Wirecard": graph.Org}},
		{"Waymo, the self-driving unit of Alphabet, expanded to new cities.", map[string]graph.Type{"Waymo": graph.Org, "Alphabet": graph.Org}},
		{"Smith, the group's chairman, resigned.", map[string]graph.Type{"Smith": graph.Person}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestCompanyFates: what befalls companies only ("agreed to be bought",
// "filed for bankruptcy") and what leads to them ("the merger of", "a bid
// for") make a company of the name beside them.
func TestCompanyFates(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Darktrace": "PER", "Thoma Bravo": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"Darktrace agreed to be bought by Thoma Bravo.", map[string]graph.Type{"Darktrace": graph.Org, "Thoma Bravo": graph.Org}},
		{"In March Fiskerra filed for bankruptcy.", map[string]graph.Type{"Fiskerra": graph.Org}},
		{"Regulators blocked the merger of Brightvane and Telnova.", map[string]graph.Type{"Brightvane": graph.Org, "Telnova": graph.Org}},
		{"Thoma Bravo made a bid for Orvane.", map[string]graph.Type{"Thoma Bravo": graph.Org, "Orvane": graph.Org}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestLegalFormAtSentenceStart: capitalised words ending in a legal form
// or line of business name a company at the start of a sentence too.
func TestLegalFormAtSentenceStart(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"Unity Software said it would cut jobs.", map[string]graph.Type{"Unity Software": graph.Org}},
		{"Quantive Technologies reported a loss.", map[string]graph.Type{"Quantive Technologies": graph.Org}},
		{"Computer software is hard to write.", map[string]graph.Type{}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestGazetteerPossessiveNames: a name the gazetteer knows with its
// possessive ("Sainsbury's") is found whole.
func TestGazetteerPossessiveNames(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Sainsbury": "PER"})
	if err != nil {
		t.Fatal(err)
	}
	text := "The regulator blocked a deal between Sainsbury's and Asda."
	checkEntities(t, text, entityTypes(t, x, text), map[string]graph.Type{"Sainsbury's": graph.Org, "Asda": graph.Org})
}

// TestCompanyNounsOfToday: bands and bookmakers are organisations too,
// and a company noun opening a sentence cues as one inside it does.
func TestCompanyNounsOfToday(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"William Hill": "PER", "New Order": "LOC"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"Bookmaker William Hill has made the novel its favourite.", map[string]graph.Type{"William Hill": graph.Org}},
		{"He joined the band New Order in 1980.", map[string]graph.Type{"New Order": graph.Org}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestBandMembers: a name before a band member's role is the band's.
func TestBandMembers(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Graham Coxon": "PER"})
	if err != nil {
		t.Fatal(err)
	}
	text := "Postcards were designed by former Blur guitarist Graham Coxon."
	checkEntities(t, text, entityTypes(t, x, text), map[string]graph.Type{"Blur": graph.Org, "Graham Coxon": graph.Person})
}

// TestRoleOfLeads: the name after "chairman of", "chief executive of" or
// "editor of" is an organisation's.
func TestRoleOfLeads(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"The Scotsman": "LOC", "Working Title": "LOC", "Tim Bevan": "PER"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"He is political editor of The Scotsman.", map[string]graph.Type{"The Scotsman": graph.Org}},
		{"Tim Bevan is chairman of Working Title.", map[string]graph.Type{"Tim Bevan": graph.Person, "Working Title": graph.Org}},
		{"The rabbi, founder of Jewish human rights groups, spoke.", map[string]graph.Type{}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestListedCompanyNames: companies of the S&P 500 and of the US
// exchanges that the gazetteer knows are found and typed companies, under
// the names news uses, however the tagger read them; a company's name that
// is also a word or a place is left to the tagger.
func TestListedCompanyNames(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Fortinet": "LOC", "Datadog": "PER", "Dover": "LOC", "Wayfair": "PER", "Twilio": "PER", "Cumberland": "LOC"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type
	}{
		{"Datadog and Fortinet both beat estimates.",
			map[string]graph.Type{"Datadog": graph.Org, "Fortinet": graph.Org}},
		{"Analysts expect Supermicro to delay its report.",
			map[string]graph.Type{"Supermicro": graph.Org}},
		{"A faulty update from Akamai Technologies took down websites.",
			map[string]graph.Type{"Akamai": graph.Org}},
		{"Wayfair will open a store in Chicago.",
			map[string]graph.Type{"Wayfair": graph.Org, "Chicago": graph.GPE}},
		{"Twilio named a new chief executive.",
			map[string]graph.Type{"Twilio": graph.Org}},
		{"Duolingo, Inc. said paid subscribers grew.",
			map[string]graph.Type{"Duolingo": graph.Org}},
		// Past the index, a company does not go by its first word.
		{"Prices rose in Cumberland.", map[string]graph.Type{"Cumberland": graph.GPE}},
		{"Target cut its forecast.", map[string]graph.Type{}},
		{"Ferries from Dover were cancelled.", map[string]graph.Type{"Dover": graph.GPE}},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, entityTypes(t, x, tt.text), tt.want)
	}
}

// TestPrivateCompaniesAndLeagues: the gazetteer knows private companies
// of today's news and the sports leagues that act as bodies, whatever the
// tagger made of them; a name that is also a word is taken only where
// it is written as a name.
func TestPrivateCompaniesAndLeagues(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{})
	if err != nil {
		t.Fatal(err)
	}
	checkTypeCases(t, x, []orgContextCase{
		{"The Premier League fined the club.", map[string]graph.Type{"Premier League": graph.Org}},
		{"Prediction markets such as Kalshi and Polymarket grew as DeepSeek released a model.", map[string]graph.Type{"Kalshi": graph.Org, "Polymarket": graph.Org, "DeepSeek": graph.Org}},
		{"The cable was tied to a tether.", map[string]graph.Type{}},
	})
}

// TestPartiesLegislaturesUniversities: the gazetteer knows today's
// parties, legislatures and universities, whatever the tagger made of
// them.
func TestPartiesLegislaturesUniversities(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{})
	if err != nil {
		t.Fatal(err)
	}
	checkTypeCases(t, x, []orgContextCase{
		{"The agency classified the AfD as extremist.", map[string]graph.Type{"Alternative for Germany": graph.Org}},
		{"The Bundestag approved the plan.", map[string]graph.Type{"Bundestag": graph.Org}},
		{"The scientist moved from Yale to the Massachusetts Institute of Technology.", map[string]graph.Type{"Yale University": graph.Org, "Massachusetts Institute of Technology": graph.Org}},
	})
}
