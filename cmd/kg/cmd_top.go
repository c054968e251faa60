package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/ranking"
)

type topOptions struct {
	DB      string
	By      string
	N       int
	Type    string
	Exclude string
	JSON    bool
}

func (o *topOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.StringVar(&o.By, "by", o.By, "rank by pagerank, betweenness, degree, harmonic or core")
	fs.IntVar(&o.N, "n", o.N, "how many entities to show")
	fs.StringVar(&o.Type, "type", o.Type, "only entities of this type (PERSON, ORG, GPE, LOC)")
	addExcludeFlag(fs, &o.Exclude)
	fs.BoolVar(&o.JSON, "json", o.JSON, "print a JSON array instead of a table")
}

// topColumn is a measure kg top shows after each entity's name and type.
type topColumn struct {
	name  string
	value func(graph.Metrics) string
}

var topColumns = []topColumn{
	{"pagerank", func(m graph.Metrics) string { return strconv.FormatFloat(m.PageRank, 'f', 6, 64) }},
	{"degree", func(m graph.Metrics) string { return strconv.Itoa(m.InDegree + m.OutDegree) }},
	{"community", func(m graph.Metrics) string { return strconv.Itoa(m.Community) }},
}

// topRow is one line of kg top.
type topRow struct {
	Name    string        `json:"name"`
	Type    graph.Type    `json:"type"`
	ID      uint64        `json:"id"`
	Value   float64       `json:"value"`
	Metrics graph.Metrics `json:"metrics"`
}

func runTop(ctx context.Context, opts topOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) > 0 {
		return usageError("top: unexpected argument %q", args[0])
	}
	if _, known := ranking.Measures[opts.By]; !known {
		return usageError("top: unknown measure %q (want pagerank, betweenness, degree, harmonic or core)", opts.By)
	}
	if opts.N < 1 {
		return usageError("top: -n must be at least 1, not %d", opts.N)
	}
	var only graph.Type
	if opts.Type != "" {
		if only, err = parseType("top", "type", opts.Type); err != nil {
			return err
		}
	}
	excluded, err := parseExclusion("top", opts.Exclude)
	if err != nil {
		return err
	}
	st, err := openStore(opts.DB, readStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	a, err := loadAnalysed(ctx, st, excluded, stderr)
	if err != nil {
		return err
	}
	var rows []topRow
	for _, row := range ranking.Top(a, opts.By, only, opts.N) {
		rows = append(rows, topRow{Name: row.Node.Name, Type: row.Node.Type, ID: row.Node.ID, Value: row.Value, Metrics: row.Metrics})
	}
	if opts.JSON {
		return json.NewEncoder(stdout).Encode(rows)
	}
	// The ranking's measure comes first, so it is not shown again.
	columns := slices.DeleteFunc(slices.Clone(topColumns), func(c topColumn) bool { return c.name == opts.By })
	table := newTable(stdout)
	fmt.Fprintf(table, "#\t%s\tname\ttype", opts.By)
	for _, column := range columns {
		fmt.Fprintf(table, "\t%s", column.name)
	}
	fmt.Fprintln(table)
	for i, row := range rows {
		fmt.Fprintf(table, "%d\t%.6g\t%s\t%s", i+1, row.Value, printable(row.Name), row.Type)
		for _, column := range columns {
			fmt.Fprintf(table, "\t%s", column.value(row.Metrics))
		}
		fmt.Fprintln(table)
	}
	return table.Flush()
}
