package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"text/tabwriter"

	"github.com/kg-project/kg/graph"
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

// rankings are the measures kg top ranks by.
var rankings = map[string]func(graph.Metrics) float64{
	"pagerank":    func(m graph.Metrics) float64 { return m.PageRank },
	"betweenness": func(m graph.Metrics) float64 { return m.Betweenness },
	"degree":      func(m graph.Metrics) float64 { return float64(m.InDegree + m.OutDegree) },
	"harmonic":    func(m graph.Metrics) float64 { return m.Harmonic },
	"core":        func(m graph.Metrics) float64 { return float64(m.Core) },
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
	// value and pageRank are Value and the PageRank as the ranking
	// compares them, rounded by roundMeasure.
	value, pageRank float64
}

func runTop(ctx context.Context, opts topOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) > 0 {
		return usageError("top: unexpected argument %q", args[0])
	}
	measure, known := rankings[opts.By]
	if !known {
		return usageError("top: unknown measure %q (want pagerank, betweenness, degree, harmonic or core)", opts.By)
	}
	if opts.N < 1 {
		return usageError("top: -n must be at least 1")
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
	for i := range a.graph.Len() {
		n := a.graph.Node(i)
		if only != "" && n.Type != only {
			continue
		}
		m := a.metrics[n.ID]
		rows = append(rows, topRow{Name: n.Name, Type: n.Type, ID: n.ID, Value: measure(m), Metrics: m,
			value: roundMeasure(measure(m)), pageRank: roundMeasure(m.PageRank)})
	}
	slices.SortFunc(rows, func(a, b topRow) int {
		return cmp.Or(cmp.Compare(b.value, a.value), cmp.Compare(b.pageRank, a.pageRank), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	rows = rows[:min(opts.N, len(rows))]
	if opts.JSON {
		return json.NewEncoder(stdout).Encode(rows)
	}
	// The ranking's measure comes first, so it is not shown again.
	columns := slices.DeleteFunc(slices.Clone(topColumns), func(c topColumn) bool { return c.name == opts.By })
	table := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
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

// measureDigits is the precision at which rankings compare measures.
const measureDigits = 12

// roundMeasure rounds v to measureDigits significant digits for a ranking
// to compare: nodes in symmetric places of the graph can get values that
// differ in their last bits, by the order of a sum, and those count as
// tied, so that the ranking falls to names for them as it does for equal
// values.
func roundMeasure(v float64) float64 {
	// FormatFloat's output, NaN and infinities included, always parses.
	rounded, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', measureDigits, 64), 64)
	return rounded
}
