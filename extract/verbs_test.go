package extract_test

import (
	"slices"
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
	tests := []struct {
		text      string
		want, not []triple
	}{
		{text: "Rosneft is to pay Yukos 1.5bn euros.", want: []triple{{"Rosneft", "pay", "Yukos", false}}},
		{text: "Rosneft tried at least twice to buy Yukos.", want: []triple{{"Rosneft", "buy", "Yukos", false}}},
		{text: "Rosneft agreed not to buy Yukos.", want: []triple{{"Rosneft", "buy", "Yukos", true}}},
		{text: "Tony Blair and Jacques Chirac agreed to establish a body.", want: []triple{{"Tony Blair", "agree", "Jacques Chirac", false}}},
		{text: "French banking giant Yukos sold Rosneft.", not: []triple{{"France", "bank", "Yukos", false}}},
		{text: "Labour hit back, with Gordon Brown accusing Tony Blair of lying.", want: []triple{{"Gordon Brown", "accuse", "Tony Blair", false}}},
	}
	for _, tt := range tests {
		got := relations(t, x.Extract(extract.Document{ID: "t", Text: tt.text}))
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: no %v among %v", tt.text, w, got)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: unwanted %v", tt.text, n)
			}
		}
	}
}
