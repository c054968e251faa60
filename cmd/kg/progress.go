package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/ingest"
	"github.com/kg-project/kg/internal/wording"
)

// A build shows its progress once it has run for progressAfter, so that a
// short one prints its summary alone: on a terminal as one line rewritten
// every terminalEvery, elsewhere (a log) as a line every plainEvery.
const (
	progressAfter = 2 * time.Second
	terminalEvery = 500 * time.Millisecond
	plainEvery    = 10 * time.Second
)

// eraseLine returns a terminal's cursor to the start of the line and
// clears the line.
const eraseLine = "\r\x1b[K"

// progressOptions time a build's progress lines. The zero value gives
// kg's timing; tests shorten it.
type progressOptions struct {
	after time.Duration // nothing is shown before
	every time.Duration // between two lines
}

// progress reports a build on standard error: the problems it meets, how
// far it has come while it runs, and its summary at the end. It owns
// standard error for the build, so that a problem never lands in the
// middle of a progress line.
type progress struct {
	stderr   io.Writer
	quiet    bool  // show neither progress nor the summary
	terminal bool  // stderr is a terminal: rewrite one line in place
	total    int64 // bytes of input; 0 when unknown
	started  time.Time

	articles atomic.Int64 // handed on, in input order
	words    atomic.Int64 // in the articles extracted
	read     atomic.Int64 // bytes of input

	mu    sync.Mutex
	drawn bool // a progress line stands unfinished on the terminal

	stop    chan struct{}
	stopped chan struct{}
}

// startProgress starts reporting a build of total bytes of input (0 when
// unknown) on stderr; quiet shows only the problems.
func startProgress(stderr io.Writer, quiet bool, opts progressOptions, total int64) *progress {
	p := &progress{
		stderr:   stderr,
		quiet:    quiet,
		terminal: isTerminal(stderr),
		total:    total,
		started:  time.Now(),
		stop:     make(chan struct{}),
		stopped:  make(chan struct{}),
	}
	if opts.after == 0 {
		opts.after = progressAfter
	}
	if opts.every == 0 {
		opts.every = plainEvery
		if p.terminal {
			opts.every = terminalEvery
		}
	}
	if quiet {
		close(p.stopped)
		return p
	}
	go func() {
		defer close(p.stopped)
		ticker := time.NewTicker(opts.every)
		defer ticker.Stop()
		for {
			select {
			case <-p.stop:
				return
			case now := <-ticker.C:
				if now.Sub(p.started) >= opts.after {
					p.show(now)
				}
			}
		}
	}()
	return p
}

func isTerminal(w io.Writer) bool {
	file, ok := w.(*os.File)
	return ok && fileIsTerminal(file)
}

// article counts an article handed on, of words words if extracted.
func (p *progress) article(words int) {
	p.articles.Add(1)
	p.words.Add(int64(words))
}

// bytesRead counts input read, as corpus.Options.Progress.
func (p *progress) bytesRead(n int) {
	p.read.Add(int64(n))
}

// problem reports a problem with the input.
func (p *progress) problem(problem corpus.Problem) {
	p.print(fmt.Sprintf("kg: %v\n", problem))
}

// print writes text, which ends a line, clearing the progress line first.
func (p *progress) print(text string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		io.WriteString(p.stderr, eraseLine)
		p.drawn = false
	}
	io.WriteString(p.stderr, text)
}

// show writes the progress line as of now.
func (p *progress) show(now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.terminal {
		io.WriteString(p.stderr, "\r"+p.line(now)+"\x1b[K")
		p.drawn = true
		return
	}
	io.WriteString(p.stderr, p.line(now)+"\n")
}

// line says how far the build has come at now: articles, rate and time,
// and with a known total the share of it read and an estimate of the time
// left at the pace so far.
func (p *progress) line(now time.Time) string {
	elapsed := now.Sub(p.started)
	rate := 0.0
	if elapsed > 0 {
		rate = float64(p.words.Load()) / elapsed.Seconds()
	}
	line := fmt.Sprintf("kg: %s, %.0f words/s", wording.Count(int(p.articles.Load()), "article", "articles"), rate)
	if p.total > 0 {
		read := min(p.read.Load(), p.total)
		line += fmt.Sprintf(", %d%% of %s", read*100/p.total, byteSize(p.total))
		if read > 0 && read < p.total {
			left := time.Duration(float64(elapsed) * float64(p.total-read) / float64(read))
			return line + fmt.Sprintf(", %s elapsed, about %s left", elapsed.Round(time.Second), left.Round(time.Second))
		}
	}
	return line + fmt.Sprintf(", %s elapsed", elapsed.Round(time.Second))
}

// finish stops the progress line and prints the summary, unless quiet.
func (p *progress) finish(summary ingest.Summary) {
	close(p.stop)
	<-p.stopped
	if !p.quiet {
		p.print(fmt.Sprintf("kg: %v\n", summary))
	}
}

// byteSize writes n bytes for a person: "812 B", "3.4 MiB".
func byteSize(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	value, prefix := float64(n)/unit, 0
	for value >= unit && prefix < len("KMGTPE")-1 {
		value /= unit
		prefix++
	}
	return fmt.Sprintf("%.1f %ciB", value, "KMGTPE"[prefix])
}

// inputSize is the number of bytes a build of paths reads when every path
// is a file (one that cannot be read counts 0: the build skips it), and 0
// (unknown) when one is a directory, a pipe or standard input.
func inputSize(paths []string) int64 {
	var total int64
	for _, path := range paths {
		if path == "-" {
			return 0
		}
		info, err := os.Stat(path)
		if err != nil {
			continue
		}
		if !info.Mode().IsRegular() {
			return 0
		}
		total += info.Size()
	}
	return total
}
