package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/wording"
	"github.com/kg-project/kg/store"
)

// putBatch is how many articles share one store.Put: large enough to
// amortise a transaction, small enough that Ctrl-C loses little work.
const putBatch = 64

// queuedBatches is how many full batches may wait for the store while
// extraction goes on: enough to keep both sides busy, few enough that
// memory does not depend on the corpus.
const queuedBatches = 2

// Summary counts what a build did.
type Summary struct {
	Read       int           `json:"read"`
	Added      int           `json:"added"`
	Replaced   int           `json:"replaced"`
	Unchanged  int           `json:"unchanged"`
	Duplicates int           `json:"duplicates"`
	Skipped    int           `json:"skipped"`
	Words      int           `json:"words"`
	Elapsed    time.Duration `json:"-"`
	PeakMemory int64         `json:"-"` // bytes; 0 when unknown
}

func (s Summary) String() string {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Words) / s.Elapsed.Seconds()
	}
	memory := ""
	if s.PeakMemory > 0 {
		memory = fmt.Sprintf("; peak memory %d MiB", s.PeakMemory>>20)
	}
	return fmt.Sprintf("read %s: %d added, %d replaced, %d unchanged, %s, %d skipped; %s extracted, %.0f words/s%s; %s elapsed",
		wording.Count(s.Read, "article", "articles"), s.Added, s.Replaced, s.Unchanged, wording.Count(s.Duplicates, "duplicate", "duplicates"), s.Skipped,
		wording.Count(s.Words, "word", "words"), rate, memory, s.Elapsed.Round(time.Millisecond))
}

// Stored counts the articles a build wrote to the store.
func (s Summary) Stored() int { return s.Added + s.Replaced + s.Duplicates }

func (s *Summary) count(outcomes []store.Outcome) {
	for _, outcome := range outcomes {
		switch outcome {
		case store.Added:
			s.Added++
		case store.Replaced:
			s.Replaced++
		case store.Unchanged:
			s.Unchanged++
		case store.Duplicate:
			s.Duplicates++
		}
	}
}

// Options tune Build.
type Options struct {
	Workers int // extraction goroutines; <= 0: one per core (GOMAXPROCS)
	// Problem, when set, is told of every problem with the input, one at
	// a time.
	Problem func(corpus.Problem)
	// Article, when set, is told of every article handed to the store,
	// with its words (0 for one stored already, or whose text is), on
	// one goroutine.
	Article func(words int)
}

// Build reads src into st, extracting on opts.Workers goroutines while one
// goroutine stores the results in input order, then resolves the store's
// entities. The summary counts what it did, interrupted or not; Skipped
// counts the inputs it skipped, which are not an error. An interrupted
// build stores what it extracted and leaves the resolution to the next.
func Build(ctx context.Context, st *store.Store, src Source, opts Options) (Summary, error) {
	started := time.Now()
	var summary Summary
	var skipped atomic.Int64
	var extractor Extractor
	p := NewPipeline(extractor.Extract, func(problem corpus.Problem) {
		if problem.Skipped {
			skipped.Add(1)
		}
		if opts.Problem != nil {
			opts.Problem(problem)
		}
	})
	if opts.Workers > 0 {
		p.Workers = opts.Workers
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
	// A text the store holds under another id is that article's
	// duplicate: it takes the extraction stored with the article, which
	// extracting the same text again would give.
	p.held = func(doc corpus.Document, hash string) (*graph.Article, error) {
		a, err := st.HeldExtraction(contentKey(hash))
		if a != nil {
			a.ID, a.Title, a.Date, a.URL = doc.ID, doc.Title, doc.Date, doc.URL
		}
		return a, err
	}
	told := func(words int) {
		if opts.Article != nil {
			opts.Article(words)
		}
	}
	w := startWriter(st, p.warn)
	batch := make([]pending, 0, putBatch)
	runErr := p.Run(ctx, src, func(it *Item) error {
		summary.Read++
		if it.known {
			told(0)
			summary.Unchanged++
			return nil
		}
		told(it.Article.Words)
		// The store identifies content by this key; it must be the
		// one HasArticle was asked about.
		stamp(it.Article, it.Doc, it.hash)
		summary.Words += it.Article.Words
		batch = append(batch, pending{article: it.Article, source: it.Doc.Source, line: it.Doc.Line})
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
	summary.Added, summary.Replaced, summary.Duplicates = stored.Added, stored.Replaced, stored.Duplicates
	summary.Unchanged += stored.Unchanged
	summary.Skipped = int(skipped.Load())
	summary.Elapsed = time.Since(started)
	return summary, runErr
}

// Stamp sets what the store keeps of where a, extracted from doc, came
// from, as Build stores it: a.Hash, the key of its text as this
// extraction reads it, and a.Source.
func Stamp(a *graph.Article, doc corpus.Document) {
	stamp(a, doc, textHash(doc.Text))
}

func stamp(a *graph.Article, doc corpus.Document, textHash string) {
	a.Hash = contentKey(textHash)
	a.Source = sourceOf(doc)
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
	return &collisionError{id: id, storedFrom: storedFrom}
}

// collisionError says which source holds an id; its message is the
// report of the skipped document.
type collisionError struct{ id, storedFrom string }

func (e *collisionError) Error() string {
	return fmt.Sprintf("id %q is stored from %s; skipped", e.id, e.storedFrom)
}

func (e *collisionError) Unwrap() error { return ErrCollision }

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
// reports the articles the store skips as too large.
type writer struct {
	st      *store.Store
	warn    func(corpus.Problem) // reports the articles Put refused
	batches chan []pending
	failed  chan struct{} // closed when a Put fails
	done    chan struct{} // closed when the goroutine ends
	stored  Summary       // outcome counts; read after done
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
func (w *writer) close() (Summary, error) {
	close(w.batches)
	<-w.done
	return w.stored, w.err
}
