package pipeline

import (
	"context"
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/filter"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/store/bundle"
)

// Config is what one build reads and writes.
type Config struct {
	// Paths are the inputs, as kg build takes them (files and folders),
	// glob patterns expanded (see Expand). kg build of the same paths
	// gives the same article ids.
	Paths  []string
	Fields corpus.Fields
	Bundle string // the directory the graph bundle is written to
	Shards int    // the bundle's files; <= 0: DefaultShards
	// NQuads, when set, is the directory RDF N-Quads of the graph are
	// written to, with IRIs under Base (see nquads.go).
	NQuads string
	Base   string
	// Neo4j, when set, is the directory neo4j-admin import CSV files are
	// written to (see neo4j.go).
	Neo4j string
}

// DefaultShards is how many files a bundle has unless told otherwise.
const DefaultShards = 8

// Expand returns the input paths that paths stand for: each path, or the
// paths its glob pattern matches, in order. A pattern that matches
// nothing is an error.
func Expand(paths []string) ([]string, error) {
	var expanded []string
	for _, path := range paths {
		if !strings.ContainsAny(path, `*?[`) {
			expanded = append(expanded, path)
			continue
		}
		matches, err := filepath.Glob(path)
		if err != nil {
			return nil, fmt.Errorf("pipeline: pattern %q: %w", path, err)
		}
		if len(matches) == 0 {
			return nil, fmt.Errorf("pipeline: pattern %q matches no file", path)
		}
		expanded = append(expanded, matches...)
	}
	return expanded, nil
}

// CheckBundle refuses a bundle directory that holds shards already: those
// of an earlier run with another --shards would stay beside the new ones
// and mix two graphs. dir may be any path Beam's file systems know.
func CheckBundle(ctx context.Context, dir string) error {
	glob := path.Join(dir, "*"+bundle.Extension)
	fs, err := filesystem.New(ctx, glob)
	if err != nil {
		return fmt.Errorf("pipeline: %w", err)
	}
	defer fs.Close()
	files, err := fs.List(ctx, glob)
	if err != nil {
		return fmt.Errorf("pipeline: list %s: %w", dir, err)
	}
	if len(files) > 0 {
		return fmt.Errorf("pipeline: %s holds a bundle already (%s); write to a new directory", dir, path.Base(files[0]))
	}
	return nil
}

// Construct adds the build of cfg to the pipeline of s. Paths must be
// expanded already (see Expand).
func Construct(s beam.Scope, cfg Config) {
	shards := cfg.Shards
	if shards <= 0 {
		shards = DefaultShards
	}
	indices := make([]int, len(cfg.Paths))
	for i := range indices {
		indices[i] = i
	}
	s = s.Scope("kg")
	documents := beam.ParDo(s.Scope("Read"), &readFn{Paths: cfg.Paths, Base: corpus.IDBase(cfg.Paths), Fields: cfg.Fields}, beam.CreateList(s, indices))
	firsts := beam.ParDo(s.Scope("Ids"), firstFn, beam.GroupByKey(s, documents))
	articles := beam.ParDo(s.Scope("Extract"), &extractFn{}, firsts)
	originals, duplicates := beam.ParDo2(s.Scope("Duplicates"), originalFn, beam.GroupByKey(s, articles))

	distinct := filter.Distinct(s.Scope("Names"), beam.ParDo(s.Scope("Names"), namesFn, originals))
	names := beam.ParDo(s.Scope("Number"), numberFn, beam.GroupByKey(s, beam.AddFixedKey(s, distinct)))

	own, contributions := beam.ParDo2(s.Scope("Records"), &recordsFn{}, originals, beam.SideInput{Input: names})
	summed := beam.CombinePerKey(s.Scope("Sum"), mergeFn, contributions)
	aggregates, parts := beam.ParDo2(s.Scope("Sum"), untagFn, summed)
	mentions := beam.ParDo(s.Scope("Mentions"), mentionsFn, own)
	byNode := beam.GroupByKey(s, beam.Flatten(s, parts, mentions))
	nodes, summaries := beam.ParDo2(s.Scope("Nodes"), &finishFn{}, byNode, beam.SideInput{Input: names})
	resolution := beam.ParDo(s.Scope("Resolve"), resolveFn, beam.GroupByKey(s, beam.AddFixedKey(s, summaries)), beam.SideInput{Input: names})

	records := beam.Flatten(s, duplicates, own, aggregates, nodes, resolution)
	byShard := beam.ParDo(s.Scope("Shard"), &shardFn{Shards: shards}, records)
	beam.ParDo0(s.Scope("Write"), &writeShardFn{Dir: cfg.Bundle, Shards: shards}, beam.GroupByKey(s, byShard))
	if cfg.NQuads != "" || cfg.Neo4j != "" {
		constructGraph(s, records, cfg, shards)
	}
}
