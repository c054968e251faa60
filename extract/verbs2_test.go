package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestVerbRelations2 checks verb and noun relations: each case lists
// relations that must be found and relations that must not be.
func TestVerbRelations2(t *testing.T) {
	x, err := extract.NewWithTagger(names)
	if err != nil {
		t.Fatal(err)
	}
	tests := []relationCase{
		{text: "Russia battled Syria.", want: []triple{{"Russia", "battle", "Syria", false}}},
		{text: "Russia downgraded Syria.", want: []triple{{"Russia", "downgrade", "Syria", false}}},
		{text: "Russia has recalled France.", want: []triple{{"Russia", "recall", "France", false}}},
		{text: "Russia is suing Syria.", want: []triple{{"Russia", "sue", "Syria", false}}},
		{text: "Russia undervalued Syria.", want: []triple{{"Russia", "undervalue", "Syria", false}}},
		{text: "Yukos was forced to sell Rosneft.", want: []triple{{"Yukos", "sell", "Rosneft", false}}},
		{text: "Tony Blair is expected to meet Jacques Chirac on Monday.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}}},
		{text: "Tony Blair is due to take part in talks with Jacques Chirac.", want: []triple{{"Tony Blair", "talk", "Jacques Chirac", false}}},
		{text: "Tony Blair is said to have already held talks with Jacques Chirac.", want: []triple{{"Tony Blair", "talk", "Jacques Chirac", false}}},
		{text: "Yukos is expected to be bought by Rosneft.", want: []triple{{"Rosneft", "buy", "Yukos", false}}},
		{text: "Gordon Brown resigned as chairman of Yukos.", want: []triple{{"Gordon Brown", "resign", "Yukos", false}, {"Gordon Brown", "chairman_of", "Yukos", false}}},
		{text: "Yukos chairman Gordon Brown resigned in January.", want: []triple{{"Gordon Brown", "resign", "Yukos", false}}},
		{text: "Tony Blair will not step down as Labour leader.", want: []triple{{"Tony Blair", "step_down", "Labour Party", true}}},
		{text: "Gordon Brown resigned in January.", not: []triple{{"Gordon Brown", "resign", "Yukos", false}}},
		{text: "It prompted the resignation of Yukos chairman Gordon Brown, director-general Tony Blair and reporter Jacques Chirac.", want: []triple{
			{"Gordon Brown", "resign", "Yukos", false}, {"Tony Blair", "resign", "Yukos", false}, {"Jacques Chirac", "resign", "Yukos", false}}},
		{text: "It prompted the resignation of Gordon Brown and Tony Blair.", not: []triple{{"Gordon Brown", "resign", "Tony Blair", false}}},
		{text: "Tony Blair is chairman of Rosneft, which owns Yukos.", want: []triple{{"Rosneft", "own", "Yukos", false}}},
		{text: "Tony Blair runs Yukos, which he founded with Gordon Brown in 1995.", want: []triple{{"Tony Blair", "found", "Yukos", false}, {"Gordon Brown", "found", "Yukos", false}}},
		{text: "Gordon Brown mocked Rosneft, which Tony Blair calls \"a joke\".", not: []triple{{"Tony Blair", "call", "Rosneft", false}}},
		{text: "After leaving Yukos, Tony Blair founded another company called Rosneft.", want: []triple{{"Tony Blair", "found", "Rosneft", false}, {"Tony Blair", "leave", "Yukos", false}}},
		{text: "Tony Blair bought a firm named Rosneft.", want: []triple{{"Tony Blair", "buy", "Rosneft", false}}},
		{text: "Tony Blair fended off a challenge from Gordon Brown.", want: []triple{{"Tony Blair", "fend_off", "Gordon Brown", false}}},
		{text: "Tony Blair received a letter from Gordon Brown.", not: []triple{{"Tony Blair", "receive", "Gordon Brown", false}}},
		{text: "Rosneft bought 20 per cent of Yukos.", want: []triple{{"Rosneft", "buy", "Yukos", false}}},
		{text: "The Kremlin will start monitoring Yukos and Rosneft.", want: []triple{{"Kremlin", "monitor", "Yukos", false}, {"Kremlin", "monitor", "Rosneft", false}}, not: []triple{{"Kremlin", "start", "Yukos", false}}},
		{text: "Rosneft might consider selling Yukos.", want: []triple{{"Rosneft", "sell", "Yukos", false}}},
		{text: "Tony Blair met Jacques Chirac in Paris, but did not meet Gordon Brown.", want: []triple{{"Tony Blair", "meet", "Jacques Chirac", false}, {"Tony Blair", "meet", "Gordon Brown", true}}},
		{text: "Yukos was bought by Rosneft and Russia has said it will split it.", not: []triple{{"Yukos", "say", "Russia", false}}},
		{text: "Rosneft defeated firms including Yukos and the Kremlin.", want: []triple{{"Rosneft", "defeat", "Yukos", false}, {"Rosneft", "defeat", "Kremlin", false}}},
		{text: "Rosneft has bought oil fields in countries including Syria and France.", not: []triple{{"Rosneft", "buy", "Syria", false}}},
		{text: "Gordon Brown accused a Yukos spokesman of lying.", not: []triple{{"Gordon Brown", "accuse", "Yukos", false}}},
		{text: "Gordon Brown accused Yukos spokesman Tony Blair of lying.", want: []triple{{"Gordon Brown", "accuse", "Tony Blair", false}}},
		{text: "His wife is said to have praised the Kremlin for overruling Yukos.", want: []triple{{"Kremlin", "overrule", "Yukos", false}}},
		{text: "Tony Blair thanked Gordon Brown for supporting Jacques Chirac.", want: []triple{{"Gordon Brown", "support", "Jacques Chirac", false}}},
		{text: "But Gordon Brown's case has been backed by Tony Blair.", want: []triple{{"Tony Blair", "back", "Gordon Brown", false}}},
		{text: "Gordon Brown's house has been bought by Tony Blair.", not: []triple{{"Tony Blair", "buy", "Gordon Brown", false}}},
		{text: "After leaving Yukos, Mr Blair founded Rosneft.", want: []triple{{"Blair", "leave", "Yukos", false}}},
		{text: "According to Yukos, Tony Blair wants a deal.", not: []triple{{"Tony Blair", "accord", "Yukos", false}}},
		{text: "Yukos has appointed Gordon Brown as chairman.", want: []triple{{"Gordon Brown", "chairman_of", "Yukos", false}}},
		{text: "Tony Blair appointed Gordon Brown as chancellor.", not: []triple{{"Gordon Brown", "chancellor_of", "Tony Blair", false}}},
		{text: "Rosneft may boost its stake in Yukos.", want: []triple{{"Rosneft", "stake", "Yukos", false}}, not: []triple{{"Rosneft", "boost", "Yukos", false}}},
		{text: "Rosneft sold its stake in Yukos.", want: []triple{{"Rosneft", "sell", "Yukos", false}}},
		{text: "The Kremlin planned to call their programme Yukos.", not: []triple{{"Kremlin", "call", "Yukos", false}}},
		{text: "Tony Blair has called on former ministers Gordon Brown and Jacques Chirac to help.", want: []triple{{"Tony Blair", "call", "Gordon Brown", false}}},
		{text: "Gordon Brown took charge of Yukos in 1997.", want: []triple{{"Gordon Brown", "take_charge", "Yukos", false}}},
		{text: "Yukos is in talks with Rosneft about an alliance.", want: []triple{{"Yukos", "talk", "Rosneft", false}}},
		{text: "Yukos's shares are in talks with Rosneft.", not: []triple{{"Yukos", "talk", "Rosneft", false}}},
		{text: "Tony Blair met the chairman of Yukos, Rosneft and the Kremlin.", not: []triple{{"Tony Blair", "meet", "Rosneft", false}}},
		{text: "France today protested over Russia's decision to close its ports.", want: []triple{{"France", "protest_over", "Russia", false}}},
		{text: "Mr Brown will nominally serve as Mr Blair's deputy.", want: []triple{{"Brown", "deputy_of", "Blair", false}}},
		{text: "Gordon Brown will act as executive producer for Yukos.", want: []triple{{"Gordon Brown", "executive_producer_of", "Yukos", false}}},
		{text: "Yukos is to stop making engines for Rosneft.", not: []triple{{"Yukos", "make", "Rosneft", false}}},
		{text: "Rosneft <RSN.MM> has sold Yukos.", want: []triple{{"Rosneft", "sell", "Yukos", false}}},
		{text: "Yukos is one of the companies that Rosneft bought.", not: []triple{{"Yukos", "buy", "Rosneft", false}}},
		{text: "Tony Blair was married to actress Gordon Brown.", not: []triple{{"Tony Blair", "actress", "Gordon Brown", false}}},
	}
	checkCases(t, x, tests)
}
