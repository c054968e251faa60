package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/ingest"
)

// maxProblems bounds the problems an ingest's answer lists; the summary
// counts them all.
const maxProblems = 100

// ingest stores the articles of the body, JSON Lines as kg build reads
// them, through kg build's pipeline. Queries go on meanwhile and see each
// article once its batch is committed; one ingest runs at a time.
func (s *Server) ingest(w http.ResponseWriter, r *http.Request) error {
	if _, err := readParams(r); err != nil {
		return err
	}
	if s.opts.ReadOnly {
		return &apiError{status: http.StatusForbidden, message: "the server is read-only: it stores no articles"}
	}
	if r.ContentLength > s.opts.MaxIngestBytes {
		return &apiError{status: http.StatusRequestEntityTooLarge, message: fmt.Sprintf("the body is larger than %d bytes", s.opts.MaxIngestBytes)}
	}
	if !s.ingesting.TryLock() {
		return ErrIngestRunning
	}
	defer s.ingesting.Unlock()
	s.running.Store(true)
	defer s.running.Store(false)
	// A large body takes longer to send, and its answer to come, than a
	// query's; a ResponseWriter that cannot move its deadlines (a test's)
	// has none.
	controller := http.NewResponseController(w)
	deadline := time.Now().Add(s.opts.IngestTimeout)
	_ = controller.SetReadDeadline(deadline)
	_ = controller.SetWriteDeadline(deadline)
	body := &recordedBody{reader: r.Body}
	var answer ingestJSON
	answer.Problems = []problemJSON{}
	report := func(problem corpus.Problem) {
		if len(answer.Problems) < maxProblems {
			answer.Problems = append(answer.Problems, problemJSON{Line: problem.Line, Reason: problem.Reason, Skipped: problem.Skipped})
		}
		s.logf("kg serve: ingest: %v", problem)
	}
	// The articles read are stored even when the client goes away or
	// the server is shutting down: Serve waits for them.
	ctx := context.WithoutCancel(r.Context())
	src := ingest.Files([]string{"-"}, corpus.Options{Stdin: body})
	summary, err := ingest.Build(ctx, s.st, src, ingest.Options{Workers: s.opts.Workers, Problem: report})
	s.forgetAnalyses()
	if loadErr := s.loadMetrics(); err == nil {
		err = loadErr
	}
	if err != nil {
		return err
	}
	answer.Summary = summary
	answer.ElapsedMS = summary.Elapsed.Milliseconds()
	var tooLarge *http.MaxBytesError
	status := http.StatusOK
	switch {
	case errors.As(body.err, &tooLarge):
		status = http.StatusRequestEntityTooLarge
		answer.Incomplete = fmt.Sprintf("the body is larger than %d bytes: the articles before the cut are stored", tooLarge.Limit)
	case body.err != nil:
		answer.Incomplete = fmt.Sprintf("the body broke off (%v): the articles before the break are stored", body.err)
	}
	return writeJSON(w, status, answer)
}

// recordedBody keeps the error that ended the reading of a body, which
// the corpus reader reports only as a problem with its input.
type recordedBody struct {
	reader io.Reader
	err    error
}

func (b *recordedBody) Read(p []byte) (int, error) {
	n, err := b.reader.Read(p)
	if err != nil && !errors.Is(err, io.EOF) {
		b.err = err
	}
	return n, err
}
