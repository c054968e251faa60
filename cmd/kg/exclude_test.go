package main

import (
	"context"
	"errors"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
)

// pathBetween runs kg path --json from A to B with the given --exclude
// and returns the names along the first path.
func pathBetween(t *testing.T, db, from, to, exclude string) ([]string, []hop, error) {
	t.Helper()
	var out outputs
	err := runPath(context.Background(), pathOptions{DB: db, K: 1, Exclude: exclude, JSON: true}, []string{from, to}, &out.stdout, &out.stderr)
	if err != nil {
		return nil, nil, err
	}
	var paths [][]hop
	decodeJSON(t, out.stdout.Bytes(), &paths)
	if len(paths) == 0 || len(paths[0]) == 0 {
		t.Fatalf("no steps: %s", out.stdout.String())
	}
	names := []string{paths[0][0].From}
	for _, h := range paths[0] {
		names = append(names, h.To)
	}
	return names, paths[0], nil
}

func TestPathLeavesOutReportsByDefault(t *testing.T) {
	db := analystStore(t)
	for _, test := range []struct {
		exclude string
		want    []string
	}{
		{defaultExclude, []string{mandelson.name, campbell.name, blair.name, brown.name}},
		{"", []string{mandelson.name, radio4.name, brown.name}},
		{"entity:" + campbell.name, []string{mandelson.name, radio4.name, brown.name}},
		{"kind:report,predicate:advise", nil},
	} {
		names, _, err := pathBetween(t, db, mandelson.name, brown.name, test.exclude)
		if test.want == nil {
			if !errors.Is(err, errNoEntity) {
				t.Errorf("--exclude %q: %v %v, want no path", test.exclude, names, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("--exclude %q: %v", test.exclude, err)
		}
		if !slices.Equal(names, test.want) {
			t.Errorf("--exclude %q: path %q, want %q", test.exclude, names, test.want)
		}
	}
}

func TestPathStepShowsAStatementKept(t *testing.T) {
	db := analystStore(t)
	for _, test := range []struct{ exclude, want string }{{"", "criticise"}, {"predicate:criticise", "meet"}, {"predicate:criticised", "meet"}, {"predicate:met", "criticise"}} {
		_, hops, err := pathBetween(t, db, blair.name, brown.name, test.exclude)
		if err != nil {
			t.Fatal(err)
		}
		if len(hops) != 1 || hops[0].Predicate != test.want || !strings.Contains(hops[0].Evidence, test.want) {
			t.Errorf("--exclude %q: %+v, want the step by %s", test.exclude, hops, test.want)
		}
	}
}

func TestPathEndLeftOut(t *testing.T) {
	db := analystStore(t)
	if _, _, err := pathBetween(t, db, mandelson.name, brown.name, "entity:Gordon Brown"); !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "Gordon Brown") {
		t.Errorf("got %v, want a usage error naming the end left out", err)
	}
}

func TestExcludeErrors(t *testing.T) {
	db := analystStore(t)
	for _, test := range []struct{ exclude, want, class string }{
		{"kind:reprot", `closest is report`, "usage"},
		{"kind:opinion", `(kinds: event, role, report)`, "usage"},
		{"predicate:critcise", `closest: criticise`, "no predicate"},
		{"predicate:co-operate", `no edge has predicate "cooperate"`, "no predicate"},
		{"knd:report", "did you mean kind:report", "usage"},
		{"report", "did you mean kind:report", "usage"},
		{"entity:", "top: --exclude entity: names no entity", "usage"},
		{"kind: ", "--exclude kind: names no kind", "usage"},
		{"predicate:", "--exclude predicate: names no predicate", "usage"},
		{"entity:Chelsea", "ambiguous", "ambiguous"},
		{"entity:Nobody", "top: --exclude: no entity", "none"},
	} {
		var out outputs
		err := runTop(context.Background(), topOptions{DB: db, By: "pagerank", N: 5, Exclude: test.exclude}, nil, &out.stdout, &out.stderr)
		var class string
		switch {
		case errors.Is(err, errUsage):
			class = "usage"
		case errors.Is(err, errAmbiguous):
			class = "ambiguous"
		case errors.Is(err, errNoEntity):
			class = "none"
		case errors.Is(err, errNoPredicate):
			class = "no predicate"
		}
		if err == nil || class != test.class || !strings.Contains(err.Error(), test.want) || strings.Contains(err.Error(), "did you mean entity:") {
			t.Errorf("--exclude %q: %v, want a %s error with %q", test.exclude, err, test.class, test.want)
		}
	}
}

// topDegrees runs kg top --json over every entity and returns each one's
// degree by name.
func topDegrees(t *testing.T, db, exclude string) map[string]int {
	t.Helper()
	var out outputs
	if err := runTop(context.Background(), topOptions{DB: db, By: "degree", N: 100, Exclude: exclude, JSON: true}, nil, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("top --exclude %q: %v", exclude, err)
	}
	var rows []topRow
	decodeJSON(t, out.stdout.Bytes(), &rows)
	degrees := map[string]int{}
	for _, row := range rows {
		degrees[row.Name] = row.Metrics.InDegree + row.Metrics.OutDegree
	}
	return degrees
}

func TestTopExcludes(t *testing.T) {
	db := analystStore(t)
	all, reportsOut, blairOut := topDegrees(t, db, ""), topDegrees(t, db, defaultExclude), topDegrees(t, db, "entity:Tony Blair")
	if all[radio4.name] != 2 || reportsOut[radio4.name] != 0 {
		t.Errorf("BBC Radio 4 has degree %d with reports, %d without; want 2 and 0", all[radio4.name], reportsOut[radio4.name])
	}
	// Without Blair, Brown keeps only his report to Radio 4.
	if _, listed := blairOut[blair.name]; listed || blairOut[brown.name] != 1 || all[brown.name] <= 1 {
		t.Errorf("without Tony Blair: %v; with him: %v", blairOut, all)
	}
}

func TestAnalyseRecordsWhatItLeftOut(t *testing.T) {
	db := analystStore(t)
	analyse := func(exclude string) (graph.Analysis, string) {
		var out outputs
		if err := runAnalyse(context.Background(), analyseOptions{DB: db, Resolution: 1, Seed: 1, Exclude: exclude, JSON: true}, nil, &out.stdout, &out.stderr); err != nil {
			t.Fatalf("analyse --exclude %q: %v", exclude, err)
		}
		var a graph.Analysis
		decodeJSON(t, out.stdout.Bytes(), &a)
		return a, out.stderr.String()
	}
	without, _ := analyse(defaultExclude)
	with, log := analyse("")
	if without.Excluded != defaultExclude || with.Excluded != "" || with.Edges != without.Edges+2 {
		t.Errorf("without reports %+v, with %+v", without, with)
	}
	if strings.Contains(log, "current") {
		t.Errorf("an analysis of the graph without reports was taken for one with them: %s", log)
	}
	stored, _ := storedAnalysis(t, db)
	if stored.Excluded != "" {
		t.Errorf("stored %q, want the last analysis's exclusion", stored.Excluded)
	}
	var out outputs
	if err := runTop(context.Background(), topOptions{DB: db, By: "pagerank", N: 1, Exclude: defaultExclude}, nil, &out.stdout, &out.stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.stderr.String(), "left out nothing") {
		t.Errorf("top did not say why it analyses again: %q", out.stderr.String())
	}
	if err := runAnalyse(context.Background(), analyseOptions{DB: db, Resolution: 1, Seed: 1, Exclude: "kind:nope"}, nil, io.Discard, io.Discard); !errors.Is(err, errUsage) {
		t.Errorf("a bad --exclude gave %v, want a usage error", err)
	}
}

// exportedInDegree exports the graph of db as GraphML with its measures
// and returns the in-degree it gives the entity named name, with what
// the export printed on stderr.
func exportedInDegree(t *testing.T, db, name string) (string, string) {
	t.Helper()
	var out outputs
	if err := runExport(context.Background(), exportOptions{DB: db, Format: "graphml", Metrics: true, Filter: filterOptions{Depth: 1}}, nil, &out.stdout, &out.stderr); err != nil {
		t.Fatal(err)
	}
	node := regexp.MustCompile(`(?s)<node id="[^"]*">\s*<data key="node_label">` + regexp.QuoteMeta(name) + `</data>.*?</node>`).FindString(out.stdout.String())
	degree := regexp.MustCompile(`<data key="[^"]*in_degree">(\d+)</data>`).FindStringSubmatch(node)
	if degree == nil {
		t.Fatalf("no in_degree for %s in\n%s", name, out.stdout.String())
	}
	return degree[1], out.stderr.String()
}

func TestExportMeasuresAsTheStoredAnalysis(t *testing.T) {
	db := analystStore(t)
	if degree, log := exportedInDegree(t, db, radio4.name); degree != "0" || !strings.Contains(log, "computing") {
		t.Errorf("without a stored analysis: in_degree %s, want 0 (reports left out), and a note of the analysis computed: %q", degree, log)
	}
	for _, test := range []struct{ exclude, degree string }{{"", "2"}, {defaultExclude, "0"}} {
		if err := runAnalyse(context.Background(), analyseOptions{DB: db, Resolution: 1, Seed: 1, Exclude: test.exclude}, nil, io.Discard, io.Discard); err != nil {
			t.Fatal(err)
		}
		if degree, log := exportedInDegree(t, db, radio4.name); degree != test.degree || strings.Contains(log, "computing") {
			t.Errorf("after kg analyse --exclude %q: in_degree %s, want %s from the stored analysis; %q", test.exclude, degree, test.degree, log)
		}
	}
}

// FuzzParseExclusion checks that any --exclude value is either refused as
// a usage error or read into an exclusion that String gives back in a
// form read the same.
func FuzzParseExclusion(f *testing.F) {
	for _, seed := range []string{defaultExclude, "", "kind:report,predicate:tell,entity:BBC", "kind:REPORT, predicate:say", "knd:x", ",,:", "entity:id:12"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, value string) {
		x, err := parseExclusion("top", value)
		if err != nil {
			if !errors.Is(err, errUsage) {
				t.Fatalf("%q: %v, not a usage error", value, err)
			}
			return
		}
		again, err := parseExclusion("top", x.String())
		if err != nil || again.String() != x.String() {
			t.Fatalf("%q reads as %q, which reads as %q (%v)", value, x.String(), again.String(), err)
		}
	})
}
