package store_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/store"
)

// crashChildEnv, when set to a directory, makes the test binary a child
// that puts articles into a store there one by one until it is killed.
const crashChildEnv = "KG_STORE_CRASH_CHILD"

const crashArticles = 2000

func TestMain(m *testing.M) {
	if dir := os.Getenv(crashChildEnv); dir != "" {
		os.Exit(putOneByOne(dir))
	}
	if dir := os.Getenv(curationChildEnv); dir != "" {
		os.Exit(curateUntilKilled(dir))
	}
	if dirs := os.Getenv(loadChildEnv); dirs != "" {
		os.Exit(loadUntilKilled(dirs))
	}
	os.Exit(m.Run())
}

// putOneByOne prints the index of each article once it is stored.
func putOneByOne(dir string) int {
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer s.Close()
	for i, a := range syntheticArticles(crashArticles) {
		if _, err := s.Put(a); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 2
		}
		fmt.Println(i)
	}
	return 0
}

func TestKilledMidPutLeavesStoreConsistent(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills child processes")
	}
	articles := syntheticArticles(crashArticles)
	clean := openMemory(t)
	put(t, clean, articles...)
	wantStats, err := clean.Stats()
	if err != nil {
		t.Fatal(err)
	}
	wantSnapshot := snapshot(t, clean)

	dir := t.TempDir()
	stored := 0
	for round, more := range []int{3, 40, 200} {
		stored = killAfter(t, dir, stored+more, time.Duration(round)*time.Millisecond)
	}
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	partial, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if partial.Documents+partial.Duplicates >= len(articles) {
		t.Fatalf("children stored all %d articles before being killed", len(articles))
	}
	t.Logf("killed children left %d documents and %d duplicates of %d articles", partial.Documents, partial.Duplicates, len(articles))
	put(t, s, articles...)
	gotStats, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotStats, wantStats) {
		t.Errorf("stats after kills and a second Put:\n%+v\nclean build:\n%+v", gotStats, wantStats)
	}
	if got := snapshot(t, s); !slices.Equal(got, wantSnapshot) {
		t.Errorf("content after kills and a second Put differs from a clean build's (%d lines vs %d)", len(got), len(wantSnapshot))
	}
}

// killAfter starts a child putting the articles into dir, kills it delay
// after it reports article target stored, and returns how many it
// reported.
func killAfter(t *testing.T, dir string, target int, delay time.Duration) int {
	t.Helper()
	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), crashChildEnv+"="+dir)
	var stderr strings.Builder
	child.Stderr = &stderr
	stdout, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stdout)
	reported := 0
	for lines.Scan() {
		i, err := strconv.Atoi(lines.Text())
		if err != nil {
			t.Fatalf("child wrote %q", lines.Text())
		}
		reported = i + 1
		if reported >= target {
			time.Sleep(delay)
			break
		}
	}
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	child.Wait()
	if child.ProcessState.Exited() {
		t.Fatalf("child exited (%v) before it was killed: %s", child.ProcessState, stderr.String())
	}
	return reported
}
