package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAmericanSpellings(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	putArticles(t, db, article("a1", "Alice met Bob.", "meet", "Alice", "Bob"))
	usage := runKG(t, "help")
	for alias, name := range aliases {
		t.Run(alias, func(t *testing.T) {
			if !bytes.Contains(usage.stdout, []byte("kg "+alias+" for kg "+name)) {
				t.Errorf("kg help does not mention kg %s:\n%s", alias, usage.stdout)
			}
			args := []string{"--db", db}
			if name == "neighbours" {
				args = append(args, "Alice")
			}
			want := runKG(t, append([]string{name}, args...)...)
			got := runKG(t, append([]string{alias}, args...)...)
			if got.code != want.code || !bytes.Equal(got.stdout, want.stdout) {
				t.Errorf("kg %s exited %d with:\n%s\nkg %s exited %d with:\n%s", alias, got.code, got.stdout, name, want.code, want.stdout)
			}
			if help := runKG(t, "help", alias); help.code != exitOK || !bytes.Contains(help.stdout, []byte("Usage: kg "+name+" ")) {
				t.Errorf("kg help %s exited %d:\n%s%s", alias, help.code, help.stdout, help.stderr)
			}
		})
	}
}

func TestSuggestions(t *testing.T) {
	tests := []struct {
		args []string
		want string // a fragment of the message; "" when nothing is to be suggested
	}{
		{[]string{"neigbours"}, `unknown command "neigbours"; did you mean neighbours?`},
		{[]string{"neighbous"}, "did you mean neighbours?"},
		{[]string{"analyz"}, "did you mean analyse?"},
		{[]string{"evidense"}, "did you mean evidence?"},
		{[]string{"evidence", "--predciate", "meet", "Alice", "Bob"}, "evidence: unknown flag --predciate; did you mean --predicate?"},
		{[]string{"exprot"}, "did you mean export?"},
		{[]string{"Stats"}, "did you mean stats?"},
		{[]string{"comm"}, "did you mean communities?"},
		{[]string{"help", "bulid"}, "did you mean build?"},
		{[]string{"ex"}, ""},
		{[]string{"frobnicate"}, ""},
		{[]string{"neighbours", "--depht", "2", "Paris"}, "neighbours: unknown flag --depht; did you mean --depth?"},
		{[]string{"neighbours", "--predciate", "meet", "Paris"}, "did you mean --predicate?"},
		{[]string{"analyse", "--resolutoin", "2"}, "did you mean --resolution?"},
		{[]string{"top", "--jsn"}, "did you mean --json?"},
		{[]string{"--verison"}, "unknown flag --verison; did you mean --version?"},
		{[]string{"stats", "--frobnicate"}, ""},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			got := runKG(t, tc.args...)
			if got.code != exitUsage {
				t.Errorf("exit code %d, want %d", got.code, exitUsage)
			}
			suggested := bytes.Contains(got.stderr, []byte("did you mean"))
			if tc.want == "" && suggested || tc.want != "" && !bytes.Contains(got.stderr, []byte(tc.want)) {
				t.Errorf("stderr:\n%s\nwant %q", got.stderr, tc.want)
			}
		})
	}
}

func TestSlips(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "top", 3},
		{"neighbours", "neighbours", 0},
		{"neighbors", "neighbours", 1},
		{"nieghbours", "neighbours", 1},
		{"exprot", "export", 1},
		{"analyze", "analyse", 1},
		{"ca", "abc", 3},
		{"kitten", "sitting", 3},
		{"étê", "été", 1},
	}
	for _, tc := range tests {
		if got := slips(tc.a, tc.b); got != tc.want {
			t.Errorf("slips(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func FuzzSlips(f *testing.F) {
	f.Add("neighbors", "neighbours")
	f.Add("exprot", "export")
	f.Add("\xff", "é")
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 64 || len(b) > 64 {
			return
		}
		distance := slips(a, b)
		if distance != slips(b, a) {
			t.Fatalf("slips(%q, %q) = %d but slips(%q, %q) = %d", a, b, distance, b, a, slips(b, a))
		}
		la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
		if distance < max(la, lb)-min(la, lb) || distance > max(la, lb) {
			t.Fatalf("slips(%q, %q) = %d, outside [%d, %d]", a, b, distance, max(la, lb)-min(la, lb), max(la, lb))
		}
		if (distance == 0) != (string([]rune(a)) == string([]rune(b))) {
			t.Fatalf("slips(%q, %q) = %d", a, b, distance)
		}
		if suggestion, ok := closest(a, []string{b}); ok && suggestion != b {
			t.Fatalf("closest(%q, [%q]) = %q", a, b, suggestion)
		}
	})
}
