package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/ner"
)

func TestDecodeWindows1252(t *testing.T) {
	tests := []struct {
		raw  []byte
		want string
	}{
		{[]byte("plain"), "plain"},
		{[]byte{'a', 0x92, 's'}, "a’s"},
		{[]byte{0x85, ' ', 0xe9, 't', 0xe9}, "… été"},
		{[]byte{0x80, 0x9f}, "€Ÿ"},
	}
	for _, test := range tests {
		if got := decodeWindows1252(test.raw); got != test.want {
			t.Errorf("decodeWindows1252(%q) = %q, want %q", test.raw, got, test.want)
		}
	}
}

// labelled renders a sentence as word/label pairs, leaving O out.
func labelled(sentence []ner.Token) string {
	var words []string
	for _, token := range sentence {
		if token.Label == "O" {
			words = append(words, token.Word)
		} else {
			words = append(words, token.Word+"/"+token.Label)
		}
	}
	return strings.Join(words, " ")
}

func TestReadGMB(t *testing.T) {
	csv := "Sentence #,Word,POS,Tag\r\n" +
		"Sentence: 1,President,NNP,B-per\r\n,Vladimir,NNP,I-per\r\n,Putin,NNP,I-per\r\n,met,VBD,O\r\n" +
		",British,JJ,B-gpe\r\n,officials,NNS,O\r\n,on,IN,O\r\n,Monday,NNP,B-tim\r\n,.,.,O\r\n" +
		"Sentence: 2,Iran,NNP,B-gpe\r\n,\"\"\"\",``,O\r\n,Yukos,NNP,I-org\r\n,\",\",\",\",O\r\n,Mr.,NNP,B-per\r\n,Blair,NNP,I-per\r\n,said,VBD,O\r\n" +
		"Sentence: 3,The,DT,O\r\n,World,NNP,B-eve\r\n,Cup,NNP,I-eve\r\n,in,IN,O\r\n,Berlin,NNP,B-geo\r\n" +
		"Sentence: 4,Caf\xe9,NNP,B-org\r\n,President,NNP,B-per\r\n" +
		"Sentence: 5,cut,VBD,O\r\n"
	path := filepath.Join(t.TempDir(), "gmb.csv")
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	titles := map[string]bool{"President": true, "Mr.": true}
	docs, err := readGMB(gmbOptions{path: path, docSentences: 2, titles: titles})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{
			"President Vladimir/B-PER Putin/I-PER met British/B-MISC officials on Monday .",
			`Iran/B-LOC " Yukos/B-ORG , Mr. Blair/B-PER said`,
		},
		{
			"The World/B-MISC Cup/I-MISC in Berlin/B-LOC",
			"Café/B-ORG President",
		},
	}
	if len(docs) != len(want) {
		t.Fatalf("got %d documents, want %d (the cut-off last sentence dropped)", len(docs), len(want))
	}
	for d, doc := range docs {
		if len(doc) != len(want[d]) {
			t.Fatalf("document %d: got %d sentences, want %d", d, len(doc), len(want[d]))
		}
		for s, sentence := range doc {
			if got := labelled(sentence); got != want[d][s] {
				t.Errorf("document %d sentence %d:\n got %s\nwant %s", d, s, got, want[d][s])
			}
		}
	}
}

