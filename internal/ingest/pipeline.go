package ingest

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

// Source emits documents in input order, as corpus.Read does once its paths
// and options are bound.
type Source func(ctx context.Context, emit func(corpus.Document) error, warn func(corpus.Problem)) error

// Files reads paths with corpus.Read.
func Files(paths []string, options corpus.Options) Source {
	return func(ctx context.Context, emit func(corpus.Document) error, warn func(corpus.Problem)) error {
		return corpus.Read(ctx, paths, options, emit, warn)
	}
}

// Extractor loads the extraction models on first use, so that a run
// with nothing new to extract (a rebuild) never pays for them.
type Extractor struct {
	once      sync.Once
	extractor *extract.Extractor
	err       error
}

func (l *Extractor) Extract(doc corpus.Document) (*graph.Article, error) {
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

// Item is one document on its way through the pipeline.
type Item struct {
	Doc  corpus.Document
	hash string // hex SHA-256 of doc.Text
	// known: the store has this document with this text already, so it
	// is not extracted again.
	known bool
	// Article is the document's extraction; set before extraction when
	// the store holds the same text under another id (Pipeline.held).
	Article *graph.Article
	err     error
	// failed: extracting this document failed unexpectedly; it is
	// reported and skipped, and the run goes on.
	failed any
	// abandoned: the run was cancelled before the item reached a worker.
	abandoned bool
	// same is an earlier item of this run with the same text, still on
	// its way when this one was read, whose extraction this one takes.
	same *Item
	done chan struct{}
}

// takeSame gives it the outcome of the earlier item of the same text,
// which the loop that hands items on has handed on before it: a copy of
// its extraction under this document's id, title, date and address, or
// its failure. Extraction reads nothing else of a document.
func (it *Item) takeSame() {
	first := it.same
	it.same = nil
	it.abandoned, it.failed, it.err = first.abandoned, first.failed, first.err
	if first.Article != nil {
		a := *first.Article
		a.ID, a.Title, a.Date, a.URL = it.Doc.ID, it.Doc.Title, it.Doc.Date, it.Doc.URL
		it.Article = &a
	}
}

// Pipeline extracts documents on several goroutines and hands the results
// on in input order, so output and store ids do not depend on scheduling.
type Pipeline struct {
	extract func(corpus.Document) (*graph.Article, error)
	// known, when set, reports whether a document needs no extraction,
	// or, with an error wrapping ErrCollision, that it is to be skipped.
	known func(doc corpus.Document, hash string) (bool, error)
	// held, when set, returns the extraction of the same text that the
	// store holds under another id, which a document not known takes
	// rather than being extracted; nil when it holds none.
	held    func(doc corpus.Document, hash string) (*graph.Article, error)
	warn    func(corpus.Problem)
	Workers int // extraction goroutines
}

// NewPipeline returns a pipeline that extracts with extract on one
// goroutine per core and reports problems to warn, one at a time.
func NewPipeline(extract func(corpus.Document) (*graph.Article, error), warn func(corpus.Problem)) *Pipeline {
	// The reader and the loop that hands documents on both warn.
	var mu sync.Mutex
	locked := func(problem corpus.Problem) {
		mu.Lock()
		defer mu.Unlock()
		warn(problem)
	}
	return &Pipeline{extract: extract, warn: locked, Workers: runtime.GOMAXPROCS(0)}
}

// extractOne extracts it, catching a failure of the extractor on this one
// document (a bug it trips over) so that the rest of the run goes on.
func (p *Pipeline) extractOne(it *Item) {
	defer func() {
		if r := recover(); r != nil {
			it.failed = r
		}
	}()
	it.Article, it.err = p.extract(it.Doc)
}

// Run reads src and calls handle for every document, in input order. When
// ctx is cancelled it stops reading, still hands on what was already
// extracted up to the first document still being extracted, and returns
// the cancellation at once: an article of megabytes may take minutes, and
// its extraction is left to end with the process. An error from handle
// stops the run and is returned.
func (p *Pipeline) Run(ctx context.Context, src Source, handle func(*Item) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// ordered bounds how far reading runs ahead of the slowest document.
	ordered := make(chan *Item, 4*p.Workers)
	work := make(chan *Item)
	var workers sync.WaitGroup
	for range p.Workers {
		workers.Go(func() {
			for it := range work {
				p.extractOne(it)
				close(it.done)
			}
		})
	}
	// inFlight holds, by text, the items being extracted or waiting to
	// be handed on, so that a text met twice in one run is extracted once.
	var inFlightMu sync.Mutex
	inFlight := make(map[string]*Item)
	var readErr error
	read := make(chan struct{})
	go func() {
		defer close(read)
		defer close(ordered)
		defer close(work)
		readErr = src(ctx, func(doc corpus.Document) error {
			it := &Item{Doc: doc, hash: textHash(doc.Text), done: make(chan struct{})}
			if p.known != nil {
				known, err := p.known(doc, it.hash)
				if errors.Is(err, ErrCollision) {
					p.warn(problemAt(doc, err.Error()))
					return nil
				}
				if err != nil {
					return err
				}
				it.known = known
			}
			if !it.known && p.held != nil {
				held, err := p.held(doc, it.hash)
				if err != nil {
					return err
				}
				it.Article = held
			}
			if !it.known && it.Article == nil {
				inFlightMu.Lock()
				if first, ok := inFlight[it.hash]; ok {
					it.same = first
				} else {
					inFlight[it.hash] = it
				}
				inFlightMu.Unlock()
			}
			select {
			case ordered <- it:
			case <-ctx.Done():
				return ctx.Err()
			}
			if it.known || it.Article != nil || it.same != nil {
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
		if it.same != nil {
			it.takeSame()
		} else {
			inFlightMu.Lock()
			if inFlight[it.hash] == it {
				delete(inFlight, it.hash)
			}
			inFlightMu.Unlock()
		}
		if handleErr != nil || it.abandoned {
			continue
		}
		if it.failed != nil {
			p.warn(Failed(it.Doc, it.failed))
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

// Failed is the problem reported for doc when its extraction fails
// unexpectedly (the extractor panics with failure): it is skipped, and
// the rest of the run goes on.
func Failed(doc corpus.Document, failure any) corpus.Problem {
	return problemAt(doc, fmt.Sprintf("document %q skipped: extraction failed: %v", doc.ID, failure))
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
