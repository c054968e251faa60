package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestVerbRelations checks verb and noun relations: each case lists
// relations that must be found and relations that must not be.
func TestVerbRelations(t *testing.T) {
	x, err := extract.NewWithTagger(names)
	if err != nil {
		t.Fatal(err)
	}
	tests := []relationCase{
		{text: "Rosneft is to pay Yukos 1.5bn euros.", want: []triple{{"Rosneft", "pay", "Yukos", false}}},
		{text: "Rosneft tried at least twice to buy Yukos.", want: []triple{{"Rosneft", "buy", "Yukos", false}}},
		{text: "Rosneft agreed not to buy Yukos.", want: []triple{{"Rosneft", "buy", "Yukos", true}}},
		{text: "Tony Blair and Jacques Chirac agreed to establish a body.", want: []triple{{"Tony Blair", "agree", "Jacques Chirac", false}}},
		{text: "French banking giant Yukos sold Rosneft.", not: []triple{{"France", "bank", "Yukos", false}}},
		{text: "Labour hit back, with Gordon Brown accusing Tony Blair of lying.", want: []triple{{"Gordon Brown", "accuse", "Tony Blair", false}}},
		{text: "The clash between Yukos and the Kremlin came to a head.", want: []triple{{"Yukos", "clash", "Kremlin", false}}},
		{text: "There were claims of infighting between Mr Brown and Tony Blair.", want: []triple{{"Brown", "fight", "Tony Blair", false}}},
		{text: "Tony Blair won a court battle with comic book company Yukos.", want: []triple{{"Tony Blair", "battle", "Yukos", false}}},
		{text: "Tony Blair held talks with his French counterpart, Jacques Chirac, and the Russian leader, Vladimir Putin.", want: []triple{{"Tony Blair", "talk", "Jacques Chirac", false}, {"Tony Blair", "talk", "Vladimir Putin", false}}},
		{text: "Tony Blair is fit for Saturday's clash with France.", not: []triple{{"Tony Blair", "clash", "France", false}}},
		{text: "Russia ravaged Syria.", want: []triple{{"Russia", "ravage", "Syria", false}}},
		{text: "The winners are Tony Blair of France, Germany's Gordon Brown and Russian leader Vladimir Putin.", not: []triple{{"Tony Blair", "s", "Gordon Brown", false}}},
		{text: "Tony Blair also made a surprise trip to Syria this week.", want: []triple{{"Tony Blair", "visit", "Syria", false}}},
		{text: "Yukos took action against Rosneft.", want: []triple{{"Yukos", "take_action", "Rosneft", false}}},
		{text: "The Kremlin will take no action against Yukos.", want: []triple{{"Kremlin", "take_action", "Yukos", true}}},
		{text: "Tony Blair held talks with his French counterpart Jacques Chirac.", want: []triple{{"Tony Blair", "talk", "Jacques Chirac", false}}},
		{text: "Tony Blair suffered a heavy defeat to Gordon Brown.", not: []triple{{"Tony Blair", "suffer", "Gordon Brown", false}}},
		{text: "Tony Blair won the cup with the Kremlin.", not: []triple{{"Tony Blair", "win", "Kremlin", false}}},
		{text: "Gordon Brown dismissed Yukos's move as insubstantial.", want: []triple{{"Gordon Brown", "dismiss", "Yukos", false}}},
		{text: "The Kremlin said it could not approve Yukos's application.", want: []triple{{"Kremlin", "approve", "Yukos", true}}},
		{text: "Rosneft sold its Yukos insurance arm to the Kremlin.", want: []triple{{"Rosneft", "sell", "Yukos", false}, {"Kremlin", "buy", "Yukos", false}}},
		{text: "The former Yukos subsidiary was acquired by Rosneft.", not: []triple{{"Rosneft", "acquire", "Yukos", false}}},
		{text: "Rosneft sold its Yukos insurance arm to a French investment group.", not: []triple{{"France", "buy", "Yukos", false}}},
		{text: "Volkswagen was sued by Germany's consumer group.", not: []triple{{"Germany", "sue", "Volkswagen", false}}},
		{text: "Russia's government sued Yukos.", want: []triple{{"Russia", "sue", "Yukos", false}}},
		{text: "Tony Blair described Jacques Chirac as a friend.", not: []triple{{"Tony Blair", "describe", "Jacques Chirac", false}}},
		{text: "The Kremlin was examining Yukos.", want: []triple{{"Kremlin", "examine", "Yukos", false}}},
		{text: "Gordon Brown was expelled from the Labour party in 2003.", want: []triple{{"Labour Party", "expel", "Gordon Brown", false}}},
		{text: "Gordon Brown was driven from Paris by night.", not: []triple{{"Paris", "drive", "Gordon Brown", false}}},
		{text: "Tony Blair founded Yukos with Gordon Brown in 1995.", want: []triple{{"Tony Blair", "found", "Yukos", false}}, not: []triple{{"Tony Blair", "found", "Gordon Brown", false}}},
		{text: "Yukos, which he founded with Gordon Brown, grew.", not: []triple{{"Yukos", "found", "Gordon Brown", false}}},
		{text: "Russia denied breaking a pact with France.", want: []triple{{"Russia", "break", "France", true}}},
		{text: "Tony Blair has dismissed reports he told Gordon Brown he would quit.", want: []triple{{"Tony Blair", "tell", "Gordon Brown", true}}},
		{text: "Tony Blair failed to deny claims he told Gordon Brown he would quit.", want: []triple{{"Tony Blair", "tell", "Gordon Brown", false}}},
		{text: "Gordon Brown was axed by Tony Blair.", want: []triple{{"Tony Blair", "axe", "Gordon Brown", false}}},
		{text: "Gordon Brown was given confidence by the impact that Tony Blair had.", not: []triple{{"Tony Blair", "give", "Gordon Brown", false}}},
		{text: "Judge Tony Blair ruled Gordon Brown should get a tenth.", not: []triple{{"Tony Blair", "rule", "Gordon Brown", false}}},
	}
	checkCases(t, x, tests)
}
