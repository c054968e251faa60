package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/store"
)

// putBatch is how many articles share one store.Put: large enough to
// amortise a transaction, small enough that Ctrl-C loses little work.
const putBatch = 64

// queuedBatches is how many full batches may wait for the store while
// extraction goes on: enough to keep both sides busy, few enough that
// memory does not depend on the corpus.
const queuedBatches = 2

type buildOptions struct {
	DB       string
	Fields   corpus.Fields
	Workers  int    // extraction goroutines; <= 0: one per core (GOMAXPROCS)
	Rules    string // curation file to keep with the store and apply; "": the store's own
	Quiet    bool   // print only the problems with the input, and errors
	progress progressOptions
}

func (o *buildOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	addFieldFlags(fs, &o.Fields)
	fs.IntVar(&o.Workers, "workers", o.Workers, "articles extracted at once (0: one per core)")
	fs.StringVar(&o.Rules, "rules", o.Rules, "curation `file` to keep with the store and apply to every article, stored or new")
	fs.BoolVar(&o.Quiet, "quiet", o.Quiet, "print neither progress (shown once a build has run 2s) nor the summary, only problems with the input and errors")
}

// buildSummary counts what a build did.
type buildSummary struct {
	read, added, replaced, unchanged, duplicates, skipped int
	words                                                 int
	elapsed                                               time.Duration
	peakMemory                                            int64 // bytes; 0 when unknown
}

