package graph_test

import (
	"testing"

	"github.com/kg-project/kg/graph"
)

func TestFoldName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"George W Bush", "george w bush"},
		{"  José   Manuel\tBarroso ", "jose manuel barroso"},
		{"Jose\u0301", "jose"},
		{"O’Brien", "o'brien"},
		{"MÜLLER", "muller"},
		{"", ""},
	}
	for _, test := range tests {
		if got := graph.FoldName(test.name); got != test.want {
			t.Errorf("FoldName(%q) = %q, want %q", test.name, got, test.want)
		}
	}
}
