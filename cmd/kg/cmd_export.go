package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/graph/subgraph"
	"github.com/kg-project/kg/internal/ranking"
	"github.com/kg-project/kg/store"
)

type exportOptions struct {
	DB       string
	Format   string
	Output   string
	Metrics  bool
	Evidence int
	Filter   filterOptions
}

func (o *exportOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.StringVar(&o.Format, "format", o.Format, "output format: graphml, gexf or dot (default: from the extension of -o, else graphml)")
	fs.StringVar(&o.Output, "o", o.Output, "write to this file instead of standard output")
	fs.BoolVar(&o.Metrics, "metrics", o.Metrics, "add each entity's analysis (PageRank, community, ...) as attributes (GraphML, GEXF), or size DOT labels by PageRank")
	fs.IntVar(&o.Evidence, "evidence", o.Evidence, "add each edge's first N sentences and their document ids as attributes (GraphML, GEXF; 0: none)")
	o.Filter.AddFlags(fs)
}

// filterOptions select part of the graph, for kg export and kg render.
type filterOptions struct {
	MinWeight  int
	Types      string
	Predicates string
	Top        int
	Ego        string
	EgoType    string
	Depth      int
	Since      string
	Until      string
	Exclude    string
}

func (o *filterOptions) AddFlags(fs *flag.FlagSet) {
	addExcludeFlag(fs, &o.Exclude)
	fs.IntVar(&o.MinWeight, "min-weight", o.MinWeight, "only edges with at least this many evidence sentences")
	fs.StringVar(&o.Types, "types", o.Types, "only entities of these types, comma-separated (PERSON,ORG,GPE,LOC)")
	fs.StringVar(&o.Predicates, "predicates", o.Predicates, "only edges with these predicates, comma-separated")
	fs.IntVar(&o.Top, "top", o.Top, "only the N entities of highest PageRank (0: all)")
	fs.StringVar(&o.Ego, "ego", o.Ego, "only the entities around this one (see --depth): a name, or id:N")
	addTypeFlag(fs, &o.EgoType, "type", "the --ego entity", "--types filters the graph")
	fs.IntVar(&o.Depth, "depth", 1, "with --ego, how many edges away to reach")
	fs.StringVar(&o.Since, "since", o.Since, "only edges with evidence dated on or after this day (YYYY-MM-DD)")
	fs.StringVar(&o.Until, "until", o.Until, "only edges with evidence dated on or before this day (YYYY-MM-DD)")
}

func (o filterOptions) given() bool {
	return o.MinWeight > 0 || o.Types != "" || o.Predicates != "" || o.Top > 0 || o.Ego != "" || o.Since != "" || o.Until != ""
}

// criteria checks the filter flags and turns them into subgraph criteria,
// resolving --ego to an entity of st that excluded keeps.
func (o filterOptions) criteria(command string, st *store.Store, excluded *exclusion, stderr io.Writer) (subgraph.Criteria, error) {
	c := subgraph.Criteria{MinWeight: o.MinWeight, Top: o.Top, Depth: o.Depth}
	for _, bound := range []struct {
		flag  string
		value int
		least int
	}{{"min-weight", o.MinWeight, 0}, {"top", o.Top, 0}, {"depth", o.Depth, 1}} {
		if bound.value < bound.least && (bound.flag != "depth" || o.Ego != "") {
			return c, usageError("%s: --%s must be at least %d, not %d", command, bound.flag, bound.least, bound.value)
		}
	}
	for _, name := range splitList(o.Types) {
		t, err := parseType(command, "types", name)
		if err != nil {
			return c, err
		}
		c.Types = append(c.Types, t)
	}
	predicates, err := predicateList(st, command, "predicates", o.Predicates, stderr)
	if err != nil {
		return c, err
	}
	c.Predicates = predicates
	for _, bound := range []struct {
		flag, value string
		into        *time.Time
	}{{"since", o.Since, &c.Since}, {"until", o.Until, &c.Until}} {
		if bound.value == "" {
			continue
		}
		day, err := time.Parse(time.DateOnly, bound.value)
		if err != nil {
			return c, usageError("%s: --%s wants a day as YYYY-MM-DD, not %q", command, bound.flag, bound.value)
		}
		*bound.into = day
	}
	if o.Since != "" || o.Until != "" {
		if err := requireDates(command, st); err != nil {
			return c, err
		}
	}
	if o.EgoType != "" && o.Ego == "" {
		return c, usageError("%s: --type picks the type of the --ego entity; --types keeps entities of some types", command)
	}
	if o.Depth > 1 && o.Ego == "" {
		return c, usageError("%s: --depth counts edges from the --ego entity, and there is none", command)
	}
	egoType, err := parseTypeChoice(command, "type", o.EgoType)
	if err != nil {
		return c, err
	}
	if o.Ego != "" {
		node, err := resolveEntity(st, command+": --ego", o.Ego, egoType, stderr)
		if err != nil {
			return c, err
		}
		if excluded.Excludes(node.ID) {
			return c, usageError("%s: --ego %q (%s) is left out by --exclude", command, node.Name, entityID(node.ID))
		}
		c.Ego, c.HasEgo = node.ID, true
	}
	return c, nil
}

