package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// newsLines makes n JSON Lines articles about a pool of people and places,
// each with a distinct id "news-NNNN" and text.
func newsLines(n int) []string {
	first := []string{"Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Karl", "Lena"}
	last := []string{"Abbott", "Baker", "Costa", "Dahl", "Evans", "Fischer", "Garcia", "Hahn", "Ivanov", "Jensen", "Kowalski"}
	places := []string{"Paris", "Moscow", "Berlin", "Madrid", "Rome", "Vienna", "Warsaw", "Lisbon"}
	lines := make([]string, n)
	for i := range n {
		a := first[i%len(first)] + " " + last[(i/3)%len(last)]
		b := first[(i*7+3)%len(first)] + " " + last[(i*5+1)%len(last)]
		place := places[(i/2)%len(places)]
		text := fmt.Sprintf("%s met %s in %s on Monday, report %d says. %s later visited %s.", a, b, place, i, a, place)
		lines[i] = fmt.Sprintf(`{"id":"news-%04d","title":"Report %d","text":%q}`, i, i, text)
	}
	return lines
}

// startKG starts the test binary as kg with args, writing input to its
// standard input and leaving it open.
func startKG(t *testing.T, input []string, args ...string) (*exec.Cmd, io.WriteCloser) {
	t.Helper()
	child := kgProcess(args...)
	stdin, err := child.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		child.Process.Kill()
		child.Wait()
	})
	if _, err := io.WriteString(stdin, strings.Join(input, "\n")+"\n"); err != nil {
		t.Fatal(err)
	}
	return child, stdin
}

// waitCommitted waits until Badger's write-ahead log in db holds the key
// of the article id, which Put writes in the transaction that commits it.
func waitCommitted(t *testing.T, db, id string) {
	t.Helper()
	for range 1200 {
		logs, _ := filepath.Glob(filepath.Join(db, "*.mem"))
		for _, log := range logs {
			if data, err := os.ReadFile(log); err == nil && bytes.Contains(data, []byte(id)) {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s was not committed in a minute", id)
}

// kill9 kills a child with SIGKILL and checks it did not end first.
func kill9(t *testing.T, child *exec.Cmd) {
	t.Helper()
	if err := child.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	child.Wait()
	if status, ok := child.ProcessState.Sys().(syscall.WaitStatus); !ok || !status.Signaled() {
		t.Fatalf("kg ended (%v) before it was killed", child.ProcessState)
	}
}

func TestReadOnlyCommandsRecoverAStoreLeftByAKill(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	lines := newsLines(100)
	child, _ := startKG(t, lines, "build", "--db", db, "-")
	waitCommitted(t, db, "news-0063")
	kill9(t, child)

	var stats outputs
	if code := run(context.Background(), []string{"stats", "--db", db}, &stats.stdout, &stats.stderr); code != exitOK {
		t.Fatalf("kg stats after a kill exited %d:\n%s", code, stats.stderr.String())
	}
	if !strings.Contains(stats.stderr.String(), "unfinished write was discarded") {
		t.Errorf("kg stats did not say it recovered the store:\n%s", stats.stderr.String())
	}
	if got := storeStats(t, db); got.Documents < 64 {
		t.Errorf("%d documents after the kill, want the 64 committed", got.Documents)
	}
	var neighbours outputs
	if code := run(context.Background(), []string{"neighbours", "--db", db, "Anna Abbott"}, &neighbours.stdout, &neighbours.stderr); code != exitOK {
		t.Errorf("kg neighbours after recovery exited %d:\n%s", code, neighbours.stderr.String())
	}
	if strings.Contains(neighbours.stderr.String(), "discarded") {
		t.Errorf("kg neighbours recovered the store again:\n%s", neighbours.stderr.String())
	}
}

// nodeIDs lists a store's nodes as "id type name" lines.
func nodeIDs(t *testing.T, db string) []string {
	t.Helper()
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var nodes []string
	err = st.Nodes(func(n graph.Node) error {
		nodes = append(nodes, fmt.Sprintf("%d %s %s", n.ID, n.Type, n.Name))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return nodes
}

func TestKilledBuildsResumeToTheNodeIDsOfACleanBuild(t *testing.T) {
	lines := newsLines(300)
	input := filepath.Join(t.TempDir(), "news.jsonl")
	if err := os.WriteFile(input, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	clean := filepath.Join(t.TempDir(), "clean.db")
	mustBuild(t, clean, input)
	want := nodeIDs(t, clean)

	db := filepath.Join(t.TempDir(), "kg.db")
	// Each kill comes once one more batch is committed, while the next
	// is being written or extracted.
	for _, last := range []int{63, 127, 191} {
		child, _ := startKG(t, lines[:last+40], "build", "--db", db, "-")
		waitCommitted(t, db, fmt.Sprintf("news-%04d", last))
		kill9(t, child)
	}
	// The resumed build reads standard input too: an id keeps its source.
	resume := kgProcess("build", "--db", db, "-")
	file, err := os.Open(input)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	resume.Stdin = file
	if output, err := resume.CombinedOutput(); err != nil {
		t.Fatalf("resumed build: %v\n%s", err, output)
	}
	got := nodeIDs(t, db)
	for i := range max(len(got), len(want)) {
		if i >= len(got) || i >= len(want) || got[i] != want[i] {
			t.Fatalf("after kills and a resumed build, node %d of %d is %q; a clean build's node %d of %d is %q",
				i, len(got), at(got, i), i, len(want), at(want, i))
		}
	}
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(none)"
}
