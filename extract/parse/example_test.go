package parse_test

import (
	"fmt"

	"github.com/kg-project/kg/extract/parse"
)

func ExampleModel_Parse() {
	model, err := parse.Default()
	if err != nil {
		panic(err)
	}
	words := model.Parse([]string{"Ryanair", "was", "fined", "by", "the", "European", "Commission", "."})
	for i, word := range words {
		fmt.Printf("%d %s %s %s %d %s\n", i+1, word.Form, word.Lemma, word.UPOS, word.Head, word.Deprel)
	}
	// Output:
	// 1 Ryanair Ryanair PROPN 3 nsubj:pass
	// 2 was be AUX 3 aux:pass
	// 3 fined fine VERB 0 root
	// 4 by by ADP 7 case
	// 5 the the DET 7 det
	// 6 European european ADJ 7 amod
	// 7 Commission Commission PROPN 3 obl:agent
	// 8 . . PUNCT 3 punct
}
