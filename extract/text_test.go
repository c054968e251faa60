package extract

import (
	"slices"
	"strings"
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

// TestOneLineArticleIsCutIntoBoundedSentences: an article on one line
// with no full stop is one sentence to the segmenter; every step after it
// reads a sentence whole, so it must come in bounded pieces, with no word
// lost.
func TestOneLineArticleIsCutIntoBoundedSentences(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("Tony Blair met Gordon Brown in London on Monday, and the talks went on ", 500)
	sents := analyse(x.prose, text)
	if len(sents) < 2 {
		t.Fatalf("%d bytes without a full stop gave %d sentence", len(text), len(sents))
	}
	words := 0
	for i, s := range sents {
		if len(s.tokens) > maxSentenceTokens {
			t.Errorf("sentence %d has %d tokens, more than %d", i, len(s.tokens), maxSentenceTokens)
		}
		if s.start != s.tokens[0].start || s.end != s.tokens[len(s.tokens)-1].end {
			t.Errorf("sentence %d spans %d-%d, its tokens %d-%d", i, s.start, s.end, s.tokens[0].start, s.tokens[len(s.tokens)-1].end)
		}
		words += len(s.tokens)
	}
	if want := len(strings.Fields(strings.ReplaceAll(text, ",", " ,"))); words != want {
		t.Errorf("the sentences hold %d tokens, the text %d", words, want)
	}
}