func (s buildSummary) String() string {
	rate := 0.0
	if s.elapsed > 0 {
		rate = float64(s.words) / s.elapsed.Seconds()
	}
	memory := ""
	if s.peakMemory > 0 {
		memory = fmt.Sprintf("; peak memory %d MiB", s.peakMemory>>20)
	}
	return fmt.Sprintf("read %d articles: %d added, %d replaced, %d unchanged, %d duplicates, %d skipped; %d words extracted, %.0f words/s%s; %s elapsed",
		s.read, s.added, s.replaced, s.unchanged, s.duplicates, s.skipped, s.words, rate, memory, s.elapsed.Round(time.Millisecond))
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

// add merges the counts of another part of the build.
func (s *buildSummary) add(other buildSummary) {
	s.read += other.read
	s.added += other.added
	s.replaced += other.replaced
	s.unchanged += other.unchanged
	s.duplicates += other.duplicates
	s.skipped += other.skipped
	s.words += other.words
}

func runBuild(ctx context.Context, opts buildOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) == 0 && opts.Rules == "" {
		return usageError("build: no PATH given")
	}
	if opts.Workers < 0 {
		return usageError("build: --workers must be 0 or more, not %d", opts.Workers)
	}
	var rules []byte
	if opts.Rules != "" {
		if rules, err = os.ReadFile(opts.Rules); err != nil {
			return fmt.Errorf("build: read rules: %w", err)
		}
	}
	st, err := openStore(opts.DB, createStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	if opts.Rules != "" {
		if err := st.SetRules(opts.Rules, rules); err != nil {
			return err
		}
	}
	uncurated, err := applyRules(ctx, st, opts.Quiet, stderr)
	switch {
	case err == nil && len(args) > 0:
		report := startProgress(stderr, opts.Quiet, opts.progress, inputSize(args))
		src := corpusSource(args, corpus.Options{Fields: opts.Fields, Progress: report.bytesRead})
		err = buildOn(ctx, st, src, opts.Workers, report)
	case err == nil:
		// Curation alone changed articles: their entities are resolved
		// again, as a build does.
		err = st.Resolve()
	}
	if err == nil && uncurated > 0 {
		return fail(errSkipped, "%d stored articles not curated", uncurated)
	}
	return err
}

// applyRules curates the stored articles by the store's rules if they
// changed since it last did, or if that was interrupted, and says what it
// did, unless quiet and all went well. It returns how many articles it
// could not curate.
func applyRules(ctx context.Context, st *store.Store, quiet bool, stderr io.Writer) (int, error) {
	started := time.Now()
	done, err := st.ApplyRules(ctx)
	if done.Articles > 0 && !quiet || err != nil {
		fmt.Fprintf(stderr, "kg: curated %d stored articles by the store's rules in %s\n", done.Articles, time.Since(started).Round(time.Millisecond))
	}
	if done.Unextracted > 0 {
		fmt.Fprintf(stderr, "kg: %d articles were stored before the store kept extractions, and stay as they were: build them into a new store to curate them\n", done.Unextracted)
	}
	for _, skipped := range done.Skipped {
		fmt.Fprintf(stderr, "kg: document %q kept as it was: too large to store under the rules (%s)\n", store.ClipID(skipped.ID), skipped.Reason)
	}
	if err != nil && ctx.Err() != nil {
		err = fmt.Errorf("interrupted while curating the stored articles; the next kg build goes on with it: %w", err)
	}
	return done.Unextracted + len(done.Skipped), err
}

// build reads src into st on one extraction goroutine per core.
func build(ctx context.Context, st *store.Store, src source, stderr io.Writer) error {
	return buildOn(ctx, st, src, 0, startProgress(stderr, false, progressOptions{}, 0))
}

// buildOn reads src into st, extracting on workers goroutines (<= 0: one
// per core) while one goroutine stores the results in input order, and
// tells report of its problems, its progress and its summary.
func buildOn(ctx context.Context, st *store.Store, src source, workers int, report *progress) error {
	var summary buildSummary
	var skipped atomic.Int64
	var extractor lazyExtractor
	p := newPipeline(extractor.extract, func(problem corpus.Problem) {
		if problem.Skipped {
			skipped.Add(1)
		}
		report.problem(problem)
	})
	if workers > 0 {
		p.workers = workers
	}
	p.known = func(doc corpus.Document, hash string) (bool, error) {
		stored, err := st.ArticleSource(doc.ID)
		if err != nil {
			return false, err
		}
		if stored != "" && stored != sourceOf(doc) {
			return false, collision(doc.ID, stored)
		}
		return st.HasArticle(doc.ID, contentKey(hash))
	}
	w := startWriter(st, p.warn)
	batch := make([]pending, 0, putBatch)
	runErr := p.run(ctx, src, func(it *item) error {
		summary.read++
		if it.known {
			report.article(0)
			summary.unchanged++
			return nil
		}
		report.article(it.article.Words)
		// The store identifies content by this key; it must be the
		// one HasArticle was asked about.
		it.article.Hash = contentKey(it.hash)
		it.article.Source = sourceOf(it.doc)
		summary.words += it.article.Words
		batch = append(batch, pending{article: it.article, source: it.doc.Source, line: it.doc.Line})
		if len(batch) < putBatch {
			return nil
		}
		full := batch
		batch = make([]pending, 0, putBatch)
		return w.write(full)
	})
	// An interrupted run still stores what it extracted; a failed Put is
	// not tried again.
	if len(batch) > 0 && (runErr == nil || ctx.Err() != nil) {
		if err := w.write(batch); err != nil {
			runErr = err
		}
	}
	stored, writeErr := w.close()
	// A failed Put explains the end of a run better than a cancellation
	// that came after it.
	if writeErr != nil && (runErr == nil || ctx.Err() != nil) {
		runErr = writeErr
	}
	// The entities are resolved over the whole store once its articles
	// are in, so that they do not depend on the order of the input; an
	// interrupted run leaves that to the next.
	if writeErr == nil && ctx.Err() == nil {
		if err := st.Resolve(); err != nil && runErr == nil {
			runErr = err
		}
	}
	summary.add(stored)
	summary.skipped += int(skipped.Load())
	summary.elapsed = time.Since(report.started)
	summary.peakMemory = peakMemory()
	report.finish(summary)
	switch {
	case runErr != nil && ctx.Err() != nil:
		return fmt.Errorf("interrupted after storing %d articles: %w", summary.added+summary.replaced+summary.duplicates, runErr)
	case runErr != nil:
		return runErr
	case summary.skipped > 0:
		return skippedInputs(summary.skipped)
	}
	return nil
}

// sourceOf is where the store records that doc came from: its file made
// absolute and clean, or "-" for standard input. An id belongs to one
// source: an article of that id from another is a collision, reported and
// skipped.
func sourceOf(doc corpus.Document) string {
	if doc.Source == "-" {
		return doc.Source
	}
	if abs, err := filepath.Abs(doc.Source); err == nil {
		return abs
	}
	return filepath.Clean(doc.Source)
}

func collision(id, storedFrom string) error {
	return fail(errCollision, "id %q is stored from %s; skipped", id, storedFrom)
}

// contentKey identifies what the store holds for an article: its text,
// by hash, as read by this version of extraction. A store built by
// another version, or by a kg before versions, holds other keys, so a
// build extracts every article again and replaces it.
func contentKey(textHash string) string { return textHash + "/" + extract.Version }

// pending is an article waiting to be stored, with where it was read.
type pending struct {
	article *graph.Article
	source  string
	line    int
}

// writer stores batches of articles on its own goroutine, in the order
// they are given, so that extraction need not wait for the store. It
// reports the articles the store skips as too large on stderr.
type writer struct {
	st      *store.Store
	warn    func(corpus.Problem) // reports the articles Put refused
	batches chan []pending
	failed  chan struct{} // closed when a Put fails
	done    chan struct{} // closed when the goroutine ends
	stored  buildSummary  // outcome counts; read after done
	err     error         // the failed Put's; read after failed or done
}

func startWriter(st *store.Store, warn func(corpus.Problem)) *writer {
	w := &writer{
		st:      st,
		warn:    warn,
		batches: make(chan []pending, queuedBatches),
		failed:  make(chan struct{}),
		done:    make(chan struct{}),
	}
	go func() {
		defer close(w.done)
		for batch := range w.batches {
			if w.err != nil {
				continue
			}
			articles := make([]*graph.Article, len(batch))
			for i, p := range batch {
				articles[i] = p.article
			}
			outcomes, err := w.st.Put(articles...)
			var skipped *store.SkippedError
			if errors.As(err, &skipped) {
				w.report(batch, skipped)
				err = nil
			}
			if err != nil {
				w.err = err
				close(w.failed)
				continue
			}
			w.stored.count(outcomes)
			if err := w.reportCollisions(batch, outcomes); err != nil {
				w.err = err
				close(w.failed)
			}
		}
	}()
	return w
}

// reportCollisions reports the articles Put refused because their id is
// stored from another source. The build checks this before extracting,
// so only a store changed since then makes any.
func (w *writer) reportCollisions(batch []pending, outcomes []store.Outcome) error {
	for i, outcome := range outcomes {
		if outcome != store.Collision {
			continue
		}
		stored, err := w.st.ArticleSource(batch[i].article.ID)
		if err != nil {
			return err
		}
		w.warn(corpus.Problem{File: batch[i].source, Line: batch[i].line, Reason: collision(batch[i].article.ID, stored).Error(), Skipped: true})
	}
	return nil
}

// report says where each article the store skipped as too large was
// read, and why.
func (w *writer) report(batch []pending, skipped *store.SkippedError) {
	for _, article := range skipped.Articles {
		for _, p := range batch {
			if p.article.ID == article.ID {
				w.warn(corpus.Problem{
					File: p.source, Line: p.line, Skipped: true,
					Reason: fmt.Sprintf("document %q skipped: too large to store (%s)", store.ClipID(article.ID), article.Reason),
				})
				break
			}
		}
	}
}

// write queues a batch, waiting while the queue is full; after a failed
// Put it returns that Put's error instead.
func (w *writer) write(batch []pending) error {
	select {
	case <-w.failed:
		return w.err
	default:
	}
	select {
	case w.batches <- batch:
		return nil
	case <-w.failed:
		return w.err
	}
}

// close waits for the queued batches to be stored and returns the counts
// of their outcomes and the error of a failed Put.
func (w *writer) close() (buildSummary, error) {
	close(w.batches)
	<-w.done
	return w.stored, w.err
}

// peakMemory is the most resident memory the process has used, in bytes,
// as Linux reports it; 0 where that is unknown.
func peakMemory() int64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(status)) {
		value, found := strings.CutPrefix(line, "VmHWM:")
		if !found {
			continue
		}
		kibibytes, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 10, 64)
		if err != nil {
			return 0
		}
		return kibibytes << 10
	}
	return 0
}
