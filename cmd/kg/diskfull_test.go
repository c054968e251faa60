package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/fsfault"
)

// TestBuildOnAFullDiskStopsWithAClearError builds on a real file system
// too small for the store: kg must stop with exit 1 and a message that
// says the disk is full (Badger's memory-mapped writes would otherwise
// die of SIGBUS), leave what it stored readable, and finish the build once
// room is freed, giving the graph of a clean build.
func TestBuildOnAFullDiskStopsWithAClearError(t *testing.T) {
	if testing.Short() {
		t.Skip("runs kg as a process on a mounted file system")
	}
	corpus := writeFiles(t, editions(demoFiles(t), 30))
	clean := filepath.Join(t.TempDir(), "clean.db")
	if r := runKG(t, "build", "--db", clean, corpus); r.code != 0 {
		t.Fatalf("clean build: exit %d\n%s", r.code, r.stderr)
	}
	want := runKG(t, "export", "--db", clean, "--format", "graphml", "--metrics=false")

	mount := fsfault.Small(t, 128<<20)
	db := filepath.Join(mount, "kg.db")
	filler := fsfault.NewFiller(t, mount)
	filler.Take(fsfault.Free(t, mount) - 128<<10)
	r := runKG(t, "build", "--db", db, corpus)
	if r.code != exitError || !strings.Contains(string(r.stderr), "disk holding") || !strings.Contains(string(r.stderr), "full") {
		t.Fatalf("build on a full disk: exit %d, want %d with a disk-full message\n%s", r.code, exitError, r.stderr)
	}
	if r := runKG(t, "stats", "--db", db); r.code != 0 {
		t.Fatalf("stats after the disk filled: exit %d\n%s", r.code, r.stderr)
	}

	filler.Release()
	if r := runKG(t, "build", "--db", db, corpus); r.code != 0 {
		t.Fatalf("build after room was freed: exit %d\n%s", r.code, r.stderr)
	}
	got := runKG(t, "export", "--db", db, "--format", "graphml", "--metrics=false")
	if !bytes.Equal(got.stdout, want.stdout) {
		t.Fatalf("graph built after the disk filled differs from a clean build's (%d bytes vs %d)", len(got.stdout), len(want.stdout))
	}
}

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
