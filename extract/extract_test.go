package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// dictTagger labels the names it is given, longest first, so that tests
// of the pipeline after tagging do not depend on a trained model.
type dictTagger map[string]string

func (d dictTagger) TagDocument(sentences [][]string) [][]string {
	out := make([][]string, len(sentences))
	for i, words := range sentences {
		labels := make([]string, len(words))
		for j := range labels {
			labels[j] = "O"
		}
		for j := 0; j < len(words); j++ {
			for n := min(4, len(words)-j); n >= 1; n-- {
				typ, ok := d[strings.Join(words[j:j+n], " ")]
				if !ok {
					continue
				}
				labels[j] = "B-" + typ
				for k := j + 1; k < j+n; k++ {
					labels[k] = "I-" + typ
				}
				j += n - 1
				break
			}
		}
		out[i] = labels
	}
	return out
}

var names = dictTagger{
	"Vladimir Putin": "PER", "Putin": "PER", "Emmanuel Macron": "PER", "Macron": "PER",
	"Russia": "LOC", "France": "LOC", "Germany": "LOC", "Paris": "LOC", "Yukos": "ORG",
	"Rosneft": "ORG", "Mikhail Khodorkovsky": "PER", "Gordon Brown": "PER", "Brown": "PER",
	"Tony Blair": "PER", "Blair": "PER", "Jacques Chirac": "PER", "Chirac": "PER",
	"United Nations": "ORG", "UN": "ORG", "Russian": "MISC", "French": "MISC",
	"Labour": "ORG", "Syria": "LOC", "Kremlin": "ORG", "Mahmoud Abbas": "PER", "Abu Mazen": "PER",
	"Abbas": "PER",
}

type triple struct {
	subject, predicate, object string
	negated                    bool
}

func relations(t *testing.T, a *graph.Article) []triple {
	t.Helper()
	var out []triple
	for _, r := range a.Relations {
		s, o := a.Entity(r.Subject), a.Entity(r.Object)
		if s == nil || o == nil {
			t.Fatalf("relation %+v names an unknown entity", r)
		}
		out = append(out, triple{s.Name, r.Predicate, o.Name, r.Negated})
	}
	return out
}

// relationCase is a text with relations it must give and relations it
// must not.
type relationCase struct {
	text      string
	want, not []triple
}

// checkCases runs expectRelations on every case.
func checkCases(t *testing.T, x *extract.Extractor, cases []relationCase) {
	t.Helper()
	for _, c := range cases {
		expectRelations(t, x, c.text, c.want, c.not)
	}
}

// expectRelations checks that extracting text gives every relation of
// want and none of not.
func expectRelations(t *testing.T, x *extract.Extractor, text string, want, not []triple) {
	t.Helper()
	got := relations(t, x.Extract(extract.Document{ID: "t", Text: text}))
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: no %v among %v", text, w, got)
		}
	}
	for _, n := range not {
		if slices.Contains(got, n) {
			t.Errorf("%q: unwanted %v", text, n)
		}
	}
}

