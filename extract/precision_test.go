package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPrecision checks patterns that read relations into text which does
// not state them: each case lists relations that must be found and
// relations that must not be.
func TestPrecision(t *testing.T) {
	x, err := extract.NewWithTagger(names)
	if err != nil {
		t.Fatal(err)
	}
	tests := []relationCase{
		{text: "Yukos reached an agreement with Rosneft to sell oil.", want: []triple{{"Yukos", "agree", "Rosneft", false}}, not: []triple{{"Yukos", "reach", "Rosneft", false}}},
		{text: "Yukos announced its sponsorship agreement with Rosneft.", not: []triple{{"Yukos", "announce", "Rosneft", false}}},
		{text: "Yukos entered into a marketing agreement with Rosneft.", not: []triple{{"Yukos", "enter", "Rosneft", false}}},
		{text: "Yukos has ended talks with Rosneft.", want: []triple{{"Yukos", "talk", "Rosneft", false}, {"Yukos", "end", "Rosneft", false}}},
		{text: "Yukos did not extend a financing agreement with Rosneft.", not: []triple{{"Yukos", "agree", "Rosneft", true}, {"Yukos", "extend", "Rosneft", true}}},
		{text: "The Kremlin decided to end the treaty after negotiations between Russia and France failed.", want: []triple{{"Russia", "negotiate", "France", false}}, not: []triple{{"Kremlin", "negotiate", "France", false}, {"Kremlin", "end", "France", false}}},
		{text: "Gordon Brown made his debut against Syria in 2003.", not: []triple{{"Gordon Brown", "make", "Syria", false}}},
		{text: "Gordon Brown would love to win things with Yukos.", not: []triple{{"Gordon Brown", "win", "Yukos", false}}},
		{text: "Gordon Brown ran some good lines against France.", not: []triple{{"Gordon Brown", "run", "France", false}}},
		{text: "Yukos signed a contract with Rosneft to supply oil.", want: []triple{{"Yukos", "sign", "Rosneft", false}}},
		{text: "France has imposed sanctions against Syria.", want: []triple{{"France", "sanction", "Syria", false}}},
		{text: "Yukos filed suit in a Moscow court against Rosneft.", want: []triple{{"Yukos", "sue", "Rosneft", false}}, not: []triple{{"Yukos", "file", "Rosneft", false}}},
		{text: "Tony Blair met for an hour with Jacques Chirac.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}}},
		{text: "Tony Blair discussed the issue with Jacques Chirac.", want: []triple{{"Tony Blair", "discuss", "Jacques Chirac", false}}},
		{text: "Tony Blair lost the opening match against Jacques Chirac.", want: []triple{{"Tony Blair", "lose", "Jacques Chirac", false}}},
		{text: "Tony Blair will hold meetings on April 27 with Jacques Chirac.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}}},
		{text: "The biopic Yukos, starring Tony Blair as Gordon Brown, won.", not: []triple{{"Yukos", "star", "Tony Blair", false}}},
		{text: "Rosneft, directed by Tony Blair, won the prize.", not: []triple{{"Tony Blair", "direct", "Rosneft", false}}},
		{text: "Tony Blair recorded his final album Yukos in Paris.", not: []triple{{"Tony Blair", "record", "Yukos", false}}},
		{text: "Gordon Brown collaborated with Tony Blair, starring in seven films.", want: []triple{{"Gordon Brown", "collaborate", "Tony Blair", false}}},
		{text: "Tony Blair will play Syria on Saturday.", want: []triple{{"Tony Blair", "play", "Syria", false}}},
		{text: "France and Germany have reached broad agreement on a helicopter.", want: []triple{{"France", "agree", "Germany", false}}, not: []triple{{"France", "reach", "Germany", false}}},
		{text: "Yukos had struck an accord with Rosneft.", want: []triple{{"Yukos", "agree", "Rosneft", false}}},
		{text: "Russia said it had achieved important victories against Syria.", want: []triple{{"Russia", "beat", "Syria", false}}},
		{text: "Rosneft, the French unit of Yukos, said it would grow.", not: []triple{{"Rosneft", "unit_of", "France", false}}},
		{text: "Gordon Brown has replaced Tony Blair as chief executive of Yukos.", want: []triple{{"Gordon Brown", "chief_executive_of", "Yukos", false}, {"Tony Blair", "chief_executive_of", "Yukos", false}}},
		{text: "Yukos, according to Tony Blair, has 30%.", not: []triple{{"Yukos", "accord", "Tony Blair", false}}},
		{text: "Rosneft holds 24.9 pct of Yukos.", want: []triple{{"Rosneft", "own", "Yukos", false}}, not: []triple{{"Rosneft", "pct", "Yukos", false}}},
		{text: "Yukos has entered into a joint venture with Rosneft.", want: []triple{{"Yukos", "partner_of", "Rosneft", false}}},
		{text: "Tony Blair arrived at Yukos on Friday.", not: []triple{{"Tony Blair", "arrive", "Yukos", false}}},
		{text: "Tony Blair moved to France in 1999.", not: []triple{{"Tony Blair", "move", "France", false}}},
	}
	checkCases(t, x, tests)

	// Newswire brackets a company's name: "<Ajinomoto Co Inc>". The
	// dictionary tagger does not label a bracketed name, so these cases go
	// through the trained model.
	xm, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	expectRelations(t, xm, "Shandwick Plc said it had agreed to buy the Los Angeles-based <Rogers Inc>.",
		[]triple{{"Shandwick Plc", "buy", "Rogers Inc", false}}, nil)
}