func TestReadGMBErrors(t *testing.T) {
	tests := []struct {
		name, csv string
	}{
		{"unknown tag", "Sentence #,Word,POS,Tag\nSentence: 1,Putin,NNP,B-xyz\n"},
		{"short row", "Sentence #,Word,POS,Tag\nSentence: 1,Putin,NNP\n"},
		{"empty", ""},
	}
	for _, test := range tests {
		path := filepath.Join(t.TempDir(), "gmb.csv")
		if err := os.WriteFile(path, []byte(test.csv), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := readGMB(gmbOptions{path: path, docSentences: 10}); err == nil {
			t.Errorf("%s: no error", test.name)
		}
	}
}

func TestTitleWords(t *testing.T) {
	sentence := func(text string) []ner.Token {
		var tokens []ner.Token
		for _, field := range strings.Fields(text) {
			word, label, found := strings.Cut(field, "/")
			if !found {
				label = "O"
			}
			tokens = append(tokens, ner.Token{Word: word, Label: label})
		}
		return tokens
	}
	docs := [][][]ner.Token{{
		sentence("Foreign Minister Yevgeny/B-PER Primakov/I-PER said"),
		sentence("the Foreign Minister Ivan/B-PER Ivanov/I-PER said"),
		sentence("Mr Smith/B-PER and Mr Jones/B-PER left"),
		sentence("Paris/B-LOC and Smith/B-PER met"),
		sentence("Paris/B-LOC and Smith/B-PER met"),
		sentence("Hilton/B-PER Paris/I-PER Paris/I-PER Paris/I-PER left"),
	}}
	titles := titleWords(docs)
	for _, word := range []string{"Foreign", "Minister", "Mr", "Mr."} {
		if !titles[word] {
			t.Errorf("%s is not a title", word)
		}
	}
	for _, word := range []string{"the", "and", "Smith", "Paris", "Primakov"} {
		if titles[word] {
			t.Errorf("%s is a title", word)
		}
	}
}

func TestLexiconPriors(t *testing.T) {
	tokens := func(text string) []ner.Token {
		var sentence []ner.Token
		for _, field := range strings.Fields(text) {
			word, label, found := strings.Cut(field, "/")
			if !found {
				label = "O"
			}
			sentence = append(sentence, ner.Token{Word: word, Label: label})
		}
		return sentence
	}
	docs := [][][]ner.Token{{
		tokens("Yukos said Yukos/B-ORG shares in Yukos/B-ORG fell"),
		tokens("shares of Yukos/B-ORG and Apple/B-ORG rose"),
		tokens("an apple and an Apple/B-ORG Corp/I-ORG deal in May"),
		tokens("an Apple/I-ORG deal"),
		tokens("in May , Smith/B-PER met May/B-PER"),
		tokens("rare Zork/B-LOC"),
	}}
	priors := lexiconPriors(docs, 2)
	want := map[string]ner.Prior{
		"yukos": {Type: "ORG", Share: 1},
		"apple": {Type: "ORG", Share: 1},
		"may":   {Type: "O", Share: 2.0 / 3},
	}
	if len(priors) != len(want) {
		t.Errorf("got %d priors %v, want %d", len(priors), priors, len(want))
	}
	for word, prior := range want {
		if priors[word] != prior {
			t.Errorf("%s: got %+v, want %+v", word, priors[word], prior)
		}
	}
}

func FuzzParseGMB(f *testing.F) {
	f.Add([]byte("Sentence #,Word,POS,Tag\r\nSentence: 1,Mr.,NNP,B-per\r\n,Putin,NNP,I-per\r\n,of,IN,O\r\n,Iran,NNP,I-gpe\r\nSentence: 2,x,NN,O\r\n"))
	f.Add([]byte("Sentence #,Word,POS,Tag\n,\"a,b\",NN,I-org\n,\x92,NN,B-art\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		docs, err := parseGMB(raw, gmbOptions{path: "fuzz.csv", docSentences: 3, titles: map[string]bool{"Mr.": true}})
		if err != nil {
			return
		}
		for _, doc := range docs {
			if len(doc) == 0 || len(doc) > 3 {
				t.Fatalf("document of %d sentences", len(doc))
			}
			for _, sentence := range doc {
				previous := "O"
				for _, token := range sentence {
					prefix, kind, _ := strings.Cut(token.Label, "-")
					switch {
					case token.Label == "O":
					case prefix == "B" && kind != "":
					case prefix == "I" && strings.TrimPrefix(previous, "B-") != kind && strings.TrimPrefix(previous, "I-") != kind:
						t.Fatalf("%s after %s in %v", token.Label, previous, sentence)
					case prefix != "I":
						t.Fatalf("label %q", token.Label)
					}
					if !utf8.ValidString(token.Word) {
						t.Fatalf("word %q is not UTF-8", token.Word)
					}
					previous = token.Label
				}
			}
		}
	})
}
