package main

import "testing"

func TestWithArticle(t *testing.T) {
	for word, want := range map[string]string{"ORG": "an ORG", "PERSON": "a PERSON", "GPE": "a GPE", "event": "an event"} {
		if got := withArticle(word); got != want {
			t.Errorf("withArticle(%q) = %q, want %q", word, got, want)
		}
	}
}
