package main

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/lookup"
)

// entityCommands run each command that takes an entity on one, given by
// ref and narrowed by typ, and return the names of the entities the
// command reached from it.
var entityCommands = []struct {
	name string
	run  func(db, ref, typ string, stdout, stderr io.Writer) error
}{
	{"neighbours", func(db, ref, typ string, stdout, stderr io.Writer) error {
		return runNeighbours(context.Background(), neighboursOptions{DB: db, Depth: 1, Direction: "both", Type: typ}, []string{ref}, stdout, stderr)
	}},
	{"path", func(db, ref, typ string, stdout, stderr io.Writer) error {
		return runPath(context.Background(), pathOptions{DB: db, K: 1, endTypes: endTypes{FromType: typ}}, []string{ref, "Arsenal"}, stdout, stderr)
	}},
	{"export --ego", func(db, ref, typ string, stdout, stderr io.Writer) error {
		opts := exportOptions{DB: db, Format: "dot", Filter: filterOptions{Ego: ref, EgoType: typ, Depth: 1}}
		return runExport(context.Background(), opts, nil, stdout, stderr)
	}},
	{"render --ego", func(db, ref, typ string, stdout, stderr io.Writer) error {
		output := filepath.Join(filepath.Dir(db), "ego.svg")
		opts := renderOptions{DB: db, Output: output, Seed: 1, Updates: 5, Filter: filterOptions{Ego: ref, EgoType: typ, Depth: 1}}
		return runRender(context.Background(), opts, nil, stdout, stderr)
	}},
}

func TestAmbiguousNameListsCandidates(t *testing.T) {
	db := analystStore(t)
	for _, command := range entityCommands {
		t.Run(command.name, func(t *testing.T) {
			var out outputs
			err := command.run(db, "Chelsea", "", &out.stdout, &out.stderr)
			if !errors.Is(err, errAmbiguous) || exitCode(err) != exitError {
				t.Fatalf("got %v (exit %d), want errAmbiguous and exit %d", err, exitCode(err), exitError)
			}
			if !strings.Contains(err.Error(), "--type") || !strings.Contains(err.Error(), lookup.IDPrefix) {
				t.Errorf("the message does not say how to choose: %v", err)
			}
			listed := regexp.MustCompile(`(?m)^id:\d+\s+(\S+)\s.*Chelsea`).FindAllStringSubmatch(out.stderr.String(), -1)
			if len(listed) != 2 || listed[0][1] == listed[1][1] {
				t.Errorf("candidates are not listed with their ids and types:\n%s", out.stderr.String())
			}
			for _, hint := range []string{"-[beat]-> Arsenal [club]", "<-[play_in]- Arsenal [place]"} {
				if !strings.Contains(out.stderr.String(), hint) {
					t.Errorf("the candidates lack the example %q:\n%s", hint, out.stderr.String())
				}
			}
		})
	}
}

func TestTypePicksAmongNamesakes(t *testing.T) {
	db := analystStore(t)
	for _, command := range entityCommands {
		t.Run(command.name, func(t *testing.T) {
			for _, test := range []struct{ typ, want, not string }{{"ORG", "beat", "play_in"}, {"gpe", "play_in", "beat"}} {
				var out outputs
				if err := command.run(db, "Chelsea", test.typ, &out.stdout, &out.stderr); err != nil {
					t.Fatalf("--type %s: %v\n%s", test.typ, err, out.stderr.String())
				}
				printed := out.stdout.String()
				if command.name == "render --ego" {
					// A picture has no predicates: both Chelseas have one neighbour.
					if !strings.Contains(out.stderr.String(), "drew 2 entities") {
						t.Errorf("--type %s: %s", test.typ, out.stderr.String())
					}
					continue
				}
				if !strings.Contains(printed, test.want) || strings.Contains(printed, test.not) {
					t.Errorf("--type %s: want %s and not %s in\n%s", test.typ, test.want, test.not, printed)
				}
			}
		})
	}
}

