//go:build unix

package corpus_test

import (
	"context"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-project/kg/internal/corpus"
)

// hangLimit bounds every read that used to hang: far more than a read
// takes on a loaded machine, so that passing it means a hang.
const hangLimit = 30 * time.Second

// readBounded is readAll on its own goroutine, failing the test when Read
// has not returned within hangLimit. problem, when set, sees every
// problem as it is reported.
func readBounded(t *testing.T, ctx context.Context, paths []string, opts corpus.Options, problem func(corpus.Problem)) collected {
	t.Helper()
	done := make(chan collected, 1)
	go func() {
		var result collected
		result.err = corpus.Read(ctx, paths, opts,
			func(document corpus.Document) error {
				result.documents = append(result.documents, document)
				return nil
			},
			func(p corpus.Problem) {
				result.problems = append(result.problems, describe(p))
				if problem != nil {
					problem(p)
				}
			})
		done <- result
	}()
	select {
	case result := <-done:
		return result
	case <-time.After(hangLimit):
		t.Fatalf("Read of %q has not returned after %v", paths, hangLimit)
		return collected{}
	}
}

func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
}

// A named pipe with no writer reads as empty at once, one with a writer
// is read, and one whose writer never writes gives way to Ctrl-C.
func TestNamedPipes(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, name := range []string{"idle.txt", "idle.jsonl", "feed.jsonl", "silent.txt"} {
		mkfifo(t, name)
	}
	writeTree(t, ".", map[string]string{"after.txt": "After"})

	got := readBounded(t, context.Background(), []string{"idle.txt", "idle.jsonl", "after.txt"}, corpus.Options{}, nil)
	want := []string{
		"idle.txt: empty: a named pipe with no writer, or one that wrote nothing (skipped)",
		"idle.jsonl: empty: a named pipe with no writer, or one that wrote nothing (skipped)",
	}
	if got.err != nil || !slices.Equal(got.problems, want) || !slices.Equal(ids(got.documents), []string{"after.txt"}) {
		t.Errorf("no writer: Read = %v, ids %q, problems %q; want ids [after.txt], problems %q", got.err, ids(got.documents), got.problems, want)
	}

	// The writer opens the pipe after Read has.
	go func() {
		time.Sleep(50 * time.Millisecond)
		pipe, err := os.OpenFile("feed.jsonl", os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer pipe.Close()
		io.WriteString(pipe, "{\"text\":\"through a pipe\"}\n")
	}()
	// The document may come or the pipe be found without writer; either
	// way Read returns and reports.
	got = readBounded(t, context.Background(), []string{"feed.jsonl"}, corpus.Options{}, nil)
	if got.err != nil || len(got.documents)+len(got.problems) != 1 {
		t.Errorf("with a writer: Read = %v, documents %+v, problems %q", got.err, got.documents, got.problems)
	}

	// A writer that holds the pipe open and never writes.
	writer := make(chan *os.File, 1)
	go func() {
		pipe, err := os.OpenFile("silent.txt", os.O_WRONLY, 0)
		if err == nil {
			writer <- pipe
		}
	}()
	opened, err := os.OpenFile("silent.txt", os.O_RDONLY|syscall.O_NONBLOCK, 0) // lets the writer's open return
	if err != nil {
		t.Fatal(err)
	}
	defer opened.Close()
	defer (<-writer).Close()
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	got = readBounded(t, ctx, []string{"silent.txt"}, corpus.Options{}, nil)
	if !errors.Is(got.err, context.DeadlineExceeded) {
		t.Errorf("silent writer: Read = %v, want the context's end", got.err)
	}
}

// A line that never ends is reported once it passes the limit and Read
// stops when cancelled, through a named pipe and on standard input alike.
func TestEndlessLine(t *testing.T) {
	defer corpus.SetMaxDocumentBytes(1 << 20)()
	t.Chdir(t.TempDir())
	mkfifo(t, "endless.jsonl")
	go func() {
		pipe, err := os.OpenFile("endless.jsonl", os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer pipe.Close()
		io.Copy(pipe, endless{})
	}()
	time.Sleep(50 * time.Millisecond) // the writer has the pipe open
	for _, test := range []struct {
		path  string
		stdin io.Reader
		want  string
	}{
		{"endless.jsonl", nil, "endless.jsonl:1: line longer than 1 MiB; skipped (skipped)"},
		{"-", endless{}, "stdin:1: line longer than 1 MiB; skipped (skipped)"},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		got := readBounded(t, ctx, []string{test.path}, corpus.Options{Stdin: test.stdin}, func(corpus.Problem) { cancel() })
		cancel()
		if !errors.Is(got.err, context.Canceled) || !slices.Equal(got.problems, []string{test.want}) {
			t.Errorf("%s: Read = %v, problems %q; want %v, [%q]", test.path, got.err, got.problems, context.Canceled, test.want)
		}
	}
}

// endless reads as 'x' forever.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

// Standard input that never sends anything gives way to Ctrl-C.
func TestStdinCancel(t *testing.T) {
	stdin, writer := io.Pipe()
	defer writer.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	got := readBounded(t, ctx, []string{"-"}, corpus.Options{Stdin: stdin}, nil)
	if !errors.Is(got.err, context.DeadlineExceeded) {
		t.Errorf("Read = %v, want the context's end", got.err)
	}
}

// A line over the limit is dropped without being held: reading 64 MiB of
// it allocates a small part of that, and the next line is read.
func TestLongLineMemory(t *testing.T) {
	defer corpus.SetMaxDocumentBytes(1 << 20)()
	stdin := io.MultiReader(io.LimitReader(endless{}, 64<<20), strings.NewReader("\n{\"text\":\"next\"}\n"))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	got := readBounded(t, context.Background(), []string{"-"}, corpus.Options{Stdin: stdin}, nil)
	runtime.ReadMemStats(&after)
	if got.err != nil || !slices.Equal(ids(got.documents), []string{"stdin:2"}) {
		t.Errorf("Read = %v, ids %q; want the line after", got.err, ids(got.documents))
	}
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > 8<<20 {
		t.Errorf("reading a 64 MiB line allocated %d MiB", allocated>>20)
	}
}

// Devices and sockets are refused, named or met in a directory, without
// being opened.
func TestDevicesAndSockets(t *testing.T) {
	dir := t.TempDir()
	// A socket path must be short.
	socket := filepath.Join(dir, "s")
	listener, err := net.Listen("unix", socket)
	if err != nil {
		t.Skipf("cannot make a socket here: %v", err)
	}
	defer listener.Close()
	writeTree(t, dir, map[string]string{"a.txt": "A"})
	paths := []string{dir, socket}
	if _, err := os.Stat("/dev/zero"); err == nil {
		paths = append(paths, "/dev/zero")
	}
	got := readBounded(t, context.Background(), paths, corpus.Options{}, nil)
	want := []string{
		socket + ": a socket, not a file; skipped (skipped)",
		socket + ": a socket, not a file; skipped (skipped)",
		"/dev/zero: a device, not a file; skipped (skipped)",
	}[:len(paths)]
	if got.err != nil || !slices.Equal(got.problems, want) || len(got.documents) != 1 {
		t.Errorf("Read = %v, %d documents, problems %q; want 1 document, problems %q", got.err, len(got.documents), got.problems, want)
	}
}

// File names that hold a newline or a terminal escape are quoted in
// problems, so that a name cannot forge a line of kg's output.
func TestProblemsQuoteFileNames(t *testing.T) {
	t.Chdir(t.TempDir())
	names := []string{"forged\nkg: read 0 articles.txt", "red\x1b[31m.txt", "bidi\u202etxt.exe.txt"}
	for _, name := range names {
		if err := os.WriteFile(name, nil, 0o644); err != nil {
			t.Skipf("cannot name a file %q here: %v", name, err)
		}
	}
	got := readBounded(t, context.Background(), []string{"."}, corpus.Options{}, nil)
	want := []string{
		`"bidi\u202etxt.exe.txt": empty (skipped)`,
		`"forged\nkg: read 0 articles.txt": empty (skipped)`,
		`"red\x1b[31m.txt": empty (skipped)`,
	}
	if got.err != nil || !slices.Equal(got.problems, want) {
		t.Errorf("Read = %v, problems\n %q\nwant\n %q", got.err, got.problems, want)
	}
	// A name that gives a document gives an id with a control character:
	// the document is reported, the id escaped.
	if err := os.WriteFile("bell\a.txt", []byte("Text"), 0o644); err != nil {
		t.Fatal(err)
	}
	got = readBounded(t, context.Background(), []string{"bell\a.txt"}, corpus.Options{}, nil)
	want = []string{`"bell\a.txt": document "bell\a.txt" skipped: id holds control characters (skipped)`}
	if got.err != nil || !slices.Equal(got.problems, want) {
		t.Errorf("Read = %v, problems %q, want %q", got.err, got.problems, want)
	}
}
