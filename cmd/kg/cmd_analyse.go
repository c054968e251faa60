package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/internal/ranking"
	"github.com/kg-project/kg/internal/wording"
	"github.com/kg-project/kg/store"
)

type analyseOptions struct {
	DB         string
	Resolution float64
	Sample     int
	Seed       uint64
	Force      bool
	Exclude    string
	JSON       bool
}

func (o *analyseOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.Float64Var(&o.Resolution, "resolution", o.Resolution, "Louvain resolution: above 1 smaller communities, below 1 larger")
	fs.IntVar(&o.Sample, "sample", o.Sample, fmt.Sprintf("estimate betweenness from this many source nodes (0: exact up to %d nodes, %d beyond)", analysis.ExactLimit, analysis.DefaultSample))
	fs.Uint64Var(&o.Seed, "seed", o.Seed, "seed of Louvain and of the sampled sources")
	fs.BoolVar(&o.Force, "force", o.Force, "recompute even if the stored analysis is current")
	addExcludeFlag(fs, &o.Exclude)
	fs.BoolVar(&o.JSON, "json", o.JSON, "print the summary as JSON")
}

func (o analyseOptions) analysisOptions() analysis.Options {
	return analysis.Options{Resolution: o.Resolution, Sample: o.Sample, Seed: o.Seed}
}

func runAnalyse(ctx context.Context, opts analyseOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) > 0 {
		return usageError("analyse: unexpected argument %q", args[0])
	}
	switch {
	case opts.Resolution <= 0:
		return usageError("analyse: --resolution must be above 0, not %g", opts.Resolution)
	case opts.Sample < 0:
		return usageError("analyse: --sample must be at least 0, not %d", opts.Sample)
	case opts.Seed == 0:
		return usageError("analyse: --seed must be above 0")
	}
	excluded, err := parseExclusion("analyse", opts.Exclude)
	if err != nil {
		return err
	}
	st, err := openStore(opts.DB, updateStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	started := time.Now()
	g, err := loadExcluded(ctx, st, excluded, stderr)
	if err != nil {
		return err
	}
	stored, found, err := st.Analysis()
	if err != nil {
		return err
	}
	options := opts.analysisOptions()
	current := found && !opts.Force && stored.Version == g.Version() && stored.Excluded == excluded.String() &&
		stored.Resolution == options.Resolution && stored.Seed == options.Seed && stored.Sample == options.EffectiveSample(g.Len())
	summary := stored
	if current {
		fmt.Fprintf(stderr, "kg: kept the stored analysis of %s and %s: it is current; --force recomputes it\n", wording.Count(stored.Nodes, "node", "nodes"), wording.Count(stored.Edges, "link", "links"))
	} else {
		if summary, err = storeAnalysis(ctx, st, g, excluded, options); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "kg: analysed %s and %s in %.2fs\n", wording.Count(summary.Nodes, "node", "nodes"), wording.Count(summary.Edges, "link", "links"), time.Since(started).Seconds())
	}
	if opts.JSON {
		encoder := json.NewEncoder(stdout)
		encoder.SetIndent("", "  ")
		return encoder.Encode(summary)
	}
	printAnalysis(stdout, summary)
	return nil
}

// storeAnalysis measures g, the graph of st without what excluded leaves
// out, and stores the analysis in st.
func storeAnalysis(ctx context.Context, st *store.Store, g *analysis.Graph, excluded *exclusion, options analysis.Options) (graph.Analysis, error) {
	result := analysis.Analyse(g, options)
	result.Summary.Excluded = excluded.String()
	if err := ctx.Err(); err != nil {
		return graph.Analysis{}, err
	}
	return result.Summary, st.PutAnalysis(result.Summary, result.Metrics)
}

func printAnalysis(w io.Writer, a graph.Analysis) {
	betweenness := "exact"
	if a.Sample > 0 {
		betweenness = "estimated from " + wording.Count(a.Sample, "source", "sources")
	}
	largest := a.ComponentSizes[:min(5, len(a.ComponentSizes))]
	excluded := cmp.Or(a.Excluded, "nothing")
	fmt.Fprintf(w, "version      %s\nnodes        %d\nlinks        %d\nexcluded     %s\ncommunities  %d (resolution %g, seed %d)\nmodularity   %.4f\ncomponents   %d, largest %v\nbetweenness  %s\n",
		a.Version, a.Nodes, a.Edges, excluded, a.Communities, a.Resolution, a.Seed, a.Modularity, len(a.ComponentSizes), largest, betweenness)
}

// loadAnalysed reads the graph of st without what excluded leaves out, and
// its analysis (ranking.Load), saying on stderr when it has to compute
// one, which a read-only command cannot store.
func loadAnalysed(ctx context.Context, st *store.Store, excluded *exclusion, stderr io.Writer) (ranking.Analysed, error) {
	if err := excluded.resolve(st, stderr); err != nil {
		return ranking.Analysed{}, err
	}
	computing := func(stale *graph.Analysis) {
		if stale != nil && stale.Excluded != excluded.String() {
			fmt.Fprintf(stderr, "kg: the stored analysis left out %s, this graph leaves out %s; computing its analysis (kg analyse --exclude %q stores it)\n",
				cmp.Or(stale.Excluded, "nothing"), cmp.Or(excluded.String(), "nothing"), excluded.String())
		} else {
			fmt.Fprintln(stderr, "kg: the graph has no current analysis; computing one (kg analyse stores it)")
		}
	}
	a, err := ranking.Load(st, excluded.Graph(analysis.Cancellable(ctx, st)), excluded.String(), computing)
	if err != nil {
		return a, err
	}
	return a, ctx.Err()
}
