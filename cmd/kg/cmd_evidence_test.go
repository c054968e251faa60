package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestEvidenceListsEverySentence(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	rivalsStore(t, db)
	var out outputs
	opts := evidenceOptions{DB: db}
	if err := runEvidence(context.Background(), opts, []string{"Alan Ames", "Bob Burns"}, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("evidence: %v\n%s", err, out.stderr.String())
	}
	table := out.stdout.String()
	if want := "Alan Ames (PERSON) and Bob Burns (PERSON): 4 statements in 4 sentences\n"; !strings.HasPrefix(table, want) {
		t.Errorf("table starts %q, want %q", table, want)
	}
	// Earliest first, undated last; each with its offsets and direction,
	// both ways for the symmetric feud and meeting.
	rows := []string{
		`2005-01-10 +a1 +12-35 +feud +<-> +Ames feuded with Burns\.`,
		`2005-02-01 +a4 +7-31 +not meet +<-> +Ames did not meet Burns\.`,
		`2005-03-02 +a2 +0-19 +praise +<- +Burns praised Ames\.`,
		`- +a3 +40-69 +feud +<-> +Ames feuded with Burns again\.`,
	}
	body := table[strings.Index(table, "DATE"):]
	lines := strings.Split(strings.TrimSpace(body), "\n")[1:]
	if len(lines) != len(rows) {
		t.Fatalf("%d rows, want %d:\n%s", len(lines), len(rows), table)
	}
	for i, row := range rows {
		if !regexp.MustCompile("^" + row + "$").MatchString(lines[i]) {
			t.Errorf("row %d = %q, want %q", i, lines[i], row)
		}
	}
}

func TestEvidenceJSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	rivalsStore(t, db)
	var out outputs
	opts := evidenceOptions{DB: db, JSON: true}
	// The names the other way round: directions are seen from Burns.
	if err := runEvidence(context.Background(), opts, []string{"Bob Burns", "Alan Ames"}, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("evidence --json: %v\n%s", err, out.stderr.String())
	}
	var got []evidenceLine
	scanner := bufio.NewScanner(&out.stdout)
	for scanner.Scan() {
		var line evidenceLine
		decoder := json.NewDecoder(bytes.NewReader(scanner.Bytes()))
		decoder.DisallowUnknownFields()
		if err := decoder.Decode(&line); err != nil {
			t.Fatalf("line %q: %v", scanner.Text(), err)
		}
		got = append(got, line)
	}
	want := []evidenceLine{
		{Subject: "Alan Ames", Predicate: "feud", Object: "Bob Burns", Kind: "event", Direction: "in", Document: "a1", Date: "2005-01-10", Start: 12, End: 35, Sentence: "Ames feuded with Burns."},
		{Subject: "Alan Ames", Predicate: "meet", Object: "Bob Burns", Negated: true, Kind: "event", Direction: "in", Document: "a4", Date: "2005-02-01", Start: 7, End: 31, Sentence: "Ames did not meet Burns."},
		{Subject: "Bob Burns", Predicate: "praise", Object: "Alan Ames", Kind: "event", Direction: "out", Document: "a2", Date: "2005-03-02", Start: 0, End: 19, Sentence: "Burns praised Ames."},
		{Subject: "Alan Ames", Predicate: "feud", Object: "Bob Burns", Kind: "event", Direction: "in", Document: "a3", Start: 40, End: 69, Sentence: "Ames feuded with Burns again."},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestEvidencePredicateAndLimit(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	rivalsStore(t, db)
	tests := []struct {
		name      string
		opts      evidenceOptions
		header    string
		documents []string
	}{
		{"predicate", evidenceOptions{Predicate: "feud"}, ": 2 statements in 2 sentences", []string{"a1", "a3"}},
		{"limit", evidenceOptions{Limit: 2}, ": 2 of 4 statements in 4 sentences", []string{"a1", "a4"}},
		{"both", evidenceOptions{Predicate: "feud", Limit: 1}, ": 1 of 2 statements in 2 sentences", []string{"a1"}},
		{"two predicates, one as written", evidenceOptions{Predicate: "feuded,praise"}, ": 3 statements in 3 sentences", []string{"a1", "a2", "a3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := tc.opts
			opts.DB = db
			var out outputs
			if err := runEvidence(context.Background(), opts, []string{"Alan Ames", "Bob Burns"}, &out.stdout, &out.stderr); err != nil {
				t.Fatalf("evidence: %v\n%s", err, out.stderr.String())
			}
			table := out.stdout.String()
			var documents []string
			for _, line := range strings.Split(table, "\n") {
				if fields := strings.Fields(line); len(fields) > 2 && fields[0] != "DATE" && !strings.Contains(line, "(PERSON)") {
					documents = append(documents, fields[1])
				}
			}
			if !strings.Contains(table, tc.header+"\n") || !slices.Equal(documents, tc.documents) {
				t.Errorf("table with documents %q, want %q and header %q:\n%s", documents, tc.documents, tc.header, table)
			}
		})
	}
}

func TestEvidenceErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	rivalsStore(t, db)
	tests := []struct {
		name string
		opts evidenceOptions
		args []string
		kind error
	}{
		{"one entity", evidenceOptions{}, []string{"Alan Ames"}, errUsage},
		{"three entities", evidenceOptions{}, []string{"Alan", "Ames", "Bob Burns"}, errUsage},
		{"one entity twice", evidenceOptions{}, []string{"Alan Ames", "alan  ames"}, errUsage},
		{"negative limit", evidenceOptions{Limit: -1}, []string{"Alan Ames", "Bob Burns"}, errUsage},
		{"unknown entity", evidenceOptions{}, []string{"Alan Ames", "Bob Barnes"}, errNoEntity},
		{"unknown predicate", evidenceOptions{Predicate: "kiss"}, []string{"Alan Ames", "Bob Burns"}, errNoPredicate},
		{"unknown type", evidenceOptions{endTypes: endTypes{Type: "TEAM"}}, []string{"Alan Ames", "Bob Burns"}, errUsage},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := tc.opts
			opts.DB = db
			var out outputs
			err := runEvidence(context.Background(), opts, tc.args, &out.stdout, &out.stderr)
			if !errors.Is(err, tc.kind) {
				t.Errorf("got %v, want %v", err, tc.kind)
			}
			if out.stdout.Len() != 0 {
				t.Errorf("wrote %q to stdout", out.stdout.String())
			}
		})
	}
}
