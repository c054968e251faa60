package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hostile is text from an article that tries to clear the screen, return
// the cursor, reverse the line and hide a character.
const hostile = "\x1b[2J\r\u202e\u200b"

// terminalControls are what no table may print.
const terminalControls = "\x1b\r\x07\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u200c\u200d\ufeff"

func TestTablesPrintNoTerminalControls(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	evil := "Evil" + hostile + "Name"
	putArticles(t, db,
		article("first"+hostile, "Alice met "+hostile+" Evil.", "meet", "Alice", evil),
		article("second", "Evil "+hostile+" saw Bob.", "see"+hostile, evil, "Bob"),
	)
	commands := []struct {
		name string
		run  func(stdout *strings.Builder) error
	}{
		{"neighbours", func(stdout *strings.Builder) error {
			return runNeighbours(context.Background(), neighboursOptions{DB: db, Depth: 2, Direction: "both"}, []string{"Alice"}, stdout, &strings.Builder{})
		}},
		{"top", func(stdout *strings.Builder) error {
			return runTop(context.Background(), topOptions{DB: db, By: "pagerank", N: 10}, nil, stdout, &strings.Builder{})
		}},
		{"communities", func(stdout *strings.Builder) error {
			return runCommunities(context.Background(), communitiesOptions{DB: db, N: 10, Members: 10}, nil, stdout, &strings.Builder{})
		}},
		{"path", func(stdout *strings.Builder) error {
			return runPath(context.Background(), pathOptions{DB: db, K: 1}, []string{"Alice", "Bob"}, stdout, &strings.Builder{})
		}},
		{"stats", func(stdout *strings.Builder) error {
			return runStats(context.Background(), statsOptions{DB: db}, nil, stdout, &strings.Builder{})
		}},
	}
	for _, command := range commands {
		t.Run(command.name, func(t *testing.T) {
			var stdout strings.Builder
			if err := command.run(&stdout); err != nil {
				t.Fatal(err)
			}
			out := stdout.String()
			if i := strings.IndexAny(out, terminalControls); i >= 0 {
				r, _ := utf8.DecodeRuneInString(out[i:])
				t.Errorf("stdout holds %U:\n%q", r, out)
			}
			if command.name != "stats" && (!strings.Contains(out, "Evil") || !strings.Contains(out, "Name")) {
				t.Errorf("stdout does not show the name's visible part:\n%s", out)
			}
		})
	}
}

func TestPrintable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Vladimir Putin", "Vladimir Putin"},
		{"  Emmanuel\n\tMacron  ", "Emmanuel Macron"},
		{"Évian-les-Bains, 東京", "Évian-les-Bains, 東京"},
		{"Evil" + hostile + "Name", `Evil\x1b[2J \u202e\u200bName`},
		{"bell\x07 and delete\x7f and \u0085next", `bell\a and delete\x7f and next`},
		{"broken \xff\xfe bytes", `broken \xff\xfe bytes`},
		{"a real \ufffd stays", "a real \ufffd stays"},
		{"isolate \u2067x\u2069 joiner \u200d", `isolate \u2067x\u2069 joiner \u200d`},
	}
	for _, tc := range tests {
		if got := printable(tc.in); got != tc.want {
			t.Errorf("printable(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzPrintable(f *testing.F) {
	f.Add("Evil" + hostile + "Name")
	f.Add("été\n\tà   Paris \xff")
	f.Fuzz(func(t *testing.T, text string) {
		got := printable(text)
		if !utf8.ValidString(got) {
			t.Fatalf("printable(%q) = %q is not valid UTF-8", text, got)
		}
		for _, r := range got {
			if r != ' ' && !unicode.IsPrint(r) {
				t.Fatalf("printable(%q) = %q holds %U", text, got, r)
			}
		}
		if strings.Contains(got, "  ") || strings.TrimSpace(got) != got {
			t.Fatalf("printable(%q) = %q keeps a run of white space", text, got)
		}
	})
}

// TestTableLinesEndInNoSpace: a table whose last cells are empty on some
// lines (an entity without aliases) pads no line's end, and keeps its
// columns and the spaces within cells.
func TestTableLinesEndInNoSpace(t *testing.T) {
	var out strings.Builder
	table := newTable(&out)
	for _, row := range []string{"id\tname\taliases\n", "id:1\tUnited  Kingdom\tBritain; UK\n", "id:22\tTony Blair\t\n", "  id:3\tLabour\t\n"} {
		// Byte by byte, as a table may be written in any pieces.
		for i := range len(row) {
			fmt.Fprint(table, row[i:i+1])
		}
	}
	if err := table.Flush(); err != nil {
		t.Fatal(err)
	}
	want := "id      name             aliases\n" +
		"id:1    United  Kingdom  Britain; UK\n" +
		"id:22   Tony Blair\n" +
		"  id:3  Labour\n"
	if got := out.String(); got != want {
		t.Errorf("table:\n%q\nwant:\n%q", got, want)
	}
}
