package main

import (
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/ranking"
)

// starStore is a store where Alice meets three people and Eve meets no one.
func starStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	putArticles(t, db,
		article("a1", "Alice met Bob, Carol and Dan.", "meet", "Alice", "Bob", "Carol", "Dan"),
		article("a2", "Eve stayed at home.", "stay", "Eve"),
	)
	return db
}

func TestNeighboursLimitSaysTotal(t *testing.T) {
	db := starStore(t)
	for _, tc := range []struct {
		limit string
		rows  int
		count string
	}{
		{"0", 3, ", 3 neighbours\n"},
		{"2", 2, ", 2 of 3 neighbours\n"},
		{"3", 3, ", 3 neighbours\n"},
		{"5", 3, ", 3 neighbours\n"},
	} {
		t.Run(tc.limit, func(t *testing.T) {
			got := runKG(t, "--db", db, "neighbours", "--limit", tc.limit, "Alice")
			if got.code != exitOK {
				t.Fatalf("exit code %d:\n%s", got.code, got.stderr)
			}
			header, table, _ := strings.Cut(string(got.stdout), "\n\n")
			if !strings.HasSuffix(header+"\n", tc.count) {
				t.Errorf("header %q does not end %q", header, tc.count)
			}
			if rows := strings.Count(table, "\n") - 1; rows != tc.rows {
				t.Errorf("%d rows, want %d:\n%s", rows, tc.rows, table)
			}
			var asJSON []neighbourRow
			decodeJSON(t, runKG(t, "--db", db, "neighbours", "--json", "--limit", tc.limit, "Alice").stdout, &asJSON)
			if len(asJSON) != tc.rows {
				t.Errorf("--json gives %d rows, want %d", len(asJSON), tc.rows)
			}
		})
	}
	if got := runKG(t, "--db", db, "neighbours", "--limit", "-1", "Alice"); got.code != exitUsage {
		t.Errorf("--limit -1 exited %d, want %d", got.code, exitUsage)
	}
}

func TestCommunitiesCountThoseOfSeveral(t *testing.T) {
	db := starStore(t)
	got := runKG(t, "--db", db, "communities")
	header, _, _ := strings.Cut(string(got.stdout), "\n")
	counts := regexp.MustCompile(`^(\d+) communities, (\d+) of them of more than one entity; modularity`).FindStringSubmatch(header)
	if got.code != exitOK || counts == nil {
		t.Fatalf("exit code %d, header %q:\n%s", got.code, header, got.stderr)
	}
	var rows []communityRow
	decodeJSON(t, runKG(t, "--db", db, "communities", "--json", "-n", "100").stdout, &rows)
	several := 0
	for _, row := range rows {
		if row.Size > 1 {
			several++
		}
	}
	if counts[1] != strconv.Itoa(len(rows)) || counts[2] != strconv.Itoa(several) || several == 0 || several == len(rows) {
		t.Errorf("header %q; the communities are %+v", header, rows)
	}
}

func TestTopShowsEachMeasureOnce(t *testing.T) {
	db := starStore(t)
	for by := range ranking.Measures {
		t.Run(by, func(t *testing.T) {
			got := runKG(t, "--db", db, "top", "--by", by)
			lines := strings.Split(strings.TrimSpace(string(got.stdout)), "\n")
			if got.code != exitOK || len(lines) != 6 {
				t.Fatalf("exit code %d, %d lines:\n%s%s", got.code, len(lines), got.stdout, got.stderr)
			}
			columns := strings.Fields(lines[0])
			if columns[1] != by {
				t.Errorf("header %q does not rank by %s first", lines[0], by)
			}
			for i, column := range columns {
				if slices.Contains(columns[i+1:], column) {
					t.Errorf("header %q shows %s twice", lines[0], column)
				}
			}
			for _, want := range []string{"pagerank", "degree", "community"} {
				if !slices.Contains(columns, want) {
					t.Errorf("header %q lacks %s", lines[0], want)
				}
			}
			for _, line := range lines[1:] {
				if fields := strings.Fields(line); len(fields) != len(columns) {
					t.Errorf("row %q has %d fields for %d columns", line, len(fields), len(columns))
				}
			}
		})
	}
}

func TestNeighboursCountOneInTheSingular(t *testing.T) {
	db := starStore(t)
	got := runKG(t, "--db", db, "neighbours", "Bob")
	if header, _, _ := strings.Cut(string(got.stdout), "\n"); header != "Bob (PERSON): 1 mention in 1 document, 1 neighbour" {
		t.Errorf("header %q, want one mention, document and neighbour in the singular", header)
	}
}

func TestNeighboursDepthAndLimitHaveTheirOwnMessages(t *testing.T) {
	db := starStore(t)
	for _, test := range []struct{ flag, value, want string }{
		{"--depth", "0", "--depth must be at least 1, not 0"},
		{"--limit", "-1", "--limit must be at least 0"},
	} {
		got := runKG(t, "--db", db, "neighbours", test.flag, test.value, "Alice")
		if got.code != exitUsage || !strings.Contains(string(got.stderr), test.want) || strings.Contains(string(got.stderr), " and ") {
			t.Errorf("%s %s: exit %d, %q; want a usage error saying %q alone", test.flag, test.value, got.code, got.stderr, test.want)
		}
	}
}
