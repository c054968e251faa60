package main

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestExitCodes(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.db")
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // a fragment the output must hold
		stderr string
	}{
		{"no command", nil, exitUsage, "", "no command given"},
		{"unknown command", []string{"bogus"}, exitUsage, "", `unknown command "bogus"`},
		{"help", []string{"help"}, exitOK, "Exit codes:", ""},
		{"-h", []string{"-h"}, exitOK, "neighbours", ""},
		{"help of a command", []string{"help", "export"}, exitOK, "-format", ""},
		{"help of an unknown command", []string{"help", "bogus"}, exitUsage, "", "unknown command"},
		{"help of help", []string{"help", "help"}, exitOK, "Exit codes:", ""},
		{"help --help", []string{"help", "--help"}, exitOK, "Exit codes:", ""},
		{"help -h", []string{"help", "-h"}, exitOK, "Exit codes:", ""},
		{"command -h", []string{"build", "-h"}, exitOK, "-field-text", ""},
		{"bad flag", []string{"stats", "--bogus"}, exitUsage, "", "stats: unknown flag --bogus"},
		{"bad flag value", []string{"neighbours", "--depth", "two", "Paris"}, exitUsage, "", `kg: neighbours: --depth: invalid value "two": want a whole number` + "\n"},
		{"bad boolean flag value", []string{"neighbours", "--json=maybe", "Paris"}, exitUsage, "", `kg: neighbours: --json: invalid value "maybe": want true or false` + "\n"},
		{"flag value out of range", []string{"entities", "--min-mentions", "99999999999999999999"}, exitUsage, "", `kg: entities: --min-mentions: invalid value "99999999999999999999": want a whole number` + "\n"},
		{"flag without its value", []string{"entities", "--type"}, exitUsage, "", "kg: entities: --type needs a value\n"},
		{"global flag without its value", []string{"--db"}, exitUsage, "", "kg: --db needs a value\n"},
		{"missing argument", []string{"build", "--db", missing}, exitUsage, "", "no PATH given"},
		{"missing entity", []string{"neighbours", "--db", missing}, exitUsage, "", "no ENTITY given"},
		{"bad format", []string{"export", "--db", missing, "--format", "gml"}, exitUsage, "", "export:"},
		{"a number below its flag's range", []string{"analyse", "--db", missing, "--seed", "7", "--resolution", "-1"}, exitUsage, "", "kg: analyse: --resolution must be above 0, not -1\n"},
		{"the second number below its range", []string{"communities", "--db", missing, "--members", "0"}, exitUsage, "", "kg: communities: --members must be at least 1, not 0\n"},
		{"the third number below its range", []string{"serve", "--db", missing, "--cache", "-2"}, exitUsage, "", "kg: serve: --cache must be at least 0, not -2\n"},
		{"no store", []string{"stats", "--db", missing}, exitError, "", "kg build"},
		{"global flag before the command", []string{"--db", missing, "stats"}, exitError, "", missing},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out outputs
			code := run(context.Background(), tc.args, &out.stdout, &out.stderr)
			if code != tc.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tc.code, out.stderr.String())
			}
			if !strings.Contains(out.stdout.String(), tc.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tc.stdout, out.stdout.String())
			}
			if !strings.Contains(out.stderr.String(), tc.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.stderr, out.stderr.String())
			}
		})
	}
}

func TestHelpListsEveryCommand(t *testing.T) {
	var out outputs
	if code := run(context.Background(), []string{"help"}, &out.stdout, &out.stderr); code != exitOK {
		t.Fatalf("kg help exited %d", code)
	}
	for _, cmd := range commands() {
		if !strings.Contains(out.stdout.String(), "\n  "+cmd.name+" ") {
			t.Errorf("kg help does not list %q", cmd.name)
		}
	}
	for code := exitOK; code <= exitLocked; code++ {
		if !strings.Contains(out.stdout.String(), "\n  "+string(rune('0'+code))+"  ") {
			t.Errorf("kg help does not explain exit code %d", code)
		}
	}
}

func TestStoreFromEnvironment(t *testing.T) {
	t.Setenv(storeEnv, "/somewhere/else.db")
	if got := defaultGlobalOptions().DB; got != "/somewhere/else.db" {
		t.Errorf("store from $%s = %q", storeEnv, got)
	}
	t.Setenv(storeEnv, "")
	if got := defaultGlobalOptions().DB; got != defaultStore {
		t.Errorf("default store = %q, want %q", got, defaultStore)
	}
}

func TestParseInterspersed(t *testing.T) {
	tests := []struct {
		args       []string
		positional []string
		depth      int
		json       bool
	}{
		{[]string{"Putin"}, []string{"Putin"}, 1, false},
		{[]string{"--depth", "2", "Putin"}, []string{"Putin"}, 2, false},
		{[]string{"Putin", "--depth", "3", "--json"}, []string{"Putin"}, 3, true},
		{[]string{"Vladimir", "--json", "Putin"}, []string{"Vladimir", "Putin"}, 1, true},
		{[]string{"--", "--depth", "2"}, []string{"--depth", "2"}, 1, false},
		{[]string{"-", "--json"}, []string{"-"}, 1, true},
		{nil, nil, 1, false},
	}
	for _, tc := range tests {
		fs := newFlagSet("test")
		depth := fs.Int("depth", 1, "")
		asJSON := fs.Bool("json", false, "")
		positional, err := parseInterspersed(fs, tc.args)
		if err != nil {
			t.Errorf("%q: %v", tc.args, err)
			continue
		}
		if !slices.Equal(positional, tc.positional) || *depth != tc.depth || *asJSON != tc.json {
			t.Errorf("%q: positional %q, depth %d, json %v; want %q, %d, %v", tc.args, positional, *depth, *asJSON, tc.positional, tc.depth, tc.json)
		}
	}
}

func FuzzParseInterspersed(f *testing.F) {
	f.Add("Putin\x00--depth\x002\x00--json")
	f.Add("--\x00-x")
	f.Add("-depth=\x00a")
	f.Fuzz(func(t *testing.T, joined string) {
		args := strings.Split(joined, "\x00")
		fs := newFlagSet("fuzz")
		fs.Int("depth", 1, "")
		fs.Bool("json", false, "")
		positional, err := parseInterspersed(fs, args)
		if err != nil {
			return
		}
		// Every positional argument comes from the command line, in order.
		rest := args
		for _, arg := range positional {
			i := slices.Index(rest, arg)
			if i < 0 {
				t.Fatalf("positional %q not among %q (in order)", arg, args)
			}
			rest = rest[i+1:]
		}
	})
}

// TestInterruptedCommandSaysSo: a command that Ctrl-C stops says it was
// interrupted, in kg's words rather than Go's.
func TestInterruptedCommandSaysSo(t *testing.T) {
	db := demoStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, args := range [][]string{
		{"export", "--db", db, "-o", filepath.Join(t.TempDir(), "g.graphml")},
		{"build", "--db", db, "demo"},
	} {
		var out outputs
		code := run(ctx, args, &out.stdout, &out.stderr)
		if got := out.stderr.String(); code != exitError || !strings.Contains(got, "interrupted") || strings.Contains(got, "context canceled") {
			t.Errorf("kg %s, interrupted: exit %d, said:\n%s", args[0], code, got)
		}
	}
}
