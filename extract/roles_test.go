package extract_test

import (
	"sync"
	"testing"

	"github.com/kg-project/kg/extract"
)

// roleNames are the names the role tests use.
var roleNames = dictTagger{
	"Labour": "ORG", "Ken Livingstone": "PER", "Livingstone": "PER", "Helena Kennedy": "PER",
	"Kennedy": "PER", "Yukos": "ORG", "Gordon Brown": "PER", "Brown": "PER", "Tony Blair": "PER", "Blair": "PER",
	"Mikhail Khodorkovsky": "PER", "Russia": "LOC", "France": "LOC", "Europe": "LOC",
	"Russian": "MISC", "French": "MISC", "United Nations": "ORG", "Sheffield": "LOC", "Paris": "LOC", "Rosneft": "ORG", "Yukos Center": "ORG", "Qrio": "PER", "Treasury": "ORG",
}

// TestRoles checks role relations: each case gives relations that must be
// found and relations that must not.
func TestRoles(t *testing.T) {
	x, err := extract.NewWithTagger(roleNames)
	if err != nil {
		t.Fatal(err)
	}
	tests := []relationCase{
		{text: "Ken Livingstone spoke. Labour's Mr Livingstone said Yukos was wrong.",
			want: []triple{{"Ken Livingstone", "member_of", "Labour Party", false}}},
		{text: "Helena Kennedy spoke. Labour peer Baroness Kennedy met Yukos.",
			want: []triple{{"Helena Kennedy", "peer_of", "Labour Party", false}}},
		{text: "Gordon Brown will nominally serve as Mr Blair's deputy, Tony Blair said.",
			want: []triple{{"Gordon Brown", "deputy_of", "Tony Blair", false}}},
		{text: "Mikhail Khodorkovsky has been one of the founders of Yukos.",
			want: []triple{{"Mikhail Khodorkovsky", "founder_of", "Yukos", false}}},
		{text: "Yukos is one of Russia's premier oil firms.",
			not: []triple{{"Yukos", "premier_of", "Russia", false}}},
		{text: "Russia praised Tony Blair and Gordon Brown, Yukos's former chairman.",
			want: []triple{{"Gordon Brown", "chairman_of", "Yukos", false}},
			not:  []triple{{"Tony Blair", "chairman_of", "Yukos", false}}},
		{text: "Gordon Brown, a senior Yukos officer, met Tony Blair.",
			want: []triple{{"Gordon Brown", "officer_of", "Yukos", false}}},
		{text: "Gordon Brown, chief Russian economist at Yukos, met Tony Blair.",
			want: []triple{{"Gordon Brown", "economist_of", "Yukos", false}},
			not:  []triple{{"Gordon Brown", "economist_of", "Russia", false}}},
		{text: "Yukos chairman Gordon Brown and director-general Tony Blair resigned.",
			want: []triple{{"Gordon Brown", "chairman_of", "Yukos", false}, {"Tony Blair", "director_general_of", "Yukos", false}}},
		{text: "Russia's ambassador to France, Tony Blair, met Gordon Brown.",
			want: []triple{{"Tony Blair", "ambassador_of", "Russia", false}, {"Tony Blair", "ambassador_of", "France", false}}},
		{text: "Russia's director general for Europe, Tony Blair, met Gordon Brown.",
			want: []triple{{"Tony Blair", "director_general_of", "Russia", false}},
			not:  []triple{{"Tony Blair", "director_general_of", "Europe", false}}},
		{text: "Tony Blair, Russia's envoy to the United Nations, met Gordon Brown.",
			want: []triple{{"Tony Blair", "envoy_of", "Russia", false}, {"Tony Blair", "envoy_of", "United Nations", false}}},
		{text: "Russia's Europe director Tony Blair met Gordon Brown.",
			want: []triple{{"Tony Blair", "director_of", "Russia", false}}},
		{text: "Gordon Brown met one of Yukos's two directors, Tony Blair.",
			want: []triple{{"Tony Blair", "director_of", "Yukos", false}}},
		{text: "Labour home affairs spokesman Gordon Brown met Tony Blair.",
			want: []triple{{"Gordon Brown", "home_affairs_spokesman_of", "Labour Party", false}}},
		{text: "Sheffield Wednesday manager Tony Blair met Gordon Brown.",
			not: []triple{{"Tony Blair", "manager_of", "Sheffield", false}}},
		{text: "Yukos chairman Tony Blair and Labour leader Gordon Brown met.",
			want: []triple{{"Tony Blair", "chairman_of", "Yukos", false}, {"Gordon Brown", "leader_of", "Labour Party", false}},
			not:  []triple{{"Gordon Brown", "leader_of", "Yukos", false}}},
		{text: "Tony Blair became mayor of Paris, France's capital city, in April.",
			want: []triple{{"Tony Blair", "mayor_of", "Paris", false}},
			not:  []triple{{"Tony Blair", "mayor_of", "France", false}}},
		{text: "Gordon Brown headed the Yukos group, the parent company of Rosneft.",
			want: []triple{{"Yukos", "parent_of", "Rosneft", false}}},
		{text: "Gordon Brown, an adviser on climate change to President Tony Blair, spoke.",
			want: []triple{{"Gordon Brown", "adviser_of", "Tony Blair", false}}},
		{text: "Gordon Brown, founder of Jewish human rights group the Yukos Center, spoke.",
			want: []triple{{"Gordon Brown", "founder_of", "Yukos Center", false}}},
		{text: "Yukos's Qrio beat Tony Blair.",
			not: []triple{{"Qrio", "member_of", "Yukos", false}}},
		{text: "Tony Blair's publicist Gordon Brown met Yukos.",
			want: []triple{{"Gordon Brown", "publicist_of", "Tony Blair", false}}},
		{text: "Gordon Brown, an adviser to the Labour leader, met Yukos.",
			not: []triple{{"Gordon Brown", "adviser_of", "Labour Party", false}}},
		{text: "Gordon Brown, a senior Yukos officer who became a spokesman for Rosneft, met Tony Blair.",
			want: []triple{{"Gordon Brown", "officer_of", "Yukos", false}, {"Gordon Brown", "spokesman_of", "Rosneft", false}}},
		{text: "French singer Tony Blair met Gordon Brown.",
			not: []triple{{"Tony Blair", "singer_of", "France", false}}},
		{text: "French President Tony Blair met Gordon Brown.",
			want: []triple{{"Tony Blair", "president_of", "France", false}}},
		{text: "Yukos star Tony Blair met Gordon Brown.",
			want: []triple{{"Tony Blair", "star_of", "Yukos", false}}},
		{text: "Gordon Brown, the founder of Russia's Yukos, met Tony Blair.",
			want: []triple{{"Gordon Brown", "founder_of", "Yukos", false}},
			not:  []triple{{"Gordon Brown", "founder_of", "Russia", false}}},
		{text: "Gordon Brown, adviser to Yukos's chief executive, Tony Blair, spoke.",
			want: []triple{{"Gordon Brown", "adviser_of", "Tony Blair", false}},
			not:  []triple{{"Gordon Brown", "adviser_of", "Yukos", false}}},
		{text: "Rosneft praised Russia, Yukos chairman Sir Tony Blair, and Gordon Brown.",
			want: []triple{{"Tony Blair", "chairman_of", "Yukos", false}},
			not:  []triple{{"Gordon Brown", "chairman_of", "Yukos", false}}},
		{text: "The board named Rosneft, Yukos chairman Tony Blair.",
			want: []triple{{"Tony Blair", "chairman_of", "Yukos", false}},
			not:  []triple{{"Tony Blair", "chairman_of", "Rosneft", false}}},
		{text: "Gordon Brown spoke. Later Yukos's Brown met Tony Blair.",
			want: []triple{{"Gordon Brown", "member_of", "Yukos", false}}},
		{text: "Gordon Brown, who is Yukos Siberia chairman, met Tony Blair.",
			not: []triple{{"Gordon Brown", "chairman_of", "Yukos", false}}},
		{text: "Russian Treasury Secretary Tony Blair met Gordon Brown.",
			want: []triple{{"Tony Blair", "treasury_secretary_of", "Russia", false}}},
		{text: "Yukos <YUK> chairman Tony Blair met Gordon Brown.",
			want: []triple{{"Tony Blair", "chairman_of", "Yukos", false}}},
	}
	checkCases(t, x, tests)
}

// TestPossessiveAtSentenceEnd checks that a possessive pronoun closing a
// sentence, as newswire cut short leaves it, is read without failing.
func TestPossessiveAtSentenceEnd(t *testing.T) {
	x, err := extract.NewWithTagger(names)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"Rosneft met Yukos and praised its", "Gordon Brown met Tony Blair at his", "Rosneft sold Yukos to its very"} {
		expectRelations(t, x, text, nil, nil)
	}
}

var (
	realOnce      sync.Once
	realExtractor *extract.Extractor
	realErr       error
)

// checkRoleConstruction runs cases through the Extractor as kg builds it, with
// its own entity tagger and parser, made once for all construction tests.
func checkRoleConstruction(t *testing.T, cases []relationCase) {
	t.Helper()
	realOnce.Do(func() { realExtractor, realErr = extract.New() })
	if realErr != nil {
		t.Fatal(realErr)
	}
	checkCases(t, realExtractor, cases)
}
