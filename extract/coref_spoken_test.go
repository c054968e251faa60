package extract_test

import "testing"

// TestSpokenFor checks "we" in a quotation a person speaks standing for
// the organisation the person holds a role in.
func TestSpokenFor(t *testing.T) {
	checkConstruction(t, []constructionCase{
		{
			name: "title before the speaker, said after",
			text: "\"We will buy Verizon,\" Vodafone chief executive Tony Blair said.",
			want: []triple{{"Vodafone", "buy", "Verizon", false}},
		},
		{
			name: "speaker after the quotation, parsed as the quoted verb's object",
			text: "\"We will buy Unilever,\" Siemens chief executive Gordon Brown told reporters.",
			want: []triple{{"Siemens", "buy", "Unilever", false}},
			not:  []triple{{"Siemens", "buy", "Gordon Brown", false}, {"Siemens", "buy", "Siemens", false}},
		},
		{
			name: "speaker and title after said",
			text: "\"We will buy Verizon,\" said Tony Blair, the chief executive of Vodafone.",
			want: []triple{{"Vodafone", "buy", "Verizon", false}},
		},
		{
			name: "a speaker with roles in two organisations",
			text: "\"We will buy Verizon,\" said Tony Blair, the chief executive of Vodafone and chairman of Siemens.",
			not:  []triple{{"Vodafone", "buy", "Verizon", false}, {"Siemens", "buy", "Verizon", false}},
		},
	})
}
