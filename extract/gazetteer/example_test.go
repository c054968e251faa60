package gazetteer_test

import (
	"fmt"

	"github.com/kg-project/kg/extract/gazetteer"
)

func ExampleLookup() {
	for _, name := range []string{"Russian Federation", "the US", "us", "WHO", "Sao Paulo", "Hague"} {
		if entry, ok := gazetteer.Lookup(name); ok {
			fmt.Printf("%s: %s (%s)\n", name, entry.Name, entry.Type)
		} else {
			fmt.Printf("%s: not found\n", name)
		}
	}
	// Output:
	// Russian Federation: Russia (GPE)
	// the US: United States (GPE)
	// us: not found
	// WHO: World Health Organization (ORG)
	// Sao Paulo: São Paulo (GPE)
	// Hague: The Hague (GPE)
}

func ExampleDemonym() {
	for _, word := range []string{"Russian", "Americans", "European", "FRENCH", "russian"} {
		if entry, ok := gazetteer.Demonym(word); ok {
			fmt.Printf("%s: %s (%s)\n", word, entry.Name, entry.Type)
		} else {
			fmt.Printf("%s: not found\n", word)
		}
	}
	// Output:
	// Russian: Russia (GPE)
	// Americans: United States (GPE)
	// European: Europe (LOC)
	// FRENCH: France (GPE)
	// russian: not found
}

func ExampleAmbiguous() {
	fmt.Println(gazetteer.Ambiguous("Chad"), gazetteer.Ambiguous("Turkey"), gazetteer.Ambiguous("Russia"))
	// Output: true true false
}
