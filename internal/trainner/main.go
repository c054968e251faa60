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
