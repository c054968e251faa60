// Command gazetteerdata writes the gazetteer's list of listed companies,
// extract/gazetteer/data/listed.tsv, from the S&P 500 constituents table
// of the datasets/s-and-p-500-companies project and, after those, the
// companies of the symbol directories of the US exchanges of the
// datasets/nasdaq-listings and datasets/nyse-other-listings projects (all
// ODC-PDDL-1.0; see extract/gazetteer/SOURCES.md for the versions read).
//
// Usage, from the repository root:
//
//	go run ./internal/gazetteerdata -csv constituents.csv -nasdaq nasdaq-listed.csv -other other-listed.csv
//
// -nasdaq and -other are optional. Only the S&P 500's companies also go
// by a short name without a word of business (see names.go).
//
// For each company it derives the names news uses (see names.go): the
// listed name without a share class or a legal form ("Adobe" of "Adobe
// Inc."), and a short name without a word of its line of business
// ("Akamai" of "Akamai Technologies"), the longer forms kept as aliases.
// A name is left out when the gazetteer's other files already hold it
// (the company whole when it is one of them), and when it is three
// capitals or fewer, a common word, a personal name, a place or another
// kind of name, or on a short hand list (see rules.go): text of the BBC,
// Reuters-21578 and CoNLL-2003 corpora (-bbc, -reuters, -conll) shows how
// often it is written in lower case and how CoNLL tags it, and the
// embedded NER model's lexicon which type news gives it. A company with
// no name left is left out.
//
// The output is deterministic: the same table, corpora and model give the
// same bytes. Exit codes: 0 on success, 1 on any error, 2 on bad flags.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

func main() {
	var opts options
	flags := flag.NewFlagSet("gazetteerdata", flag.ContinueOnError)
	opts.addFlags(flags)
	if err := flags.Parse(os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		os.Exit(2)
	}
	if opts.csvPath == "" {
		fmt.Fprintln(os.Stderr, "gazetteerdata: -csv is required")
		os.Exit(2)
	}
	if err := run(opts, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
