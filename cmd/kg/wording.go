package main

import (
	"fmt"
	"strings"
)

// counted writes n with its noun, singular for one: "1 step", "3 steps".
func counted(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// withArticle puts "a" or "an" before a word as it is read out: "an
// ORG", "a PERSON".
func withArticle(word string) string {
	if word != "" && strings.ContainsRune("AEIOUaeiou", rune(word[0])) {
		return "an " + word
	}
	return "a " + word
}
