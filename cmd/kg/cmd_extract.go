package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/ingest"
)

type extractOptions struct {
	Fields corpus.Fields
	// Text reads standard input as one plain-text article.
	Text bool
	// Stdin is read for the path "-"; nil means the process's standard
	// input.
	Stdin io.Reader
}

func (o *extractOptions) AddFlags(fs *flag.FlagSet) {
	addFieldFlags(fs, &o.Fields)
	fs.BoolVar(&o.Text, "text", false, "read standard input (-) as one plain-text article, not JSON Lines")
}

// runExtract prints one JSON line per document, in input order.
func runExtract(ctx context.Context, opts extractOptions, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError("extract: no PATH given (use - for standard input)")
	}
	skipped := 0
	var extractor ingest.Extractor
	p := ingest.NewPipeline(extractor.Extract, func(problem corpus.Problem) {
		if problem.Skipped {
			skipped++
		}
		fmt.Fprintf(stderr, "kg: %v\n", problem)
	})
	out := bufio.NewWriter(stdout)
	encoder := json.NewEncoder(out)
	encoder.SetEscapeHTML(false)
	src := ingest.Files(args, corpus.Options{Fields: opts.Fields, Stdin: opts.Stdin, StdinText: opts.Text})
	err := p.Run(ctx, src, func(it *ingest.Item) error {
		return encoder.Encode(withEmptyLists(it.Article))
	})
	if flushErr := out.Flush(); err == nil {
		err = flushErr
	}
	switch {
	case err != nil:
		return err
	case skipped > 0:
		return skippedInputs(skipped)
	}
	return nil
}

// withEmptyLists makes every list of a encode as [] rather than null, so
// that readers of the JSON need not tell the two apart.
func withEmptyLists(a *graph.Article) *graph.Article {
	if a.Entities == nil {
		a.Entities = []graph.Entity{}
	}
	if a.Relations == nil {
		a.Relations = []graph.Relation{}
	}
	for i := range a.Entities {
		entity := &a.Entities[i]
		if entity.Aliases == nil {
			entity.Aliases = []string{}
		}
		if entity.Mentions == nil {
			entity.Mentions = []graph.Mention{}
		}
	}
	return a
}
