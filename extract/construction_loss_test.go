package extract_test

import "testing"

func TestConstructionLoss(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{name: "lose to", text: "Gordon Brown lost to Tony Blair in the final.", want: []triple{{"Tony Blair", "beat", "Gordon Brown", false}}},
		{name: "finish second to", text: "Gordon Brown could only finish second to Tony Blair.", want: []triple{{"Tony Blair", "beat", "Gordon Brown", false}}},
		{name: "finish behind", text: "Gordon Brown finished behind Tony Blair in Paris.", want: []triple{{"Tony Blair", "beat", "Gordon Brown", false}}},
		{name: "defeat at the hands of", text: "It was Arsenal's second defeat at the hands of Barcelona.", want: []triple{{"Barcelona", "beat", "Arsenal", false}}, not: []triple{{"Arsenal", "defeat", "Barcelona", false}}},
		{name: "loss to", text: "Arsenal suffered a surprise loss to Barcelona on Sunday.", want: []triple{{"Barcelona", "beat", "Arsenal", false}}},
		{name: "defeat to", text: "Arsenal's defeat to Barcelona ended the run.", want: []triple{{"Barcelona", "beat", "Arsenal", false}}, not: []triple{{"Arsenal", "defeat", "Barcelona", false}}},
		{name: "did not lose to", text: "Arsenal did not lose to Barcelona.", want: []triple{{"Barcelona", "beat", "Arsenal", true}}},
		{name: "lose to a described winner", text: "Gordon Brown lost to defending champion Tony Blair.", want: []triple{{"Tony Blair", "beat", "Gordon Brown", false}}, not: []triple{{"Gordon Brown", "defend", "Tony Blair", false}}},
		{name: "lose in a place", text: "Arsenal lost in Paris.", not: []triple{{"Paris", "beat", "Arsenal", false}}},
	})
}
