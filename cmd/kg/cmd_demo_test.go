package main

import (
	"context"
	"encoding/xml"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/store"
)

// demoInto runs kg demo into a new store and GraphML file and returns
// their paths and what it printed.
func demoInto(t *testing.T) (output, db string, out *outputs) {
	t.Helper()
	dir := t.TempDir()
	output = filepath.Join(dir, "demo.graphml")
	db = filepath.Join(dir, "demo.db")
	out = new(outputs)
	if err := runDemo(context.Background(), demoOptions{DB: db, Output: output}, nil, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("demo: %v\n%s", err, out.stderr.String())
	}
	return output, db, out
}

func TestDemo(t *testing.T) {
	output, db, out := demoInto(t)
	for _, want := range []string{"documents", "most connected entities", "Neighbours of " + demoFocus, output} {
		if !strings.Contains(out.stdout.String(), want) {
			t.Errorf("demo output lacks %q:\n%s", want, out.stdout.String())
		}
	}
	// The demo's neighbours of Vladimir Putin show that he met Macron,
	// the article's first statement of the two's relations.
	if !regexp.MustCompile(`(?m)^Emmanuel Macron +PERSON +meet +<->`).MatchString(out.stdout.String()) {
		t.Errorf("demo neighbours lack Vladimir Putin meet Emmanuel Macron:\n%s", out.stdout.String())
	}
	file, err := os.Open(output)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	nodes, edges := graphMLCounts(t, file)
	stats := storeStats(t, db)
	entities := 0
	for _, count := range stats.Entities {
		entities += count
	}
	if nodes == 0 || nodes != entities || edges != stats.Edges {
		t.Errorf("GraphML has %d nodes and %d edges; the store %d and %d", nodes, edges, entities, stats.Edges)
	}
	// Every edge carries its first sentence for Gephi to show.
	if content, err := os.ReadFile(output); err != nil || strings.Count(string(content), `<data key="edge_evidence_1">`) != edges {
		t.Errorf("not every edge of the GraphML carries a sentence (%v)", err)
	}
	if names, err := demoCorpus.ReadDir("demo"); err != nil || stats.Documents != len(names) {
		t.Errorf("stored %d documents of %d embedded (%v)", stats.Documents, len(names), err)
	}
}

// TestDemoGraphMLCarriesTheAnalysis: every node of the demo's GraphML
// carries its measures as typed attributes (PageRank, community, ...),
// those of the analysis the demo stores, and the file is the one kg
// export writes of the demo's store.
func TestDemoGraphMLCarriesTheAnalysis(t *testing.T) {
	output, db, _ := demoInto(t)
	content, err := os.ReadFile(output)
	if err != nil {
		t.Fatal(err)
	}
	var document struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>node"`
	}
	if err := xml.Unmarshal(content, &document); err != nil {
		t.Fatalf("the demo's GraphML does not parse: %v", err)
	}
	measures := map[string]string{"pagerank": "double", "betweenness": "double", "harmonic": "double", "community": "int", "component": "int", "core": "int"}
	keys := make(map[string]string) // key id -> measure
	for _, key := range document.Keys {
		if want, found := measures[key.Name]; found && key.For == "node" {
			if key.Type != want {
				t.Errorf("%s is typed %s, want %s", key.Name, key.Type, want)
			}
			keys[key.ID] = key.Name
		}
	}
	if len(keys) != len(measures) {
		t.Fatalf("the demo's GraphML declares the measures %v, want %v", slices.Sorted(maps.Values(keys)), slices.Sorted(maps.Keys(measures)))
	}
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	metrics, err := st.Metrics()
	st.Close()
	if err != nil || len(metrics) == 0 {
		t.Fatalf("the demo stored no analysis (%v)", err)
	}
	if len(document.Nodes) == 0 {
		t.Fatal("the demo's GraphML has no node")
	}
	for _, node := range document.Nodes {
		id, err := strconv.ParseUint(strings.TrimPrefix(node.ID, "n"), 10, 64)
		if err != nil {
			t.Fatalf("node id %q", node.ID)
		}
		given := make(map[string]string)
		for _, data := range node.Data {
			if name, found := keys[data.Key]; found {
				given[name] = data.Value
			}
		}
		pagerank, err := strconv.ParseFloat(given["pagerank"], 64)
		if len(given) != len(measures) || err != nil || pagerank != metrics[id].PageRank || given["community"] != strconv.Itoa(metrics[id].Community) {
			t.Errorf("node %s carries %v; the stored analysis gives PageRank %v, community %d", node.ID, given, metrics[id].PageRank, metrics[id].Community)
		}
	}
	var exported outputs
	if err := runExport(context.Background(), exportOptions{DB: db, Format: "graphml", Metrics: true, Evidence: export.DefaultEvidence}, nil, &exported.stdout, &exported.stderr); err != nil {
		t.Fatal(err)
	}
	if exported.stdout.String() != string(content) {
		t.Error("the demo's GraphML differs from kg export's of its store")
	}
}

func TestDemoUsesATemporaryStore(t *testing.T) {
	t.Chdir(t.TempDir())
	var out outputs
	code := run(context.Background(), []string{"demo"}, &out.stdout, &out.stderr)
	if code != exitOK {
		t.Fatalf("kg demo exited %d:\n%s", code, out.stderr.String())
	}
	if _, err := os.Stat(demoOutput); err != nil {
		t.Errorf("kg demo wrote no %s: %v", demoOutput, err)
	}
	if _, err := os.Stat(defaultStore); err == nil {
		t.Errorf("kg demo without --db created %s", defaultStore)
	}
}
