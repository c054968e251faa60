package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/corpus"
)

// numbered emits n documents with ids "0", "1", ...
func numbered(n int) Source {
	return func(ctx context.Context, emit func(corpus.Document) error, warn func(corpus.Problem)) error {
		for i := range n {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := emit(corpus.Document{ID: fmt.Sprint(i), Text: fmt.Sprint("text ", i)}); err != nil {
				return err
			}
		}
		return nil
	}
}

// unevenExtract takes longer for some documents than others, so that
// workers finish out of order.
func unevenExtract(doc corpus.Document) (*graph.Article, error) {
	if len(doc.ID)%2 == 1 {
		time.Sleep(time.Millisecond)
	}
	return &graph.Article{ID: doc.ID}, nil
}

func TestPipelineKeepsInputOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 7} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			p := NewPipeline(unevenExtract, func(corpus.Problem) {})
			p.Workers = workers
			p.known = func(doc corpus.Document, hash string) (bool, error) {
				id := doc.ID
				if hash != textHash(fmt.Sprint("text ", id)) {
					t.Errorf("hash of document %s is %s", id, hash)
				}
				return id == "5", nil
			}
			var got []string
			err := p.Run(context.Background(), numbered(100), func(it *Item) error {
				if it.known != (it.Doc.ID == "5") {
					t.Errorf("document %s: known = %v", it.Doc.ID, it.known)
				}
				if !it.known && it.Article.ID != it.Doc.ID {
					t.Errorf("document %s got the article of %s", it.Doc.ID, it.Article.ID)
				}
				got = append(got, it.Doc.ID)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			for i, id := range got {
				if id != fmt.Sprint(i) {
					t.Fatalf("item %d handed on as %s: %v", i, id, got)
				}
			}
			if len(got) != 100 {
				t.Errorf("%d items handed on, want 100", len(got))
			}
		})
	}
}

