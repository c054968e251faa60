package main

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
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
			if row.Name != n.Node.Name || row.Weight != n.Weight || row.Depth != n.Depth || len(row.Relations) != len(n.Relations) {
				t.Errorf("neighbours %q row %d = %+v, store says %+v", start.Name, i, row, n)
				continue
			}
			for j, r := range row.Relations {
				want := n.Relations[j]
				if r.Predicate != want.Edge.Predicate || r.Negated != want.Edge.Negated || r.Weight != want.Edge.Weight ||
					r.Document != want.Evidence.Document || r.Evidence != want.Evidence.Text || (r.Direction == "in") != (want.Direction == store.In) {
					t.Errorf("neighbours %q row %d relation %d = %+v, store says %+v", start.Name, i, j, r, want)
				}
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

func TestNeighboursGroupRelations(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	rivalsStore(t, db)
	var out outputs
	opts := neighboursOptions{DB: db, Depth: 1, Direction: "both"}
	if err := runNeighbours(context.Background(), opts, []string{"Alan Ames"}, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("neighbours: %v\n%s", err, out.stderr.String())
	}
	table := out.stdout.String()
	row := regexp.MustCompile(`(?m)^Bob Burns +PERSON +feud <-> 2, not meet <-> 1, praise <- 1 +4 +1 +2005-01-10 +2005-03-02 +Ames feuded with Burns\. \[a1\]$`)
	if !row.MatchString(table) || !strings.Contains(table, "2 neighbours") || strings.Count(table, "Bob Burns") != 1 {
		t.Errorf("table lacks one row of Bob Burns with every relation:\n%s", table)
	}

	out = outputs{}
	opts.JSON = true
	if err := runNeighbours(context.Background(), opts, []string{"Alan Ames"}, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("neighbours --json: %v\n%s", err, out.stderr.String())
	}
	var rows []neighbourRow
	decodeJSON(t, out.stdout.Bytes(), &rows)
	want := neighbourRow{Name: "Bob Burns", Type: graph.Person, Depth: 1, From: "Alan Ames", Weight: 4, First: "2005-01-10", Last: "2005-03-02",
		Relations: []relationRow{
			{Predicate: "feud", Direction: "out", Weight: 2, First: "2005-01-10", Last: "2005-01-10", Evidence: "Ames feuded with Burns.", Document: "a1"},
			{Predicate: "meet", Direction: "out", Negated: true, Weight: 1, First: "2005-02-01", Last: "2005-02-01", Evidence: "Ames did not meet Burns.", Document: "a4"},
			{Predicate: "praise", Direction: "in", Weight: 1, First: "2005-03-02", Last: "2005-03-02", Evidence: "Burns praised Ames.", Document: "a2"},
		}}
	if len(rows) != 2 {
		t.Fatalf("JSON rows %+v, want 2", rows)
	}
	id := rows[0].ID
	rows[0].ID = ""
	if !reflect.DeepEqual(rows[0], want) {
		t.Errorf("JSON rows %+v,\nwant first %+v", rows, want)
	}
	// A row's id names its neighbour for the next command.
	out = outputs{}
	if err := runNeighbours(context.Background(), opts, []string{id}, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("neighbours %s: %v\n%s", id, err, out.stderr.String())
	}
	decodeJSON(t, out.stdout.Bytes(), &rows)
	if len(rows) == 0 || !slices.ContainsFunc(rows, func(r neighbourRow) bool { return r.From == "Bob Burns" }) {
		t.Errorf("neighbours %s: %+v, want the neighbours of Bob Burns", id, rows)
	}
}

func TestNeighboursLimitSaysHowManyInAll(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	rivalsStore(t, db)
	var out outputs
	opts := neighboursOptions{DB: db, Depth: 1, Direction: "both", Limit: 1}
	if err := runNeighbours(context.Background(), opts, []string{"Alan Ames"}, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("neighbours: %v\n%s", err, out.stderr.String())
	}
	if table := out.stdout.String(); !strings.Contains(table, "1 of 2 neighbours") || strings.Contains(table, "Cy Cole") {
		t.Errorf("--limit 1 table does not show 1 of 2 neighbours:\n%s", table)
	}
}

func TestNeighboursShowOnlyTheRelationsAskedFor(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	rivalsStore(t, db)
	tests := []struct {
		name      string
		opts      neighboursOptions
		relations []string // of Bob Burns
	}{
		// feud and meet are symmetric: they go out and come in.
		{"in", neighboursOptions{Direction: "in"}, []string{"feud in", "meet in", "praise in"}},
		{"out", neighboursOptions{Direction: "out"}, []string{"feud out", "meet out"}},
		{"predicate", neighboursOptions{Direction: "both", Predicate: "feud"}, []string{"feud out"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := tc.opts
			opts.DB, opts.Depth, opts.JSON = db, 1, true
			var out outputs
			if err := runNeighbours(context.Background(), opts, []string{"Alan Ames"}, &out.stdout, &out.stderr); err != nil {
				t.Fatalf("neighbours: %v\n%s", err, out.stderr.String())
			}
			var rows []neighbourRow
			decodeJSON(t, out.stdout.Bytes(), &rows)
			var got []string
			for _, row := range rows {
				if row.Name != "Bob Burns" {
					continue
				}
				for _, r := range row.Relations {
					got = append(got, r.Predicate+" "+r.Direction)
				}
			}
			if !slices.Equal(got, tc.relations) {
				t.Errorf("Bob Burns by %q, want %q", got, tc.relations)
			}
		})
	}
}

func TestNeighboursTypesFilterTheRows(t *testing.T) {
	db := analystStore(t)
	names := func(types string) []string {
		t.Helper()
		var out outputs
		opts := neighboursOptions{DB: db, Depth: 2, Direction: "both", Types: types, JSON: true}
		if err := runNeighbours(context.Background(), opts, []string{"Gordon Brown"}, &out.stdout, &out.stderr); err != nil {
			t.Fatalf("neighbours --types %q: %v", types, err)
		}
		var rows []neighbourRow
		decodeJSON(t, out.stdout.Bytes(), &rows)
		var got []string
		for _, row := range rows {
			got = append(got, row.Name)
		}
		slices.Sort(got)
		return got
	}
	all := names("")
	if !slices.Contains(all, radio4.name) || !slices.Contains(all, blair.name) {
		t.Fatalf("neighbours of Gordon Brown = %q, want Radio 4 and Tony Blair among them", all)
	}
	// The walk goes on through people to Campbell's and Mandelson's
	// neighbours, but only organisations are shown.
	if got := names("org"); !slices.Equal(got, []string{radio4.name}) {
		t.Errorf("neighbours --types ORG = %q, want only %s", got, radio4.name)
	}
	if got := names("PERSON,ORG"); !slices.Equal(got, all) {
		t.Errorf("neighbours --types PERSON,ORG = %q, want every neighbour %q", got, all)
	}
	var out outputs
	err := runNeighbours(context.Background(), neighboursOptions{DB: db, Depth: 1, Direction: "both", Types: "TEAM"}, []string{"Gordon Brown"}, &out.stdout, &out.stderr)
	if !errors.Is(err, errUsage) {
		t.Errorf("neighbours --types TEAM: %v, want a usage error", err)
	}
}
