package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"slices"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// topPredicates is how many predicates the table shows; --json gives all.
const topPredicates = 10

type statsOptions struct {
	DB   string
	JSON bool
}

func (o *statsOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.BoolVar(&o.JSON, "json", o.JSON, "print JSON instead of a table")
}

func runStats(ctx context.Context, opts statsOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) > 0 {
		return usageError("stats: unexpected argument %q", args[0])
	}
	st, err := openStore(opts.DB, readStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	stats, err := st.Stats()
	if err != nil {
		return err
	}
	if opts.JSON {
		return writeJSON(stdout, stats)
	}
	return writeStatsTable(stdout, stats)
}

func writeStatsTable(w io.Writer, stats store.Stats) error {
	table := newTable(w)
	entities := 0
	for _, count := range stats.Entities {
		entities += count
	}
	fmt.Fprintf(table, "documents\t%d\t\n", stats.Documents)
	fmt.Fprintf(table, "duplicates\t%d\t\n", stats.Duplicates)
	fmt.Fprintf(table, "entities\t%d\t\n", entities)
	for _, t := range graph.Types {
		fmt.Fprintf(table, "  %s\t%d\t\n", t, stats.Entities[t])
	}
	fmt.Fprintf(table, "edges\t%d\t\n", stats.Edges)
	fmt.Fprintf(table, "evidence\t%d\t\n", stats.Evidence)
	if err := table.Flush(); err != nil {
		return err
	}
	predicates := make([]string, 0, len(stats.Predicates))
	for predicate := range stats.Predicates {
		predicates = append(predicates, predicate)
	}
	slices.SortFunc(predicates, func(a, b string) int {
		return cmp.Or(stats.Predicates[b]-stats.Predicates[a], cmp.Compare(a, b))
	})
	if len(predicates) == 0 {
		return nil
	}
	fmt.Fprintf(w, "\ntop predicates (edges):\n")
	table = newTable(w)
	for _, predicate := range predicates[:min(topPredicates, len(predicates))] {
		fmt.Fprintf(table, "  %s\t%d\t\n", printable(predicate), stats.Predicates[predicate])
	}
	return table.Flush()
}
