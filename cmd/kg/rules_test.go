package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// demoRules touches the demo corpus's entities and relations.
const demoRules = `# corrections to the demo corpus
merge: Macron = Emmanuel Macron
type: Ukraine = LOC
drop: Olaf Scholz
drop-relation: meet -> PERSON
`

// entitiesByName is kg entities --json keyed by type and name, without
// the ids, which depend on the order nodes were made in.
func entitiesByName(t *testing.T, db string) map[string]entityLine {
	t.Helper()
	run := runKG(t, "entities", "--db", db, "--json")
	if run.code != exitOK {
		t.Fatalf("kg entities: exit %d\n%s", run.code, run.stderr)
	}
	byName := make(map[string]entityLine)
	for _, line := range entityLines(t, run.stdout) {
		line.ID = 0
		byName[line.Type+"/"+line.Name] = line
	}
	return byName
}

func writeRules(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kg.rules")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func mustRunKG(t *testing.T, args ...string) ran {
	t.Helper()
	run := runKG(t, args...)
	if run.code != exitOK {
		t.Fatalf("kg %q: exit %d\n%s", args, run.code, run.stderr)
	}
	return run
}

func TestBuildRulesLaterGivesBuildWithRules(t *testing.T) {
	corpus := writeFiles(t, demoFiles(t))
	rules := writeRules(t, demoRules)
	withRules := filepath.Join(t.TempDir(), "with.db")
	mustRunKG(t, "build", "--db", withRules, "--rules", rules, corpus)
	later := filepath.Join(t.TempDir(), "later.db")
	mustRunKG(t, "build", "--db", later, corpus)
	plain := entitiesByName(t, later)
	run := mustRunKG(t, "build", "--db", later, "--rules", rules)
	if !strings.Contains(string(run.stderr), "curated 6 stored articles") {
		t.Errorf("kg build --rules said:\n%s", run.stderr)
	}
	want := entitiesByName(t, withRules)
	if got := entitiesByName(t, later); !reflect.DeepEqual(got, want) {
		t.Errorf("rules applied to a built store give %d entities, a build with them %d", len(got), len(want))
	}
	if reflect.DeepEqual(plain, want) {
		t.Fatal("the rules change nothing")
	}
	if _, found := want["PERSON/Olaf Scholz"]; found {
		t.Error("a dropped entity is listed")
	}
	if _, found := want["LOC/Ukraine"]; !found {
		t.Error("Ukraine was not made a LOC")
	}
	macron := want["PERSON/Emmanuel Macron"]
	if _, found := want["PERSON/Macron"]; found || macron.Mentions == 0 {
		t.Errorf("Macron not merged into Emmanuel Macron: %+v", macron)
	}
}

func TestBuildKeepsRules(t *testing.T) {
	corpus := writeFiles(t, demoFiles(t))
	db := filepath.Join(t.TempDir(), "kg.db")
	mustRunKG(t, "build", "--db", db, "--rules", writeRules(t, demoRules), corpus)
	want := entitiesByName(t, db)
	// A new article joins the graph by the rules kept with the store.
	more := writeFiles(t, map[string]string{"late.txt": "Scholz and Macron\n\nOlaf Scholz met Emmanuel Macron in Kyiv, Ukraine, on Monday.\n"})
	run := mustRunKG(t, "build", "--db", db, more)
	if strings.Contains(string(run.stderr), "curated") {
		t.Errorf("a build without --rules curated the stored articles again:\n%s", run.stderr)
	}
	got := entitiesByName(t, db)
	if _, found := got["PERSON/Olaf Scholz"]; found {
		t.Error("a later build without --rules kept a dropped entity")
	}
	if got["LOC/Ukraine"].Mentions <= want["LOC/Ukraine"].Mentions {
		t.Errorf("Ukraine of the new article is not the LOC: %+v", got["LOC/Ukraine"])
	}
	if _, found := got["GPE/Ukraine"]; found {
		t.Error("the new article's Ukraine was not retyped")
	}
}

func TestBuildRefusesBadRules(t *testing.T) {
	corpus := writeFiles(t, demoFiles(t))
	db := filepath.Join(t.TempDir(), "kg.db")
	mustRunKG(t, "build", "--db", db, "--rules", writeRules(t, demoRules), corpus)
	want := entitiesByName(t, db)
	bad := writeRules(t, "drop: Putin\nmerge Putin\ntype: Kyiv = CITY\n")
	run := runKG(t, "build", "--db", db, "--rules", bad, corpus)
	if run.code != exitError {
		t.Errorf("kg build with a bad rules file: exit %d, want %d", run.code, exitError)
	}
	for _, where := range []string{bad + ":2:", bad + ":3:"} {
		if !strings.Contains(string(run.stderr), where) {
			t.Errorf("error does not name %s:\n%s", where, run.stderr)
		}
	}
	if got := entitiesByName(t, db); !reflect.DeepEqual(got, want) {
		t.Error("a refused rules file changed the store")
	}
	if run := runKG(t, "build", "--db", db, "--rules", filepath.Join(t.TempDir(), "none.rules")); run.code != exitError {
		t.Errorf("kg build with a missing rules file: exit %d, want %d", run.code, exitError)
	}
}

