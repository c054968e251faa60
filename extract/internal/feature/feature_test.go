package feature

import (
	"strings"
	"testing"
)

func TestShape(t *testing.T) {
	tests := []struct {
		a, b      string
		caseBlind bool
		same      bool
	}{
		{"Putin", "Macron", false, true},
		{"Putin", "PUTIN", false, false},
		{"Putin", "PUTIN", true, true},
		{"U.S.", "U.N.", false, true},
		{"U.S.", "US", false, false},
		{"1996-08-30", "1-2-3", false, true},
		{"1996-08-30", "12-1", false, false},
		{"McDonald", "Donald", false, false},
		{"iPhone", "Iphone", false, false},
		{"Zürich", "Berlin", false, true},
		{"was", "is", false, true},
		{"ÉLYSÉE", "PARIS", false, true},
	}
	for _, test := range tests {
		same := Shape(test.a, test.caseBlind) == Shape(test.b, test.caseBlind)
		if same != test.same {
			t.Errorf("Shape(%q) == Shape(%q) (case blind %v) is %v, want %v", test.a, test.b, test.caseBlind, same, test.same)
		}
	}
}

func TestLower(t *testing.T) {
	for _, word := range []string{"Putin", "ZÜRICH", "U.S.", "", "straße", "ΑΘΗΝΑ"} {
		if Lower(word) != String(strings.ToLower(word)) {
			t.Errorf("Lower(%q) differs from the hash of its lowercase form", word)
		}
	}
}

func TestAffixes(t *testing.T) {
	var whole, short [8]uint64
	Affixes("Moscow", &whole)
	Affixes("MOS", &short)
	if whole[2] != short[2] {
		t.Error("3-rune prefix of Moscow and MOS differ")
	}
	if short[3] != 0 || short[7] != 0 {
		t.Error("a 3-rune word has 4-rune affixes")
	}
	var other [8]uint64
	Affixes("Glasgow", &other)
	if whole[4+1] != other[4+1] || whole[4+3] == other[4+3] {
		t.Error("suffixes of Moscow and Glasgow: want -ow equal, -scow and -sgow different")
	}
}
