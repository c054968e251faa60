package extract

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

// The word lists that relation reading uses are data: each is a text file
// under lexicon/, one entry a line, '#' starting a comment. An entry is a
// word or phrase, or a key and its value separated by " = "
// ("imposed sanctions on" style lists: "sanction = sanction").
//
//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// lexiconEntry is one line of a list: its key and, for a list of pairs,
// its value.
type lexiconEntry struct {
	key, value string
	line       int
}

// readLexicon returns the entries of list name, in file order. A list the
// binary does not hold, or a malformed line, is a programming error: the
// lists are embedded, and TestLexiconListsRead reads every one.
func readLexicon(name string) []lexiconEntry {
	path := "lexicon/" + name + ".txt"
	f, err := lexiconFiles.Open(path)
	if err != nil {
		panic(fmt.Sprintf("extract: no word list %s", path))
	}
	defer f.Close()
	var out []lexiconEntry
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		key, value, pair := strings.Cut(line, " = ")
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		if key == "" || pair && value == "" {
			panic(fmt.Sprintf("extract: %s:%d: malformed entry %q", path, n, line))
		}
		out = append(out, lexiconEntry{key: key, value: value, line: n})
	}
	return out
}

// wordSet returns list name as a set of its entries.
func wordSet(name string) map[string]bool {
	set := map[string]bool{}
	for _, e := range readLexicon(name) {
		set[e.key] = true
	}
	return set
}

// wordMap returns list name as a map from each entry's key to its value.
func wordMap(name string) map[string]string {
	m := map[string]string{}
	for _, e := range readLexicon(name) {
		m[e.key] = e.value
	}
	return m
}
