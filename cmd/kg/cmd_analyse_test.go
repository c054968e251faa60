package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/ranking"
	"github.com/kg-project/kg/internal/sharedtest"
	"github.com/kg-project/kg/store"
)

// demoStore builds the sample corpus built into kg into a new store.
func demoStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, "demo")
	return db
}

func storedAnalysis(t *testing.T, db string) (graph.Analysis, bool) {
	t.Helper()
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a, found, err := st.Analysis()
	if err != nil {
		t.Fatal(err)
	}
	return a, found
}

func TestAnalyseStoresAndReuses(t *testing.T) {
	db := demoStore(t)
	if _, found := storedAnalysis(t, db); found {
		t.Fatal("a new store has an analysis")
	}
	defaults := analyseOptions{DB: db, Resolution: 1, Seed: 1, JSON: true}
	for _, step := range []struct {
		name     string
		opts     analyseOptions
		computed bool
	}{
		{"first", defaults, true},
		{"unchanged graph", defaults, false},
		{"forced", analyseOptions{DB: db, Resolution: 1, Seed: 1, JSON: true, Force: true}, true},
		{"other resolution", analyseOptions{DB: db, Resolution: 2, Seed: 1, JSON: true}, true},
	} {
		t.Run(step.name, func(t *testing.T) {
			before, _ := storedAnalysis(t, db)
			var out outputs
			if err := runAnalyse(context.Background(), step.opts, nil, &out.stdout, &out.stderr); err != nil {
				t.Fatalf("analyse: %v\n%s", err, out.stderr.String())
			}
			var printed graph.Analysis
			decodeJSON(t, out.stdout.Bytes(), &printed)
			after, found := storedAnalysis(t, db)
			if !found || after.Version != printed.Version || after.Resolution != step.opts.Resolution || after.Nodes == 0 {
				t.Fatalf("stored %+v, printed %+v", after, printed)
			}
			reused := strings.Contains(out.stderr.String(), "kept the stored analysis")
			analysed := strings.Contains(out.stderr.String(), "analysed")
			if reused == step.computed || analysed != step.computed {
				t.Errorf("computed %t, want %t:\n%s", !reused, step.computed, out.stderr.String())
			}
			if !step.computed && !after.Computed.Equal(before.Computed) {
				t.Errorf("the stored analysis changed although current")
			}
		})
	}

	// A changed graph makes the stored analysis stale.
	extra := writeFiles(t, map[string]string{"extra.txt": "Angela Merkel met Vladimir Putin in Berlin.\n"})
	mustBuild(t, db, extra)
	stale, _ := storedAnalysis(t, db)
	var out outputs
	if err := runAnalyse(context.Background(), defaults, nil, &out.stdout, &out.stderr); err != nil {
		t.Fatal(err)
	}
	if fresh, _ := storedAnalysis(t, db); fresh.Version == stale.Version {
		t.Errorf("the graph changed but the analysis version stayed %s", fresh.Version)
	}
}

