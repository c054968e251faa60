package extract_test

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

func TestNameForms(t *testing.T) {
	tagger := dictTagger{
		"Actress Nicole Kidman": "ORG", "Kidman": "PER", "Nicole": "PER",
		"Shanda": "PER", "Shanda Interactive Entertainment": "ORG", "Sina": "ORG",
		"Ford": "PER", "Ford Motor Company": "ORG", "Mr Ford": "PER",
		"Elvis": "PER", "Presley": "LOC", "Paris": "LOC",
		"Sports Entertainment Enterprises": "ORG", "CFX": "ORG",
		"Lord Butler": "ORG", "Robin Butler": "PER", "Butler": "PER", "Baroness Kennedy": "ORG",
		"Labour": "ORG", "Tony Blair": "PER", "Rick Rubin": "PER", "Def Jam": "ORG",
		"Hank Presley": "PER", "Harry": "PER", "Fonavia": "LOC", "Johannes": "ORG", "Klerk": "PER",
		"Fonavia KK": "LOC", "Japan": "LOC", "Wang Donghai": "PER", "Human Rights in China": "ORG",
		"MCI": "ORG", "WorldCom": "ORG", "Natural Gas Corporation": "ORG", "ONGC": "ORG",
		"U.S. Treasury": "ORG", "James Baker": "PER", "London": "LOC", "Argentina": "LOC",
		"Enarsa": "LOC", "PDVSA": "ORG", "Trade and Industry Ministry": "ORG", "U.S. On": "LOC",
		"Renault <RENA.PA>": "ORG", "St Fintian": "ORG", "Richard Fogarty": "PER",
		"Gibraltar": "ORG", "Rapper Eminem": "ORG", "Privately-held NeoRx Corp": "ORG",
		"Reuters": "ORG", "Senate Budget Committee": "ORG", "Magistrate Lee Gilmore": "PER",
		"U.S.": "LOC", "Senate Finance Committee": "ORG", "Reagan": "PER", "Mansour": "PER",
		"US Treasury": "ORG", "Scott Bessent": "PER", "Bristol City": "ORG", "City": "LOC",
		"Hans Christian Andersen": "PER", "Hans Christian Andersen Award": "ORG",
		"Real Corvada": "ORG", "Florentino Vasco": "LOC", "Sunny Tuesdays": "PER", "Marc Vettel": "PER", "Korvan Motor": "ORG",
	}
	x, err := extract.NewWithTagger(tagger)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]graph.Type // every entity, by name
	}{
		{"Actress Nicole Kidman has won an order. Nicole said Kidman's car was hit.",
			map[string]graph.Type{"Nicole Kidman": graph.Person}},
		{"Shanda Interactive Entertainment bought a stake in Sina. Shanda said it may buy Sina.",
			map[string]graph.Type{"Shanda Interactive Entertainment": graph.Org, "Sina": graph.Org}},
		{"She won the Hans Christian Andersen Award in Paris. Hans Christian Andersen wrote fairy tales.",
			map[string]graph.Type{"Hans Christian Andersen Award": graph.Org, "Hans Christian Andersen": graph.Person, "Paris": graph.GPE}},
		{"It was said by Real Corvada president Florentino Vasco in Paris.",
			map[string]graph.Type{"Real Corvada": graph.Org, "Florentino Vasco": graph.Person, "Paris": graph.GPE}},
		{"It bought rival Korvan Motor in Paris.",
			map[string]graph.Type{"Korvan Motor": graph.Org, "Paris": graph.GPE}},
		{"He worked with the Sunny Tuesdays in Paris, and on the Marc Vettel affair.",
			map[string]graph.Type{"Sunny Tuesdays": graph.Org, "Paris": graph.GPE, "Marc Vettel": graph.Person}},
		{"Bristol City were charged in Paris. Its manager will stay at City, who finished above Sina. Sina beat City.",
			map[string]graph.Type{"Bristol City": graph.Org, "Paris": graph.GPE, "Sina": graph.Org}},
		{"Ford Motor Company hired Mr Ford. Ford said so.",
			map[string]graph.Type{"Ford Motor Company": graph.Org, "Ford": graph.Person}},
		{"It bought the estate of Elvis Presley in Paris.",
			map[string]graph.Type{"Elvis Presley": graph.Person, "Paris": graph.GPE}},
		{"Sports Entertainment Enterprises, which is to be renamed CFX, bought it. CFX said so.",
			map[string]graph.Type{"Sports Entertainment Enterprises": graph.Org}},
		{"Robin Butler criticised Tony Blair. Lord Butler said Butler was right.",
			map[string]graph.Type{"Robin Butler": graph.Person, "Tony Blair": graph.Person}},
		{"Labour peer Baroness Kennedy left the Labour party.",
			map[string]graph.Type{"Baroness Kennedy": graph.Person, "Labour Party": graph.Org}},
		{"Def Jam was founded by producer Rick Rubin.",
			map[string]graph.Type{"Def Jam": graph.Org, "Rick Rubin": graph.Person}},
		{"The Queen's grandson, Prince Harry, went to Paris.",
			map[string]graph.Type{"Prince Harry": graph.Person, "Paris": graph.GPE}},
		{"The club, which is owned by Sheikh Mansour, was sold in Paris.",
			map[string]graph.Type{"Sheikh Mansour": graph.Person, "Paris": graph.GPE}},
		{"Fonavia has drafted in a new boss.",
			map[string]graph.Type{"Fonavia": graph.Org}},
		{"It sold shares in mobile phone firm T-Mobile to Fonavia. T-Mobile is based in Paris.",
			map[string]graph.Type{"T-Mobile": graph.Org, "Fonavia": graph.GPE, "Paris": graph.GPE}},
		{"It bought Sina. Sina is big, and the deal lifted Sina shares.",
			map[string]graph.Type{"Sina": graph.Org}},
		{"He met the ambassador to Paris, Johannes de Klerk.",
			map[string]graph.Type{"Johannes de Klerk": graph.Person, "Paris": graph.GPE}},
		{"He runs Fonavia KK, Japan's number three mobile operator, in Paris.",
			map[string]graph.Type{"Fonavia KK": graph.Org, "Japan": graph.GPE, "Paris": graph.GPE}},
		{"Paris police have detained Wang Donghai, the pressure group Human Rights in China said.",
			map[string]graph.Type{"Paris": graph.GPE, "Wang Donghai": graph.Person, "Human Rights in China": graph.Org}},
		{"He picked out Fonavia's Clie, and said several Fonavia products helped.",
			map[string]graph.Type{"Fonavia": graph.Org}},
		{"MCI left bankruptcy in Paris, having gone bust under previous name WorldCom. WorldCom was big.",
			map[string]graph.Type{"MCI": graph.Org, "Paris": graph.GPE}},
		{"He met Oil and Natural Gas Corporation chairman Hank Presley in Paris. ONGC said so.",
			map[string]graph.Type{"Oil and Natural Gas Corporation": graph.Org, "Hank Presley": graph.Person, "Paris": graph.GPE}},
		{"Paris is to buy rival May Department Stores. Talks sped up after May's chairman Hank Presley quit in May.",
			map[string]graph.Type{"Paris": graph.GPE, "May Department Stores": graph.Org, "Hank Presley": graph.Person}},
		{"He told U.S. Treasury Secretary James Baker so.",
			map[string]graph.Type{"United States": graph.GPE, "James Baker": graph.Person}},
		{"US Treasury Secretary Scott Bessent spoke in London.",
			map[string]graph.Type{"United States": graph.GPE, "Scott Bessent": graph.Person, "London": graph.GPE}},
		{"Hank Presley is one of the London Assembly members.",
			map[string]graph.Type{"Hank Presley": graph.Person, "London Assembly": graph.Org}},
		{"They formalised a deal between PDVSA and Argentina's Enarsa.",
			map[string]graph.Type{"PDVSA": graph.Org, "Argentina": graph.GPE, "Enarsa": graph.Org}},
		{"A spokesman for the International Trade and Industry Ministry spoke of the U.S. On trade.",
			map[string]graph.Type{"International Trade and Industry Ministry": graph.Org, "United States": graph.GPE}},
		{"Renault <RENA.PA> said it would sell.",
			map[string]graph.Type{"Renault": graph.Org}},
		{"He became chief of Fonavia, which owns 44% of Sina.",
			map[string]graph.Type{"Fonavia": graph.Org, "Sina": graph.Org}},
		{"The market is changing, with former long-distance giant AT&T being bought by Sina.",
			map[string]graph.Type{"AT&T": graph.Org, "Sina": graph.Org}},
		{"It bought a stake in oil unit Fonavia. Fonavia was sold. The sale of Fonavia and Fonavia's future were discussed.",
			map[string]graph.Type{"Fonavia": graph.Org}},
		{"The head of St Fintian's, Richard Fogarty, said so.",
			map[string]graph.Type{"St Fintian's": graph.Org, "Richard Fogarty": graph.Person}},
		{"Rick Rubin was founded in 1984 by Hank Presley.",
			map[string]graph.Type{"Rick Rubin": graph.Org, "Hank Presley": graph.Person}},
		{"Gibraltar's Chief Minister Hank Presley spoke.",
			map[string]graph.Type{"Gibraltar": graph.GPE, "Hank Presley": graph.Person}},
		{"Rapper Eminem has denied Hank Presley a number one.",
			map[string]graph.Type{"Eminem": graph.Person, "Hank Presley": graph.Person}},
		{"Privately-held NeoRx Corp said it signed with Sina.",
			map[string]graph.Type{"NeoRx Corp": graph.Org, "Sina": graph.Org}},
		{"The sources told Reuters Senate Budget Committee chairman Hank Presley had doubts.",
			map[string]graph.Type{"Reuters": graph.Org, "Senate Budget Committee": graph.Org, "Hank Presley": graph.Person}},
		{"Hank Presley sang. Presley said Presley was tired.",
			map[string]graph.Type{"Hank Presley": graph.Person}},
		{"Magistrate Lee Gilmore said she understood.",
			map[string]graph.Type{"Lee Gilmore": graph.Person}},
		{"The U.S. Senate Finance Committee called on President Reagan to act.",
			map[string]graph.Type{"U.S. Senate Finance Committee": graph.Org, "Reagan": graph.Person}},
	}
	for _, tt := range tests {
		a := x.Extract(extract.Document{ID: "t", Text: tt.text})
		got := map[string]graph.Type{}
		for _, e := range a.Entities {
			got[e.Name] = e.Type
			for _, m := range e.Mentions {
				if m.Via == "name" && slices.Contains([]string{"Actress", "Actress Nicole Kidman"}, m.Text) {
					t.Errorf("%q: mention %q keeps the occupation", tt.text, m.Text)
				}
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: entities %v, want %v", tt.text, got, tt.want)
			continue
		}
		for name, typ := range tt.want {
			if got[name] != typ {
				t.Errorf("%q: %s is %q, want %q (all: %v)", tt.text, name, got[name], typ, got)
			}
		}
	}
}

