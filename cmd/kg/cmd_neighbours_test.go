package main

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

func TestNeighboursMatchTheStore(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, corpus)

	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	// Ask about every node that has an edge, the way a user would: by name.
	var starts []graph.Node
	seen := map[uint64]bool{}
	err = st.Edges(func(e graph.Edge) error {
		for _, id := range []uint64{e.From, e.To} {
			if !seen[id] {
				seen[id] = true
				node, err := st.Node(id)
				if err != nil {
					return err
				}
				starts = append(starts, node)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[uint64][]store.Neighbour{}
	for _, node := range starts {
		if want[node.ID], err = st.Neighbours(node.ID, store.Query{Depth: 2, Direction: store.Both}); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	if len(starts) == 0 {
		t.Fatal("the small corpus gave no edges")
	}

	for _, start := range starts {
		var out outputs
		opts := neighboursOptions{DB: db, Depth: 2, Direction: "both", Type: string(start.Type), JSON: true}
		err := runNeighbours(context.Background(), opts, []string{start.Name}, &out.stdout, &out.stderr)
		if errors.Is(err, errAmbiguous) {
			continue
		}
		if err != nil {
			t.Fatalf("neighbours %q: %v", start.Name, err)
		}
		var rows []neighbourRow
		decodeJSON(t, out.stdout.Bytes(), &rows)
		expected := want[start.ID]
		if len(rows) != len(expected) {
			t.Errorf("neighbours %q: %d rows, the store has %d", start.Name, len(rows), len(expected))
			continue
		}
		for i, row := range rows {
			n := expected[i]
			if row.Name != n.Node.Name || row.Predicate != n.Edge.Predicate || row.Weight != n.Edge.Weight ||
				row.Depth != n.Depth || row.Document != n.Evidence.Document || row.Evidence != n.Evidence.Text {
				t.Errorf("neighbours %q row %d = %+v, store says %+v", start.Name, i, row, n)
			}
			if (row.Direction == "in") != (n.Direction == store.In) {
				t.Errorf("neighbours %q row %d: direction %q for %v", start.Name, i, row.Direction, n.Direction)
			}
		}
	}
}

func TestNeighboursTable(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, corpus)
	var out outputs
	opts := neighboursOptions{DB: db, Depth: 1, Direction: "both"}
	if err := runNeighbours(context.Background(), opts, []string{"Emmanuel", "Macron"}, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("neighbours: %v\n%s", err, out.stderr.String())
	}
	if want := "Emmanuel Macron (PERSON)"; !strings.HasPrefix(out.stdout.String(), want) {
		t.Errorf("table starts %q, want %q", out.stdout.String(), want)
	}
}

func TestNeighboursUnknownEntity(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, corpus)
	var out outputs
	opts := neighboursOptions{DB: db, Depth: 1, Direction: "both"}
	err := runNeighbours(context.Background(), opts, []string{"Emanuel Macron"}, &out.stdout, &out.stderr)
	if !errors.Is(err, errNoEntity) || exitCode(err) != exitError {
		t.Fatalf("got %v (exit %d), want errNoEntity and exit %d", err, exitCode(err), exitError)
	}
	if !strings.Contains(err.Error(), `"Emmanuel Macron" (PERSON)`) {
		t.Errorf("error does not suggest the closest name: %v", err)
	}
}

func TestNeighboursFlagErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	tests := []struct {
		name string
		opts neighboursOptions
		args []string
	}{
		{"no entity", neighboursOptions{DB: db, Depth: 1, Direction: "both"}, nil},
		{"depth zero", neighboursOptions{DB: db, Depth: 0, Direction: "both"}, []string{"Paris"}},
		{"bad direction", neighboursOptions{DB: db, Depth: 1, Direction: "up"}, []string{"Paris"}},
		{"bad type", neighboursOptions{DB: db, Depth: 1, Direction: "in", Type: "PLANET"}, []string{"Paris"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out outputs
			err := runNeighbours(context.Background(), tc.opts, tc.args, &out.stdout, &out.stderr)
			if exitCode(err) != exitUsage {
				t.Errorf("got %v (exit %d), want exit %d", err, exitCode(err), exitUsage)
			}
		})
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"the quick brown fox jumps", 12, "the quick…"},
		{"unbrokenwordthatgoeson", 8, "unbroke…"},
		{"été à Paris, en été", 13, "été à Paris…"},
	}
	for _, tc := range tests {
		if got := clip(tc.in, tc.width); got != tc.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
	}
}

func FuzzClip(f *testing.F) {
	f.Add("Russian President Vladimir Putin met French President Emmanuel Macron.", 20)
	f.Add("été\n\tà   Paris", 3)
	f.Add("\xff\xfe broken", 4)
	f.Fuzz(func(t *testing.T, text string, width int) {
		if width < 1 || width > 1000 {
			t.Skip()
		}
		line := printable(text)
		if strings.ContainsAny(line, "\n\r\t") {
			t.Fatalf("printable(%q) = %q keeps a line or column break", text, line)
		}
		clipped := clip(line, width)
		if n := utf8.RuneCountInString(clipped); n > width {
			t.Fatalf("clip(%q, %d) = %q: %d runes", line, width, clipped, n)
		}
		if utf8.ValidString(line) && !utf8.ValidString(clipped) {
			t.Fatalf("clip(%q, %d) = %q broke a character", line, width, clipped)
		}
	})
}
