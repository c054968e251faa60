package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/store"
)

// putBatch is how many articles share one store.Put: large enough to
// amortise a transaction, small enough that Ctrl-C loses little work.
const putBatch = 64

type buildOptions struct {
	DB     string
	Fields corpus.Fields
}

func (o *buildOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	addFieldFlags(fs, &o.Fields)
}

// buildSummary counts what a build did.
type buildSummary struct {
	read, added, replaced, unchanged, duplicates, skipped int
	words                                                 int
	elapsed                                               time.Duration
}

func (s buildSummary) String() string {
	rate := 0.0
	if s.elapsed > 0 {
		rate = float64(s.words) / s.elapsed.Seconds()
	}
	return fmt.Sprintf("read %d articles: %d added, %d replaced, %d unchanged, %d duplicates, %d skipped; %d words extracted, %.0f words/s; %s elapsed",
		s.read, s.added, s.replaced, s.unchanged, s.duplicates, s.skipped, s.words, rate, s.elapsed.Round(time.Millisecond))
}

func (s *buildSummary) count(outcomes []store.Outcome) {
	for _, outcome := range outcomes {
		switch outcome {
		case store.Added:
			s.added++
		case store.Replaced:
			s.replaced++
		case store.Unchanged:
			s.unchanged++
		case store.Duplicate:
			s.duplicates++
		}
	}
}

func runBuild(ctx context.Context, opts buildOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) == 0 {
		return usageError("build: no PATH given")
	}
	st, err := openStore(opts.DB, false)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	return build(ctx, st, corpusSource(args, corpus.Options{Fields: opts.Fields}), stderr)
}

// build reads src into st and prints problems and a summary to stderr.
func build(ctx context.Context, st *store.Store, src source, stderr io.Writer) error {
	started := time.Now()
	var summary buildSummary
	var extractor lazyExtractor
	p := newPipeline(extractor.extract, func(problem corpus.Problem) {
		if problem.Skipped {
			summary.skipped++
		}
		fmt.Fprintf(stderr, "kg: %v\n", problem)
	})
	p.known = st.HasArticle
	batch := make([]*graph.Article, 0, putBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		outcomes, err := st.Put(batch...)
		if err != nil {
			return err
		}
		summary.count(outcomes)
		batch = batch[:0]
		return nil
	}
	runErr := p.run(ctx, src, func(it *item) error {
		summary.read++
		if it.known {
			summary.unchanged++
			return nil
		}
		// The store identifies content by this hash; it must be the
		// one HasArticle was asked about.
		it.article.Hash = it.hash
		summary.words += it.article.Words
		batch = append(batch, it.article)
		if len(batch) < putBatch {
			return nil
		}
		return flush()
	})
	// An interrupted run still stores what it extracted; a failed Put is
	// not tried again.
	if runErr == nil || ctx.Err() != nil {
		if err := flush(); err != nil {
			runErr = err
		}
	}
	summary.elapsed = time.Since(started)
	fmt.Fprintf(stderr, "kg: %v\n", summary)
	switch {
	case runErr != nil && ctx.Err() != nil:
		return fmt.Errorf("interrupted after storing %d articles: %w", summary.added+summary.replaced+summary.duplicates, runErr)
	case runErr != nil:
		return runErr
	case summary.skipped > 0:
		return fail(errSkipped, "%d inputs skipped", summary.skipped)
	}
	return nil
}
