package gazetteer_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/graph"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		query    string
		wantName string // "" when nothing should match
		wantType graph.Type
	}{
		// Canonical names, official long forms, short forms, former names.
		{"Russia", "Russia", graph.GPE},
		{"Russian Federation", "Russia", graph.GPE},
		// A possessive that is part of a name.
		{"Lloyd's", "Lloyd's of London", graph.Org},
		{"Lloyds", "Lloyds", graph.Org},
		{"People's Republic of China", "China", graph.GPE},
		{"People’s Republic of China", "China", graph.GPE},
		{"Republic of Korea", "South Korea", graph.GPE},
		{"South Korea", "South Korea", graph.GPE},
		{"Democratic People's Republic of Korea", "North Korea", graph.GPE},
		{"DPRK", "North Korea", graph.GPE},
		{"United Kingdom of Great Britain and Northern Ireland", "United Kingdom", graph.GPE},
		{"Britain", "United Kingdom", graph.GPE},
		{"Great Britain", "United Kingdom", graph.GPE},
		{"United States of America", "United States", graph.GPE},
		{"America", "United States", graph.GPE},
		{"Burma", "Myanmar", graph.GPE},
		{"Zaire", "Democratic Republic of the Congo", graph.GPE},
		{"Côte d'Ivoire", "Ivory Coast", graph.GPE},
		{"Cote d'Ivoire", "Ivory Coast", graph.GPE},
		{"Türkiye", "Turkey", graph.GPE},
		{"Czechia", "Czech Republic", graph.GPE},
		{"Swaziland", "Eswatini", graph.GPE},
		{"Kiev", "Kyiv", graph.GPE},
		{"Peking", "Beijing", graph.GPE},
		// Chambers by their short names.
		{"Commons", "House of Commons", graph.Org},
		{"Lords", "House of Lords", graph.Org},
		{"Holyrood", "Scottish Parliament", graph.Org},
		{"Bombay", "Mumbai", graph.GPE},
		{"Leningrad", "Saint Petersburg", graph.GPE},
		{"St. Petersburg", "Saint Petersburg", graph.GPE},
		{"USSR", "Soviet Union", graph.GPE},
		{"Taiwan", "Taiwan", graph.GPE},
		{"Holy See", "Vatican City", graph.GPE},
		{"Kosovo", "Kosovo", graph.GPE},
		{"Palestine", "Palestine", graph.GPE},
		{"Scotland", "Scotland", graph.GPE},
		{"Northern Ireland", "Northern Ireland", graph.GPE},
		{"Texas", "Texas", graph.GPE},
		{"Versailles", "Versailles", graph.GPE},
		{"Washington, D.C.", "Washington", graph.GPE},
		{"New York", "New York", graph.GPE},
		{"New York City", "New York", graph.GPE},
		{"New York State", "New York State", graph.GPE},
		{"the Rock", "Gibraltar", graph.GPE},
		{"Rock", "", ""},
		{"Number 10", "Downing Street", graph.Org},
		{"State of Georgia", "Georgia (US state)", graph.GPE},
		// Acronyms match only as written.
		{"US", "United States", graph.GPE},
		{"U.S.", "United States", graph.GPE},
		{"USA", "United States", graph.GPE},
		{"us", "", ""},
		{"Us", "", ""},
		{"usa", "", ""},
		{"UK", "United Kingdom", graph.GPE},
		{"uk", "", ""},
		{"UN", "United Nations", graph.Org},
		{"U.N.", "United Nations", graph.Org},
		{"un", "", ""},
		{"EU", "European Union", graph.Org},
		{"WHO", "World Health Organization", graph.Org},
		{"who", "", ""},
		{"Who", "", ""},
		{"NATO", "NATO", graph.Org},
		{"Nato", "NATO", graph.Org},
		{"G20", "G20", graph.Org},
		{"g20", "", ""},
		{"IAEA", "International Atomic Energy Agency", graph.Org},
		// Other names match regardless of case and diacritics.
		{"RUSSIA", "Russia", graph.GPE},
		{"russia", "Russia", graph.GPE},
		{"united nations", "United Nations", graph.Org},
		{"Sao Paulo", "São Paulo", graph.GPE},
		{"SÃO PAULO", "São Paulo", graph.GPE},
		{"Zürich", "Zurich", graph.GPE},
		{"Interpol", "Interpol", graph.Org},
		{"Security Council", "United Nations Security Council", graph.Org},
		{"Red Cross", "International Committee of the Red Cross", graph.Org},
		{"Amnesty International", "Amnesty International", graph.Org},
		// A leading "the" and surrounding white space are optional.
		{"the Netherlands", "Netherlands", graph.GPE},
		{"The Netherlands", "Netherlands", graph.GPE},
		{"Netherlands", "Netherlands", graph.GPE},
		{"the US", "United States", graph.GPE},
		{"The Hague", "The Hague", graph.GPE},
		{"Hague", "The Hague", graph.GPE},
		{"the Gambia", "Gambia", graph.GPE},
		{"  United \n States ", "United States", graph.GPE},
		{"the  Middle East", "Middle East", graph.Loc},
		// Regions, seas and other places without a government.
		{"Europe", "Europe", graph.Loc},
		{"Middle East", "Middle East", graph.Loc},
		{"Gulf", "Persian Gulf", graph.Loc},
		{"Balkans", "Balkans", graph.Loc},
		{"Sahara", "Sahara", graph.Loc},
		{"Mediterranean", "Mediterranean Sea", graph.Loc},
		{"Himalayas", "Himalayas", graph.Loc},
		// Not names at all.
		{"", "", ""},
		{"the", "", ""},
		{"the ", "", ""},
		{"Thessaloniki", "Thessaloniki", graph.GPE},
		{"theNetherlands", "", ""},
		{"Atlantis", "", ""},
		{"Vladimir Putin", "", ""},
	}
	for _, tt := range tests {
		got, ok := gazetteer.Lookup(tt.query)
		if ok != (tt.wantName != "") || got.Name != tt.wantName || got.Type != tt.wantType {
			t.Errorf("Lookup(%q) = %q %s %v, want %q %s", tt.query, got.Name, got.Type, ok, tt.wantName, tt.wantType)
		}
	}
}

