package main

import (
	"context"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/sharedtest"
	"github.com/kg-project/kg/store"
)

// TestSeedPutinMeetsMacron builds the article kg was conceived from and
// asks what it says of Putin.
func TestSeedPutinMeetsMacron(t *testing.T) {
	seed := filepath.Join(sharedtest.Path(t), "data", "seed")
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, seed)
	var out outputs
	opts := neighboursOptions{DB: db, Depth: 1, Direction: "both", JSON: true}
	if err := runNeighbours(context.Background(), opts, []string{"Putin"}, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("neighbours Putin: %v\n%s", err, out.stderr.String())
	}
	var rows []neighbourRow
	decodeJSON(t, out.stdout.Bytes(), &rows)
	for _, row := range rows {
		for _, r := range row.Relations {
			if row.Name == "Emmanuel Macron" && (strings.Contains(r.Predicate, "meet") || strings.Contains(r.Predicate, "talk")) {
				return
			}
		}
	}
	t.Errorf("neighbours of Putin lack Emmanuel Macron with a meet or talk predicate: %+v", rows)
}

// TestSeedGraph checks the entities the seed article must give, that an
// official name finds its country, and that the Title Case headline gives
// no entity of its own words.
func TestSeedGraph(t *testing.T) {
	seed := filepath.Join(sharedtest.Path(t), "data", "seed")
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, seed)
	s, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	names := map[string]bool{}
	if err := s.Nodes(func(n graph.Node) error {
		names[n.Name] = true
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Emmanuel Macron", "Vladimir Putin", "France", "Russia", "Syria", "Paris",
		"Marine Le Pen", "Staffan de Mistura", "Jean-Yves Le Drian"} {
		if !names[want] {
			t.Errorf("the seed graph lacks %s", want)
		}
	}
	for name := range names {
		if strings.Contains(name, "Calls") || strings.Contains(name, "Chemical Weapons") || strings.Contains(name, "Prevent") {
			t.Errorf("entity %q is a fragment of the headline", name)
		}
	}
	found, err := s.Lookup("Russian Federation")
	if err != nil || len(found) != 1 || found[0].Name != "Russia" {
		t.Errorf("Lookup(Russian Federation) = %+v, %v; want Russia alone", found, err)
	}
}

// TestBBC builds the BBC corpus end to end: counts, the faults of its
// entities and their scores on the gold set, an idle rebuild, and a
// build killed midway and resumed.
func TestBBC(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 2,225 articles")
	}
	bbc := filepath.Join(sharedtest.Path(t), "data", "bbc")
	reference := filepath.Join(t.TempDir(), "reference.db")
	out := mustBuild(t, reference, bbc)
	if want := "read 2225 articles"; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("summary lacks %q:\n%s", want, out.stderr.String())
	}
	stats := storeStats(t, reference)
	if stats.Documents+stats.Duplicates != 2225 || stats.Duplicates != 98 {
		t.Errorf("%d documents and %d duplicates, want 2225 in all of which 98 duplicates", stats.Documents, stats.Duplicates)
	}

	t.Run("entity faults", func(t *testing.T) { checkEntityFaults(t, reference) })
	t.Run("entity resolution", func(t *testing.T) { checkResolution(t, reference) })

	t.Run("rebuild", func(t *testing.T) {
		out := mustBuild(t, reference, bbc)
		if want := "0 added, 0 replaced, 2225 unchanged"; !strings.Contains(out.stderr.String(), want) {
			t.Errorf("rebuild summary lacks %q:\n%s", want, out.stderr.String())
		}
		if after := storeStats(t, reference); !reflect.DeepEqual(stats, after) {
			t.Errorf("rebuild changed the stats:\nbefore %+v\nafter  %+v", stats, after)
		}
	})

	t.Run("killed and resumed", func(t *testing.T) {
		goTool, err := exec.LookPath("go")
		if err != nil {
			t.Skip("go tool not found")
		}
		binary := filepath.Join(t.TempDir(), "kg")
		if output, err := exec.Command(goTool, "build", "-o", binary, ".").CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, output)
		}
		// The reference is built by the same binary, so that both builds
		// run the same extraction whatever the test binary was built from.
		uninterrupted := filepath.Join(t.TempDir(), "uninterrupted.db")
		if output, err := exec.Command(binary, "build", "--db", uninterrupted, bbc).CombinedOutput(); err != nil {
			t.Fatalf("uninterrupted build: %v\n%s", err, output)
		}
		want := storeStats(t, uninterrupted)
		db := filepath.Join(t.TempDir(), "kg.db")
		child := exec.Command(binary, "build", "--db", db, bbc)
		if err := child.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(2 * time.Second)
		if err := child.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		err = child.Wait()
		if status, ok := child.ProcessState.Sys().(syscall.WaitStatus); !ok || !status.Signaled() {
			t.Fatalf("the build was not killed (%v): it finished too soon to test anything", err)
		}
		if output, err := exec.Command(binary, "build", "--db", db, bbc).CombinedOutput(); err != nil {
			t.Fatalf("resumed build: %v\n%s", err, output)
		}
		if got := storeStats(t, db); !reflect.DeepEqual(want, got) {
			t.Errorf("killed and resumed build differs from an uninterrupted one:\nwant %+v\ngot  %+v", want, got)
		}
	})
}
