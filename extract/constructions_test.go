package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// constructionNames are the names the construction tests use.
var constructionNames = dictTagger{
	"EU": "ORG", "Russia": "LOC", "Ryanair": "ORG", "European Commission": "ORG",
	"Netflix": "ORG", "Warner Bros": "ORG", "Microsoft": "ORG", "Skype": "ORG",
	"LinkedIn": "ORG", "Arsenal": "ORG", "Barcelona": "ORG", "Thierry Henry": "PER",
	"Rosneft": "ORG", "Yukos": "ORG", "Unilever": "ORG", "Dove": "ORG", "Ford": "ORG",
	"General Motors": "ORG", "Narendra Modi": "PER", "Modi": "PER", "Angela Merkel": "PER",
	"Tony Blair": "PER", "Jacques Chirac": "PER", "Gordon Brown": "PER", "France": "LOC",
	"Germany": "LOC", "Iraq": "LOC", "Kuwait": "LOC", "Vodafone": "ORG", "Verizon": "ORG",
	"Kremlin": "ORG", "Paris": "LOC", "Syria": "LOC", "Apple": "ORG", "Disney": "ORG",
	"Pixar": "ORG", "Google": "ORG", "Oracle": "ORG", "Volkswagen": "ORG", "Union Oil Co": "ORG",
	"Moscow": "LOC", "Emmanuel Macron": "PER", "Vladimir Putin": "PER", "Siemens": "ORG",
	"DeepMind": "ORG", "Motorola": "ORG", "Taylor Swift": "PER", "Jack Antonoff": "PER", "Nvidia": "ORG",
}

// constructionCase is a named sentence with the relations it must give
// and those it must not.
type constructionCase struct {
	name      string
	text      string
	want, not []triple
}

// checkConstruction runs each case through the Extractor, with the
// names the construction tests use.
func checkConstruction(t *testing.T, cases []constructionCase) {
	t.Helper()
	checkRelationCases(t, constructionNames, cases)
}

// checkRelationCases runs each case through an Extractor whose entity
// tagger is tagger.
func checkRelationCases(t *testing.T, tagger extract.Tagger, cases []constructionCase) {
	t.Helper()
	x, err := extract.NewWithTagger(tagger)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			expectRelations(t, x, c.text, c.want, c.not)
		})
	}
}
