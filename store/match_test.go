package store

import "testing"

func TestNormalise(t *testing.T) {
	tests := map[string]string{
		"Vladimir Putin":         "vladimir putin",
		"  VLADIMIR \t\n PUTIN ": "vladimir putin",
		"O’Brien":                "o'brien",
		"O‘Brien":                "o'brien",
		"":                       "",
		" \t ":                   "",
		"ÉLYSÉE":                 "élysée",
	}
	for in, want := range tests {
		if got := normalise(in); got != want {
			t.Errorf("normalise(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"putin", "putin", 0},
		{"puttin", "putin", 1},
		{"kitten", "sitting", 3},
		{"élysée", "elysee", 2},
		{"abc", "cab", 2},
	}
	for _, test := range tests {
		if got := editDistance(test.a, test.b); got != test.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", test.a, test.b, got, test.want)
		}
		if got := editDistance(test.b, test.a); got != test.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", test.b, test.a, got, test.want)
		}
	}
}

func TestMeasure(t *testing.T) {
	tests := []struct {
		query, candidate string
		class            int
	}{
		{"putin", "putin", matchExact},
		{"put", "putin", matchPrefix},
		{"tin", "putin", matchSubstring},
		{"puttin", "putin", matchOther},
	}
	for _, test := range tests {
		if got := measure(test.query, test.candidate); got.class != test.class {
			t.Errorf("measure(%q, %q) class %d, want %d", test.query, test.candidate, got.class, test.class)
		}
	}
	if !measure("put", "putin").less(measure("put", "output")) || measure("put", "putin").less(measure("put", "putin")) {
		t.Error("a prefix match should rank before a substring match, and nothing before itself")
	}
}