func TestLookupAliases(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Russia", []string{"Russian Federation"}},
		{"United States", []string{"United States of America", "USA", "U.S.", "US", "America"}},
		{"United Kingdom", []string{"UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"}},
		{"United Nations", []string{"UN", "U.N."}},
		{"European Union", []string{"EU"}},
	}
	for _, tt := range tests {
		entry, ok := gazetteer.Lookup(tt.name)
		if !ok {
			t.Errorf("Lookup(%q) found nothing", tt.name)
			continue
		}
		for _, alias := range tt.want {
			if !slices.Contains(entry.Aliases, alias) {
				t.Errorf("%s: aliases %q lack %q", tt.name, entry.Aliases, alias)
			}
		}
	}
}

// TestEveryNameFindsItsEntry is the public face of the no-conflict rule:
// a name or alias claimed by two entries would find the wrong one here.
func TestEveryNameFindsItsEntry(t *testing.T) {
	for _, entry := range gazetteer.Entries() {
		for _, name := range append([]string{entry.Name}, entry.Aliases...) {
			got, ok := gazetteer.Lookup(name)
			if !ok || got.Name != entry.Name {
				t.Errorf("Lookup(%q) = %q, %v; want %q", name, got.Name, ok, entry.Name)
			}
		}
	}
}

func TestEntries(t *testing.T) {
	entries := gazetteer.Entries()
	counts := make(map[graph.Type]int)
	seen := make(map[string]bool)
	for _, entry := range entries {
		switch entry.Type {
		case graph.GPE, graph.Loc, graph.Org:
		default:
			t.Errorf("%q has type %q", entry.Name, entry.Type)
		}
		if seen[entry.Name] {
			t.Errorf("%q listed twice", entry.Name)
		}
		seen[entry.Name] = true
		counts[entry.Type]++
	}
	// Floors, not exact counts: the lists may grow.
	floors := map[graph.Type]int{graph.GPE: 193 + 50 + 300, graph.Loc: 100, graph.Org: 60}
	for typ, floor := range floors {
		if counts[typ] < floor {
			t.Errorf("%d entries of type %s, want at least %d", counts[typ], typ, floor)
		}
	}
	again := gazetteer.Entries()
	if !slices.EqualFunc(entries, again, func(a, b gazetteer.Entry) bool {
		return a.Name == b.Name && a.Type == b.Type && slices.Equal(a.Aliases, b.Aliases)
	}) {
		t.Error("Entries is not deterministic")
	}
	entries[0].Aliases[0] = "changed"
	entries[1].Name = "changed"
	if again := gazetteer.Entries(); again[0].Aliases[0] == "changed" || again[1].Name == "changed" {
		t.Error("Entries shares its slices with the caller")
	}
}