// requireDates fails when no evidence in st is dated: a date window would
// then keep no edge, whatever its days.
func requireDates(command string, st *store.Store) error {
	errDated := errors.New("dated")
	err := st.Edges(func(e graph.Edge) error {
		if !e.First.IsZero() {
			return errDated
		}
		return nil
	})
	switch {
	case errors.Is(err, errDated):
		return nil
	case err != nil:
		return err
	}
	return fail(errUndated, "%s: --since and --until keep edges by the dates of their evidence, and no article in the store has a date", command)
}

func splitList(list string) []string {
	var items []string
	for _, item := range strings.Split(list, ",") {
		if item = strings.TrimSpace(item); item != "" {
			items = append(items, item)
		}
	}
	return items
}

// measuredExclusion is what the measures of an export or a picture leave
// out of the graph (ranking.MeasuredExclusion).
func measuredExclusion(command string, st *store.Store) (*exclusion, error) {
	x, err := ranking.MeasuredExclusion(st)
	if err != nil {
		return nil, err
	}
	return &exclusion{Exclusion: x, command: command}, nil
}

// measuredGraph is a graph to export with the analysis of the whole graph
// and the criteria that selected it.
type measuredGraph struct {
	export.Graph
	ranking.Analysed
	criteria subgraph.Criteria
}

// selectGraph applies the filter flags to st's graph, without what
// --exclude leaves out, returning it with its analysis when withMetrics or
// the filter needs one.
func selectGraph(ctx context.Context, command string, st *store.Store, filter filterOptions, withMetrics bool, stderr io.Writer) (export.Graph, error) {
	excluded, err := parseExclusion(command, filter.Exclude)
	if err != nil {
		return nil, err
	}
	if err := excluded.resolve(st, stderr); err != nil {
		return nil, err
	}
	criteria, err := filter.criteria(command, st, excluded, stderr)
	if err != nil {
		return nil, err
	}
	var source export.Graph = excluded.Graph(analysis.Cancellable(ctx, st))
	if !withMetrics && filter.Top == 0 {
		if !filter.given() {
			return source, nil
		}
		return subgraph.Select(source, criteria, nil)
	}
	measured, err := measuredExclusion(command, st)
	if err != nil {
		return nil, err
	}
	a, err := loadAnalysed(ctx, st, measured, stderr)
	if err != nil {
		return nil, err
	}
	selected := source
	if filter.given() {
		if selected, err = subgraph.Select(source, criteria, a.PageRank); err != nil {
			return nil, err
		}
	}
	if !withMetrics {
		return selected, nil
	}
	return measuredGraph{Graph: selected, Analysed: a, criteria: criteria}, nil
}

func runExport(ctx context.Context, opts exportOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) > 0 {
		return usageError("export: unexpected argument %q", args[0])
	}
	if opts.Output != "" && opts.Output != "-" {
		if err := checkOutput("export", "-o", opts.Output); err != nil {
			return err
		}
	}
	format, err := exportFormat(opts, stderr)
	if err != nil {
		return err
	}
	if opts.Evidence < 0 {
		return usageError("export: --evidence must be at least 0, not %d", opts.Evidence)
	}
	st, err := openStore(opts.DB, readStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	g, err := selectGraph(ctx, "export", st, opts.Filter, opts.Metrics, stderr)
	if err != nil {
		return err
	}
	// One reader serves the evidence of every edge.
	return st.ReadEvidence(func(sentences *store.EvidenceReader) error {
		options := export.Options{Evidence: opts.Evidence, Sentences: sentences}
		if opts.Output == "" || opts.Output == "-" {
			out := bufio.NewWriter(stdout)
			if err := export.WriteWith(out, g, format, options); err != nil {
				return err
			}
			return out.Flush()
		}
		return writeFile(ctx, opts.Output, func(w io.Writer) error {
			return export.WriteWith(w, g, format, options)
		})
	})
}

// exportFormat is the format --format names, else the one the extension
// of -o names, else GraphML. A --format that the extension contradicts
// wins, with a warning.
func exportFormat(opts exportOptions, stderr io.Writer) (export.Format, error) {
	toFile := opts.Output != "" && opts.Output != "-"
	// A picture is kg render's.
	picture := ""
	switch {
	case isPicture(opts.Output) && (opts.Format == "" || isPicture("."+opts.Format)):
		picture = opts.Output
	case isPicture("." + opts.Format):
		picture = "FILE." + strings.ToLower(opts.Format)
	}
	if picture != "" {
		return "", usageError("export: writes the graph as GraphML, GEXF or DOT; kg render -o %s draws it as a picture", printable(picture))
	}
	if opts.Format == "" {
		if !toFile {
			return export.GraphML, nil
		}
		format, err := export.FormatOf(opts.Output)
		if err != nil {
			return "", usageError("%v; name the format with --format", err)
		}
		return format, nil
	}
	format, err := export.ParseFormat(opts.Format)
	if err != nil {
		// The message names the flag's value and starts "export:".
		return "", usageError("%v", err)
	}
	if implied, err := export.FormatOf(opts.Output); toFile && err == nil && implied != format {
		fmt.Fprintf(stderr, "kg: export: warning: writing %s to %s as --format says, though its extension means %s\n", format, opts.Output, implied)
	}
	return format, nil
}
