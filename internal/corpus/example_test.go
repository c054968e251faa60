package corpus_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/kg-project/kg/internal/corpus"
)

func ExampleRead() {
	feed := strings.NewReader(`{"id":"v1","title":"Versailles talks","date":"2017-05-29","text":"Macron met Putin."}
{"text":"No id here, so one is made from the line."}
{"title":"No text"}
`)
	err := corpus.Read(context.Background(), []string{"-"}, corpus.Options{Stdin: feed},
		func(document corpus.Document) error {
			fmt.Printf("%s %q %s\n", document.ID, document.Title, document.Date.Format("2006-01-02"))
			return nil
		},
		func(problem corpus.Problem) { fmt.Println("warning:", problem) })
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// v1 "Versailles talks" 2017-05-29
	// stdin:2 "" 0001-01-01
	// warning: stdin:3: "text" is missing
}
