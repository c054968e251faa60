package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/ingest"
)

// never keeps a progress from showing anything by itself, so that a test
// decides when it does, as a clock would.
var never = progressOptions{after: time.Hour, every: time.Hour}

func TestProgressLine(t *testing.T) {
	tests := []struct {
		name     string
		total    int64
		read     int
		articles int
		elapsed  time.Duration
		want     string
	}{
		{"unknown total", 0, 500, 3, 10 * time.Second, "kg: 3 articles, 30 words/s, 10s elapsed"},
		{"a quarter read", 1000, 250, 3, 10 * time.Second, "kg: 3 articles, 30 words/s, 25% of 1000 B, 10s elapsed, about 30s left"},
		{"nothing read yet", 3 << 20, 0, 0, 1500 * time.Millisecond, "kg: 0 articles, 0 words/s, 0% of 3.0 MiB, 2s elapsed"},
		{"all read", 5 << 30, 5 << 30, 3, time.Minute + 4*time.Second, "kg: 3 articles, 5 words/s, 100% of 5.0 GiB, 1m4s elapsed"},
		{"more read than the files held", 1000, 1500, 3, 10 * time.Second, "kg: 3 articles, 30 words/s, 100% of 1000 B, 10s elapsed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := startProgress(&bytes.Buffer{}, false, never, tc.total)
			defer p.finish(ingest.Summary{})
			for range tc.articles {
				p.article(100)
			}
			p.bytesRead(tc.read)
			if got := p.line(p.started.Add(tc.elapsed)); got != tc.want {
				t.Errorf("line = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestProgressOnTerminal checks that on a terminal the progress line is
// rewritten in place and cleared for a problem and for the summary.
func TestProgressOnTerminal(t *testing.T) {
	var stderr bytes.Buffer
	p := startProgress(&stderr, false, never, 0)
	p.terminal = true
	p.article(10)
	first := p.line(p.started.Add(time.Second))
	p.show(p.started.Add(time.Second))
	p.problem(corpus.Problem{File: "a.txt", Reason: "empty", Skipped: true})
	p.article(10)
	second := p.line(p.started.Add(2 * time.Second))
	p.show(p.started.Add(2 * time.Second))
	p.show(p.started.Add(2 * time.Second))
	p.finish(ingest.Summary{Read: 2})
	want := "\r" + first + "\x1b[K" + eraseLine + "kg: a.txt: empty\n" +
		"\r" + second + "\x1b[K" + "\r" + second + "\x1b[K" + eraseLine + "kg: " + ingest.Summary{Read: 2}.String() + "\n"
	if got := stderr.String(); got != want {
		t.Errorf("stderr:\n%q\nwant\n%q", got, want)
	}
}

func TestProgressQuiet(t *testing.T) {
	var stderr bytes.Buffer
	p := startProgress(&stderr, true, progressOptions{after: time.Nanosecond, every: time.Millisecond}, 0)
	p.problem(corpus.Problem{File: "a.txt", Reason: "empty", Skipped: true})
	time.Sleep(10 * time.Millisecond)
	p.finish(ingest.Summary{Read: 1})
	if got, want := stderr.String(), "kg: a.txt: empty\n"; got != want {
		t.Errorf("quiet stderr %q, want only the problem %q", got, want)
	}
}

// progressLine matches a progress line of a build of files.
var progressLine = regexp.MustCompile(`^kg: \d+ articles?, \d+ words/s, \d+% of [\d.]+ [KMGTPE]?i?B, \d+s elapsed`)

// TestBuildShowsProgress builds with progress lines every millisecond
// and none held back: they come as plain lines, since standard error is
// no terminal, before the summary; --quiet leaves only the problems.
func TestBuildShowsProgress(t *testing.T) {
	dir := writeFiles(t, demoFiles(t))
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("demo files: %v", err)
	}
	// A file of unknown kind named on the command line is a problem,
	// reported and skipped.
	unknown := filepath.Join(dir, "notes.pdf")
	if err := os.WriteFile(unknown, []byte("%PDF-1.7"), 0o644); err != nil {
		t.Fatal(err)
	}
	fast := progressOptions{after: time.Nanosecond, every: time.Millisecond}
	for _, quiet := range []bool{false, true} {
		var out outputs
		opts := buildOptions{DB: filepath.Join(t.TempDir(), "kg.db"), Quiet: quiet, progress: fast}
		err := runBuild(context.Background(), opts, append(slices.Clone(paths), unknown), &out.stdout, &out.stderr)
		if exitCode(err) != exitSkipped || err.Error() != "1 input skipped" {
			t.Fatalf("quiet %t: build returned %v:\n%s", quiet, err, out.stderr.String())
		}
		lines := strings.Split(strings.TrimSuffix(out.stderr.String(), "\n"), "\n")
		if strings.ContainsRune(out.stderr.String(), '\r') {
			t.Errorf("quiet %t: a progress line is rewritten on what is no terminal:\n%q", quiet, out.stderr.String())
		}
		problem := "kg: " + unknown + ": "
		if quiet {
			if len(lines) != 1 || !strings.HasPrefix(lines[0], problem) {
				t.Errorf("--quiet printed more than the problem:\n%s", out.stderr.String())
			}
			continue
		}
		if last := lines[len(lines)-1]; !strings.HasPrefix(last, "kg: read 6 articles: 6 added") {
			t.Errorf("the summary is not last:\n%s", out.stderr.String())
		}
		shown := 0
		for _, line := range lines[:len(lines)-1] {
			switch {
			case progressLine.MatchString(line):
				shown++
			case !strings.HasPrefix(line, problem):
				t.Errorf("unexpected line %q", line)
			}
		}
		if shown == 0 {
			t.Errorf("no progress line:\n%s", out.stderr.String())
		}
	}
}

func TestInputSize(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "12345", "b.jsonl": "123", "sub/c.txt": "1"})
	tests := []struct {
		paths []string
		want  int64
	}{
		{[]string{filepath.Join(dir, "a.txt")}, 5},
		{[]string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.jsonl")}, 8},
		{[]string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "sub")}, 0},
		{[]string{filepath.Join(dir, "a.txt"), "-"}, 0},
		{[]string{filepath.Join(dir, "none.txt")}, 0},
		{[]string{filepath.Join(dir, "none.txt"), filepath.Join(dir, "b.jsonl")}, 3},
		{[]string{os.DevNull}, 0},
	}
	for _, tc := range tests {
		if got := inputSize(tc.paths); got != tc.want {
			t.Errorf("inputSize(%q) = %d, want %d", tc.paths, got, tc.want)
		}
	}
}

// TestBuildQuietCurates checks that --quiet also leaves out the count of
// stored articles a new curation file changed, not the curation.
func TestBuildQuietCurates(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	mustRunKG(t, "build", "--db", db, writeFiles(t, demoFiles(t)))
	run := mustRunKG(t, "build", "--quiet", "--db", db, "--rules", writeRules(t, demoRules))
	if len(run.stderr) > 0 {
		t.Errorf("kg build --quiet --rules said:\n%s", run.stderr)
	}
	if _, found := entitiesByName(t, db)["PERSON/Olaf Scholz"]; found {
		t.Error("kg build --quiet --rules did not curate the stored articles")
	}
}