func TestNamesFoundAgain(t *testing.T) {
	checkMentionCases(t, dictTagger{"Paris": "LOC", "Sina": "ORG"}, []mentionCase{
		{"It sold mobile phone firm T-Mobile to Sina. T-Mobile is big, and Sina said T-Mobile was sold.", "T-Mobile", 3},
		{"Sina is big. It opened in Paris. Sina said so, and Sina shares rose.", "Sina", 3},
		{"It bought shares in software firm Apple. Apple pies are sweet.", "Apple", 1},
	})
}

// TestNamesFoundAgainOverKnownNames: a name the article gives whole is
// found again whole where the tagger missed it, though the gazetteer
// knows a shorter name inside it ("Thames" of "Thames Water").
func TestNamesFoundAgainOverKnownNames(t *testing.T) {
	x, err := extract.NewWithTagger(sentenceTagger{{"Thames Water": "ORG"}, {}})
	if err != nil {
		t.Fatal(err)
	}
	text := "Thames Water was fined. The minister may place Thames Water in administration."
	a := x.Extract(extract.Document{ID: "t", Text: text})
	if len(a.Entities) != 1 || a.Entities[0].Name != "Thames Water" || a.Entities[0].Type != graph.Org || len(a.Entities[0].Mentions) != 2 {
		t.Errorf("%q: entities %+v, want Thames Water named twice", text, a.Entities)
	}
}

