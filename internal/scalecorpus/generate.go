package main

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// Article lengths in words are drawn uniformly from this range, whose
// middle is near the BBC articles' mean of about 390.
const (
	minWords = 200
	maxWords = 600
)

// A passage is this many consecutive sentences of one story, or the rest
// of the story when it is shorter, so that names introduced in full are
// still followed by their short forms.
const (
	minPassage = 2
	maxPassage = 6
)

// drawsPerArticle bounds the attempts at a text not written before; only
// a tiny source could exhaust it.
const drawsPerArticle = 100

// article is one line of the output.
type article struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
	Text  string `json:"text"`
}

var (
	firstDate = time.Date(1987, time.January, 1, 0, 0, 0, 0, time.UTC)
	lastDate  = time.Date(2005, time.December, 31, 0, 0, 0, 0, time.UTC)
)

// generate writes n distinct articles made of passages of stories,
// numbered from number in their ids. Each
// passage comes from a collection drawn with equal odds, then a story of
// it, so that Reuters' 19,000 stories do not drown the BBC's 2,225.
func generate(collections [][]story, n int, seed uint64, number int, out io.Writer) error {
	collections = slices.DeleteFunc(slices.Clone(collections), func(c []story) bool { return len(c) == 0 })
	if len(collections) == 0 {
		return errors.New("no stories to draw from")
	}
	random := rand.New(rand.NewPCG(seed, 0))
	seen := make(map[[sha256.Size]byte]bool, n)
	encoder := json.NewEncoder(out)
	encoder.SetEscapeHTML(false)
	days := int(lastDate.Sub(firstDate).Hours() / 24)
	for i := range n {
		var text string
		var first string
		for attempt := 0; ; attempt++ {
			if attempt == drawsPerArticle {
				return fmt.Errorf("article %d: no new text in %d draws; the source is too small for %d articles", i, drawsPerArticle, n)
			}
			text, first = compose(collections, random)
			sum := sha256.Sum256([]byte(text))
			if !seen[sum] {
				seen[sum] = true
				break
			}
		}
		a := article{
			ID:    fmt.Sprintf("scale-%06d", number+i),
			Title: title(first),
			Date:  firstDate.AddDate(0, 0, random.IntN(days+1)).Format(time.DateOnly),
			Text:  text,
		}
		if err := encoder.Encode(a); err != nil {
			return err
		}
	}
	return nil
}

// compose strings passages together, one paragraph each, until the text
// reaches a drawn length; it returns the text and its first sentence.
func compose(collections [][]story, random *rand.Rand) (string, string) {
	target := minWords + random.IntN(maxWords-minWords+1)
	var text strings.Builder
	var first string
	words := 0
	for words < target {
		stories := collections[random.IntN(len(collections))]
		s := stories[random.IntN(len(stories))]
		start := random.IntN(len(s.sentences))
		end := min(len(s.sentences), start+minPassage+random.IntN(maxPassage-minPassage+1))
		if text.Len() > 0 {
			text.WriteString("\n\n")
		}
		for j, sentence := range s.sentences[start:end] {
			if j > 0 {
				text.WriteByte(' ')
			}
			text.WriteString(sentence)
			words += len(strings.Fields(sentence))
		}
		if first == "" {
			first = s.sentences[start]
		}
	}
	return text.String(), first
}

// title is the first words of a sentence.
func title(sentence string) string {
	words := strings.Fields(sentence)
	return strings.Join(words[:min(len(words), 8)], " ")
}
