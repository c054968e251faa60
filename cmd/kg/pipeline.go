package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/corpus"
)

// source emits documents in input order, as corpus.Read does once its paths
// and options are bound.
type source func(ctx context.Context, emit func(corpus.Document) error, warn func(corpus.Problem)) error

// corpusSource reads paths with corpus.Read.
func corpusSource(paths []string, options corpus.Options) source {
	return func(ctx context.Context, emit func(corpus.Document) error, warn func(corpus.Problem)) error {
		return corpus.Read(ctx, paths, options, emit, warn)
	}
}

// lazyExtractor loads the extraction models on first use, so that a run
// with nothing new to extract (a rebuild) never pays for them.
type lazyExtractor struct {
	once      sync.Once
	extractor *extract.Extractor
	err       error
}

func (l *lazyExtractor) extract(doc corpus.Document) (*graph.Article, error) {
	l.once.Do(func() { l.extractor, l.err = extract.New() })
	if l.err != nil {
		return nil, l.err
	}
	return l.extractor.Extract(extract.Document{
		ID:    doc.ID,
		Title: doc.Title,
		Text:  doc.Text,
		URL:   doc.URL,
		Date:  doc.Date,
	}), nil
}

// item is one document on its way through the pipeline.
type item struct {
	doc  corpus.Document
	hash string // hex SHA-256 of doc.Text
	// known: the store has this document with this text already, so it
	// is not extracted again.
	known   bool
	article *graph.Article
	err     error
	// failed: extracting this document failed unexpectedly; it is
	// reported and skipped, and the run goes on.
	failed any
	// abandoned: the run was cancelled before the item reached a worker.
	abandoned bool
	done      chan struct{}
}

// pipeline extracts documents on several goroutines and hands the results
// on in input order, so output and store ids do not depend on scheduling.
type pipeline struct {
	extract func(corpus.Document) (*graph.Article, error)
	// known, when set, reports whether a document needs no extraction,
	// or, with an error wrapping errCollision, that it is to be skipped.
	known   func(doc corpus.Document, hash string) (bool, error)
	warn    func(corpus.Problem)
	workers int
}

func newPipeline(extract func(corpus.Document) (*graph.Article, error), warn func(corpus.Problem)) *pipeline {
	// The reader and the loop that hands documents on both warn.
	var mu sync.Mutex
	locked := func(problem corpus.Problem) {
		mu.Lock()
		defer mu.Unlock()
		warn(problem)
	}
	return &pipeline{extract: extract, warn: locked, workers: runtime.GOMAXPROCS(0)}
}

// extractOne extracts it, catching a failure of the extractor on this one
// document (a bug it trips over) so that the rest of the run goes on.
func (p *pipeline) extractOne(it *item) {
	defer func() {
		if r := recover(); r != nil {
			it.failed = r
		}
	}()
	it.article, it.err = p.extract(it.doc)
}

// run reads src and calls handle for every document, in input order. When
// ctx is cancelled it stops reading, still hands on what was already
// extracted up to the first document still being extracted, and returns
// the cancellation at once: an article of megabytes may take minutes, and
// its extraction is left to end with the process. An error from handle
// stops the run and is returned.
func (p *pipeline) run(ctx context.Context, src source, handle func(*item) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// ordered bounds how far reading runs ahead of the slowest document.
	ordered := make(chan *item, 4*p.workers)
	work := make(chan *item)
	var workers sync.WaitGroup
	for range p.workers {
		workers.Go(func() {
			for it := range work {
				p.extractOne(it)
				close(it.done)
			}
		})
	}
	var readErr error
	read := make(chan struct{})
	go func() {
		defer close(read)
		defer close(ordered)
		defer close(work)
		readErr = src(ctx, func(doc corpus.Document) error {
			it := &item{doc: doc, hash: textHash(doc.Text), done: make(chan struct{})}
			if p.known != nil {
				known, err := p.known(doc, it.hash)
				if errors.Is(err, errCollision) {
					p.warn(problemAt(doc, err.Error()))
					return nil
				}
				if err != nil {
					return err
				}
				it.known = known
			}
			select {
			case ordered <- it:
			case <-ctx.Done():
				return ctx.Err()
			}
			if it.known {
				close(it.done)
				return nil
			}
			select {
			case work <- it:
			case <-ctx.Done():
				it.abandoned = true
				close(it.done)
				return ctx.Err()
			}
			return nil
		}, p.warn)
	}()
	var handleErr error
	unfinished := false
	for it := range ordered {
		select {
		case <-it.done:
		case <-ctx.Done():
			select {
			case <-it.done:
			default:
				unfinished = true
			}
		}
		if unfinished {
			break
		}
		if handleErr != nil || it.abandoned {
			continue
		}
		if it.failed != nil {
			p.warn(problemAt(it.doc, fmt.Sprintf("document %q skipped: extraction failed: %v", it.doc.ID, it.failed)))
			continue
		}
		if it.err != nil {
			handleErr = it.err
		} else {
			handleErr = handle(it)
		}
		if handleErr != nil {
			cancel()
		}
	}
	// The reader stops at the cancellation; it may ask p.known, so it must
	// be done before the caller closes what that reads.
	<-read
	if !unfinished {
		workers.Wait()
	}
	switch {
	case handleErr != nil:
		return handleErr
	case unfinished && readErr == nil:
		return ctx.Err()
	}
	return readErr
}

// problemAt reports doc as skipped for reason, where corpus reports the
// problems of its input.
func problemAt(doc corpus.Document, reason string) corpus.Problem {
	file := doc.Source
	if file == "-" {
		file = "stdin"
	}
	return corpus.Problem{File: file, Line: doc.Line, Reason: reason, Skipped: true}
}

func textHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
