package main

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// story is one source article cut into sentences.
type story struct {
	sentences []string
}

// readStories reads the BBC articles (data/bbc/*/*.txt) and the Reuters
// stories (data/reuters21578/*.sgm) under dir, in a fixed order, as two
// collections.
func readStories(dir string) ([][]story, error) {
	bbc, err := filepath.Glob(filepath.Join(dir, "bbc", "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	reuters, err := filepath.Glob(filepath.Join(dir, "reuters21578", "*.sgm"))
	if err != nil {
		return nil, err
	}
	if len(bbc) == 0 && len(reuters) == 0 {
		return nil, fmt.Errorf("no BBC or Reuters files under %s", dir)
	}
	slices.Sort(bbc)
	slices.Sort(reuters)
	var fromBBC, fromReuters []story
	for _, path := range bbc {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if s := bbcStory(decode(raw)); len(s.sentences) > 0 {
			fromBBC = append(fromBBC, s)
		}
	}
	for _, path := range reuters {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		for _, body := range reutersBodies(decode(raw)) {
			if s := (story{sentences: sentences(body)}); len(s.sentences) > 0 {
				fromReuters = append(fromReuters, s)
			}
		}
	}
	return [][]story{fromBBC, fromReuters}, nil
}

// decode reads UTF-8, or Latin-1 when the bytes are not UTF-8.
func decode(raw []byte) string {
	if utf8.Valid(raw) {
		return string(raw)
	}
	runes := make([]rune, len(raw))
	for i, b := range raw {
		runes[i] = rune(b)
	}
	return string(runes)
}

// bbcStory drops a BBC article's headline, the first line.
func bbcStory(text string) story {
	_, body, found := strings.Cut(text, "\n")
	if !found {
		return story{}
	}
	return story{sentences: sentences(body)}
}

var bodyPattern = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)

// reutersBodies returns the story bodies of a Reuters-21578 SGML file
// with entities decoded, control characters dropped and the closing
// "Reuter" signature cut.
func reutersBodies(sgml string) []string {
	var bodies []string
	for _, match := range bodyPattern.FindAllStringSubmatch(sgml, -1) {
		body := html.UnescapeString(match[1])
		body = strings.Map(func(r rune) rune {
			if unicode.IsControl(r) && r != '\n' {
				return -1
			}
			return r
		}, strings.ToValidUTF8(body, ""))
		body = strings.TrimSpace(body)
		body = strings.TrimSpace(strings.TrimSuffix(body, "Reuter"))
		if body != "" {
			bodies = append(bodies, body)
		}
	}
	return bodies
}

// sentences cuts text into sentences: lines are joined, and a sentence
// ends at '.', '!' or '?' (after any closing quotes) before a space and
// a capital letter or an opening quote. Abbreviations sometimes end one
// too soon, which does not matter for a test corpus.
func sentences(text string) []string {
	words := strings.Fields(text)
	var result []string
	start := 0
	for i, word := range words {
		if i+1 < len(words) && !endsSentence(word, words[i+1]) {
			continue
		}
		if sentence := strings.Join(words[start:i+1], " "); utf8.RuneCountInString(sentence) > 1 {
			result = append(result, sentence)
		}
		start = i + 1
	}
	return result
}

func endsSentence(word, next string) bool {
	trimmed := strings.TrimRight(word, `"')’”`)
	if trimmed == "" || !strings.ContainsAny(trimmed[len(trimmed)-1:], ".!?") || len(trimmed) < 3 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(first) || strings.ContainsRune(`"'‘“`, first)
}
