package gazetteer_test

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/extract/gazetteer"
)

var fuzzSeeds = []string{
	"Russia", "the Netherlands", "The Hague", "US", "us", "U.S.", "WHO", "who", "Nato",
	"São Paulo", "SA\u0303O PAULO", "Côte d’Ivoire", "  United\tStates ", "the", "the ", "The  the US",
	"Russians", "Frenchmen", "\xff\xfe", "\u0301", "İ", "ǅ", "",
}

func sameEntry(a, b gazetteer.Entry) bool {
	return a.Name == b.Name && a.Type == b.Type && slices.Equal(a.Aliases, b.Aliases)
}

func FuzzLookup(f *testing.F) {
	for _, seed := range fuzzSeeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, name string) {
		first, ok := gazetteer.Lookup(name)
		again, okAgain := gazetteer.Lookup(name)
		if ok != okAgain || !sameEntry(first, again) {
			t.Fatalf("Lookup(%q) not deterministic", name)
		}
		padded, okPadded := gazetteer.Lookup(" \t" + name + "\n ")
		if ok != okPadded || !sameEntry(first, padded) {
			t.Fatalf("Lookup(%q) = %q, %v but padded gives %q, %v", name, first.Name, ok, padded.Name, okPadded)
		}
		if !ok {
			return
		}
		if byName, found := gazetteer.Lookup(first.Name); !found || !sameEntry(first, byName) {
			t.Fatalf("Lookup(%q) found %q, which its own name does not find", name, first.Name)
		}
		_ = gazetteer.Ambiguous(name)
	})
}

func FuzzDemonym(f *testing.F) {
	for _, seed := range fuzzSeeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, word string) {
		first, ok := gazetteer.Demonym(word)
		again, okAgain := gazetteer.Demonym(word)
		if ok != okAgain || !sameEntry(first, again) {
			t.Fatalf("Demonym(%q) not deterministic", word)
		}
		if !ok {
			return
		}
		if byName, found := gazetteer.Lookup(first.Name); !found || !sameEntry(first, byName) {
			t.Fatalf("Demonym(%q) found %q, which Lookup does not know", word, first.Name)
		}
	})
}

// benchmarkQueries mixes what extraction asks: capitalised names, acronyms,
// headline capitals, accented names, a leading article, and misses.
var benchmarkQueries = []string{
	"Russia", "United States", "US", "U.S.", "NATO", "European Union", "the Netherlands", "RUSSIA",
	"São Paulo", "Vladimir Putin", "Macron", "Paris", "Security Council", "Democratic People's Republic of Korea",
	"the", "Thursday",
}

func BenchmarkLookup(b *testing.B) {
	gazetteer.Lookup("warm-up")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		gazetteer.Lookup(benchmarkQueries[i%len(benchmarkQueries)])
	}
}

func BenchmarkDemonym(b *testing.B) {
	words := []string{"Russian", "French", "Americans", "European", "Minister", "President"}
	gazetteer.Demonym("warm-up")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		gazetteer.Demonym(words[i%len(words)])
	}
}

func BenchmarkAmbiguous(b *testing.B) {
	gazetteer.Ambiguous("warm-up")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		gazetteer.Ambiguous(benchmarkQueries[i%len(benchmarkQueries)])
	}
}