func TestRelations(t *testing.T) {
	x, err := extract.NewWithTagger(names)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []triple
	}{
		{"Vladimir Putin met Emmanuel Macron in Paris on Monday.", []triple{{"Vladimir Putin", "meet", "Emmanuel Macron", false}}},
		{"Russia was sanctioned by France last year.", []triple{{"France", "sanction", "Russia", false}}},
		{"France and Germany sanctioned Russia.", []triple{{"France", "sanction", "Russia", false}, {"Germany", "sanction", "Russia", false}}},
		{"Tony Blair did not meet Jacques Chirac.", []triple{{"Tony Blair", "meet", "Jacques Chirac", true}}},
		{"Russian President Vladimir Putin arrived.", []triple{{"Vladimir Putin", "president_of", "Russia", false}}},
		{"Yukos boss Mikhail Khodorkovsky was arrested.", []triple{{"Mikhail Khodorkovsky", "boss_of", "Yukos", false}}},
		{"Tony Blair held talks with Jacques Chirac.", []triple{{"Tony Blair", "talk", "Jacques Chirac", false}}},
		{"The talks between Tony Blair and Jacques Chirac went well.", []triple{{"Tony Blair", "talk", "Jacques Chirac", false}}},
		{"Rosneft agreed to buy Yukos.", []triple{{"Rosneft", "buy", "Yukos", false}}},
		{"Tony Blair met Gordon Brown. He later met Jacques Chirac.", []triple{{"Tony Blair", "meet", "Gordon Brown", false}, {"Tony Blair", "meet", "Jacques Chirac", false}}},
		{"Tony Blair said the economy was strong.", nil},
		{"Tony Blair and Jacques Chirac met in Paris.", []triple{{"Tony Blair", "meet", "Jacques Chirac", false}}},
		{"Rosneft seized and sold Yukos.", []triple{{"Rosneft", "seize", "Yukos", false}, {"Rosneft", "sell", "Yukos", false}}},
		{"Russia sold Yukos to Rosneft.", []triple{{"Russia", "sell", "Yukos", false}, {"Rosneft", "buy", "Yukos", false}}},
		{"Tony Blair has met French President Jacques Chirac and Russian President Vladimir Putin.", []triple{
			{"Jacques Chirac", "president_of", "France", false}, {"Vladimir Putin", "president_of", "Russia", false},
			{"Tony Blair", "meet", "Jacques Chirac", false}, {"Tony Blair", "meet", "Vladimir Putin", false}}},
		{"Gordon Brown will succeed Tony Blair as chairman of Yukos.", []triple{
			{"Gordon Brown", "succeed", "Tony Blair", false}, {"Gordon Brown", "chairman_of", "Yukos", false}, {"Tony Blair", "chairman_of", "Yukos", false}}},
		{"The Kremlin last year seized Yukos.", []triple{{"Kremlin", "seize", "Yukos", false}}},
		{"After leaving Yukos, Tony Blair founded Rosneft.", []triple{{"Tony Blair", "found", "Rosneft", false}, {"Tony Blair", "leave", "Yukos", false}}},
		{"Tony Blair explained Russia's plans to French President Jacques Chirac.", []triple{
			{"Jacques Chirac", "president_of", "France", false}, {"Tony Blair", "explain", "Jacques Chirac", false}}},
		{"Tony Blair backed Gordon Brown's budget.", nil},
		{"Rosneft, which is acting as legal counsel for Yukos, said nothing.", []triple{{"Rosneft", "legal_counsel_of", "Yukos", false}}},
		{"Yukos, which makes oil in Siberia, has sued Rosneft.", []triple{{"Yukos", "sue", "Rosneft", false}}},
		{"Tony Blair resigned after losing a battle with Yukos.", []triple{{"Tony Blair", "lose", "Yukos", false}, {"Tony Blair", "battle", "Yukos", false}}},
		{"Rosneft has bought a 20% stake in Yukos.", []triple{{"Rosneft", "buy", "Yukos", false}}},
		{"Russia forced Yukos to sell off Rosneft.", []triple{{"Russia", "force", "Yukos", false}, {"Yukos", "sell_off", "Rosneft", false}}},
		{"Reports said that France and Germany signed an accord.", []triple{{"France", "sign", "Germany", false}}},
		{"Chancellor Gordon Brown spoke on Monday. Later the chancellor met Tony Blair.", []triple{{"Gordon Brown", "meet", "Tony Blair", false}}},
		{"Gordon Brown, the Labour chancellor, met Tony Blair.", []triple{{"Gordon Brown", "chancellor_of", "Labour Party", false}, {"Gordon Brown", "meet", "Tony Blair", false}}},
	}
	for _, tt := range tests {
		a := x.Extract(extract.Document{ID: "t", Text: tt.text})
		got := relations(t, a)
		if len(got) != len(tt.want) {
			t.Errorf("%q: relations %v, want %v", tt.text, got, tt.want)
			continue
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: relations %v, want %v (in any order)", tt.text, got, tt.want)
				break
			}
		}
	}
}

func TestAliases(t *testing.T) {
	x, err := extract.NewWithTagger(names)
	if err != nil {
		t.Fatal(err)
	}
	text := "Putin Meets Macron\n\nVladimir Putin met Emmanuel Macron. Mr Putin's visit to the United Nations was short. The UN said Putin left Russian Federation."
	a := x.Extract(extract.Document{ID: "t", Text: text})
	byName := map[string]graph.Entity{}
	for _, e := range a.Entities {
		byName[e.Name] = e
		for _, m := range e.Mentions {
			if text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q at [%d,%d) reads %q", m.Text, m.Start, m.End, text[m.Start:m.End])
			}
		}
	}
	putin, ok := byName["Vladimir Putin"]
	if !ok {
		t.Fatalf("no Vladimir Putin among %v", a.Entities)
	}
	if len(putin.Mentions) != 4 {
		t.Errorf("Vladimir Putin has %d mentions, want 4 (headline, full name, Mr Putin, Putin): %+v", len(putin.Mentions), putin.Mentions)
	}
	if un, ok := byName["United Nations"]; !ok || len(un.Mentions) != 2 {
		t.Errorf("United Nations: %+v, want 2 mentions", un)
	}
	if _, ok := byName["Russia"]; !ok {
		t.Errorf("Russian Federation not resolved to Russia: %v", a.Entities)
	}
	for _, e := range a.Entities {
		if strings.Contains(e.Name, "Meets") {
			t.Errorf("headline fragment entity %q", e.Name)
		}
	}
}

func TestAliasMarkers(t *testing.T) {
	x, err := extract.NewWithTagger(names)
	if err != nil {
		t.Fatal(err)
	}
	text := "Tony Blair met Mahmoud Abbas, also known as Abu Mazen, in London. Abu Mazen thanked him."
	a := x.Extract(extract.Document{ID: "t", Text: text})
	var abbas *graph.Entity
	for i := range a.Entities {
		if a.Entities[i].Name == "Abu Mazen" {
			t.Fatalf("Abu Mazen is an entity of its own: %+v", a.Entities)
		}
		if a.Entities[i].Name == "Mahmoud Abbas" {
			abbas = &a.Entities[i]
		}
	}
	if abbas == nil || len(abbas.Mentions) != 3 {
		t.Fatalf("Mahmoud Abbas = %+v, want three mentions", abbas)
	}
	if !strings.Contains(strings.Join(abbas.Aliases, "|"), "Abu Mazen") {
		t.Errorf("aliases of Mahmoud Abbas %q lack Abu Mazen", abbas.Aliases)
	}
}