func TestTopAndCommunities(t *testing.T) {
	db := demoStore(t)
	for _, by := range []string{"pagerank", "betweenness", "degree", "harmonic", "core"} {
		t.Run(by, func(t *testing.T) {
			var out outputs
			err := runTop(context.Background(), topOptions{DB: db, By: by, N: 4, Type: "person", JSON: true}, nil, &out.stdout, &out.stderr)
			if err != nil {
				t.Fatal(err)
			}
			var rows []topRow
			decodeJSON(t, out.stdout.Bytes(), &rows)
			if len(rows) != 4 {
				t.Fatalf("%d rows, want 4", len(rows))
			}
			for i, row := range rows {
				if row.Type != graph.Person {
					t.Errorf("row %d is a %s, not a PERSON", i, row.Type)
				}
				if i > 0 && row.Value > rows[i-1].Value {
					t.Errorf("row %d (%g) ranks above row %d (%g)", i, row.Value, i-1, rows[i-1].Value)
				}
				if row.Value != ranking.Measures[by](row.Metrics) {
					t.Errorf("row %d: value %g is not its %s %+v", i, row.Value, by, row.Metrics)
				}
			}
		})
	}

	var out outputs
	if err := runCommunities(context.Background(), communitiesOptions{DB: db, N: 1000, Members: 2, JSON: true}, nil, &out.stdout, &out.stderr); err != nil {
		t.Fatal(err)
	}
	var rows []communityRow
	decodeJSON(t, out.stdout.Bytes(), &rows)
	stats := storeStats(t, db)
	total := 0
	for i, row := range rows {
		total += row.Size
		if len(row.Members) != min(2, row.Size) {
			t.Errorf("community %d of %d lists %d members", row.Community, row.Size, len(row.Members))
		}
		if i > 0 && row.Size > rows[i-1].Size {
			t.Errorf("community %d is larger than the one before", row.Community)
		}
	}
	entities := 0
	for _, n := range stats.Entities {
		entities += n
	}
	if total != entities {
		t.Errorf("communities hold %d entities, the store %d", total, entities)
	}

	for _, bad := range []topOptions{{DB: db, By: "fame", N: 1}, {DB: db, By: "pagerank", N: 0}, {DB: db, By: "pagerank", N: 1, Type: "ANIMAL"}} {
		if err := runTop(context.Background(), bad, nil, io.Discard, io.Discard); !errors.Is(err, errUsage) {
			t.Errorf("top %+v: %v, want a usage error", bad, err)
		}
	}
}

func TestPath(t *testing.T) {
	db := demoStore(t)
	for _, test := range []struct {
		from, to string
		steps    int
	}{
		{"Putin", "Macron", 1},
		{"Putin", "Olaf Scholz", 2},
		{"Olaf Scholz", "Putin", 2},
	} {
		t.Run(test.from+" to "+test.to, func(t *testing.T) {
			var out outputs
			if err := runPath(context.Background(), pathOptions{DB: db, K: 3, JSON: true}, []string{test.from, test.to}, &out.stdout, &out.stderr); err != nil {
				t.Fatalf("%v\n%s", err, out.stderr.String())
			}
			var paths [][]hop
			decodeJSON(t, out.stdout.Bytes(), &paths)
			if len(paths) == 0 || len(paths[0]) != test.steps {
				t.Fatalf("paths %+v, want the first of %d steps", paths, test.steps)
			}
			for i, path := range paths {
				if i > 0 && len(path) < len(paths[i-1]) {
					t.Errorf("path %d is shorter than the one before", i)
				}
				for j, h := range path {
					if h.Predicate == "" || h.Evidence == "" || h.Document == "" {
						t.Errorf("path %d step %d lacks its statement: %+v", i, j, h)
					}
					if j > 0 && h.From != path[j-1].To {
						t.Errorf("path %d step %d starts at %q, not where the step before ended", i, j, h.From)
					}
				}
			}
		})
	}
	if err := runPath(context.Background(), pathOptions{DB: db, K: 1}, []string{"Putin"}, io.Discard, io.Discard); !errors.Is(err, errUsage) {
		t.Errorf("one entity: %v, want a usage error", err)
	}
}

