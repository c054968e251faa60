package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestSurnamesFoundAgain: a person's surname the tagger misses after the
// full name is a mention of the person, unless another first name stands
// before it or the article writes it small.
func TestSurnamesFoundAgain(t *testing.T) {
	checkMentionCases(t, dictTagger{"Shaun Wright-Phillips": "PER", "Gordon Brown": "PER", "Sven Eriksson": "PER"}, []mentionCase{
		{"Sven Eriksson picked Shaun Wright-Phillips. He praised Wright-Phillips' form.", "Shaun Wright-Phillips", 2},
		{"Sven Eriksson picked Shaun Wright-Phillips. Wright-Phillips will start.", "Shaun Wright-Phillips", 2},
		{"Gordon Brown spoke. Wes Brown will start.", "Gordon Brown", 1},
		{"Gordon Brown spoke. The brown envelope sat there, Brown said.", "Gordon Brown", 1},
	})
}

// TestSurnameBeforeSuffix: the surname of a name that ends with a
// generational suffix is the word before it, and names the person.
func TestSurnameBeforeSuffix(t *testing.T) {
	checkMentionCases(t, dictTagger{"Larry Mullen Jr": "PER", "Mullen": "PER"}, []mentionCase{
		{"Drummer Larry Mullen Jr agreed. The group began when Mullen put up a notice.", "Larry Mullen Jr", 2},
	})
}

