package store_test

import (
	"fmt"
	"log"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

func Example() {
	s, err := store.Open("", store.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	outcomes, err := s.Put(&graph.Article{
		ID: "versailles", Hash: "9f2c", Title: "Putin and Macron at Versailles",
		Entities: []graph.Entity{
			{ID: "e1", Name: "Vladimir Putin", Type: graph.Person, Aliases: []string{"Putin"}},
			{ID: "e2", Name: "Emmanuel Macron", Type: graph.Person, Aliases: []string{"Macron"}},
		},
		Relations: []graph.Relation{{
			Subject: "e2", Predicate: "met", Object: "e1", Kind: graph.Event,
			Sentence: graph.Span{Start: 0, End: 31}, Evidence: "Macron met Putin at Versailles.",
		}},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(outcomes)

	putin, err := s.Lookup("putin")
	if err != nil {
		log.Fatal(err)
	}
	neighbours, err := s.Neighbours(putin[0].ID, store.Query{Depth: 1})
	if err != nil {
		log.Fatal(err)
	}
	for _, n := range neighbours {
		for _, r := range n.Relations {
			fmt.Printf("%s -%s-> %s: %q\n", n.Node.Name, r.Edge.Predicate, putin[0].Name, r.Evidence.Text)
		}
	}
	// Output:
	// [added]
	// Emmanuel Macron -met-> Vladimir Putin: "Macron met Putin at Versailles."
}
