package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/internal/newstext"
)

// readBBC returns every article under dir as its lines, tokenised.
func readBBC(dir string) ([][][]string, error) {
	texts, err := newstext.BBC(dir)
	if err != nil {
		return nil, fmt.Errorf("trainner: %w", err)
	}
	return linesOf(texts), nil
}

// readReuters returns every story body of the Reuters-21578 SGML files in
// dir as its lines, tokenised.
func readReuters(dir string) ([][][]string, error) {
	bodies, err := newstext.Reuters(dir)
	if err != nil {
		return nil, fmt.Errorf("trainner: %w", err)
	}
	return linesOf(bodies), nil
}

// linesOf tokenises each text a line at a time.
func linesOf(texts []string) [][][]string {
	docs := make([][][]string, 0, len(texts))
	for _, text := range texts {
		docs = append(docs, appendLines(nil, text))
	}
	return docs
}

// appendLines tokenises text a line at a time; a line is close enough to a
// sentence for counting which words stand next to which.
func appendLines(lines [][]string, text string) [][]string {
	for line := range strings.Lines(text) {
		if tokens := tokenise(line); len(tokens) > 0 {
			lines = append(lines, tokens)
		}
	}
	return lines
}

// tokenise splits text into tokens as CoNLL-2003 does: punctuation apart
// from words, "'s" and "n't" split off, abbreviations such as "U.S." kept.
func tokenise(text string) []string {
	var tokens []string
	for _, field := range strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
		var trailing []string
		for len(field) > 0 {
			r, size := utf8.DecodeRuneInString(field)
			if !strings.ContainsRune(`"'([{`, r) || size == len(field) {
				break
			}
			tokens = append(tokens, field[:size])
			field = field[size:]
		}
		for len(field) > 1 {
			r, size := utf8.DecodeLastRuneInString(field)
			if !strings.ContainsRune(`"'.,;:!?)]}`, r) {
				break
			}
			if r == '.' && isAbbreviation(field) {
				break
			}
			trailing = append(trailing, field[len(field)-size:])
			field = field[:len(field)-size]
		}
		lower := strings.ToLower(field)
		switch {
		case strings.HasSuffix(lower, "n't") && len(field) > 3:
			tokens = append(tokens, field[:len(field)-3], field[len(field)-3:])
		case strings.HasSuffix(lower, "'s") && len(field) > 2:
			tokens = append(tokens, field[:len(field)-2], field[len(field)-2:])
		case field != "":
			tokens = append(tokens, field)
		}
		for i := len(trailing) - 1; i >= 0; i-- {
			tokens = append(tokens, trailing[i])
		}
	}
	return tokens
}

// isAbbreviation reports whether a word ending in a period keeps it: "U.S.",
// "Mr.", "Corp.".
func isAbbreviation(word string) bool {
	stem := strings.TrimSuffix(word, ".")
	if strings.Contains(stem, ".") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(stem)
	return unicode.IsUpper(r) && utf8.RuneCountInString(stem) <= 4
}
