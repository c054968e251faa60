package ner

import "testing"

func TestAllowed(t *testing.T) {
	tests := []struct {
		previous, label string
		want            bool
	}{
		{"O", "O", true},
		{"O", "B-PER", true},
		{"O", "I-PER", false},
		{"B-PER", "I-PER", true},
		{"I-PER", "I-PER", true},
		{"B-ORG", "I-PER", false},
		{"I-LOC", "I-MISC", false},
		{"I-MISC", "B-MISC", true},
		{"B-LOC", "O", true},
	}
	for _, test := range tests {
		previous, _ := labelIndex(test.previous)
		label, _ := labelIndex(test.label)
		if got := allowed(previous, label); got != test.want {
			t.Errorf("allowed(%s, %s) = %v, want %v", test.previous, test.label, got, test.want)
		}
	}
}

func TestLabelIndex(t *testing.T) {
	for want, name := range labelNames {
		got, ok := labelIndex(name)
		if !ok || got != want {
			t.Errorf("labelIndex(%q) = %d, %v; want %d", name, got, ok, want)
		}
	}
	for _, name := range []string{"", "B-GPE", "b-per", "I-"} {
		if _, ok := labelIndex(name); ok {
			t.Errorf("labelIndex(%q) accepted", name)
		}
	}
}