// gexfNodes reads a GEXF document's node ids, types and edge ends.
func gexfNodes(t *testing.T, data []byte) (types map[string]string, edges [][2]string) {
	t.Helper()
	var document struct {
		Nodes []struct {
			ID     string `xml:"id,attr"`
			Values []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
			} `xml:"attvalues>attvalue"`
		} `xml:"graph>nodes>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
		} `xml:"graph>edges>edge"`
	}
	if err := xml.Unmarshal(data, &document); err != nil {
		t.Fatalf("GEXF does not parse: %v", err)
	}
	types = map[string]string{}
	for _, n := range document.Nodes {
		for _, v := range n.Values {
			if v.For == "type" {
				types[n.ID] = v.Value
			}
		}
	}
	for _, e := range document.Edges {
		edges = append(edges, [2]string{e.Source, e.Target})
	}
	return types, edges
}

func TestExportFilters(t *testing.T) {
	db := demoStore(t)
	all := storeStats(t, db)
	entities := 0
	for _, n := range all.Entities {
		entities += n
	}
	for _, test := range []struct {
		name   string
		filter filterOptions
		check  func(types map[string]string) bool
	}{
		{"top", filterOptions{Top: 5, Depth: 1}, func(types map[string]string) bool { return len(types) == 5 }},
		{"types", filterOptions{Types: "PERSON", Depth: 1}, func(types map[string]string) bool {
			return len(types) == all.Entities[graph.Person] && !slices.ContainsFunc(mapValues(types), func(v string) bool { return v != "PERSON" })
		}},
		{"ego", filterOptions{Ego: "Putin", Depth: 1}, func(types map[string]string) bool { return len(types) == 3 }},
		{"min weight", filterOptions{MinWeight: 1, Depth: 1}, func(types map[string]string) bool { return len(types) > 0 && len(types) < entities }},
	} {
		t.Run(test.name, func(t *testing.T) {
			output := filepath.Join(t.TempDir(), "graph.gexf")
			var out outputs
			opts := exportOptions{DB: db, Format: "gexf", Output: output, Metrics: true, Filter: test.filter}
			if err := runExport(context.Background(), opts, nil, &out.stdout, &out.stderr); err != nil {
				t.Fatalf("%v\n%s", err, out.stderr.String())
			}
			data, err := os.ReadFile(output)
			if err != nil {
				t.Fatal(err)
			}
			types, edges := gexfNodes(t, data)
			if !test.check(types) {
				t.Errorf("%d nodes %v do not pass the filter's check", len(types), types)
			}
			for _, e := range edges {
				if _, found := types[e[0]]; !found {
					t.Errorf("dangling edge %v", e)
				} else if _, found := types[e[1]]; !found {
					t.Errorf("dangling edge %v", e)
				}
			}
			if xmllint, err := exec.LookPath("xmllint"); err == nil {
				schema := filepath.Join(sharedtest.Path(t), "schemas", "gexf-1.3", "gexf.rng")
				if output, err := exec.Command(xmllint, "--noout", "--nonet", "--relaxng", schema, output).CombinedOutput(); err != nil {
					t.Errorf("xmllint rejects the export: %v\n%s", err, output)
				}
			}
		})
	}
	bad := exportOptions{DB: db, Format: "graphml", Filter: filterOptions{Since: "May 2017", Depth: 1}}
	if err := runExport(context.Background(), bad, nil, io.Discard, io.Discard); !errors.Is(err, errUsage) {
		t.Errorf("a malformed --since gave %v, want a usage error", err)
	}
}

func mapValues(m map[string]string) []string {
	var values []string
	for _, v := range m {
		values = append(values, v)
	}
	return values
}

func TestRender(t *testing.T) {
	db := demoStore(t)
	for _, test := range []struct {
		file  string
		top   int
		needs string
	}{
		{"graph.svg", 7, ""},
		{"all.svg", 0, ""},
		{"graph.png", 7, "neato"},
	} {
		t.Run(test.file, func(t *testing.T) {
			if test.needs != "" {
				if _, err := exec.LookPath(test.needs); err != nil {
					t.Skipf("%s not installed", test.needs)
				}
			}
			output := filepath.Join(t.TempDir(), test.file)
			var out outputs
			opts := renderOptions{DB: db, Output: output, Seed: 1, Updates: 50, Filter: filterOptions{Top: test.top, Depth: 1}}
			if err := runRender(context.Background(), opts, nil, &out.stdout, &out.stderr); err != nil {
				t.Fatalf("%v\n%s", err, out.stderr.String())
			}
			data, err := os.ReadFile(output)
			if err != nil || len(data) == 0 {
				t.Fatalf("no picture written: %v", err)
			}
			want := test.top
			if want == 0 {
				stats := storeStats(t, db)
				for _, n := range stats.Entities {
					want += n
				}
			}
			if !strings.Contains(out.stderr.String(), "drew "+strconv.Itoa(want)+" entities") {
				t.Errorf("report %q does not say %d entities", out.stderr.String(), want)
			}
			if strings.HasSuffix(test.file, ".png") {
				if !bytes.HasPrefix(data, []byte("\x89PNG")) {
					t.Errorf("not a PNG: %q", data[:min(8, len(data))])
				}
				return
			}
			// Each entity's circle holds its name as a title; the legend's
			// do not.
			if circles := bytes.Count(data, []byte("</circle>")); circles != want {
				t.Errorf("%d circles, want %d", circles, want)
			}
		})
	}
	if err := runRender(context.Background(), renderOptions{DB: db, Output: "graph.pdf", Updates: 1}, nil, io.Discard, io.Discard); !errors.Is(err, errUsage) {
		t.Errorf("a .pdf gave %v, want a usage error", err)
	}
}

// TestBBCLouvainAgainstNetworkx builds the BBC corpus, analyses it and
// checks that the modularity of kg's Louvain partition is within 0.02 of
// networkx's louvain_communities on the same undirected graph.
func TestBBCLouvainAgainstNetworkx(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 2,225 articles")
	}
	bbc := filepath.Join(sharedtest.Path(t), "data", "bbc")
	if exec.Command("/usr/bin/python3", "-c", "import networkx").Run() != nil {
		t.Skip("python3 with networkx not installed")
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, bbc)
	var out outputs
	if err := runAnalyse(context.Background(), analyseOptions{DB: db, Resolution: 1, Seed: 1, JSON: true}, nil, &out.stdout, &out.stderr); err != nil {
		t.Fatal(err)
	}
	var summary graph.Analysis
	decodeJSON(t, out.stdout.Bytes(), &summary)
	graphML := filepath.Join(t.TempDir(), "bbc.graphml")
	if err := runExport(context.Background(), exportOptions{DB: db, Format: "graphml", Output: graphML, Metrics: true, Filter: filterOptions{Depth: 1}}, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	script := `
import sys, networkx as nx
d = nx.read_graphml(sys.argv[1])
u = nx.Graph()
u.add_nodes_from(d.nodes())
for a, b, data in d.edges(data=True):
    # kg links a symmetric edge, written once, both ways.
    w = data["weight"] * (2 if data["symmetric"] else 1)
    if a != b:
        u.add_edge(a, b, weight=u.get_edge_data(a, b, {"weight": 0})["weight"] + w)
ours = {}
for n, a in d.nodes(data=True):
    ours.setdefault(a["community"], []).append(n)
theirs = nx.community.louvain_communities(u, weight="weight", resolution=1, seed=1)
print(nx.community.modularity(u, theirs, weight="weight"), nx.community.modularity(u, list(ours.values()), weight="weight"))
`
	output, err := exec.Command("/usr/bin/python3", "-c", script, graphML).Output()
	if err != nil {
		t.Fatalf("networkx: %v", err)
	}
	fields := strings.Fields(string(output))
	if len(fields) != 2 {
		t.Fatalf("networkx printed %q", output)
	}
	theirs, _ := strconv.ParseFloat(fields[0], 64)
	ours, _ := strconv.ParseFloat(fields[1], 64)
	t.Logf("modularity: kg %.4f (networkx measures kg's partition at %.4f), networkx Louvain %.4f", summary.Modularity, ours, theirs)
	if math.Abs(ours-summary.Modularity) > 1e-9 {
		t.Errorf("kg's modularity %.6f differs from networkx's measure of the same partition %.6f", summary.Modularity, ours)
	}
	if math.Abs(summary.Modularity-theirs) > 0.02 {
		t.Errorf("kg's Louvain modularity %.4f is more than 0.02 from networkx's %.4f", summary.Modularity, theirs)
	}
}
