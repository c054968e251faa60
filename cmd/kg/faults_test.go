package main

import (
	"bytes"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-project/kg/internal/fsfault"
	"github.com/kg-project/kg/store"
)

// The fault campaign runs kg as a real process on a small corpus and
// meets it with real faults: kill -9 at random points of a build, random
// bytes overwritten in the store's tables, a disk that fills. Whatever
// happens, no stored article may be lost, no command may answer wrongly
// or panic, and once the fault is gone the graph must be byte for byte
// the graph of a clean build. The random points are seeded, so a failure
// can be replayed.

// campaignSeed seeds the campaign's random points.
const campaignSeed = 14

// editions makes n versions of every file, each with its own last line,
// so that every one is stored in full and not as a duplicate.
func editions(files map[string]string, n int) map[string]string {
	out := make(map[string]string, len(files)*n)
	for name, text := range files {
		for i := range n {
			out[fmt.Sprintf("%d-%s", i, name)] = fmt.Sprintf("%s\n\nEdition %d.\n", text, i)
		}
	}
	return out
}

// campaign is a corpus and the graph its clean build gives.
type campaign struct {
	corpus string
	clean  string // the store of a clean build
	export []byte // its GraphML
}

func newCampaign(t *testing.T, editionsPerFile int) *campaign {
	t.Helper()
	if testing.Short() {
		t.Skip("runs kg as a process and meets it with faults")
	}
	c := &campaign{corpus: writeFiles(t, editions(demoFiles(t), editionsPerFile))}
	c.clean = filepath.Join(t.TempDir(), "clean.db")
	c.mustRun(t, "build", "--db", c.clean, c.corpus)
	c.export = c.mustRun(t, "export", "--db", c.clean, "--format", "graphml").stdout
	return c
}

// mustRun runs kg and fails the test unless it exits 0.
func (c *campaign) mustRun(t *testing.T, args ...string) ran {
	t.Helper()
	r := runKG(t, args...)
	if r.code != exitOK {
		t.Fatalf("kg %s: exit %d\n%s", strings.Join(args, " "), r.code, r.stderr)
	}
	return r
}

// sameGraph fails the test unless the store in db exports the clean graph.
func (c *campaign) sameGraph(t *testing.T, db, after string) {
	t.Helper()
	got := c.mustRun(t, "export", "--db", db, "--format", "graphml").stdout
	if !bytes.Equal(got, c.export) {
		t.Fatalf("graph after %s differs from a clean build's (%d bytes vs %d)", after, len(got), len(c.export))
	}
}

// noPanic fails the test if kg's output shows a Go panic or fault.
func noPanic(t *testing.T, r ran, what string) {
	t.Helper()
	for _, sign := range []string{"panic:", "goroutine ", "fatal error:", "SIGBUS", "SIGSEGV"} {
		if bytes.Contains(r.stderr, []byte(sign)) {
			t.Fatalf("%s crashed (exit %d):\n%s", what, r.code, r.stderr)
		}
	}
}

func TestFaultCampaignKillNine(t *testing.T) {
	c := newCampaign(t, 150)
	random := rand.New(rand.NewPCG(campaignSeed, 1))
	db := filepath.Join(t.TempDir(), "kg.db")
	stored, killed := 0, 0
	for round := range 6 {
		build := kgProcess("build", "--db", db, c.corpus)
		var stderr bytes.Buffer
		build.Stderr = &stderr
		if err := build.Start(); err != nil {
			t.Fatal(err)
		}
		delay := time.Duration(150+random.IntN(350)) * time.Millisecond
		time.Sleep(delay)
		if err := build.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		build.Wait()
		if !build.ProcessState.Exited() {
			killed++
		}
		t.Logf("round %d: killed after %v (%v)", round, delay, build.ProcessState)
		// A read-only command right after the crash reads the store.
		stats := runKG(t, "stats", "--db", db, "--json")
		noPanic(t, stats, "kg stats after kill -9")
		if stats.code != exitOK {
			t.Fatalf("round %d: kg stats after kill -9: exit %d\n%s", round, stats.code, stats.stderr)
		}
		var report store.Stats
		decodeJSON(t, stats.stdout, &report)
		if now := report.Documents + report.Duplicates; now < stored {
			t.Fatalf("round %d: the store held %d articles before the kill and %d after", round, stored, now)
		} else {
			stored = now
		}
	}
	if killed == 0 {
		t.Fatal("every build finished before its kill: nothing was tested")
	}
	c.mustRun(t, "build", "--db", db, c.corpus)
	c.sameGraph(t, db, "six kills and a resumed build")
}

