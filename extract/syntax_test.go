package extract

import "testing"

func TestSpanHeadIsTheNamesSyntacticHead(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Russian President Vladimir Putin met French President Emmanuel Macron."
	sents := analyse(text)
	if len(sents) != 1 {
		t.Fatalf("%d sentences, want 1", len(sents))
	}
	s := &sents[0]
	parseSentence(x.parser, s)
	if len(s.words) != len(s.tokens) {
		t.Fatalf("%d words for %d tokens", len(s.words), len(s.tokens))
	}
	at := func(word string) int {
		for i, tok := range s.tokens {
			if tok.text == word {
				return i
			}
		}
		t.Fatalf("no token %q", word)
		return -1
	}
	// A name is flat in Universal Dependencies: its first word heads it.
	vladimir, met := at("Vladimir"), at("met")
	if h := s.spanHead(vladimir, at("Putin")+1); h != vladimir || s.head(h) != met {
		t.Errorf("head of Vladimir Putin: %q, depending on token %d; want Vladimir, on met", s.tokens[h].text, s.head(h))
	}
	if h := s.spanHead(at("Emmanuel"), at("Macron")+1); s.tokens[h].text != "Emmanuel" || s.head(h) != met {
		t.Errorf("head of Emmanuel Macron: %q, depending on token %d; want Emmanuel, on met", s.tokens[h].text, s.head(h))
	}
	if s.head(met) != -1 || s.depth(met) != 0 || s.depth(at("Putin")) != 2 {
		t.Errorf("met depends on %d at depth %d, Putin at depth %d; want the root, 0 and 2", s.head(met), s.depth(met), s.depth(at("Putin")))
	}
}
