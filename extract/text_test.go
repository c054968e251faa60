package extract

import (
	"slices"
	"testing"
)

func TestAnalyseKeepsPossessives(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text  string
		words [][]string
	}{
		{"It is Blair's. He said so.", [][]string{{"It", "is", "Blair", "'s", "."}, {"He", "said", "so", "."}}},
		{"St Fintian's, Richard Fogarty, said it.", [][]string{{"St", "Fintian", "'s", ",", "Richard", "Fogarty", ",", "said", "it", "."}}},
		{"Smith\u2019s; then Jones's!", [][]string{{"Smith", "'s", ";", "then", "Jones", "'s", "!"}}},
		{"West German President Richard von\nWeizsaecker met Argentine President Raul Alfonsin for talks on\nthe first day of the German leader's four-day visit to the country.\n    Local officials placed great importance on the meeting today.\n",
			[][]string{
				{"West", "German", "President", "Richard", "von", "Weizsaecker", "met", "Argentine", "President", "Raul", "Alfonsin", "for", "talks", "on", "the", "first", "day", "of", "the", "German", "leader", "'s", "four-day", "visit", "to", "the", "country", "."},
				{"Local", "officials", "placed", "great", "importance", "on", "the", "meeting", "today", "."}}},
		{"It signed with Apple Inc. The deal with Apple Inc. said so.", [][]string{{"It", "signed", "with", "Apple", "Inc", "."}, {"The", "deal", "with", "Apple", "Inc.", "said", "so", "."}}},
		{"UKIP,said the ex-Downing Street aide of 1,000 men.", [][]string{{"UKIP", ",", "said", "the", "ex-", "Downing", "Street", "aide", "of", "1,000", "men", "."}}},
	}
	for _, tt := range tests {
		sents := analyse(x.prose, tt.text)
		var got [][]string
		for _, s := range sents {
			var words []string
			for _, tok := range s.tokens {
				words = append(words, tok.text)
				if tok.end > len(tt.text) || tok.start > tok.end {
					t.Errorf("%q: token %q has span %d-%d", tt.text, tok.text, tok.start, tok.end)
				}
			}
			got = append(got, words)
		}
		if !slices.EqualFunc(got, tt.words, slices.Equal) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.words)
		}
	}
}

func TestBlocks(t *testing.T) {
	text := "Headline Here\n\nFirst para line one\nrunning on. Second sentence.\nNew line sentence.\n\n  Last.  "
	var got []string
	for _, b := range blocks(text) {
		got = append(got, text[b.start:b.end])
	}
	want := []string{"Headline Here", "First para line one\nrunning on. Second sentence.", "New line sentence.", "Last."}
	if len(got) != len(want) {
		t.Fatalf("blocks = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("block %d = %q, want %q", i, got[i], want[i])
		}
	}
}
