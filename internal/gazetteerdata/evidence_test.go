package main

import (
	"testing"

	"github.com/kg-project/kg/extract/ner"
)

func noPrior(string) (ner.Prior, bool) { return ner.Prior{}, false }

func TestPhraseCounter(t *testing.T) {
	ev := newEvidence(noPrior)
	ev.givenNames["Diane"] = true
	c := newPhraseCounter([]string{"Target", "Waste Management", "Abbott"}, ev)
	c.count(tokenise("Target hit its target. The target was set by Target and Diane Abbott. " +
		"Waste Management bought the waste management firm of Abbott."))
	tests := []struct {
		phrase                    string
		lower, capital, afterName int
	}{
		// A capital at the start of a sentence says nothing.
		{"target", 2, 1, 0},
		{"waste management", 1, 0, 0},
		{"abbott", 0, 2, 1},
	}
	for _, tt := range tests {
		if ev.lower[tt.phrase] != tt.lower || ev.capital[tt.phrase] != tt.capital || ev.afterGiven[tt.phrase] != tt.afterName {
			t.Errorf("%q: lower %d, capital %d, after a given name %d; want %d, %d, %d", tt.phrase,
				ev.lower[tt.phrase], ev.capital[tt.phrase], ev.afterGiven[tt.phrase], tt.lower, tt.capital, tt.afterName)
		}
	}
}
