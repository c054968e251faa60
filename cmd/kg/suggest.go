package main

import (
	"flag"
	"maps"
	"slices"
	"strings"
)

// aliases are the other spellings kg takes for its commands: the American
// ones of its British names.
var aliases = map[string]string{
	"analyze":   "analyse",
	"neighbors": "neighbours",
}

// undefinedFlag starts package flag's message for a flag the set lacks.
const undefinedFlag = "flag provided but not defined: -"

// commandNames lists the names kg takes for a command, commands and
// aliases, in a fixed order so that a tie is always settled alike.
func commandNames() []string {
	names := []string{"help"}
	for _, cmd := range commands() {
		names = append(names, cmd.name)
	}
	return append(names, slices.Sorted(maps.Keys(aliases))...)
}

// unknownCommand reports a command name kg does not know, suggesting the
// one it most likely stands for.
func unknownCommand(name string) error {
	if suggestion, ok := closest(name, commandNames()); ok {
		if canonical, alias := aliases[suggestion]; alias {
			suggestion = canonical
		}
		return usageError("unknown command %q; did you mean %s?", name, suggestion)
	}
	return usageError("unknown command %q", name)
}

// unknownFlag rewords package flag's error for a flag fs lacks, suggesting
// the flag it most likely stands for; it returns nil for other errors.
func unknownFlag(fs *flag.FlagSet, err error) error {
	name, found := strings.CutPrefix(err.Error(), undefinedFlag)
	if !found {
		return nil
	}
	// The flag sets are named "kg" and "kg COMMAND".
	prefix := ""
	if command, ok := strings.CutPrefix(fs.Name(), "kg "); ok {
		prefix = command + ": "
	}
	var defined []string
	fs.VisitAll(func(f *flag.Flag) { defined = append(defined, f.Name) })
	if suggestion, ok := closest(name, defined); ok {
		return usageError("%sunknown flag --%s; did you mean --%s?", prefix, name, suggestion)
	}
	return usageError("%sunknown flag --%s", prefix, name)
}

// closest returns the candidate that word is most likely a slip for: the
// one fewest typing mistakes away (letters added, dropped, changed or
// swapped, regardless of case), when that is few for the word's length,
// or else the only candidate that word begins.
func closest(word string, candidates []string) (string, bool) {
	word = strings.ToLower(word)
	best, bestDistance := "", maxSlips(word)+1
	for _, candidate := range candidates {
		if distance := slips(word, candidate); distance < bestDistance {
			best, bestDistance = candidate, distance
		}
	}
	if best != "" {
		return best, true
	}
	const shortestPrefix = 3
	var prefixed []string
	for _, candidate := range candidates {
		if len(word) >= shortestPrefix && strings.HasPrefix(candidate, word) {
			prefixed = append(prefixed, candidate)
		}
	}
	if len(prefixed) == 1 {
		return prefixed[0], true
	}
	return "", false
}

// maxSlips is how many mistakes a word of this length may hold and still
// be taken for another: one in a short word, where two would make any
// short name look like any other, up to three in a long one.
func maxSlips(word string) int {
	switch n := len([]rune(word)); {
	case n <= 4:
		return 1
	case n <= 8:
		return 2
	default:
		return 3
	}
}

// slips is the optimal string alignment distance between a and b: the
// fewest letters to insert, delete, substitute or swap with their
// neighbour to turn a into b.
func slips(a, b string) int {
	x, y := []rune(a), []rune(b)
	// rows[k] holds the distances of x[:i-2+k] to every prefix of y.
	rows := [3][]int{make([]int, len(y)+1), make([]int, len(y)+1), make([]int, len(y)+1)}
	for j := range rows[2] {
		rows[2][j] = j
	}
	for i := 1; i <= len(x); i++ {
		rows[0], rows[1], rows[2] = rows[1], rows[2], rows[0]
		current, previous, before := rows[2], rows[1], rows[0]
		current[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			current[j] = min(previous[j]+1, current[j-1]+1, previous[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				current[j] = min(current[j], before[j-2]+1)
			}
		}
	}
	return rows[2][len(y)]
}