func TestPipelineStopsOnHandleError(t *testing.T) {
	stop := errors.New("stop")
	p := NewPipeline(unevenExtract, func(corpus.Problem) {})
	handled := 0
	err := p.Run(context.Background(), numbered(1000), func(it *Item) error {
		handled++
		if it.Doc.ID == "10" {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("run returned %v, want the handle error", err)
	}
	if handled != 11 {
		t.Errorf("handle called %d times, want 11: nothing after the error", handled)
	}
}

func TestPipelineReportsExtractionFailure(t *testing.T) {
	broken := errors.New("models missing")
	p := NewPipeline(func(corpus.Document) (*graph.Article, error) { return nil, broken }, func(corpus.Problem) {})
	err := p.Run(context.Background(), numbered(10), func(*Item) error {
		t.Error("handle called for a failed extraction")
		return nil
	})
	if !errors.Is(err, broken) {
		t.Errorf("run returned %v, want the extraction error", err)
	}
}

func TestPipelineHandsOnExtractedWorkWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := NewPipeline(unevenExtract, func(corpus.Problem) {})
	handled := 0
	err := p.Run(ctx, numbered(1000), func(it *Item) error {
		handled++
		if it.Doc.ID == "20" {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("run returned %v, want context.Canceled", err)
	}
	if handled < 21 || handled == 1000 {
		t.Errorf("handled %d items; want the 21 before the cancellation and those already read, not all", handled)
	}
}

// TestPipelineDoesNotWaitForUnfinishedExtractionWhenCancelled: once
// cancelled, run hands on what is extracted up to the first document still
// being extracted and returns, however long that one would take.
func TestPipelineDoesNotWaitForUnfinishedExtractionWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	endless := make(chan struct{})
	defer close(endless)
	p := NewPipeline(func(doc corpus.Document) (*graph.Article, error) {
		if doc.ID == "10" {
			<-endless
		}
		return &graph.Article{ID: doc.ID}, nil
	}, func(corpus.Problem) {})
	p.Workers = 2
	var handled []string
	err := p.Run(ctx, numbered(1000), func(it *Item) error {
		handled = append(handled, it.Doc.ID)
		if it.Doc.ID == "9" {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("run returned %v, want context.Canceled", err)
	}
	if want := "0 1 2 3 4 5 6 7 8 9"; strings.Join(handled, " ") != want {
		t.Errorf("handed on %v, want %s", handled, want)
	}
}

func TestPipelineSkipsADocumentTheExtractorFailsOn(t *testing.T) {
	failing := func(doc corpus.Document) (*graph.Article, error) {
		if doc.ID == "3" {
			var words []string
			_ = words[len(doc.Text)]
		}
		return &graph.Article{ID: doc.ID}, nil
	}
	var problems []corpus.Problem
	p := NewPipeline(failing, func(problem corpus.Problem) { problems = append(problems, problem) })
	p.Workers = 2
	src := func(ctx context.Context, emit func(corpus.Document) error, warn func(corpus.Problem)) error {
		for i := range 6 {
			if err := emit(corpus.Document{ID: fmt.Sprint(i), Text: fmt.Sprint("text ", i), Source: "feed.jsonl", Line: i + 1}); err != nil {
				return err
			}
		}
		return nil
	}
	var handled []string
	err := p.Run(context.Background(), src, func(it *Item) error {
		handled = append(handled, it.Doc.ID)
		return nil
	})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	if fmt.Sprint(handled) != "[0 1 2 4 5]" {
		t.Errorf("handled %v, want every document but 3", handled)
	}
	if len(problems) != 1 || !problems[0].Skipped || problems[0].File != "feed.jsonl" || problems[0].Line != 4 {
		t.Fatalf("problems %+v, want one skipped document at feed.jsonl:4", problems)
	}
	if msg := problems[0].Error(); !strings.Contains(msg, "feed.jsonl:4: document \"3\" skipped: extraction failed") {
		t.Errorf("problem reads %q", msg)
	}
}

// TestPipelineExtractsATextOnceARun: a text met again while its first
// document is still on its way is not extracted again; the later document
// takes the extraction under its own id, title, date and address, or the
// failure, and documents are handed on in input order.
func TestPipelineExtractsATextOnceARun(t *testing.T) {
	texts := []string{"alpha", "beta", "alpha", "boom", "alpha", "boom", "gamma"}
	var mu sync.Mutex
	calls := map[string]int{}
	// The first text waits until every document is read, so that the
	// later ones meet it on its way (or, should they be given to workers
	// of their own and hold them all, for a while).
	allRead := make(chan struct{})
	extract := func(doc corpus.Document) (*graph.Article, error) {
		if doc.Text == "alpha" {
			select {
			case <-allRead:
			case <-time.After(2 * time.Second):
			}
		}
		mu.Lock()
		calls[doc.Text]++
		mu.Unlock()
		if doc.Text == "boom" {
			panic("boom")
		}
		return &graph.Article{ID: doc.ID, Title: doc.Title, Words: len(doc.Text), Entities: []graph.Entity{{ID: "e1", Name: doc.Text}}}, nil
	}
	src := func(ctx context.Context, emit func(corpus.Document) error, warn func(corpus.Problem)) error {
		for i, text := range texts {
			if err := emit(corpus.Document{ID: fmt.Sprint(i), Title: fmt.Sprint("title ", i), Text: text, Source: "feed.jsonl", Line: i + 1}); err != nil {
				return err
			}
		}
		close(allRead)
		return nil
	}
	var problems []int
	p := NewPipeline(extract, func(problem corpus.Problem) { problems = append(problems, problem.Line) })
	p.Workers = 3
	var handled []string
	err := p.Run(context.Background(), src, func(it *Item) error {
		a := it.Article
		if a.ID != it.Doc.ID || a.Title != it.Doc.Title || a.Words != len(it.Doc.Text) || a.Entities[0].Name != it.Doc.Text {
			t.Errorf("document %s (%q) got %+v", it.Doc.ID, it.Doc.Text, a)
		}
		a.Source = it.Doc.ID
		handled = append(handled, it.Doc.ID)
		return nil
	})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	if fmt.Sprint(handled) != "[0 1 2 4 6]" {
		t.Errorf("handled %v, want every document but the two that fail", handled)
	}
	if fmt.Sprint(problems) != "[4 6]" {
		t.Errorf("problems at lines %v, want 4 and 6", problems)
	}
	for text, n := range calls {
		if n != 1 {
			t.Errorf("%q extracted %d times, want once", text, n)
		}
	}
}
