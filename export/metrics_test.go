package export_test

import (
	"encoding/xml"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/sharedtest"
)

// TestGraphMLMetrics checks that a measured graph's GraphML declares every
// metric as a typed node key, carries each node's values, and still
// validates.
func TestGraphMLMetrics(t *testing.T) {
	g := measuredHostileGraph()
	output := writeGraph(t, g, export.GraphML)
	nodes, edges, err := readGraphML(output)
	if err != nil {
		t.Fatal(err)
	}
	wantNodes, wantEdges := records(g.memoryGraph, cleanXML)
	compareRecords(t, wantNodes, nodes, wantEdges, edges)

	var document graphMLDocument
	if err := xml.Unmarshal(output, &document); err != nil {
		t.Fatal(err)
	}
	types := map[string]string{}
	for _, key := range document.Keys {
		types[key.ID] = key.Type
	}
	for _, test := range []struct {
		key, typ string
		value    func(graph.Metrics) float64
	}{
		{"node_in_degree", "int", func(m graph.Metrics) float64 { return float64(m.InDegree) }},
		{"node_weight_out", "int", func(m graph.Metrics) float64 { return float64(m.WeightOut) }},
		{"node_pagerank", "double", func(m graph.Metrics) float64 { return m.PageRank }},
		{"node_betweenness", "double", func(m graph.Metrics) float64 { return m.Betweenness }},
		{"node_harmonic", "double", func(m graph.Metrics) float64 { return m.Harmonic }},
		{"node_community", "int", func(m graph.Metrics) float64 { return float64(m.Community) }},
		{"node_core", "int", func(m graph.Metrics) float64 { return float64(m.Core) }},
	} {
		if types[test.key] != test.typ {
			t.Errorf("key %s has type %q, want %q", test.key, types[test.key], test.typ)
		}
		for _, element := range document.Graph.Nodes {
			id, _ := parseID(element.ID, "n")
			m, measured := g.metrics[id]
			var found bool
			for _, data := range element.Data {
				if data.Key != test.key {
					continue
				}
				found = true
				got, err := strconv.ParseFloat(data.Value, 64)
				if err != nil || got != test.value(m) {
					t.Errorf("node %d: %s = %q, want %v", id, test.key, data.Value, test.value(m))
				}
			}
			if found != measured {
				t.Errorf("node %d: %s present %t, measured %t", id, test.key, found, measured)
			}
		}
	}

	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed")
	}
	schema := filepath.Join(sharedtest.Path(t), "schemas", "graphml", "graphml.xsd")
	path := writeTemporary(t, "graph.graphml", output)
	if output, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", schema, path).CombinedOutput(); err != nil {
		t.Errorf("xmllint rejects the output: %v\n%s", err, output)
	}
}
