package main

import "strings"

// withArticle puts "a" or "an" before a word as it is read out: "an
// ORG", "a PERSON".
func withArticle(word string) string {
	if word != "" && strings.ContainsRune("AEIOUaeiou", rune(word[0])) {
		return "an " + word
	}
	return "a " + word
}
