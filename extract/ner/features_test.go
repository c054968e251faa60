package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestCaseClass(t *testing.T) {
	tests := map[string]uint8{
		"Putin": caseTitle, "putin": caseLower, "PUTIN": caseUpper, "U.S.": caseUpper,
		"1996": caseNone, ",": caseNone, "McDonald": caseTitle, "eBay": caseLower, "Ölund": caseTitle, "A": caseUpper,
	}
	for word, want := range tests {
		if got := caseClass(word); got != want {
			t.Errorf("caseClass(%q) = %d, want %d", word, got, want)
		}
	}
}

func TestIsHeadline(t *testing.T) {
	tests := []struct {
		sentence string
		first    bool
		want     bool
	}{
		{"SOCCER - JAPAN GET LUCKY WIN .", false, true},
		{"SOCCER - JAPAN GET LUCKY WIN .", true, true},
		{"Putin And Macron Meet At Versailles", true, true},
		{"Putin and Macron Meet at the Palace of Versailles", true, true},
		{"Putin And Macron Meet At Versailles", false, false},
		{"Putin and Macron meet at Versailles", true, false},
		{"Manchester United 3 Chelsea 1", false, false},
		{"1996-08-30", true, false},
		{"LONDON 1996-08-30", false, true},
	}
	for _, test := range tests {
		if got := isHeadline(strings.Fields(test.sentence), test.first); got != test.want {
			t.Errorf("isHeadline(%q, first=%v) = %v, want %v", test.sentence, test.first, got, test.want)
		}
	}
}

// TestHeadlineCaseBlind checks that a Title Case headline and the same
// headline in capitals give the same features, so that what the model
// learned from CoNLL's ALL CAPS headlines carries over.
func TestHeadlineCaseBlind(t *testing.T) {
	features := func(sentences [][]string) []uint64 {
		var d document
		d.analyse(sentences, nil)
		var keys []uint64
		for p := range sentences[0] {
			keys = d.staticFeatures(keys, p, 0, len(sentences[0]))
		}
		slices.Sort(keys)
		return keys
	}
	title := features([][]string{strings.Fields("Putin Hosts Macron At Versailles")})
	caps := features([][]string{strings.Fields("PUTIN HOSTS MACRON AT VERSAILLES")})
	body := features([][]string{strings.Fields("Putin hosts Macron at Versailles")})
	if !slices.Equal(title, caps) {
		t.Error("Title Case and ALL CAPS headlines have different features")
	}
	if slices.Equal(title, body) {
		t.Error("a headline has the features of body text")
	}
}

func TestOtherCases(t *testing.T) {
	sentences := [][]string{
		strings.Fields("TALKS FAIL IN BRUSSELS"),
		strings.Fields("The talks in Brussels failed ."),
		strings.Fields("Talks resume ."),
	}
	var d document
	d.analyse(sentences, nil)
	tests := []struct {
		position int
		want     uint64
	}{
		{0, 1 << caseLower},  // TALKS: lowercase in the body
		{3, 1 << caseTitle},  // BRUSSELS: capitalised mid-sentence
		{5, 0},               // talks: its own occurrence does not count
		{10, 1 << caseLower}, // Talks at the start of a sentence
		{7, 0},               // Brussels: only itself
	}
	for _, test := range tests {
		if got := d.otherCases(test.position); got != test.want {
			t.Errorf("otherCases(%d) = %b, want %b", test.position, got, test.want)
		}
	}
}

func TestFeatureTable(t *testing.T) {
	keys := []uint64{7, 7 + 16, 7 + 32, 1 << 40, 3}
	table := newFeatureTable(keys)
	for row, key := range keys {
		if got := table.find(key); got != int32(row) {
			t.Errorf("find(%d) = %d, want %d", key, got, row)
		}
	}
	for _, key := range []uint64{8, 7 + 48, 1<<40 + 1} {
		if got := table.find(key); got != -1 {
			t.Errorf("find(%d) = %d for an absent key", key, got)
		}
	}
}
