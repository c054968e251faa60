package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/internal/newstext"
)

// evidence is what kg's corpora and model say of the names of companies.
type evidence struct {
	// lower and capital count, by phrase in lower case, its occurrences
	// written in lower case, and those written with a capital away from
	// the start of a sentence.
	lower, capital map[string]int
	// afterGiven counts, by phrase in lower case, its occurrences with a
	// capital right after a given name ("Diane Abbott").
	afterGiven map[string]int
	// tagged counts, by word in lower case, the CoNLL-2003 training
	// words tagged inside a person's, an organisation's, a place's and
	// another kind of name.
	tagged map[string]*tagCounts
	// givenNames are the words that begin at least two names of people
	// of two words or more in the CoNLL-2003 training data.
	givenNames map[string]bool
	// prior is the NER model's lexicon prior of a word.
	prior func(word string) (ner.Prior, bool)
}

type tagCounts struct{ person, organisation, place, other int }

// newEvidence makes evidence with nothing counted.
func newEvidence(prior func(string) (ner.Prior, bool)) *evidence {
	return &evidence{
		lower: map[string]int{}, capital: map[string]int{}, afterGiven: map[string]int{},
		tagged: map[string]*tagCounts{}, givenNames: map[string]bool{}, prior: prior,
	}
}

// phraseCounter counts the occurrences of a fixed set of phrases.
type phraseCounter struct {
	byFirst map[string][][]string // phrases as their lower-case words, by the first
	ev      *evidence
}

func newPhraseCounter(phrases []string, ev *evidence) *phraseCounter {
	c := &phraseCounter{byFirst: map[string][][]string{}, ev: ev}
	for _, phrase := range phrases {
		words, _ := tokenise(strings.ToLower(phrase))
		if len(words) > 0 && !slices.ContainsFunc(c.byFirst[words[0]], func(w []string) bool { return slices.Equal(w, words) }) {
			c.byFirst[words[0]] = append(c.byFirst[words[0]], words)
		}
	}
	return c
}

// count adds the phrases' occurrences among words, which starts marks
// where sentences begin.
func (c *phraseCounter) count(words []string, starts []bool) {
	for i, word := range words {
		for _, phrase := range c.byFirst[strings.ToLower(word)] {
			if i+len(phrase) > len(words) || !matches(words[i:i+len(phrase)], phrase) {
				continue
			}
			key := strings.Join(phrase, " ")
			occurrence := strings.Join(words[i:i+len(phrase)], " ")
			switch {
			case occurrence == key:
				c.ev.lower[key]++
			case !starts[i] && unicode.IsUpper(firstRune(word)):
				c.ev.capital[key]++
			}
			if i > 0 && c.ev.givenNames[words[i-1]] && unicode.IsUpper(firstRune(word)) {
				c.ev.afterGiven[key]++
			}
		}
	}
}

func matches(words, phrase []string) bool {
	for i, word := range words {
		if strings.ToLower(word) != phrase[i] {
			return false
		}
	}
	return true
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// countBBC counts the phrases in the BBC News articles under dir.
func (c *phraseCounter) countBBC(dir string) error {
	texts, err := newstext.BBC(dir)
	if err != nil {
		return err
	}
	for _, text := range texts {
		c.count(tokenise(text))
	}
	return nil
}

// countReuters counts the phrases in the story bodies of the
// Reuters-21578 SGML files in dir.
func (c *phraseCounter) countReuters(dir string) error {
	bodies, err := newstext.Reuters(dir)
	if err != nil {
		return err
	}
	if len(bodies) == 0 {
		return fmt.Errorf("no Reuters-21578 stories in %s", dir)
	}
	for _, body := range bodies {
		c.count(tokenise(body))
	}
	return nil
}

// countCoNLL counts the phrases in a CoNLL-2003 file, the tags its words
// are given, and the given names it shows. Count it first: the other
// corpora are counted with its given names.
func (c *phraseCounter) countCoNLL(path string) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	docs, err := ner.ReadCoNLL(bufio.NewReader(file))
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	begins := map[string]int{}
	for _, doc := range docs {
		for _, sentence := range doc {
			for i, token := range sentence[:max(len(sentence)-1, 0)] {
				if token.Label == "B-PER" && sentence[i+1].Label == "I-PER" {
					begins[token.Word]++
				}
			}
		}
	}
	for word, n := range begins {
		if n >= 2 {
			c.ev.givenNames[word] = true
		}
	}
	for _, doc := range docs {
		for _, sentence := range doc {
			words := make([]string, len(sentence))
			starts := make([]bool, len(sentence))
			for i, token := range sentence {
				words[i], starts[i] = token.Word, i == 0
				c.ev.tag(token.Word, token.Label)
			}
			c.count(words, starts)
		}
	}
	return nil
}

func (ev *evidence) tag(word, label string) {
	counts := ev.tagged[strings.ToLower(word)]
	if counts == nil {
		counts = &tagCounts{}
		ev.tagged[strings.ToLower(word)] = counts
	}
	_, typ, _ := strings.Cut(label, "-")
	switch typ {
	case "PER":
		counts.person++
	case "ORG":
		counts.organisation++
	case "LOC":
		counts.place++
	case "MISC":
		counts.other++
	}
}
