package extract

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"
)

// Reuters wire stories set the names of companies in angle brackets,
// "<Porterfield Buying Unit>", and write a company's ticker in them after
// its name, "Swedish Match <SMBS ST>". A bracketed name is a company's
// whole name, whatever the tagger made of its words; a ticker names no
// one, and shows the capitalised words before it to be a company's name.

// maxBracketWords bounds the words read between brackets.
const maxBracketWords = 8

// bracketNames makes the chunks of sentence toks agree with its brackets.
// cs is in text order, and so is what it returns.
func bracketNames(toks []token, cs []chunk) []chunk {
	for i := 0; i < len(toks); i++ {
		if toks[i].text != "<" {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= maxBracketWords && toks[j].text != ">" && (startsUpper(toks[j].text) || joinsName(toks[j].text) || toks[j].text == "&") {
			j++
		}
		if j == i+1 || j >= len(toks) || toks[j].text != ">" {
			continue
		}
		if ticker := tickerWords(toks[i+1 : j]); ticker {
			cs = replaceChunks(cs, i+1, j, nil)
			if first := nameBefore(toks, i); first < i {
				cs = replaceChunks(cs, first, i, &chunk{first, i, "ORG"})
			}
		} else {
			first := i + 1
			if articles[strings.ToLower(toks[first].text)] && first+1 < j {
				// "<The Distillers Co Plc>".
				first++
			}
			cs = replaceChunks(cs, i+1, j, &chunk{first, j, "ORG"})
		}
		i = j
	}
	return cs
}

// tickerWords reports whether the words in brackets are a ticker and the
// code of its exchange, "SMBS ST": two or more words, each of capitals
// and digits.
func tickerWords(words []token) bool {
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if len(w.text) > 6 || strings.ToUpper(w.text) != w.text || !isWordOrNumber(w.text) {
			return false
		}
	}
	return true
}

// isWordOrNumber reports whether word is written in letters and digits.
func isWordOrNumber(word string) bool {
	for _, r := range word {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return word != ""
}

// nameBefore returns where the capitalised words right before token i
// begin, a nationality among them ("Swedish Match"); i if there are none.
func nameBefore(toks []token, i int) int {
	first := i
	for first > 0 && first-i < maxBracketWords && startsUpper(toks[first-1].text) && isNameWord(toks[first-1].text) && !functionWords[strings.ToLower(toks[first-1].text)] {
		first--
	}
	if first == i {
		return i
	}
	if _, ok := gazetteer.Demonym(toks[first].text); ok && first+1 == i {
		// A nationality alone names no company.
		return i
	}
	return first
}

// replaceChunks drops the chunks that overlap tokens first to last and
// adds c in their place, if it is not nil.
func replaceChunks(cs []chunk, first, last int, c *chunk) []chunk {
	var out []chunk
	for _, k := range cs {
		if k.last <= first || k.first >= last {
			out = append(out, k)
		}
	}
	if c != nil {
		out = append(out, *c)
		sort.Slice(out, func(a, b int) bool { return out[a].first < out[b].first })
	}
	return out
}
