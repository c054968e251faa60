package extract

import "strings"

// The titles before people's names (lexicon/titles.txt), by what they
// are. courtesyTitles precede a surname without being part of the name a
// mention reads: forms of address, and peers' titles of one word. ranks
// are titles of nobility and honorifics, which stay in people's names as
// forms of address ("Mr Blair", "Sir Alex") do not: "Prince Harry",
// "Baroness Kennedy", "Sheikh Mansour". peerTitles, of one word or two, stay in the name of a person
// the article names by no fuller one: "Lord Browne", "Mr Justice Eady".
var courtesyTitles, ranks, peerTitles = readTitles()

func readTitles() (courtesyTitles, ranks, peerTitles map[string]bool) {
	courtesyTitles, ranks, peerTitles = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, e := range readLexicon("titles") {
		single := !strings.Contains(e.key, " ")
		for _, kind := range strings.Fields(e.value) {
			switch kind {
			case "address":
				courtesyTitles[e.key] = true
			case "peer":
				peerTitles[e.key] = true
				if single {
					courtesyTitles[e.key] = true
				}
			case "rank":
				ranks[e.key] = true
			default:
				panic("extract: lexicon/titles.txt: " + e.key + ": no kind of title " + kind)
			}
		}
	}
	return courtesyTitles, ranks, peerTitles
}

// peerTitleBefore returns the peer's or judge's title just before token
// i ("Lord", "Mr Justice"), or "".
func peerTitleBefore(toks []token, i int) string {
	if i > 1 {
		if title := toks[i-2].text + " " + toks[i-1].text; peerTitles[title] {
			return title
		}
	}
	if i > 0 && peerTitles[toks[i-1].text] {
		return toks[i-1].text
	}
	return ""
}

// titledWords returns how many of a name's first words are a peer's title
// or a rank: none in "Robin Butler", one in "Lord Butler", two in "Mr
// Justice Eady".
func titledWords(words []string) int {
	if len(words) > 2 && peerTitles[words[0]+" "+words[1]] {
		return 2
	}
	if len(words) > 1 && (peerTitles[words[0]] || ranks[words[0]]) {
		return 1
	}
	return 0
}

// courtesyTitleWord reports whether a word written in small letters is a
// courtesy title when capitalised: "sir" of "Sir".
func courtesyTitleWord(word string) bool {
	return word != "" && courtesyTitles[strings.ToUpper(word[:1])+word[1:]]
}