// TestNamesFoundAgainAtSentenceStart: a name of one word that the article
// gives is found again at the start of a sentence, where the tagger missed
// it, unless the article also writes the word small.
func TestNamesFoundAgainAtSentenceStart(t *testing.T) {
	checkMentionCases(t, sentenceTagger{{"Zorbex": "ORG"}, {}}, []mentionCase{
		{"Zorbex was fined by the regulator. Zorbex accused it of bias.", "Zorbex", 2},
		{"Zorbex was fined by the regulator. Zorbex fines are rare, and a zorbex is small.", "Zorbex", 1},
	})
}

// mentionCase is a text and how many times it names the entity name.
type mentionCase struct {
	text     string
	name     string
	mentions int
}

// checkMentionCases extracts each case's text with tagger and checks how
// often it names its entity (pronouns and descriptions not counted).
func checkMentionCases(t *testing.T, tagger extract.Tagger, cases []mentionCase) {
	t.Helper()
	x, err := extract.NewWithTagger(tagger)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		a := x.Extract(extract.Document{ID: "t", Text: c.text})
		got := 0
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if e.Name == c.name && m.Via == "name" {
					got++
				}
			}
		}
		if got != c.mentions {
			t.Errorf("%q: %s is named %d times, want %d: %+v", c.text, c.name, got, c.mentions, a.Entities)
		}
	}
}

