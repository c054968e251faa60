package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// possessiveNames are the names the possessive tests use.
var possessiveNames = dictTagger{
	"Vodafone": "ORG", "William Morrow": "PER", "Nissan": "ORG", "Carlos Ghosn": "PER",
	"Renault": "ORG", "Citigroup": "ORG", "Travelers Life": "ORG", "Metlife": "ORG",
	"Simon Fuller": "PER", "Nineteen Entertainment": "ORG", "Tony Blair": "PER", "Blair": "PER",
	"John Prescott": "PER", "Gordon Brown": "PER", "Sarah Macaulay": "PER", "Jack Straw": "PER",
	"Miguel Moratinos": "PER", "Jane Campbell": "PER", "Edward Addison": "PER",
	"Jessy Campbell": "PER", "Yukos": "ORG", "Mikhail Khodorkovsky": "PER", "China": "LOC",
	"Taiwan": "LOC", "Washington": "LOC", "British": "MISC", "French": "MISC", "Irish": "MISC",
	"US": "LOC", "George Bush": "PER", "Bush": "PER", "Jacques Chirac": "PER", "Brian O'Driscoll": "PER",
	"Tana Umaga": "PER", "Umaga": "PER", "All Blacks": "ORG", "Noel Dempsey": "PER",
	"Indian": "MISC", "Pakistani": "MISC", "Eminem": "PER", "Shady Records": "ORG", "RCA": "ORG",
	"Kasabian": "ORG",
}

// TestPossessives checks the roles and parts a possessive pronoun gives
// an entity named before it: each case gives relations that must be found
// and relations that must not.
func TestPossessives(t *testing.T) {
	x, err := extract.NewWithTagger(possessiveNames)
	if err != nil {
		t.Fatal(err)
	}
	tests := []relationCase{
		{text: "Vodafone has drafted in its UK chief executive William Morrow to run the business.",
			want: []triple{{"William Morrow", "chief_executive_of", "Vodafone", false}}},
		{text: "Nissan made a profit. Carlos Ghosn, its highly successful boss, takes charge at Renault.",
			want: []triple{{"Carlos Ghosn", "boss_of", "Nissan", false}},
			not:  []triple{{"Carlos Ghosn", "boss_of", "Renault", false}}},
		{text: "Yukos claims it was punished for the ambitions of its founder, Mikhail Khodorkovsky.",
			want: []triple{{"Mikhail Khodorkovsky", "founder_of", "Yukos", false}}},
		{text: "Citigroup has sold its Travelers Life insurance arm to Metlife.",
			want: []triple{{"Travelers Life", "arm_of", "Citigroup", false}},
			not:  []triple{{"Travelers Life", "arm_of", "Metlife", false}}},
		{text: "Simon Fuller has sold his Nineteen Entertainment company to Metlife.",
			want: []triple{{"Simon Fuller", "own", "Nineteen Entertainment", false}}},
		// The business named before the possessive, in apposition.
		{text: "Simon Fuller flew to London. Metlife bought Nineteen Entertainment, his music company, on Monday.",
			want: []triple{{"Simon Fuller", "own", "Nineteen Entertainment", false}}},
		{text: "Simon Fuller met Tony Blair in London. Metlife bought Nineteen Entertainment, his music company, on Monday.",
			not: []triple{{"Simon Fuller", "own", "Nineteen Entertainment", false}, {"Tony Blair", "own", "Nineteen Entertainment", false}}},
		// Two organisations named before: "its" may stand for either.
		{text: "Renault and Nissan said its chief executive Carlos Ghosn would stay.",
			not: []triple{{"Carlos Ghosn", "chief_executive_of", "Renault", false}, {"Carlos Ghosn", "chief_executive_of", "Nissan", false}}},
		// Two places and no organisation: none is read.
		{text: "Washington fears China could threaten its rival Taiwan.",
			not: []triple{{"Taiwan", "rival_of", "United States", false}, {"Taiwan", "rival_of", "China", false}}},
		// A possessor makes "his" doubtful: the spokesman may be meant.
		{text: "Mr Blair's spokesman said his deputy John Prescott would speak.",
			not: []triple{{"John Prescott", "deputy_of", "Tony Blair", false}}},
		{text: "Tony Blair met Gordon Brown. His wife Sarah Macaulay was there.",
			not: []triple{{"Sarah Macaulay", "wife_of", "Tony Blair", false}, {"Sarah Macaulay", "wife_of", "Gordon Brown", false}}},
		{text: "Jack Straw met his Spanish counterpart Miguel Moratinos.",
			not: []triple{{"Miguel Moratinos", "counterpart_of", "Jack Straw", false}}},
		// One a possessive introduces is not the one it stands for.
		{text: "Jane Campbell wrote letters. She found her husband, Edward Addison, had an affair with her sister Jessy Campbell.",
			want: []triple{{"Edward Addison", "husband_of", "Jane Campbell", false}, {"Jessy Campbell", "sister_of", "Jane Campbell", false}},
			not:  []triple{{"Jessy Campbell", "sister_of", "Edward Addison", false}}},
		// A nationality's role: its holder is the one given it in that
		// country, or a government's post in none.
		{text: "Prime Minister Tony Blair met Gordon Brown. Later the British prime minister left.",
			want: []triple{{"Tony Blair", "prime_minister_of", "United Kingdom", false}}},
		{text: "French President Jacques Chirac met US President George Bush. The French president spoke.",
			want: []triple{{"Jacques Chirac", "president_of", "France", false}},
			not:  []triple{{"George Bush", "president_of", "France", false}}},
		{text: "All Blacks captain Tana Umaga met Brian O'Driscoll. Umaga said the Irish captain was ready.",
			not: []triple{{"Tana Umaga", "captain_of", "Ireland", false}}},
		// Once one country's government is named, the bare government is
		// that one; with two named, neither.
		{text: "Yukos was started by the Irish government. Noel Dempsey, the government's communications minister, spoke.",
			want: []triple{{"Noel Dempsey", "communications_minister_of", "Ireland", false}}},
		{text: "The Indian government met the Pakistani government. Noel Dempsey, the government's communications minister, spoke.",
			not: []triple{{"Noel Dempsey", "communications_minister_of", "India", false}, {"Noel Dempsey", "communications_minister_of", "Pakistan", false}}},
		// Leaving a role says it was held.
		{text: "Gordon Brown quit as Yukos chairman after Tony Blair spoke.",
			want: []triple{{"Gordon Brown", "chairman_of", "Yukos", false}}},
		{text: "Gordon Brown stepped down as chairman of Yukos.",
			want: []triple{{"Gordon Brown", "chairman_of", "Yukos", false}}},
		{text: "Gordon Brown resigned as Tony Blair spoke at Yukos.",
			not: []triple{{"Gordon Brown", "chairman_of", "Yukos", false}}},
		// A label is another's after a possessive, but names the
		// organisation itself after its name.
		{text: "Eminem will play a night showcasing his label Shady Records in London.",
			want: []triple{{"Shady Records", "label_of", "Eminem", false}}},
		{text: "Signed to the RCA record label, Kasabian released two singles.",
			not: []triple{{"Kasabian", "record_label_of", "RCA", false}}},
	}
	checkCases(t, x, tests)
}