func TestEntityByID(t *testing.T) {
	db := analystStore(t)
	var listed outputs
	if err := runEntities(context.Background(), entitiesOptions{DB: db, Type: "GPE"}, []string{"Chelsea"}, &listed.stdout, &listed.stderr); err != nil {
		t.Fatal(err)
	}
	id := regexp.MustCompile(`(?m)^id:\d+`).FindString(listed.stdout.String())
	if id == "" {
		t.Fatalf("kg entities prints no id:\n%s", listed.stdout.String())
	}
	for _, command := range entityCommands {
		t.Run(command.name, func(t *testing.T) {
			var out outputs
			if err := command.run(db, id, "", &out.stdout, &out.stderr); err != nil {
				t.Fatalf("%s: %v\n%s", id, err, out.stderr.String())
			}
			if command.name != "render --ego" && (!strings.Contains(out.stdout.String(), "play_in") || strings.Contains(out.stdout.String(), "beat")) {
				t.Errorf("%s did not give the place:\n%s", id, out.stdout.String())
			}
			err := command.run(db, id, "ORG", io.Discard, io.Discard)
			if !errors.Is(err, errNoEntity) || !strings.Contains(err.Error(), "GPE") {
				t.Errorf("%s with another type: %v, want errNoEntity naming its type", id, err)
			}
			if err := command.run(db, "id:12x", "", io.Discard, io.Discard); !errors.Is(err, errUsage) {
				t.Errorf("a malformed id gave %v, want a usage error", err)
			}
			if err := command.run(db, "id:999999", "", io.Discard, io.Discard); !errors.Is(err, errNoEntity) {
				t.Errorf("an unknown id gave %v, want errNoEntity", err)
			}
		})
	}
	var one outputs
	if err := runEntities(context.Background(), entitiesOptions{DB: db}, []string{id}, &one.stdout, &one.stderr); err != nil {
		t.Fatal(err)
	}
	if rows := strings.Split(strings.TrimSpace(one.stdout.String()), "\n"); len(rows) != 2 || !strings.HasPrefix(rows[1], id+" ") {
		t.Errorf("kg entities %s printed\n%s", id, one.stdout.String())
	}
}

func TestPathTypesPerSide(t *testing.T) {
	db := analystStore(t)
	for _, test := range []struct {
		opts pathOptions
		want string
	}{
		{pathOptions{endTypes: endTypes{Type: "ORG"}}, "beat"},
		{pathOptions{endTypes: endTypes{Type: "ORG", FromType: "GPE"}}, "play_in"},
		{pathOptions{endTypes: endTypes{FromType: "GPE", ToType: "ORG"}}, "play_in"},
	} {
		opts := test.opts
		opts.DB, opts.K, opts.JSON = db, 1, true
		var out outputs
		if err := runPath(context.Background(), opts, []string{"Chelsea", "Arsenal"}, &out.stdout, &out.stderr); err != nil {
			t.Fatalf("%+v: %v\n%s", test.opts, err, out.stderr.String())
		}
		var paths [][]hop
		decodeJSON(t, out.stdout.Bytes(), &paths)
		if len(paths) != 1 || len(paths[0]) != 1 || paths[0][0].Predicate != test.want {
			t.Errorf("%+v: %+v, want one step by %s", test.opts, paths, test.want)
		}
	}
	err := runPath(context.Background(), pathOptions{DB: db, K: 1, endTypes: endTypes{ToType: "PLANET"}}, []string{"Chelsea", "Arsenal"}, io.Discard, io.Discard)
	if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "--to-type") {
		t.Errorf("a bad --to-type gave %v, want a usage error naming it", err)
	}
}

func TestEgoTypeNeedsEgo(t *testing.T) {
	db := analystStore(t)
	err := runExport(context.Background(), exportOptions{DB: db, Format: "dot", Filter: filterOptions{EgoType: "ORG", Depth: 1}}, nil, io.Discard, io.Discard)
	if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "--types") {
		t.Errorf("--type without --ego gave %v, want a usage error pointing to --types", err)
	}
}

func TestLookupErrorsNameTheCommand(t *testing.T) {
	db := analystStore(t)
	for _, test := range []struct {
		args []string
		want string
	}{
		{[]string{"neighbours", "Nobody"}, `kg: neighbours: no entity named "Nobody"; closest: `},
		{[]string{"evidence", "--type", "ORG", "Tony Blair", "Gordon Brown"}, `kg: evidence: no ORG named "Tony Blair"; closest: `},
		{[]string{"path", "Tony Blair", "Nobody"}, `kg: path: no entity named "Nobody"; closest: `},
		{[]string{"export", "--ego", "Nobody"}, `kg: export: --ego: no entity named "Nobody"; closest: `},
		{[]string{"render", "-o", "x.svg", "--ego", "id:999999"}, "kg: render: --ego: no entity has the id id:999999\n"},
		{[]string{"top", "--exclude", "entity:Nobody"}, `kg: top: --exclude: no entity named "Nobody"; closest: `},
	} {
		run := runKG(t, append([]string{"--db", db}, test.args...)...)
		if run.code != exitError || !strings.HasPrefix(string(run.stderr), test.want) || strings.Count(string(run.stderr), test.args[0]+":") != 1 {
			t.Errorf("kg %q: exit %d, stderr %q; want exit %d and %q", test.args, run.code, run.stderr, exitError, test.want)
		}
	}
}

// TestBlankEntityIsAUsageError: a name of nothing but spaces names no
// entity, in a store of many: a usage error, not "the store is empty".
func TestBlankEntityIsAUsageError(t *testing.T) {
	db := analystStore(t)
	for _, command := range entityCommands {
		t.Run(command.name, func(t *testing.T) {
			var out outputs
			err := command.run(db, " ", "", &out.stdout, &out.stderr)
			if exitCode(err) != exitUsage || err == nil || !strings.HasSuffix(err.Error(), `" " names no entity: give a name or an id as id:N`) {
				t.Errorf("got %v (exit %d), want a usage error saying that \" \" names no entity", err, exitCode(err))
			}
		})
	}
}
