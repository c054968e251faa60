package main

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestPathDrawsSymmetricStepsBothWays(t *testing.T) {
	db := analystStore(t)
	for _, test := range []struct {
		from, to, exclude, want string
	}{
		{blair.name, brown.name, "predicate:criticise", "Tony Blair <-[meet]-> Gordon Brown"},
		{brown.name, blair.name, "predicate:criticise", "Gordon Brown <-[meet]-> Tony Blair"},
		{blair.name, brown.name, "predicate:meet", "Tony Blair -[criticise]-> Gordon Brown"},
		{brown.name, blair.name, "predicate:meet", "Gordon Brown <-[criticise]- Tony Blair"},
	} {
		var out outputs
		if err := runPath(context.Background(), pathOptions{DB: db, K: 1, Exclude: test.exclude}, []string{test.from, test.to}, &out.stdout, &out.stderr); err != nil {
			t.Fatal(err)
		}
		if got := out.stdout.String(); !strings.HasPrefix(got, "path 1, 1 step\n  "+test.want+"  (") {
			t.Errorf("path %s %s --exclude %s:\n%s\nwant the step %q", test.from, test.to, test.exclude, got, test.want)
		}
	}
}

func TestPathOfOneEntity(t *testing.T) {
	db := analystStore(t)
	var out outputs
	err := runPath(context.Background(), pathOptions{DB: db, K: 1}, []string{"Tony Blair", "tony  BLAIR"}, &out.stdout, &out.stderr)
	if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "path: \"Tony Blair\" and \"tony  BLAIR\" are one entity") || out.stdout.Len() > 0 {
		t.Errorf("got %v and %q, want a usage error saying they are one entity", err, out.stdout.String())
	}
}

// TestPathEvidenceReadsAsText: a step's evidence is the sentence as text,
// its line breaks made spaces and its quotation marks left as they are,
// not escaped as Go would quote it.
func TestPathEvidenceReadsAsText(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	putArticles(t, db, article("q", "Ames told Burns:\n\"We are done.\"", "tell", "Alan Ames", "Bob Burns"))
	var out outputs
	if err := runPath(context.Background(), pathOptions{DB: db, K: 1}, []string{"Alan Ames", "Bob Burns"}, &out.stdout, &out.stderr); err != nil {
		t.Fatal(err)
	}
	if got := out.stdout.String(); !strings.Contains(got, `"Ames told Burns: "We are done.""`) || strings.Contains(got, `\`) {
		t.Errorf("path:\n%s\nwant the evidence as text, without escapes", got)
	}
}
