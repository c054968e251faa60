package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSurnamesFoundAgain: a person's surname the tagger misses after the
// full name is a mention of the person, unless another first name stands
// before it or the article writes it small.
func TestSurnamesFoundAgain(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Shaun Wright-Phillips": "PER", "Gordon Brown": "PER", "Sven Eriksson": "PER"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text     string
		name     string
		mentions int
	}{
		{"Sven Eriksson picked Shaun Wright-Phillips. He praised Wright-Phillips' form.", "Shaun Wright-Phillips", 2},
		{"Sven Eriksson picked Shaun Wright-Phillips. Wright-Phillips will start.", "Shaun Wright-Phillips", 2},
		{"Gordon Brown spoke. Wes Brown will start.", "Gordon Brown", 1},
		{"Gordon Brown spoke. The brown envelope sat there, Brown said.", "Gordon Brown", 1},
	}
	for _, tt := range tests {
		a := x.Extract(extract.Document{ID: "t", Text: tt.text})
		got := 0
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if e.Name == tt.name && m.Via == "name" {
					got++
				}
			}
		}
		if got != tt.mentions {
			t.Errorf("%q: %s is named %d times, want %d: %+v", tt.text, tt.name, got, tt.mentions, a.Entities)
		}
	}
}