// TestCoverage checks a sample of what each kind of entry must include.
func TestCoverage(t *testing.T) {
	tests := []struct {
		typ   graph.Type
		names string
	}{
		{graph.GPE, "Afghanistan|Antigua and Barbuda|Bhutan|Comoros|Eritrea|Kiribati|Liechtenstein|Marshall Islands|" +
			"Nauru|Palau|Saint Vincent and the Grenadines|São Tomé and Príncipe|Tuvalu|Vanuatu|Zimbabwe|" +
			"Taiwan|Kosovo|Palestine|Vatican|Western Sahara|Hong Kong|Greenland|Puerto Rico|" +
			"England|Scotland|Wales|Northern Ireland|" +
			"Alabama|Alaska|California|Georgia (US state)|New York State|Washington State|Wyoming|" +
			"Kabul|Canberra|Ottawa|Nairobi|Lagos|Shanghai|Karachi|Istanbul|Toronto|Los Angeles|Aleppo|Mosul|" +
			"Kherson|Kobane|Deir ez-Zor|Khan Younis|Hodeidah|El Fasher"},
		{graph.Loc, "Africa|Asia|Europe|North America|South America|Antarctica|Oceania|Middle East|Gulf|" +
			"Balkans|Sahara|Caribbean|Scandinavia|Caucasus|Nile|Danube|Alps|Andes|Black Sea|South China Sea|" +
			"Atlantic|Pacific|Indian Ocean|Strait of Hormuz|Kashmir|Golan Heights"},
		{graph.Org, "UN|EU|NATO|WHO|IMF|WTO|OPEC|OECD|ASEAN|African Union|Arab League|UNESCO|UNICEF|UNHCR|IAEA|" +
			"Interpol|Red Cross|World Bank|G8|G7|G20|FIFA|IOC|UEFA|Amnesty International|Greenpeace|" +
			"Security Council|International Criminal Court|OPCW|European Commission|GATT"},
	}
	for _, tt := range tests {
		for _, name := range strings.Split(tt.names, "|") {
			entry, ok := gazetteer.Lookup(name)
			if !ok || entry.Type != tt.typ {
				t.Errorf("Lookup(%q) = %q %s %v, want a %s", name, entry.Name, entry.Type, ok, tt.typ)
			}
		}
	}
}

