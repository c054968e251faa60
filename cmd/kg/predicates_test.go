package main

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/store"
)

// predicateStore builds a store whose edges have the predicates meet,
// visit, adviser_of, subsidiary_of, its inverse parent_of and
// predecessor_of without its inverse: Vladimir Putin meet Emmanuel
// Macron, Vladimir Putin visit Tony Blair, Sergei Ivanov adviser_of
// Vladimir Putin, Yukos subsidiary_of Sergei Ivanov, Sergei Ivanov
// parent_of Yukos, Tony Blair predecessor_of Vladimir Putin.
func predicateStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	putArticles(t, db,
		article("a", "Putin met Macron.", "meet", "Vladimir Putin", "Emmanuel Macron"),
		article("b", "Putin visited Blair.", "visit", "Vladimir Putin", "Tony Blair"),
		article("c", "Ivanov, Putin's adviser.", "adviser_of", "Sergei Ivanov", "Vladimir Putin"),
		article("d", "Yukos, Ivanov's subsidiary.", "subsidiary_of", "Yukos", "Sergei Ivanov"),
		article("e", "Ivanov, Yukos's parent.", "parent_of", "Sergei Ivanov", "Yukos"),
		article("f", "Blair, Putin's predecessor.", "predecessor_of", "Tony Blair", "Vladimir Putin"),
	)
	return db
}

func TestPredicateList(t *testing.T) {
	st, err := store.Open(predicateStore(t), store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tests := []struct {
		list  string
		want  []string
		notes []string // what stderr must say; nil: nothing
	}{
		{"", nil, nil},
		{"meet", []string{"meet"}, nil},
		{" meet , visit,,", []string{"meet", "visit"}, nil},
		// Verb forms read as their lemma, variants as the canonical spelling.
		{"met,visits", []string{"meet", "visit"}, []string{"--predicate met read as meet", "--predicate visits read as visit"}},
		{"Advisor_Of", []string{"adviser_of"}, []string{"read as adviser_of"}},
		// A post reads as its role.
		{"advisor", []string{"adviser_of"}, []string{"--predicate advisor read as adviser_of"}},
		{"meet,met", []string{"meet"}, []string{"--predicate met read as meet"}},
		// A stored inverse is pointed out, unless listed too.
		{"subsidiary_of", []string{"subsidiary_of"}, []string{"parent_of states subsidiary_of the other way round"}},
		{"subsidiary_of,parent_of", []string{"subsidiary_of", "parent_of"}, nil},
		{"predecessor_of", []string{"predecessor_of"}, nil},
	}
	for _, tt := range tests {
		var out outputs
		got, err := predicateList(st, "neighbours", "predicate", tt.list, &out.stderr)
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("predicateList(%q) = %q, %v; want %q", tt.list, got, err, tt.want)
		}
		for _, note := range tt.notes {
			if !strings.Contains(out.stderr.String(), note) {
				t.Errorf("predicateList(%q) said %q, want %q", tt.list, out.stderr.String(), note)
			}
		}
		if tt.notes == nil && out.stderr.Len() > 0 {
			t.Errorf("predicateList(%q) said %q, want nothing", tt.list, out.stderr.String())
		}
	}
}

