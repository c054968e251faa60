package main

import "testing"

func TestCounted(t *testing.T) {
	for _, test := range []struct {
		n    int
		want string
	}{{0, "0 steps"}, {1, "1 step"}, {2, "2 steps"}} {
		if got := counted(test.n, "step", "steps"); got != test.want {
			t.Errorf("counted(%d) = %q, want %q", test.n, got, test.want)
		}
	}
}

func TestWithArticle(t *testing.T) {
	for word, want := range map[string]string{"ORG": "an ORG", "PERSON": "a PERSON", "GPE": "a GPE", "event": "an event"} {
		if got := withArticle(word); got != want {
			t.Errorf("withArticle(%q) = %q, want %q", word, got, want)
		}
	}
}
