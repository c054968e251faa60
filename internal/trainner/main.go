// Command trainner trains kg's named-entity model on CoNLL-2003 English and
// writes it where package ner embeds it.
//
// Usage, from the repository root:
//
//	go run ./internal/trainner [-train path] [-out path] [-valid path]
//
// Paths default to ../shared/data/conll2003/train.txt and
// extract/ner/model.bin.gz. With -valid, the new model's entity F1 on that
// file is printed. Training is deterministic: the same data and flags give
// the same model bytes.
//
// Besides CoNLL, it reads the BBC and Reuters-21578 text (-bbc, -reuters)
// to cluster words, and the GMB corpus (-gmb) for a lexicon of the labels
// GMB gives capitalised words. A first model then tags the BBC and Reuters
// text, the labels it gives words that neither GMB nor CoNLL train knows
// join the lexicon (-tagged-min-count), and the model is trained again.
// -gmb-weight trains on GMB's sentences as well, at that weight; it is off
// by default because GMB's conventions cost F1 on CoNLL.
//
// Exit codes: 0 on success, 1 on any error, 2 on bad flags.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

func main() {
	var opts options
	flags := flag.NewFlagSet("trainner", flag.ContinueOnError)
	opts.addFlags(flags)
	if err := flags.Parse(os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		os.Exit(2)
	}
	if err := run(opts, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