func TestPredicateListUnknown(t *testing.T) {
	st, err := store.Open(predicateStore(t), store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tests := []struct{ list, closest string }{
		{"meat", `no edge has predicate "meat"; closest: meet, `},
		{"visit,sue", `no edge has predicate "sue"; closest: meet, `},
		{"adviser_to", `closest: adviser_of, `},
		{"successor", `no edge has predicate "successor"; predecessor_of states it the other way round`},
	}
	for _, tt := range tests {
		_, err := predicateList(st, "neighbours", "predicate", tt.list, io.Discard)
		if !errors.Is(err, errNoPredicate) || !strings.Contains(err.Error(), tt.closest) {
			t.Errorf("predicateList(%q) = %v, want errNoPredicate naming %q", tt.list, err, tt.closest)
		}
		if code := exitCode(err); code != exitError {
			t.Errorf("predicateList(%q) exits %d, want %d as for an unknown entity", tt.list, code, exitError)
		}
	}
}

func TestNeighboursPredicateList(t *testing.T) {
	db := predicateStore(t)
	rows := func(name, direction, predicates string) []string {
		t.Helper()
		var out outputs
		opts := neighboursOptions{DB: db, Depth: 1, Direction: direction, Predicate: predicates, JSON: true}
		if err := runNeighbours(context.Background(), opts, []string{name}, &out.stdout, &out.stderr); err != nil {
			t.Fatalf("neighbours %s --predicate %s: %v", name, predicates, err)
		}
		var decoded []neighbourRow
		decodeJSON(t, out.stdout.Bytes(), &decoded)
		var names []string
		for _, row := range decoded {
			for _, r := range row.Relations {
				names = append(names, row.Name+" "+r.Predicate+" "+r.Direction)
			}
		}
		slices.Sort(names)
		return names
	}
	if got, want := rows("Vladimir Putin", "both", "met,visit"), []string{"Emmanuel Macron meet out", "Tony Blair visit out"}; !slices.Equal(got, want) {
		t.Errorf("neighbours Putin --predicate met,visit = %q, want %q", got, want)
	}
	// meet is symmetric: Macron sees Putin whichever way he looks.
	for _, direction := range []string{"out", "in"} {
		if got, want := rows("Emmanuel Macron", direction, "meet"), []string{"Vladimir Putin meet " + direction}; !slices.Equal(got, want) {
			t.Errorf("neighbours Macron --direction %s = %q, want %q", direction, got, want)
		}
	}
	// visit is not: Blair is only visited.
	if got := rows("Tony Blair", "out", "visit"); len(got) != 0 {
		t.Errorf("neighbours Blair --direction out --predicate visit = %q, want none", got)
	}
}

func TestExportPredicateList(t *testing.T) {
	db := predicateStore(t)
	var out outputs
	opts := exportOptions{DB: db, Format: "graphml", Filter: filterOptions{Depth: 1, Predicates: "met,advisor_of"}}
	if err := runExport(context.Background(), opts, nil, &out.stdout, &out.stderr); err != nil {
		t.Fatal(err)
	}
	nodes, edges := graphMLCounts(t, &out.stdout)
	if nodes != 3 || edges != 2 {
		t.Errorf("export --predicates met,advisor_of: %d nodes, %d edges; want Putin, Macron, Ivanov and 2 edges", nodes, edges)
	}
	opts.Filter.Predicates = "meat"
	if err := runExport(context.Background(), opts, nil, &out.stdout, &out.stderr); !errors.Is(err, errNoPredicate) {
		t.Errorf("export --predicates meat: %v, want errNoPredicate", err)
	}
}

// TestPathWalksSymmetricEdges: a path runs along a symmetric edge from
// either end, and every step of it reads forward.
func TestPathWalksSymmetricEdges(t *testing.T) {
	db := predicateStore(t)
	for _, ends := range [][2]string{{"Emmanuel Macron", "Tony Blair"}, {"Tony Blair", "Emmanuel Macron"}} {
		var out outputs
		if err := runPath(context.Background(), pathOptions{DB: db, K: 1, JSON: true}, ends[:], &out.stdout, &out.stderr); err != nil {
			t.Fatalf("path %q: %v", ends, err)
		}
		var paths [][]hop
		decodeJSON(t, out.stdout.Bytes(), &paths)
		if len(paths) != 1 || len(paths[0]) != 2 {
			t.Fatalf("path %q = %+v, want one of two steps through Putin", ends, paths)
		}
		for _, h := range paths[0] {
			if h.Predicate == "meet" && !h.Forward {
				t.Errorf("path %q: step %+v reads backward along a symmetric edge", ends, h)
			}
		}
	}
}
