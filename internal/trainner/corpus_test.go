package main

import (
	"slices"
	"strings"
	"testing"
)

func TestTokenise(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Putin's talks with Macron (at Versailles).", "Putin 's talks with Macron ( at Versailles ) ."},
		{"The U.S. didn't agree, said Mr. Smith.", "The U.S. did n't agree , said Mr. Smith ."},
		{"\"Yes,\" he said: 'no!'", "\" Yes , \" he said : ' no ! '"},
		{"profit rose 5.2 pct in 1986.", "profit rose 5.2 pct in 1986 ."},
		{"  \t\x03 ", ""},
	}
	for _, test := range tests {
		if got := strings.Join(tokenise(test.text), " "); got != test.want {
			t.Errorf("tokenise(%q)\n got %q\nwant %q", test.text, got, test.want)
		}
	}
}

func TestInduceClusters(t *testing.T) {
	var lines [][]string
	for _, city := range []string{"paris", "london", "berlin", "rome"} {
		for _, verb := range []string{"rose", "fell", "climbed"} {
			for range 3 {
				lines = append(lines, strings.Fields("shares in "+city+" "+verb+" today"))
			}
		}
	}
	opts := clusterOptions{minCount: 1, maxWords: 100, contexts: 100, levels: [3]int{4, 2, 1}, rounds: 10, seed: 1}
	ids := induceClusters(lines, opts)
	if ids["paris"][0] != ids["rome"][0] || ids["rose"][0] != ids["fell"][0] {
		t.Errorf("words of like contexts in different clusters: %v", ids)
	}
	if ids["paris"][0] == ids["rose"][0] {
		t.Errorf("cities and verbs share a cluster: %v", ids)
	}
	for word, id := range ids {
		if slices.Contains(id[:], 0) {
			t.Errorf("%s has no cluster at some level: %v", word, id)
		}
	}
	if again := induceClusters(lines, opts); len(again) != len(ids) || again["paris"] != ids["paris"] || again["today"] != ids["today"] {
		t.Error("clustering is not deterministic")
	}
}
