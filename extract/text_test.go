package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestAnalyseKeepsPossessives(t *testing.T) {
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
		// An abbreviation of four letters keeps its full stop where the
		// sentence goes on, and ends the sentence where it does not.
		{"Norwest Corp., the bank, said Warner Bros. sued Prof. Ann Lee. Norwest Corp. The bank said so.", [][]string{
			{"Norwest", "Corp.", ",", "the", "bank", ",", "said", "Warner", "Bros.", "sued", "Prof.", "Ann", "Lee", "."},
			{"Norwest", "Corp", "."}, {"The", "bank", "said", "so", "."}}},
		{"UKIP,said the ex-Downing Street aide of 1,000 men.", [][]string{{"UKIP", ",", "said", "the", "ex-", "Downing", "Street", "aide", "of", "1,000", "men", "."}}},
	}
	for _, tt := range tests {
		sents := analyse(tt.text)
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
	text := strings.Repeat("Tony Blair met Gordon Brown in London on Monday, and the talks went on ", 500)
	sents := analyse(text)
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

// partsTagger labels every token O and records how many tokens each call
// read.
type partsTagger struct{ calls []int }

func (p *partsTagger) TagDocument(sentences [][]string) [][]string {
	tokens := 0
	labels := make([][]string, len(sentences))
	for i, s := range sentences {
		tokens += len(s)
		labels[i] = make([]string, len(s))
		for j := range s {
			labels[i][j] = "O"
		}
	}
	p.calls = append(p.calls, tokens)
	return labels
}

// TestLongArticleIsTaggedInParts: the entity tagger holds features for
// every token it reads at once, so an article of megabytes is tagged in
// parts of bounded size, and a news article whole.
func TestLongArticleIsTaggedInParts(t *testing.T) {
	for _, tt := range []struct {
		name    string
		repeats int
		calls   int
	}{
		{"news article", 50, 1},
		{"article of megabytes", 30000, 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tagger := &partsTagger{}
			x, err := NewWithTagger(tagger)
			if err != nil {
				t.Fatal(err)
			}
			x.Extract(Document{ID: "long", Text: strings.Repeat("Tony Blair met Gordon Brown in London on Monday.\n\n", tt.repeats)})
			total := 0
			for _, n := range tagger.calls {
				total += n
				if n > maxTaggedTokens {
					t.Errorf("the tagger read %d tokens at once, more than %d", n, maxTaggedTokens)
				}
			}
			if len(tagger.calls) != tt.calls || total != 10*tt.repeats {
				t.Errorf("the tagger read %v tokens, want %d tokens in %d calls", tagger.calls, 10*tt.repeats, tt.calls)
			}
		})
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
