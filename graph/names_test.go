package graph_test

import (
	"testing"

	"github.com/kg-project/kg/graph"
)

func TestSurname(t *testing.T) {
	tests := []struct {
		words []string
		want  string
	}{
		{[]string{"gordon", "brown"}, "brown"},
		{[]string{"larry", "mullen", "jr"}, "mullen"},
		{[]string{"charles", "evans", "jr."}, "evans"},
		{[]string{"george", "w", "bush"}, "bush"},
		{[]string{"brown"}, ""},
		{[]string{"sammy", "jr"}, "jr"},
	}
	for _, test := range tests {
		if got := graph.Surname(test.words); got != test.want {
			t.Errorf("Surname(%q) = %q, want %q", test.words, got, test.want)
		}
	}
}
