package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// prefixed matches a message that names where it comes from: a command,
// or a package of kg.
var prefixed = regexp.MustCompile(`\b(kg|build|extract|parse|entities|neighbours|evidence|analyse|top|communities|path|export|stats|render|demo|version|graph|store|corpus|ner|analysis|subgraph): `)

// TestErrorsHaveOnePrefix runs kg into its errors and checks that each
// message says where it comes from once: "kg: top: ...", not
// "kg: top: graph: ...".
func TestErrorsHaveOnePrefix(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.db")
	db := filepath.Join(t.TempDir(), "kg.db")
	putArticles(t, db, article("a1", "Alice met Bob.", "meet", "Alice", "Bob"))
	for _, args := range [][]string{
		{"stats", "--db", missing},
		{"neighbours", "--db", missing, "Alice"},
		{"export", "--db", db, "--format", "gml"},
		{"export", "--db", db, "--types", "PERSON,THING"},
		{"top", "--db", db, "--type", "THING"},
		{"entities", "--db", db, "--type", "THING"},
		{"build", "--db", db, "--rules", filepath.Join(t.TempDir(), "none.rules")},
		{"neighbours", "--db", db, "--type", "THING", "Alice"},
		{"neighbours", "--db", db, "--direction", "up", "Alice"},
		{"evidence", "--db", db, "Alice"},
		{"evidence", "--db", db, "Alice", "Carol"},
		{"top", "--db", db, "--by", "fame"},
		{"render", "--db", db, "-o", "graph.gif"},
		{"stats", "--bogus"},
		{"bogus"},
	} {
		got := runKG(t, args...)
		message, _, _ := strings.Cut(string(got.stderr), "\n")
		if got.code == exitOK || message == "" {
			t.Errorf("kg %q exited %d and said %q", args, got.code, message)
			continue
		}
		rest, ok := strings.CutPrefix(message, "kg: ")
		if ok {
			if first := prefixed.FindStringIndex(rest); first != nil && first[0] == 0 {
				rest = rest[first[1]:]
			}
		}
		if !ok || prefixed.MatchString(rest) {
			t.Errorf("kg %q: %q says where it comes from more than once", args, message)
		}
	}
}