func TestNamesAcrossLineBreaks(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Koji Kidokoro": "PER", "Mitsui Bank": "ORG", "Timminco Ltd": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	text := "The recent remark by the minister has cast a shadow on the deal, said Koji\n" +
		"Kidokoro, general manager of Mitsui Bank in Tokyo, after markets closed and\n" +
		"<Timminco Ltd> said it had acquired a small rival for undisclosed terms in a\n" +
		"move to expand its operations into the country, the company said today.\n"
	a := x.Extract(extract.Document{ID: "t", Text: text})
	var got []string
	for _, e := range a.Entities {
		got = append(got, e.Name)
		for _, m := range e.Mentions {
			if text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q at [%d,%d) reads %q", m.Text, m.Start, m.End, text[m.Start:m.End])
			}
		}
	}
	if !slices.Contains(got, "Koji Kidokoro") || !slices.Contains(got, "Timminco Ltd") {
		t.Errorf("entities %q, want Koji Kidokoro on one line and Timminco Ltd without brackets", got)
	}
}

// TestMiddleInitialJoinsName: a person's first name and the rest of the
// name after a middle initial, which the tagger took for an
// organisation's, are one person's name.
func TestMiddleInitialJoinsName(t *testing.T) {
	checkOrgContext(t, dictTagger{"Caesars World Inc": "ORG", "Martin": "PER", "T. Sosnoff": "ORG"}, []orgContextCase{
		{"Caesars World Inc said it sued Martin T. Sosnoff in federal court.",
			map[string]graph.Type{"Caesars World Inc": graph.Org, "Martin T. Sosnoff": graph.Person}},
	})
}