func TestFaultCampaignCorruptBytes(t *testing.T) {
	c := newCampaign(t, 4)
	random := rand.New(rand.NewPCG(campaignSeed, 2))
	queries := [][]string{
		{"stats", "--json"},
		{"neighbours", "Putin", "--json"},
		{"export", "--format", "graphml"},
	}
	clean := make([][]byte, len(queries))
	for i, query := range queries {
		clean[i] = c.mustRun(t, append(query, "--db", c.clean)...).stdout
	}
	tables, err := filepath.Glob(filepath.Join(c.clean, "*.sst"))
	if err != nil || len(tables) == 0 {
		t.Fatalf("the clean store has no tables (%v)", err)
	}
	for trial := range 12 {
		db := filepath.Join(t.TempDir(), "kg.db")
		copyDir(t, c.clean, db)
		table := filepath.Join(db, filepath.Base(tables[random.IntN(len(tables))]))
		data, err := os.ReadFile(table)
		if err != nil {
			t.Fatal(err)
		}
		offset := random.IntN(len(data) - 8)
		for i := range 8 {
			data[offset+i] ^= byte(1 + random.IntN(255))
		}
		if err := os.WriteFile(table, data, 0o644); err != nil {
			t.Fatal(err)
		}
		what := fmt.Sprintf("trial %d (%s, 8 bytes at %d of %d)", trial, filepath.Base(table), offset, len(data))
		for i, query := range queries {
			r := runKG(t, append(query, "--db", db)...)
			noPanic(t, r, what+": kg "+query[0])
			switch {
			case r.code == exitOK && !bytes.Equal(r.stdout, clean[i]):
				t.Fatalf("%s: kg %s answered wrongly from a damaged store", what, query[0])
			case r.code != exitOK && !bytes.Contains(r.stderr, []byte("damaged")):
				t.Fatalf("%s: kg %s failed (exit %d) without saying the store is damaged:\n%s", what, query[0], r.code, r.stderr)
			}
		}
		before := dirFiles(t, db)
		r := runKG(t, "build", "--db", db, c.corpus)
		noPanic(t, r, what+": kg build")
		if r.code == exitOK {
			// Only a change Badger never reads again may pass unseen;
			// then the graph must be the clean one.
			c.sameGraph(t, db, what)
			continue
		}
		if after := dirFiles(t, db); !maps.Equal(after, before) {
			t.Fatalf("%s: a refused build changed the damaged store's files", what)
		}
	}
}

func TestFaultCampaignDiskFull(t *testing.T) {
	c := newCampaign(t, 30)
	mount := fsfault.Small(t, 128<<20)
	db := filepath.Join(mount, "kg.db")
	filler := fsfault.NewFiller(t, mount)
	filler.Take(fsfault.Free(t, mount) - 128<<10)
	r := runKG(t, "build", "--db", db, c.corpus)
	noPanic(t, r, "kg build on a full disk")
	if r.code != exitError || !bytes.Contains(r.stderr, []byte("is full")) {
		t.Fatalf("build on a full disk: exit %d, want %d with a disk-full message\n%s", r.code, exitError, r.stderr)
	}
	c.mustRun(t, "stats", "--db", db)
	filler.Release()
	c.mustRun(t, "build", "--db", db, c.corpus)
	c.sameGraph(t, db, "a full disk and a build once room was freed")
}