func TestDemonym(t *testing.T) {
	tests := []struct {
		word     string
		wantName string
		wantType graph.Type
	}{
		{"Russian", "Russia", graph.GPE},
		{"Russians", "Russia", graph.GPE},
		{"French", "France", graph.GPE},
		{"Frenchman", "France", graph.GPE},
		{"British", "United Kingdom", graph.GPE},
		{"Britons", "United Kingdom", graph.GPE},
		{"American", "United States", graph.GPE},
		{"Americans", "United States", graph.GPE},
		{"US", "United States", graph.GPE},
		{"U.S.", "United States", graph.GPE},
		{"Chinese", "China", graph.GPE},
		{"Scottish", "Scotland", graph.GPE},
		{"Scots", "Scotland", graph.GPE},
		{"Welsh", "Wales", graph.GPE},
		{"Texan", "Texas", graph.GPE},
		{"Parisian", "Paris", graph.GPE},
		{"Muscovites", "Moscow", graph.GPE},
		{"European", "Europe", graph.Loc},
		{"Europeans", "Europe", graph.Loc},
		{"Middle Eastern", "Middle East", graph.Loc},
		{"Dutch", "Netherlands", graph.GPE},
		{"Filipinos", "Philippines", graph.GPE},
		{"Saudis", "Saudi Arabia", graph.GPE},
		{"Israelis", "Israel", graph.GPE},
		{"Palestinians", "Palestine", graph.GPE},
		{"Kiwis", "New Zealand", graph.GPE},
		{"Congolese", "Democratic Republic of the Congo", graph.GPE},
		{"North Korean", "North Korea", graph.GPE},
		{"Soviet", "Soviet Union", graph.GPE},
		{"Kurdish", "Kurdistan", graph.Loc},
		{"S. Korean", "South Korea", graph.GPE},
		// Headline capitals.
		{"RUSSIAN", "Russia", graph.GPE},
		{"DUTCH", "Netherlands", graph.GPE},
		{"BRITONS", "United Kingdom", graph.GPE},
		{"QUÉBÉCOIS", "Quebec", graph.GPE},
		// Never lower case or mixed, and no invented plurals.
		{"russian", "", ""},
		{"rUSSIAN", "", ""},
		{"RUSSIAn", "", ""},
		{"french", "", ""},
		{"Chineses", "", ""},
		{"Frenchs", "", ""},
		{"Russia", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		got, ok := gazetteer.Demonym(tt.word)
		if ok != (tt.wantName != "") || got.Name != tt.wantName || got.Type != tt.wantType {
			t.Errorf("Demonym(%q) = %q %s %v, want %q %s", tt.word, got.Name, got.Type, ok, tt.wantName, tt.wantType)
		}
	}
}

func TestAmbiguous(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Chad", true}, {"Georgia", true}, {"Turkey", true}, {"Jordan", true}, {"Nice", true},
		{"Reading", true}, {"Split", true}, {"Victoria", true}, {"Polish", true},
		{"TURKEY", true}, {"turkey", true}, {" Chad ", true}, {"the Gulf", true}, {"Stripe", true},
		{"Russia", false}, {"United States", false}, {"US", false}, {"Paris Hilton", false}, {"", false},
	}
	for _, tt := range tests {
		if got := gazetteer.Ambiguous(tt.name); got != tt.want {
			t.Errorf("Ambiguous(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestListedCompanies checks a sample of listed.tsv: companies of the S&P
// 500 under the names news uses, and the names left out as words,
// personal names or places.
func TestListedCompanies(t *testing.T) {
	tests := []struct {
		query    string
		wantName string // "" when nothing should match
	}{
		{"Zoetis", "Zoetis"},
		{"CrowdStrike", "CrowdStrike"},
		{"Akamai", "Akamai"},
		{"Akamai Technologies", "Akamai"},
		{"Eli Lilly", "Eli Lilly"},
		{"The Trade Desk", "Trade Desk"},
		{"Target Corporation", "Target Corporation"},
		{"Visa Inc.", "Visa Inc."},
		{"Target", ""},
		{"Visa", ""},
		{"Progressive", ""},
		{"Abbott", ""},
		{"Dover", ""},
		{"Dow", ""},
		{"Palo Alto", ""},
	}
	for _, tt := range tests {
		got, ok := gazetteer.Lookup(tt.query)
		if ok != (tt.wantName != "") || got.Name != tt.wantName || ok && got.Type != graph.Org {
			t.Errorf("Lookup(%q) = %q %s %v, want %q", tt.query, got.Name, got.Type, ok, tt.wantName)
		}
	}
}

// TestKind checks that an organisation's entry says what kind it is, by
// the file that lists it, and a place's says none.
func TestKind(t *testing.T) {
	tests := []struct{ query, want string }{
		{"Ofcom", gazetteer.KindAgency},
		{"Federal Trade Commission", gazetteer.KindAgency},
		{"United Nations", gazetteer.KindOrganisation},
		{"Zoetis", gazetteer.KindCompany},
		{"Labour Party", gazetteer.KindParty},
		{"Russia", ""},
		{"Paris", ""},
	}
	for _, tt := range tests {
		got, ok := gazetteer.Lookup(tt.query)
		if !ok || got.Kind != tt.want {
			t.Errorf("Lookup(%q).Kind = %q (found %v), want %q", tt.query, got.Kind, ok, tt.want)
		}
	}
	for _, e := range gazetteer.Entries() {
		if (e.Kind == "") != (e.Type != graph.Org) {
			t.Errorf("%s (%s): kind %q", e.Name, e.Type, e.Kind)
		}
	}
}
