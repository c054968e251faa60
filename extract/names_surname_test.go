package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestSurnamesFoundAgain: a person's surname the tagger misses after the
// full name is a mention of the person, unless another first name stands
// before it or the article writes it small.
func TestSurnamesFoundAgain(t *testing.T) {
	checkMentionCases(t, dictTagger{"Shaun Wright-Phillips": "PER", "Gordon Brown": "PER", "Sven Eriksson": "PER"}, []mentionCase{
		{"Sven Eriksson picked Shaun Wright-Phillips. He praised Wright-Phillips' form.", "Shaun Wright-Phillips", 2},
		{"Sven Eriksson picked Shaun Wright-Phillips. Wright-Phillips will start.", "Shaun Wright-Phillips", 2},
		{"Gordon Brown spoke. Wes Brown will start.", "Gordon Brown", 1},
		{"Gordon Brown spoke. The brown envelope sat there, Brown said.", "Gordon Brown", 1},
	})
}

// TestSurnameOfMistypedPerson: a person's full name the tagger took once
// for an organisation is the person when the article goes on to name
// them by surname as a person, twice or more.
func TestSurnameOfMistypedPerson(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Aston Moore": "ORG", "Moore": "PER", "Shanda Interactive": "ORG", "Shanda": "PER"})
	if err != nil {
		t.Fatal(err)
	}
	for _, test := range []struct {
		text, name string
		want       graph.Type
	}{
		{"Her coach Aston Moore told the paper she would return. Moore said the injury had healed. Moore added that she would race in March.", "Aston Moore", graph.Person},
		{"Shanda Interactive bought the games. Shanda said the deal was done.", "Shanda Interactive", graph.Org},
	} {
		a := x.Extract(extract.Document{ID: "t", Text: test.text})
		for _, e := range a.Entities {
			if e.Name == test.name && e.Type != test.want {
				t.Errorf("%q: %s is %s, want %s", test.text, e.Name, e.Type, test.want)
			}
		}
	}
}
