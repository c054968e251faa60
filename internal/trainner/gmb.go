package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/ner"
)

// gmbTypes maps the GMB entity types onto CoNLL's. Countries and cities are
// geo; gpe is mostly nationality adjectives, which CoNLL calls MISC, as it
// does events, works and the rest; readGMB reads a gpe proper noun as geo.
// Times are not names.
var gmbTypes = map[string]string{
	"per": "PER",
	"org": "ORG",
	"geo": "LOC",
	"gpe": "MISC",
	"art": "MISC",
	"eve": "MISC",
	"nat": "MISC",
	"tim": "",
}

// windows1252 gives the characters of the bytes 0x80-0x9f where Windows-1252
// differs from Latin-1; the GMB file is in Windows-1252.
var windows1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8d, 'Ž', 0x8f,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9d, 'ž', 'Ÿ',
}

// decodeWindows1252 turns Windows-1252 bytes into UTF-8 text.
func decodeWindows1252(raw []byte) string {
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/16)
	for _, c := range raw {
		switch {
		case c < utf8.RuneSelf:
			b.WriteByte(c)
		case c >= 0x80 && c < 0xa0:
			b.WriteRune(windows1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// gmbOptions say how the GMB corpus is read.
type gmbOptions struct {
	path         string
	docSentences int             // consecutive sentences grouped into one document
	titles       map[string]bool // words that open a GMB person span but are no part of a CoNLL name
}

// readGMB reads the GMB-derived CSV (sentence marker, word, POS, tag) and
// relabels it as CoNLL-2003 would: types mapped by gmbTypes and titles cut
// from the front of person spans. The file keeps the sentences of a story
// together but not the story boundaries, so runs of docSentences sentences
// stand for documents. The last sentence is dropped: the file is cut off in
// its middle.
func readGMB(opts gmbOptions) ([][][]ner.Token, error) {
	raw, err := os.ReadFile(opts.path)
	if err != nil {
		return nil, fmt.Errorf("trainner: %w", err)
	}
	return parseGMB(raw, opts)
}

// parseGMB reads the GMB CSV in raw as readGMB does; opts.path names it in
// errors.
func parseGMB(raw []byte, opts gmbOptions) ([][][]ner.Token, error) {
	records := csv.NewReader(strings.NewReader(decodeWindows1252(raw)))
	records.FieldsPerRecord = 4
	records.ReuseRecord = true
	if _, err := records.Read(); err != nil {
		return nil, fmt.Errorf("trainner: %s: header: %w", opts.path, err)
	}
	var sentences [][]ner.Token
	var sentence []ner.Token
	var kinds []string // the GMB type of each token of sentence, "" outside names
	end := func() {
		if len(sentence) > 0 {
			sentences = append(sentences, conllLabels(sentence, kinds, opts.titles))
		}
		sentence, kinds = nil, nil
	}
	for {
		record, err := records.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("trainner: %s: %w", opts.path, err)
		}
		if record[0] != "" {
			end()
		}
		prefix, kind, _ := strings.Cut(record[3], "-")
		if _, ok := gmbTypes[kind]; !ok && record[3] != "O" {
			line, _ := records.FieldPos(3)
			return nil, fmt.Errorf("trainner: %s:%d: %w %q", opts.path, line, ner.ErrUnknownLabel, record[3])
		}
		if kind == "gpe" && record[2] == "NNP" {
			// A country as actor ("Iran said"), a place to CoNLL.
			kind = "geo"
		}
		if prefix == "B" || (prefix == "I" && (len(kinds) == 0 || kinds[len(kinds)-1] == "")) {
			kind = "B-" + kind
		}
		sentence = append(sentence, ner.Token{Word: record[1]})
		kinds = append(kinds, kind)
	}
	end()
	var docs [][][]ner.Token
	for start := 0; start < len(sentences)-1; start += opts.docSentences {
		docs = append(docs, sentences[start:min(start+opts.docSentences, len(sentences)-1)])
	}
	return docs, nil
}

// conllLabels sets the IOB2 labels of a GMB sentence. kinds holds each
// token's GMB type, prefixed with "B-" where a name starts.
func conllLabels(sentence []ner.Token, kinds []string, titles map[string]bool) []ner.Token {
	insideTitle := false // at the front of a person span, still reading titles
	previous := ""
	for i := range sentence {
		kind, starts := strings.CutPrefix(kinds[i], "B-")
		conll := gmbTypes[kind]
		if starts {
			insideTitle = kind == "per"
		}
		if insideTitle && conll == "PER" && (titles[sentence[i].Word] || !startsUpper(sentence[i].Word)) {
			conll = ""
		} else {
			insideTitle = false
		}
		switch {
		case conll == "":
			sentence[i].Label = "O"
		case starts || previous != conll:
			sentence[i].Label = "B-" + conll
		default:
			sentence[i].Label = "I-" + conll
		}
		previous = conll
	}
	return sentence
}

func startsUpper(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}

// titleWords finds the titles of people in CoNLL-2003 training text: the
// capitalised words that stand, labelled O, just before a person's name
// ("President", "Foreign", "Minister" in "Foreign Minister Yevgeny
// Primakov") more often than inside one.
func titleWords(docs [][][]ner.Token) map[string]bool {
	before := make(map[string]int)
	inside := make(map[string]int)
	for _, doc := range docs {
		for _, sentence := range doc {
			for i, token := range sentence {
				if token.Label != "B-PER" {
					if token.Label == "I-PER" {
						inside[token.Word]++
					}
					continue
				}
				inside[token.Word]++
				for j := i - 1; j >= 0 && sentence[j].Label == "O" && startsUpper(sentence[j].Word); j-- {
					before[sentence[j].Word]++
				}
			}
		}
	}
	titles := make(map[string]bool)
	for word, n := range before {
		if n >= 2 && n > inside[word] {
			titles[word] = true
			// GMB writes abbreviated titles with their full stop.
			if utf8.RuneCountInString(word) <= 4 && !strings.HasSuffix(word, ".") {
				titles[word+"."] = true
			}
		}
	}
	return titles
}

// lexiconPriors counts, for each word written with a capital inside a
// sentence, the types the documents label it with, and keeps the words
// seen at least minCount times so: what the corpus says a capitalised word
// names.
func lexiconPriors(docs [][][]ner.Token, minCount int) map[string]ner.Prior {
	counts := make(map[string]map[string]int)
	for _, doc := range docs {
		for _, sentence := range doc {
			for i, token := range sentence {
				if i == 0 || !startsUpper(token.Word) {
					continue
				}
				word := strings.ToLower(token.Word)
				if counts[word] == nil {
					counts[word] = make(map[string]int)
				}
				_, kind, found := strings.Cut(token.Label, "-")
				if !found {
					kind = "O"
				}
				counts[word][kind]++
			}
		}
	}
	priors := make(map[string]ner.Prior)
	for word, kinds := range counts {
		total, best, majority := 0, 0, ""
		for kind, n := range kinds {
			total += n
			if n > best || (n == best && kind < majority) {
				best, majority = n, kind
			}
		}
		if total >= minCount {
			priors[word] = ner.Prior{Type: majority, Share: float64(best) / float64(total)}
		}
	}
	return priors
}
