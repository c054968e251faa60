package export_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/sharedtest"
)

type graphMLDocument struct {
	XMLName xml.Name     `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []graphMLKey `xml:"key"`
	Graph   struct {
		ID          string           `xml:"id,attr"`
		EdgeDefault string           `xml:"edgedefault,attr"`
		Nodes       []graphMLElement `xml:"node"`
		Edges       []graphMLElement `xml:"edge"`
	} `xml:"graph"`
}

type graphMLKey struct {
	ID     string `xml:"id,attr"`
	For    string `xml:"for,attr"`
	Name   string `xml:"attr.name,attr"`
	Type   string `xml:"attr.type,attr"`
	Domain string `xml:"-"`
}

type graphMLElement struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

// readGraphML decodes GraphML as kg writes it, checking on the way what
// Gephi relies on: typed keys declared for nodes or edges, a directed graph,
// unique non-empty ids, edges between declared nodes.
func readGraphML(data []byte) ([]nodeRecord, []edgeRecord, error) {
	var document graphMLDocument
	if err := xml.Unmarshal(data, &document); err != nil {
		return nil, nil, err
	}
	if document.Graph.EdgeDefault != "directed" {
		return nil, nil, fmt.Errorf("edgedefault %q", document.Graph.EdgeDefault)
	}
	keys := map[string]graphMLKey{}
	for _, key := range document.Keys {
		if key.For != "node" && key.For != "edge" {
			return nil, nil, fmt.Errorf("key %q is for %q", key.ID, key.For)
		}
		if !strings.HasPrefix(key.ID, key.For+"_") || key.Name == "" || key.Type == "" {
			return nil, nil, fmt.Errorf("key %+v is not descriptive and typed", key)
		}
		if _, seen := keys[key.ID]; seen {
			return nil, nil, fmt.Errorf("key %q declared twice", key.ID)
		}
		keys[key.ID] = key
	}
	if keys["edge_weight"].Type != "double" {
		return nil, nil, fmt.Errorf("edge weight is of type %q, want double", keys["edge_weight"].Type)
	}

	// attributes maps the data of one element by attr.name, checking that
	// each names a key for that kind of element.
	attributes := func(element graphMLElement, domain string) (map[string]string, error) {
		values := map[string]string{}
		for _, data := range element.Data {
			key, found := keys[data.Key]
			if !found || key.For != domain {
				return nil, fmt.Errorf("%s %s has data for key %q", domain, element.ID, data.Key)
			}
			if _, seen := values[key.Name]; seen {
				return nil, fmt.Errorf("%s %s has key %q twice", domain, element.ID, data.Key)
			}
			values[key.Name] = data.Value
		}
		return values, nil
	}

	var nodes []nodeRecord
	nodeIDs := map[string]bool{}
	for _, element := range document.Graph.Nodes {
		if nodeIDs[element.ID] {
			return nil, nil, fmt.Errorf("node id %q twice", element.ID)
		}
		nodeIDs[element.ID] = true
		id, err := parseID(element.ID, "n")
		if err != nil {
			return nil, nil, err
		}
		values, err := attributes(element, "node")
		if err != nil {
			return nil, nil, err
		}
		node := nodeRecord{ID: id, Name: values["label"], Type: values["type"], Aliases: values["aliases"]}
		if node.Mentions, err = strconv.Atoi(values["mentions"]); err != nil {
			return nil, nil, err
		}
		if node.Documents, err = strconv.Atoi(values["documents"]); err != nil {
			return nil, nil, err
		}
		nodes = append(nodes, node)
	}

	var edges []edgeRecord
	for i, element := range document.Graph.Edges {
		if element.ID != "e"+strconv.Itoa(i) {
			return nil, nil, fmt.Errorf("edge %d has id %q", i, element.ID)
		}
		if !nodeIDs[element.Source] || !nodeIDs[element.Target] {
			return nil, nil, fmt.Errorf("edge %s between undeclared nodes %q and %q", element.ID, element.Source, element.Target)
		}
		values, err := attributes(element, "edge")
		if err != nil {
			return nil, nil, err
		}
		edge := edgeRecord{
			Label: values["label"], Predicate: values["predicate"], Kind: values["kind"],
			First: values["first"], Last: values["last"],
		}
		if edge.From, err = parseID(element.Source, "n"); err != nil {
			return nil, nil, err
		}
		if edge.To, err = parseID(element.Target, "n"); err != nil {
			return nil, nil, err
		}
		if edge.Negated, err = strconv.ParseBool(values["negated"]); err != nil {
			return nil, nil, err
		}
		weight, err := strconv.ParseFloat(values["weight"], 64)
		if err != nil {
			return nil, nil, err
		}
		edge.Weight = int(weight)
		edges = append(edges, edge)
	}
	return nodes, edges, nil
}

func parseID(id, prefix string) (uint64, error) {
	digits, found := strings.CutPrefix(id, prefix)
	if !found {
		return 0, fmt.Errorf("id %q lacks prefix %q", id, prefix)
	}
	value, err := strconv.ParseUint(digits, 10, 64)
	if err != nil || strconv.FormatUint(value, 10) != digits {
		return 0, fmt.Errorf("id %q is not %s and a decimal number", id, prefix)
	}
	return value, nil
}

func TestGraphMLRoundTrip(t *testing.T) {
	for _, test := range roundTripCases() {
		t.Run(test.name, func(t *testing.T) {
			output := writeGraph(t, test.graph, export.GraphML)
			gotNodes, gotEdges, err := readGraphML(output)
			if err != nil {
				t.Fatalf("reading back: %v\n%s", err, output)
			}
			wantNodes, wantEdges := records(test.graph, cleanXML)
			compareRecords(t, wantNodes, gotNodes, wantEdges, gotEdges)
		})
	}
}

func writeTemporary(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestGraphMLSchema(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed")
	}
	schema := filepath.Join(sharedtest.Path(t), "schemas", "graphml", "graphml.xsd")
	for _, test := range []struct {
		name  string
		graph memoryGraph
		valid bool
	}{
		{"hostile", hostileGraph(), true},
		{"empty", memoryGraph{}, true},
		// The schema must be seen to reject what Write refuses, or passing
		// it would prove nothing.
		{"dangling edge", memoryGraph{edges: []graph.Edge{{From: 1, To: 2}}}, false},
	} {
		t.Run(test.name, func(t *testing.T) {
			var buffer bytes.Buffer
			enc := export.NewGraphMLEncoder(&buffer)
			for _, n := range test.graph.nodes {
				if err := enc.EncodeNode(n); err != nil {
					t.Fatal(err)
				}
			}
			for _, ed := range test.graph.edges {
				if err := enc.EncodeEdge(ed); err != nil {
					t.Fatal(err)
				}
			}
			if err := enc.Close(); err != nil {
				t.Fatal(err)
			}
			path := writeTemporary(t, "graph.graphml", buffer.Bytes())
			output, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", schema, path).CombinedOutput()
			if test.valid && err != nil {
				t.Errorf("xmllint rejects the output: %v\n%s", err, output)
			}
			if !test.valid && err == nil {
				t.Errorf("xmllint accepts an invalid document:\n%s", output)
			}
		})
	}
}

// python returns a Python interpreter that can import module, preferring
// the system one, for which distributions package networkx and igraph.
func python(t *testing.T, module string) string {
	t.Helper()
	candidates := []string{"/usr/bin/python3"}
	if path, err := exec.LookPath("python3"); err == nil {
		candidates = append(candidates, path)
	}
	for _, candidate := range candidates {
		if exec.Command(candidate, "-c", "import "+module).Run() == nil {
			return candidate
		}
	}
	t.Skipf("no python3 with %s installed", module)
	return ""
}

// Each script prints the graph file named by its argument as JSON records,
// failing if an attribute has not been given the type its key declares.
const networkxScript = `
import json, sys
import networkx as nx
# networkx leaves out a <data> element with no text, an empty string.
g = nx.read_graphml(sys.argv[1])
assert g.is_directed(), "graph not directed"
nodes, edges = [], []
for id, a in g.nodes(data=True):
    assert isinstance(a["mentions"], int) and isinstance(a["documents"], int), a
    nodes.append(dict(id=int(id[1:]), name=a.get("label", ""), type=a.get("type", ""), aliases=a.get("aliases", ""),
                      mentions=a["mentions"], documents=a["documents"]))
for source, target, a in g.edges(data=True):
    assert isinstance(a["weight"], float) and isinstance(a["negated"], bool), a
    edges.append({"from": int(source[1:]), "to": int(target[1:]), "label": a.get("label", ""),
                  "predicate": a.get("predicate", ""), "kind": a.get("kind", ""), "negated": a["negated"],
                  "weight": int(a["weight"]), "first": a.get("first", ""), "last": a.get("last", "")})
json.dump(dict(nodes=nodes, edges=edges), sys.stdout)
`

const igraphScript = `
import json, math, sys
import igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
assert g.is_directed(), "graph not directed"
def text(value):
    return "" if value is None else value
nodes = [dict(id=int(v["id"][1:]), name=v["label"], type=v["type"], aliases=text(v["aliases"]),
              mentions=int(v["mentions"]), documents=int(v["documents"])) for v in g.vs]
edges = []
for e in g.es:
    assert isinstance(e["weight"], float) and not math.isnan(e["weight"]), e
    edges.append({"from": int(g.vs[e.source]["id"][1:]), "to": int(g.vs[e.target]["id"][1:]),
                  "label": e["label"], "predicate": e["predicate"], "kind": e["kind"],
                  "negated": bool(e["negated"]), "weight": int(e["weight"]),
                  "first": text(e["first"]), "last": text(e["last"])})
assert g.is_weighted(), "weight not taken as the edge weight"
json.dump(dict(nodes=nodes, edges=edges), sys.stdout)
`

func TestGraphMLPythonReaders(t *testing.T) {
	for _, test := range []struct {
		module, script string
	}{
		{"networkx", networkxScript},
		{"igraph", igraphScript},
	} {
		t.Run(test.module, func(t *testing.T) {
			interpreter := python(t, test.module)
			g := hostileGraph()
			path := writeTemporary(t, "graph.graphml", writeGraph(t, g, export.GraphML))
			var stderr bytes.Buffer
			command := exec.Command(interpreter, "-c", test.script, path)
			command.Stderr = &stderr
			output, err := command.Output()
			if err != nil {
				t.Fatalf("%s cannot read the output: %v\n%s", test.module, err, stderr.Bytes())
			}
			var got struct {
				Nodes []nodeRecord `json:"nodes"`
				Edges []edgeRecord `json:"edges"`
			}
			if err := json.Unmarshal(output, &got); err != nil {
				t.Fatalf("decoding %s's report: %v\n%s", test.module, err, output)
			}
			wantNodes, wantEdges := records(g, cleanXML)
			// Readers need not keep the document's order.
			sortRecords(wantNodes, wantEdges)
			sortRecords(got.Nodes, got.Edges)
			compareRecords(t, wantNodes, got.Nodes, wantEdges, got.Edges)
		})
	}
}

func sortRecords(nodes []nodeRecord, edges []edgeRecord) {
	slices.SortFunc(nodes, func(a, b nodeRecord) int { return compareFormatted(a, b) })
	slices.SortFunc(edges, func(a, b edgeRecord) int { return compareFormatted(a, b) })
}

func compareFormatted(a, b any) int {
	return strings.Compare(fmt.Sprintf("%#v", a), fmt.Sprintf("%#v", b))
}

// wellFormed reads data as XML tokens to the end, as any XML reader must.
func wellFormed(data []byte) error {
	decoder := xml.NewDecoder(bytes.NewReader(data))
	for {
		if _, err := decoder.Token(); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
}

func FuzzGraphML(f *testing.F) {
	f.Add("Vladimir Putin", "Putin", "meet", "PERSON")
	f.Add(`<>&"'`, "]]>", "\x00\x1f\x7f", "\r\n\t")
	f.Add("\xff\xfe\xed\xa0\x80", "\uFFFE\uFFFF", "\xc3", "\U0010FFFF")
	f.Add("&#x0;", "<!--", "<![CDATA[", "&amp;")
	f.Fuzz(func(t *testing.T, name, alias, predicate, entityType string) {
		g := fuzzGraph(name, alias, predicate, entityType)
		output := writeGraph(t, g, export.GraphML)
		if err := wellFormed(output); err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, output)
		}
		gotNodes, gotEdges, err := readGraphML(output)
		if err != nil {
			t.Fatalf("reading back: %v\n%s", err, output)
		}
		wantNodes, wantEdges := records(g, cleanXML)
		compareRecords(t, wantNodes, gotNodes, wantEdges, gotEdges)
		evidence, err := readGraphMLEvidence(output)
		if err != nil {
			t.Fatalf("reading the evidence back: %v\n%s", err, output)
		}
		reportDifferences(t, "edge evidence", wantEvidence(t, g, cleanXML), evidence)
	})
}