// TestSurnameOfMistypedPerson: a person's full name the tagger took once
// for an organisation is the person when the article goes on to name
// them by surname as a person, twice or more, or once after "Mr",
// however often the tagger took the full name for an organisation. A
// full name the tagger took for a place is the person's where the
// article names them by surname once, and so is one it took for an
// organisation outside sport (TestSurnameOfPersonTakenForOrg); in an
// article about sport, a club's name the tagger gave as such is not,
// though the tagger takes its last word for a person's.
func TestSurnameOfMistypedPerson(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{
		"Aston Moore": "ORG", "Moore": "PER", "Shanda Interactive": "ORG", "Shanda": "PER", "Jez Vane": "ORG", "Vane": "PER",
		"Sweden": "LOC", "Carolina Vask": "LOC", "Vask": "PER", "Real Corvada": "ORG", "Corvada": "PER",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, test := range []struct {
		text, name string
		want       graph.Type
	}{
		{"Her coach Aston Moore told the paper she would return. Moore said the injury had healed. Moore added that she would race in March.", "Aston Moore", graph.Person},
		{"Shanda Interactive bought the games. Shanda said the deal was done.", "Shanda Interactive", graph.Org},
		{"Jez Vane, the man behind the games group, bought it back. Jez Vane is a key figure in games. Mr Vane has re-emerged.", "Jez Vane", graph.Person},
		{"Sweden's Carolina Vask, the Olympic champion, won too. Vask took the long jump.", "Carolina Vask", graph.Person},
		{"Fans left the stadium after the league game between the hosts and Real Corvada. Corvada levelled the match.", "Real Corvada", graph.Org},
	} {
		a := x.Extract(extract.Document{ID: "t", Text: test.text})
		for _, e := range a.Entities {
			if e.Name == test.name && e.Type != test.want {
				t.Errorf("%q: %s is %s, want %s", test.text, e.Name, e.Type, test.want)
			}
		}
	}
}

// TestFamilyNameFirst: "Mr Xi" is the person the article named "Xi
// Jinping", the family name first, though the tagger took the full name
// for an organisation's.
func TestFamilyNameFirst(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Xi Jinping": "ORG", "Xi": "PER", "Joe Biden": "PER", "Bali": "LOC"})
	if err != nil {
		t.Fatal(err)
	}
	text := "Xi Jinping met Joe Biden in Bali. Mr Xi said the talks went well."
	checkEntities(t, text, entityTypes(t, x, text), map[string]graph.Type{"Xi Jinping": graph.Person, "Joe Biden": graph.Person, "Bali": graph.GPE})
}

// TestCountrysPersonTakenForPlace: a name after a country's possessive
// that the tagger took for a place is a company ("Argentina's Enarsa")
// unless the article names it as a person elsewhere ("Burma's Suu Kyi").
func TestCountrysPersonTakenForPlace(t *testing.T) {
	x, err := extract.NewWithTagger(sentenceTagger{{"Enarsa": "LOC", "PDVSA": "ORG", "Suu Kyi": "LOC"}, {"Suu Kyi": "PER"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, test := range []struct {
		text, name string
		want       graph.Type
	}{
		{"They formalised a deal between PDVSA and Argentina's Enarsa.", "Enarsa", graph.Org},
		{"Burma's Suu Kyi was freed in July. Suu Kyi said at least 61 supporters had been arrested. Suu Kyi called for sanctions.", "Suu Kyi", graph.Person},
	} {
		a := x.Extract(extract.Document{ID: "t", Text: test.text})
		found := false
		for _, e := range a.Entities {
			if e.Name == test.name {
				found = true
				if e.Type != test.want {
					t.Errorf("%q: %s is %s, want %s", test.text, e.Name, e.Type, test.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s among %+v", test.text, test.name, a.Entities)
		}
	}
}

// sentenceTagger tags the first sentences of a document each with its own
// dictionary, and the rest with the last.
type sentenceTagger []dictTagger

func (s sentenceTagger) TagDocument(sentences [][]string) [][]string {
	out := make([][]string, len(sentences))
	for i := range sentences {
		out[i] = s[min(i, len(s)-1)].TagDocument(sentences[i : i+1])[0]
	}
	return out
}

// TestPlayerNamedLikeCompany: in a report of sport, a surname alone the
// tagger takes for a person is the player's, though the gazetteer knows a
// company by it; elsewhere the company's name wins over the tagger.
func TestPlayerNamedLikeCompany(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Danaher": "PER", "Gustard": "PER"})
	if err != nil {
		t.Fatal(err)
	}
	for _, test := range []struct {
		text string
		want graph.Type
	}{
		{"The rugby season ended with a cup match and a league title. Replacements: Danaher for Gustard (66).", graph.Person},
		{"Danaher raised its forecast after profits rose.", graph.Org},
	} {
		found := false
		for _, e := range x.Extract(extract.Document{ID: "t", Text: test.text}).Entities {
			if e.Name == "Danaher" {
				found = true
				if e.Type != test.want {
					t.Errorf("%q: Danaher is %s, want %s", test.text, e.Type, test.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no Danaher", test.text)
		}
	}
}

// TestMonthSurname: a month after a person's first name is the surname
// ("Theresa May"); after a full name, or before a day, it is a date.
func TestMonthSurname(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	checkTypeCases(t, x, []orgContextCase{
		{"Headline\n\nPrime Minister Theresa May visited Paris.",
			map[string]graph.Type{"Theresa May": graph.Person, "Paris": graph.GPE}},
		{"Headline\n\nBrian May played the guitar.",
			map[string]graph.Type{"Brian May": graph.Person}},
		{"Headline\n\nTony Blair said in May that he would stand again.",
			map[string]graph.Type{"Tony Blair": graph.Person}},
	})
}

// TestSurnameOfPersonTakenForOrg: a full name shaped as a person's that
// the tagger took for an organisation's is a person's when its surname
// alone is taken for a person's; a company the gazetteer knows by such a
// name stays a company.
func TestSurnameOfPersonTakenForOrg(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Elon Musk": "ORG", "Musk": "PER", "Morgan Stanley": "ORG", "Stanley": "PER"})
	if err != nil {
		t.Fatal(err)
	}
	checkTypeCases(t, x, []orgContextCase{
		{"Elon Musk sued a rival. Musk said he would appeal.", map[string]graph.Type{"Elon Musk": graph.Person}},
		{"Morgan Stanley cut jobs. Stanley said costs rose.", map[string]graph.Type{"Morgan Stanley": graph.Org, "Stanley": graph.Person}},
	})
}
