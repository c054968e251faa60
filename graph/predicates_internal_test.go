package graph

import (
	"strings"
	"testing"
)

func TestParseVocabularyRefuses(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"fields", "meet | symmetric | met in person", "want name | nature | variants | gloss"},
		{"nature", "meet | mutual | | met", `unknown nature "mutual"`},
		{"gloss", "meet | symmetric | |", "meet has no gloss"},
		{"spelling", "Meet | symmetric | | met", `"Meet" is not written as a predicate is`},
		{"role hyphen", "vice-president_of | directed | | is", `"vice-president_of" is not written`},
		{"twice", "meet | symmetric | | met\ntalk | symmetric | meet | talked", "meet is listed already on line 3"},
		{"lone inverse", "parent_of | inverse of subsidiary_of | | owns", "parent_of is the inverse of subsidiary_of"},
		{"one-sided inverse", "parent_of | inverse of subsidiary_of | | owns\nsubsidiary_of | directed | | is owned by", "parent_of is the inverse of subsidiary_of"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseVocabulary("# comment\n\n" + tt.text + "\n")
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "graph: predicates.txt") {
				t.Errorf("parseVocabulary: error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestParseVocabularyLineNumbers(t *testing.T) {
	_, err := parseVocabulary("# one\nmeet | symmetric | | met\n\nbad line\n")
	if err == nil || !strings.HasPrefix(err.Error(), "graph: predicates.txt:4:") {
		t.Errorf("error %v, want it at line 4", err)
	}
}
