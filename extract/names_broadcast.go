package extract

import (
	"fmt"
	"strings"
)

// Broadcasters and their programmes are named in ways a tagger trained on
// other news cuts short or misses: a station's number ("BBC Radio 4"),
// and a programme's name that is an everyday word ("the BBC's Today
// programme"). The words that show them are in lexicon/broadcast_words.txt.

var numberedHeads, programmeNouns = readBroadcastWords("broadcast_words")

func readBroadcastWords(name string) (numbered, programmes map[string]bool) {
	numbered, programmes = map[string]bool{}, map[string]bool{}
	for _, e := range readLexicon(name) {
		switch e.value {
		case "numbered":
			numbered[e.key] = true
		case "programme":
			programmes[e.key] = true
		default:
			panic(fmt.Sprintf("extract: lexicon/%s.txt:%d: no kind of broadcast word %q", name, e.line, e.value))
		}
	}
	return numbered, programmes
}

// numberedStation extends a span that ends in a station's head word over
// the number after it: "BBC Radio" "4", "Channel" "4".
func numberedStation(toks []token, c chunk) chunk {
	if c.last < len(toks) && numberedHeads[toks[c.last-1].text] && isNumber(toks[c.last].text) {
		c.last++
	}
	return c
}

// programmeMentions finds the programmes the tagger missed among the
// tokens of sentence si not yet covered: capitalised words between "the"
// or a possessive and a noun for a programme ("the BBC's Today
// programme", "the Today programme"). A programme is an organisation, as
// media are.
func (d *document) programmeMentions(si int, covered []bool) []mention {
	s := d.sents[si]
	if s.headline {
		return nil
	}
	toks := s.tokens
	var out []mention
	for i := 1; i < len(toks); i++ {
		before := toks[i-1].text
		if covered[i] || before != "the" && before != "'s" && before != "'" {
			continue
		}
		end := i
		for end < len(toks) && end-i < maxCuedWords && !covered[end] && startsUpper(toks[end].text) && isNameWord(toks[end].text) && !functionWords[strings.ToLower(toks[end].text)] {
			end++
		}
		if end == i || end >= len(toks) || !programmeNouns[toks[end].text] {
			continue
		}
		out = append(out, d.cuedOrganisation(si, i, end, covered))
		i = end
	}
	return out
}
