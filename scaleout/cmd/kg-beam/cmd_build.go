package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/wording"
	"github.com/kg-project/kg/scaleout/pipeline"

	// The runners kg-beam offers; each registers itself with Beam.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dataflow"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/flink"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/spark"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/universal"

	// The file systems a bundle may be written to.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
)

// runnerNames are the runners the imports above register, by the names
// Beam knows them. Beam ends the process on a name it does not know, so
// kg-beam checks the name first.
var runnerNames = []string{
	"prism", "PrismRunner",
	"dataflow", "DataflowRunner",
	"flink", "FlinkRunner",
	"spark", "SparkRunner",
	"universal", "portable", "PortableRunner",
}

// defaultRunner runs the pipeline in this process.
const defaultRunner = "prism"

type buildOptions struct {
	Bundle string
	Shards int
	NQuads string
	Base   string
	Neo4j  string
	Fields corpus.Fields
}

func (o *buildOptions) AddFlags(fs *flag.FlagSet) {
	fs.StringVar(&o.Bundle, "bundle", o.Bundle, "directory to write the graph bundle to (required; local or gs://)")
	fs.IntVar(&o.Shards, "shards", pipeline.DefaultShards, "files of the bundle")
	fs.StringVar(&o.NQuads, "nquads", o.NQuads, "also write the graph as RDF N-Quads to this directory")
	fs.StringVar(&o.Base, "base", o.Base, "IRI base of the N-Quads' entities, relations and evidence (required with --nquads)")
	fs.StringVar(&o.Neo4j, "neo4j", o.Neo4j, "also write neo4j-admin database import CSV files to this directory")
	fs.StringVar(&o.Fields.ID, "field-id", "id", "JSON Lines member or CSV column holding the document id")
	fs.StringVar(&o.Fields.Title, "field-title", "title", "JSON Lines member or CSV column holding the title")
	fs.StringVar(&o.Fields.Text, "field-text", "text", "JSON Lines member or CSV column holding the text")
	fs.StringVar(&o.Fields.Date, "field-date", "date", "JSON Lines member or CSV column holding the date")
	fs.StringVar(&o.Fields.URL, "field-url", "url", "JSON Lines member or CSV column holding the URL")
}

// runBuild runs the build of args as a Beam pipeline on the runner
// --runner names.
func runBuild(ctx context.Context, opts buildOptions, args []string, stdout, stderr io.Writer) error {
	switch {
	case len(args) == 0:
		return usageError("build: no PATH given")
	case opts.Bundle == "":
		return usageError("build: no --bundle given")
	case opts.Shards <= 0:
		return usageError("build: --shards must be 1 or more, not %d", opts.Shards)
	case opts.NQuads != "" && opts.Base == "":
		return usageError("build: --nquads needs --base, the IRI base of the graph")
	}
	if opts.Base != "" {
		if base, err := url.Parse(opts.Base); err != nil || !base.IsAbs() || !strings.HasSuffix(opts.Base, "/") && !strings.HasSuffix(opts.Base, "#") {
			return usageError("build: --base %q is not an absolute IRI ending in / or #", opts.Base)
		}
	}
	runner := *runners.Runner
	if runner == "" {
		runner = defaultRunner
	}
	if !slices.Contains(runnerNames, runner) {
		return usageError("build: unknown runner %q (want one of %v)", runner, runnerNames)
	}
	paths, err := pipeline.Expand(args)
	if err != nil {
		return usageError("build: %v", err)
	}
	if err := pipeline.CheckBundle(ctx, opts.Bundle); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	p, s := beam.NewPipelineWithRoot()
	pipeline.Construct(s, pipeline.Config{
		Paths: paths, Fields: opts.Fields, Bundle: opts.Bundle, Shards: opts.Shards,
		NQuads: opts.NQuads, Base: opts.Base, Neo4j: opts.Neo4j,
	})
	started := time.Now()
	result, err := beam.Run(ctx, runner, p)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	elapsed := time.Since(started).Round(time.Millisecond)
	summary, counted := pipeline.Summarise(result)
	if !counted {
		fmt.Fprintf(stderr, "kg-beam: wrote the graph bundle %s on %s in %s\n", opts.Bundle, runner, elapsed)
		return nil
	}
	if summary.Articles == 0 {
		return fmt.Errorf("build: no article read from the inputs (%d skipped): no bundle written", summary.Skipped)
	}
	fmt.Fprintf(stderr, "kg-beam: read %s, %s; wrote the graph bundle %s on %s in %s\n",
		wording.Count(int(summary.Articles), "article", "articles"), wording.Count(int(summary.Words), "word", "words"), opts.Bundle, runner, elapsed)
	if summary.Skipped > 0 {
		return skipped(summary.Skipped)
	}
	return nil
}
