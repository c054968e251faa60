package corpus_test

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/corpus"
)

func TestProblemError(t *testing.T) {
	tests := []struct {
		problem corpus.Problem
		want    string
	}{
		{corpus.Problem{File: "news/a.txt", Reason: "empty", Skipped: true}, "news/a.txt: empty"},
		{corpus.Problem{File: "feed.jsonl", Line: 12, Reason: `"text" is missing`}, `feed.jsonl:12: "text" is missing`},
	}
	for _, test := range tests {
		if got := test.problem.Error(); got != test.want {
			t.Errorf("%+v.Error() = %q, want %q", test.problem, got, test.want)
		}
	}
}

func TestCancel(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{
		"dir/a.txt":  "A",
		"dir/b.txt":  "B",
		"dir/c.txt":  "C",
		"feed.jsonl": strings.Repeat("{\"text\":\"x\"}\n", 5),
	})
	tests := []struct {
		name        string
		paths       []string
		cancelAfter int // documents emitted before cancelling; 0 cancels first
	}{
		{"before reading", []string{"dir"}, 0},
		{"inside a directory", []string{"dir"}, 1},
		{"inside a JSON Lines file", []string{"feed.jsonl"}, 2},
		{"between arguments", []string{"dir/a.txt", "dir/b.txt"}, 1},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if test.cancelAfter == 0 {
				cancel()
			}
			emitted := 0
			err := corpus.Read(ctx, test.paths, corpus.Options{}, func(corpus.Document) error {
				emitted++
				if emitted == test.cancelAfter {
					cancel()
				}
				return nil
			}, nil)
			if !errors.Is(err, context.Canceled) {
				t.Errorf("Read = %v, want %v", err, context.Canceled)
			}
			if emitted != test.cancelAfter {
				t.Errorf("emitted %d documents, want %d", emitted, test.cancelAfter)
			}
		})
	}
}

func TestEmitErrorStopsReading(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{"a.txt": "A", "b.txt": "B", "c.jsonl": "{\"text\":\"1\"}\n{\"text\":\"2\"}\n"})
	stop := errors.New("downstream full")
	for _, paths := range [][]string{{"a.txt", "b.txt"}, {"c.jsonl", "a.txt"}, {"."}} {
		calls := 0
		err := corpus.Read(context.Background(), paths, corpus.Options{}, func(corpus.Document) error {
			calls++
			return stop
		}, nil)
		if err != stop || calls != 1 {
			t.Errorf("%q: Read = %v after %d calls, want the emit error after 1", paths, err, calls)
		}
	}
}

// Unreadable inputs are reported and the rest is still read.
func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("permissions do not bind root")
	}
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{"dir/a.txt": "A", "dir/locked.txt": "L", "dir/shut/b.txt": "B", "dir/z.txt": "Z"})
	for _, path := range []string{"dir/locked.txt", "dir/shut"} {
		if err := os.Chmod(path, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(path, 0o755) })
	}
	got := readAll(t, []string{"dir"}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	if wantIDs := []string{"a.txt", "z.txt"}; !slices.Equal(ids(got.documents), wantIDs) {
		t.Errorf("ids = %q, want %q", ids(got.documents), wantIDs)
	}
	wantProblems := []string{"dir/locked.txt: permission denied (skipped)", "dir/shut: permission denied (skipped)"}
	if !slices.Equal(got.problems, wantProblems) {
		t.Errorf("problems = %q, want %q", got.problems, wantProblems)
	}
}
