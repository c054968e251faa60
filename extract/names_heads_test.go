package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// TestOrganisationHeadsAreNoPeople: the head noun of an organisation's
// name, standing alone where the tagger cut the name, names no one.
func TestOrganisationHeadsAreNoPeople(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Trust": "PER", "Trinity Mirror": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	text := "Trinity Mirror has invested online, and so has the Trust."
	checkEntities(t, text, entityTypes(t, x, text), map[string]graph.Type{"Trinity Mirror": graph.Org})
}

// TestCompanyHeadAfterCapitalisedWord: a line of business that ends
// companies' names ("Foods", "Brands"), taken by the tagger for a person
// after a word it left out, ends one company's name with that word.
func TestCompanyHeadAfterCapitalisedWord(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"Amazon": "ORG", "Foods": "PER", "Brands": "PER"})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]map[string]graph.Type{
		"Amazon acquired Whole Foods in 2017.":          {"Amazon": graph.Org, "Whole Foods": graph.Org},
		"The deal with Restaurant Brands fell through.": {"Restaurant Brands": graph.Org},
	} {
		checkEntities(t, text, entityTypes(t, x, text), want)
	}
}

// TestClubTails: a word that ends clubs' names ("United", "Rovers") ends
// one organisation's name with the capitalised words the tagger left out
// before it, whatever type the tagger gave it.
func TestClubTails(t *testing.T) {
	x, err := extract.NewWithTagger(dictTagger{"United": "LOC", "Hinckley United": "PER", "Arsenal": "ORG", "Manchester United": "ORG"})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]map[string]graph.Type{
		"The fans joined Shareholders United.":        {"Shareholders United": graph.Org},
		"Hinckley United held the leaders to a draw.": {"Hinckley United": graph.Org},
		"Arsenal and Manchester United drew in May.":  {"Arsenal": graph.Org, "Manchester United": graph.Org},
	} {
		checkEntities(t, text, entityTypes(t, x, text), want)
	}
}