// TestBuildWarnsOfUnknownRulePredicates: a drop-relation rule of a
// predicate that no stored article's relations have and the vocabulary
// does not list drops nothing, and kg build says so by file and line,
// with what was most likely meant; a rule whose predicate the rules have
// dropped from every edge is no slip.
func TestBuildWarnsOfUnknownRulePredicates(t *testing.T) {
	corpus := writeFiles(t, demoFiles(t))
	db := filepath.Join(t.TempDir(), "kg.db")
	file := writeRules(t, "drop-relation: meet\ndrop-relation: meat\n# a verb form\ndrop-relation: met -> PERSON\ndrop-relation: feud\n")
	want := []string{
		"kg: rules: " + file + `:2: drop-relation: no relation of the stored articles has predicate "meat", so the rule drops nothing; closest: meet, `,
		"kg: rules: " + file + `:4: drop-relation: no relation of the stored articles has predicate "met", so the rule drops nothing; did you mean meet?`,
	}
	for _, step := range []string{"build", "rebuild"} {
		run := mustRunKG(t, "build", "--db", db, "--rules", file, corpus)
		warnings := slices.DeleteFunc(strings.Split(string(run.stderr), "\n"), func(line string) bool {
			return !strings.HasPrefix(line, "kg: rules: ")
		})
		if len(warnings) != len(want) || !strings.HasPrefix(warnings[0], want[0]) || warnings[1] != want[1] {
			t.Errorf("%s: kg build --rules warned:\n%s\nwant:\n%s...", step, strings.Join(warnings, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestBuildInterruptedWhileCuratingSaysHowToGoOn: the way on that an
// interrupted curation names works, and gives the build with the rules.
func TestBuildInterruptedWhileCuratingSaysHowToGoOn(t *testing.T) {
	corpus := writeFiles(t, demoFiles(t))
	file := writeRules(t, demoRules)
	withRules := filepath.Join(t.TempDir(), "with.db")
	mustRunKG(t, "build", "--db", withRules, "--rules", file, corpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	mustRunKG(t, "build", "--db", db, corpus)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out outputs
	code := run(ctx, []string{"build", "--db", db, "--rules", file}, &out.stdout, &out.stderr)
	want := "kg: build: interrupted while curating the stored articles; kg build --rules " + file + ", or a kg build of any PATH, goes on from there\n"
	if code != exitError || !strings.HasSuffix(out.stderr.String(), want) {
		t.Fatalf("kg build --rules, interrupted: exit %d, said:\n%s\nwant the last line:\n%s", code, out.stderr.String(), want)
	}
	mustRunKG(t, "build", "--db", db, "--rules", file)
	if got, want := entitiesByName(t, db), entitiesByName(t, withRules); !reflect.DeepEqual(got, want) {
		t.Errorf("the curation gone on with gives %d entities, a build with the rules %d", len(got), len(want))
	}
}

// TestBuildWarnsOfUnknownRuleNames: a rule of a name that no stored
// article gives an entity, and no merge gives, changes nothing, and kg
// build says so by file and line, with the closest entities; a name the
// rules have dropped from the graph, or one a merge gives, is no slip.
func TestBuildWarnsOfUnknownRuleNames(t *testing.T) {
	corpus := writeFiles(t, demoFiles(t))
	db := filepath.Join(t.TempDir(), "kg.db")
	file := writeRules(t, "drop: Olaf Scholz\nmerge: Macronn = Emmanuel Macron\ntype: emmanuel macron = PERSON\ndrop-relation: meet -> Vladimir Putn\n")
	want := []string{
		"kg: rules: " + file + `:2: merge: no entity of the stored articles is named "Macronn", so the rule changes nothing; closest: `,
		"kg: rules: " + file + `:4: drop-relation: no entity of the stored articles is named "Vladimir Putn", so the rule changes nothing; closest: "Vladimir Putin"`,
	}
	for _, step := range []string{"build", "rebuild"} {
		run := mustRunKG(t, "build", "--db", db, "--rules", file, corpus)
		warnings := slices.DeleteFunc(strings.Split(string(run.stderr), "\n"), func(line string) bool {
			return !strings.HasPrefix(line, "kg: rules: ")
		})
		if len(warnings) != len(want) || !strings.HasPrefix(warnings[0], want[0]) || !strings.HasPrefix(warnings[1], want[1]) {
			t.Errorf("%s: kg build --rules warned:\n%s\nwant:\n%s...", step, strings.Join(warnings, "\n"), strings.Join(want, "...\n"))
		}
	}
}
