package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
)

// randomGraph stores articles in which one of n people states something of
// a few others, drawn with a fixed seed.
func randomGraph(t *testing.T, db string, articles, n int) {
	t.Helper()
	random := rand.New(rand.NewPCG(7, 7))
	var all []*graph.Article
	for i := range articles {
		names := make([]string, 2+random.IntN(4))
		for j := range names {
			names[j] = fmt.Sprintf("Person %03d", random.IntN(n))
		}
		all = append(all, article(fmt.Sprintf("a%d", i), fmt.Sprintf("Sentence %d.", i), "meet", names...))
	}
	putArticles(t, db, all...)
}

// kgOutput runs kg with args and returns its stdout, or the content of
// the file it wrote when args name one with -o.
func kgOutput(t *testing.T, args ...string) string {
	t.Helper()
	var out outputs
	if code := run(context.Background(), args, &out.stdout, &out.stderr); code != exitOK {
		t.Fatalf("kg %s: exit code %d\n%s", strings.Join(args, " "), code, out.stderr.String())
	}
	for i, arg := range args {
		if arg == "-o" {
			content, err := os.ReadFile(args[i+1])
			if err != nil {
				t.Fatal(err)
			}
			return string(content)
		}
	}
	return out.stdout.String()
}

func TestOutputIsTheSameBytesOnEveryRun(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	randomGraph(t, db, 300, 150)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	phases := []struct {
		name     string
		commands [][]string
	}{
		{"analysis computed for the command", [][]string{
			{"export", "--db", db, "--format", "graphml", "-o", filepath.Join(dir, "a.graphml")},
			{"top", "--db", db, "--by", "betweenness", "-n", "150"},
		}},
		{"analysis stored", [][]string{
			{"analyse", "--db", db, "--force"},
			{"top", "--db", db, "--by", "pagerank", "-n", "150", "--json"},
			{"top", "--db", db, "--by", "degree", "-n", "150"},
			{"communities", "--db", db, "-n", "100", "--members", "100"},
			{"export", "--db", db, "--format", "gexf", "-o", filepath.Join(dir, "b.gexf")},
			{"render", "--db", db, "-o", filepath.Join(dir, "c.svg")},
		}},
	}
	for _, phase := range phases {
		t.Run(phase.name, func(t *testing.T) {
			first := map[int]string{}
			for run, procs := range []int{1, 2, 4, 1, 2} {
				runtime.GOMAXPROCS(procs)
				for i, args := range phase.commands {
					got := kgOutput(t, args...)
					if run == 0 {
						first[i] = got
					} else if got != first[i] {
						t.Errorf("kg %s, run %d on %d threads, differs from the first run", args[0], run, procs)
					}
				}
			}
		})
	}
}

func TestRankingsBreakTiesByName(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	// The three people Hub visits hold symmetric places: every measure ties.
	putArticles(t, db, article("star", "Hub visited Zed, Amy and Mia.", "visit", "Hub", "Zed", "Amy", "Mia"))
	for _, by := range []string{"pagerank", "degree", "betweenness", "harmonic", "core"} {
		out := kgOutput(t, "top", "--db", db, "--by", by, "-n", "4")
		if a, m, z := strings.Index(out, "Amy"), strings.Index(out, "Mia"), strings.Index(out, "Zed"); !(a >= 0 && a < m && m < z) {
			t.Errorf("kg top --by %s does not list the tied Amy, Mia, Zed in that order:\n%s", by, out)
		}
	}
	out := kgOutput(t, "communities", "--db", db)
	// Hub states, the others are stated of: they lead by PageRank.
	if !strings.Contains(out, "Amy, Mia, Zed, Hub") {
		t.Errorf("kg communities does not list the tied members by name:\n%s", out)
	}
}
