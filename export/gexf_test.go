package export_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/sharedtest"
)

// measuredGraph is a memoryGraph with an analysis of its nodes.
type measuredGraph struct {
	memoryGraph
	metrics map[uint64]graph.Metrics
}

func (g measuredGraph) Analysis() graph.Analysis { return graph.Analysis{Nodes: len(g.nodes)} }

func (g measuredGraph) Metrics(id uint64) (graph.Metrics, bool) {
	m, found := g.metrics[id]
	return m, found
}

// measuredHostileGraph gives every node of the hostile graph but the last
// distinct metrics, awkward floats among them.
func measuredHostileGraph() measuredGraph {
	g := measuredGraph{memoryGraph: hostileGraph(), metrics: map[uint64]graph.Metrics{}}
	floats := []float64{0, 1, 1e-300, 0.1 + 0.2, math.MaxFloat64, 1.0 / 3}
	for i, n := range g.nodes[:len(g.nodes)-1] {
		g.metrics[n.ID] = graph.Metrics{
			InDegree: i, OutDegree: 2 * i, WeightIn: 3 * i, WeightOut: 1 << (i + 20),
			PageRank: floats[i%len(floats)], Betweenness: floats[(i+1)%len(floats)], Harmonic: float64(i) / 7,
			Community: i % 3, Component: i % 2, Core: i,
		}
	}
	return g
}

type gexfDocument struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		Mode            string `xml:"mode,attr"`
		TimeFormat      string `xml:"timeformat,attr"`
		Attributes      []struct {
			Class      string `xml:"class,attr"`
			Attributes []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []gexfElement `xml:"nodes>node"`
		Edges []gexfElement `xml:"edges>edge"`
	} `xml:"graph"`
}

type gexfElement struct {
	ID        string `xml:"id,attr"`
	Label     string `xml:"label,attr"`
	Source    string `xml:"source,attr"`
	Target    string `xml:"target,attr"`
	Weight    string `xml:"weight,attr"`
	Kind      string `xml:"kind,attr"`
	AttValues []struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	} `xml:"attvalues>attvalue"`
	Spells []struct {
		Start string `xml:"start,attr"`
	} `xml:"spells>spell"`
	Colour *struct {
		R int `xml:"r,attr"`
		G int `xml:"g,attr"`
		B int `xml:"b,attr"`
	} `xml:"http://gexf.net/1.3/viz color"`
	Size *struct {
		Value float64 `xml:"value,attr"`
	} `xml:"http://gexf.net/1.3/viz size"`
}

// gexfRead is what readGEXF recovers beyond the common records.
type gexfRead struct {
	nodes     []nodeRecord
	edges     []edgeRecord
	metrics   map[uint64]graph.Metrics
	nodeSince map[uint64]string
	edgeSince []string
	colours   map[uint64][3]uint8
}

// readGEXF decodes GEXF as kg writes it, checking that every attribute
// value names a declared attribute of its class and parses as its type.
func readGEXF(data []byte) (gexfRead, error) {
	var document gexfDocument
	read := gexfRead{metrics: map[uint64]graph.Metrics{}, nodeSince: map[uint64]string{}, colours: map[uint64][3]uint8{}}
	if err := xml.Unmarshal(data, &document); err != nil {
		return read, err
	}
	if document.Version != "1.3" || document.Graph.DefaultEdgeType != "directed" {
		return read, fmt.Errorf("version %q, default edge type %q", document.Version, document.Graph.DefaultEdgeType)
	}
	types := map[string]string{}
	for _, class := range document.Graph.Attributes {
		for _, a := range class.Attributes {
			if a.ID != a.Title {
				return read, fmt.Errorf("attribute %q titled %q", a.ID, a.Title)
			}
			types[class.Class+" "+a.ID] = a.Type
		}
	}
	values := func(class string, element gexfElement) (map[string]string, error) {
		found := map[string]string{}
		for _, v := range element.AttValues {
			typ, declared := types[class+" "+v.For]
			if !declared {
				return nil, fmt.Errorf("%s %s: undeclared attribute %q", class, element.ID, v.For)
			}
			var err error
			switch typ {
			case "integer":
				_, err = strconv.Atoi(v.Value)
			case "double":
				_, err = strconv.ParseFloat(v.Value, 64)
			case "boolean":
				_, err = strconv.ParseBool(v.Value)
			}
			if err != nil {
				return nil, fmt.Errorf("%s %s: %s is not of type %s: %w", class, element.ID, v.For, typ, err)
			}
			found[v.For] = v.Value
		}
		return found, nil
	}
	nodeIDs := map[string]bool{}
	for _, element := range document.Graph.Nodes {
		id, err := parseID(element.ID, "n")
		if err != nil || nodeIDs[element.ID] {
			return read, fmt.Errorf("node id %q: %v (or repeated)", element.ID, err)
		}
		nodeIDs[element.ID] = true
		v, err := values("node", element)
		if err != nil {
			return read, err
		}
		node := nodeRecord{ID: id, Name: element.Label, Type: v["type"], Aliases: v["aliases"]}
		node.Mentions, _ = strconv.Atoi(v["mentions"])
		node.Documents, _ = strconv.Atoi(v["documents"])
		read.nodes = append(read.nodes, node)
		if _, measured := v["pagerank"]; measured {
			m := graph.Metrics{}
			integer := func(name string) int { n, _ := strconv.Atoi(v[name]); return n }
			double := func(name string) float64 { f, _ := strconv.ParseFloat(v[name], 64); return f }
			m.InDegree, m.OutDegree, m.WeightIn, m.WeightOut = integer("in_degree"), integer("out_degree"), integer("weight_in"), integer("weight_out")
			m.PageRank, m.Betweenness, m.Harmonic = double("pagerank"), double("betweenness"), double("harmonic")
			m.Community, m.Component, m.Core = integer("community"), integer("component"), integer("core")
			read.metrics[id] = m
			if element.Colour == nil || element.Size == nil || element.Size.Value <= 0 {
				return read, fmt.Errorf("node %s is measured but lacks a colour or a size", element.ID)
			}
			read.colours[id] = [3]uint8{uint8(element.Colour.R), uint8(element.Colour.G), uint8(element.Colour.B)}
		}
		if len(element.Spells) > 0 {
			read.nodeSince[id] = element.Spells[0].Start
		}
	}
	for i, element := range document.Graph.Edges {
		if element.ID != "e"+strconv.Itoa(i) || !nodeIDs[element.Source] || !nodeIDs[element.Target] {
			return read, fmt.Errorf("edge %d: id %q between %q and %q", i, element.ID, element.Source, element.Target)
		}
		v, err := values("edge", element)
		if err != nil {
			return read, err
		}
		if element.Kind != element.Label {
			return read, fmt.Errorf("edge %s: kind %q, label %q", element.ID, element.Kind, element.Label)
		}
		edge := edgeRecord{Label: element.Label, Predicate: v["predicate"], Kind: v["relation_kind"], First: v["first"], Last: v["last"]}
		edge.From, _ = parseID(element.Source, "n")
		edge.To, _ = parseID(element.Target, "n")
		edge.Negated, _ = strconv.ParseBool(v["negated"])
		weight, err := strconv.ParseFloat(element.Weight, 64)
		if err != nil {
			return read, err
		}
		edge.Weight = int(weight)
		read.edges = append(read.edges, edge)
		since := ""
		if len(element.Spells) > 0 {
			since = element.Spells[0].Start
		}
		read.edgeSince = append(read.edgeSince, since)
	}
	return read, nil
}

// wantSpells is where nodes' and edges' spells should start: a node at its
// earliest dated edge, an edge at its first date.
func wantSpells(g memoryGraph) (map[uint64]string, []string) {
	nodes := map[uint64]string{}
	var edges []string
	for _, e := range g.edges {
		since := ""
		if !e.First.IsZero() {
			since = e.First.Format("2006-01-02")
			for _, end := range []uint64{e.From, e.To} {
				if known, found := nodes[end]; !found || since < known {
					nodes[end] = since
				}
			}
		}
		edges = append(edges, since)
	}
	return nodes, edges
}

func TestGEXFRoundTrip(t *testing.T) {
	for _, test := range []struct {
		name  string
		graph export.Graph
		plain memoryGraph
		// metrics is what should come back; nil for an unmeasured graph.
		metrics map[uint64]graph.Metrics
	}{
		{"plain", hostileGraph(), hostileGraph(), nil},
		{"measured", measuredHostileGraph(), hostileGraph(), measuredHostileGraph().metrics},
		{"empty", memoryGraph{}, memoryGraph{}, nil},
	} {
		t.Run(test.name, func(t *testing.T) {
			read, err := readGEXF(writeGraph(t, test.graph, export.GEXF))
			if err != nil {
				t.Fatal(err)
			}
			wantNodes, wantEdges := records(test.plain, cleanXML)
			compareRecords(t, wantNodes, read.nodes, wantEdges, read.edges)
			if len(read.metrics) != len(test.metrics) {
				t.Errorf("%d nodes carry metrics, want %d", len(read.metrics), len(test.metrics))
			}
			for id, want := range test.metrics {
				if got := read.metrics[id]; got != want {
					t.Errorf("node %d: metrics %+v, want %+v", id, got, want)
				}
				if got, want := read.colours[id], export.CommunityColour(want.Community); got != want {
					t.Errorf("node %d: colour %v, want %v", id, got, want)
				}
			}
			nodeSince, edgeSince := wantSpells(test.plain)
			if fmt.Sprint(read.nodeSince) != fmt.Sprint(nodeSince) {
				t.Errorf("node spells start %v, want %v", read.nodeSince, nodeSince)
			}
			if fmt.Sprint(read.edgeSince) != fmt.Sprint(edgeSince) {
				t.Errorf("edge spells start %q, want %q", read.edgeSince, edgeSince)
			}
		})
	}
}

func TestGEXFGolden(t *testing.T) {
	got := writeGraph(t, measuredHostileGraph(), export.GEXF)
	path := filepath.Join("testdata", "measured.gexf")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update if the change is intended)\n got:\n%s", path, got)
	}
}

func TestGEXFSchema(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed")
	}
	schema := filepath.Join(sharedtest.Path(t), "schemas", "gexf-1.3", "gexf.rng")
	for _, test := range []struct {
		name     string
		document []byte
		valid    bool
	}{
		{"plain", writeGraph(t, hostileGraph(), export.GEXF), true},
		{"measured and dated", writeGraph(t, measuredHostileGraph(), export.GEXF), true},
		{"empty", writeGraph(t, memoryGraph{}, export.GEXF), true},
		// The schema must be seen to reject something, or passing it would
		// prove nothing.
		{"wrong version", bytes.Replace(writeGraph(t, hostileGraph(), export.GEXF), []byte(`version="1.3"`), []byte(`version="1.4"`), 1), false},
		{"size without value", bytes.Replace(writeGraph(t, measuredHostileGraph(), export.GEXF), []byte(`<viz:size value=`), []byte(`<viz:size v=`), 1), false},
	} {
		t.Run(test.name, func(t *testing.T) {
			path := writeTemporary(t, "graph.gexf", test.document)
			output, err := exec.Command(xmllint, "--noout", "--nonet", "--relaxng", schema, path).CombinedOutput()
			if test.valid && err != nil {
				t.Errorf("xmllint rejects the output: %v\n%s", err, output)
			}
			if !test.valid && err == nil {
				t.Errorf("xmllint accepts an invalid document:\n%s", output)
			}
		})
	}
}

// gexfNetworkxScript reads a GEXF file as Gephi-style readers do and
// prints what it found, failing if a typed attribute lost its type.
const gexfNetworkxScript = `
import json, sys
import networkx as nx
from networkx.readwrite.gexf import GEXF
# Older networkx knows the GEXF 1.3 namespaces under no name; its reader
# is the same for every version.
GEXF.versions.setdefault("1.3", dict(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz",
    NS_XSI="http://www.w3.org/2001/XMLSchema-instance", SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", VERSION="1.3"))
g = nx.read_gexf(sys.argv[1], version="1.3")
assert g.is_directed(), "graph not directed"
nodes, edges = [], []
for id, a in g.nodes(data=True):
    assert isinstance(a["mentions"], int) and isinstance(a["pagerank"], float) and isinstance(a["community"], int), a
    nodes.append(dict(id=id, label=a.get("label", ""), pagerank=a["pagerank"], community=a["community"],
                      core=a["core"], spells=a.get("spells", []), colour=a.get("viz", {}).get("color", {}),
                      size=a.get("viz", {}).get("size", 0)))
for source, target, a in g.edges(data=True):
    assert isinstance(a["weight"], float) and isinstance(a["negated"], bool), a
    edges.append(dict(source=source, target=target, weight=a["weight"], predicate=a["predicate"], spells=a.get("spells", [])))
json.dump(dict(mode=g.graph.get("mode", ""), nodes=nodes, edges=edges), sys.stdout)
`

func TestGEXFNetworkx(t *testing.T) {
	interpreter := python(t, "networkx")
	g := measuredGraph{
		memoryGraph: memoryGraph{
			nodes: []graph.Node{
				{ID: 1, Name: "Vladimir Putin", Type: graph.Person, Mentions: 12, Documents: 3},
				{ID: 2, Name: "Emmanuel Macron", Type: graph.Person, Mentions: 9, Documents: 3},
				{ID: 3, Name: "Versailles", Type: graph.GPE, Mentions: 2, Documents: 1},
			},
			edges: []graph.Edge{
				{From: 1, To: 2, Predicate: "meet", Kind: graph.Event, Weight: 2, First: day(2017, 5, 29), Last: day(2017, 6, 3)},
				{From: 2, To: 3, Predicate: "visit", Kind: graph.Event, Weight: 1},
			},
		},
		metrics: map[uint64]graph.Metrics{
			1: {PageRank: 0.2, Community: 0, Core: 1},
			2: {PageRank: 0.5, Community: 1, Core: 1},
			3: {PageRank: 0.3, Community: 1, Core: 1},
		},
	}
	path := writeTemporary(t, "graph.gexf", writeGraph(t, g, export.GEXF))
	var stderr bytes.Buffer
	command := exec.Command(interpreter, "-c", gexfNetworkxScript, path)
	command.Stderr = &stderr
	output, err := command.Output()
	if err != nil {
		t.Fatalf("networkx cannot read the output: %v\n%s", err, stderr.Bytes())
	}
	var got struct {
		Mode  string `json:"mode"`
		Nodes []struct {
			ID        string             `json:"id"`
			Label     string             `json:"label"`
			PageRank  float64            `json:"pagerank"`
			Community int                `json:"community"`
			Core      int                `json:"core"`
			Spells    [][2]*string       `json:"spells"`
			Colour    map[string]float64 `json:"colour"`
			Size      float64            `json:"size"`
		} `json:"nodes"`
		Edges []struct {
			Source, Target, Predicate string
			Weight                    float64
			Spells                    [][2]*string
		} `json:"edges"`
	}
	if err := json.Unmarshal(output, &got); err != nil {
		t.Fatalf("decoding networkx's report: %v\n%s", err, output)
	}
	// The symmetric meet edge, written once as mutual, reads both ways.
	if got.Mode != "dynamic" || len(got.Nodes) != 3 || len(got.Edges) != 3 {
		t.Fatalf("networkx read mode %q, %d nodes, %d edges; want dynamic, 3, 3", got.Mode, len(got.Nodes), len(got.Edges))
	}
	meet := map[string]bool{}
	for _, e := range got.Edges {
		if e.Predicate == "meet" {
			meet[e.Source+"->"+e.Target] = true
		}
	}
	if !meet["n1->n2"] || !meet["n2->n1"] {
		t.Errorf("networkx read meet edges %v, want n1->n2 and n2->n1", meet)
	}
	for _, n := range got.Nodes {
		id, _ := parseID(n.ID, "n")
		want := g.metrics[id]
		colour := export.CommunityColour(want.Community)
		if n.PageRank != want.PageRank || n.Community != want.Community || n.Core != want.Core {
			t.Errorf("node %s: pagerank %g community %d core %d, want %+v", n.ID, n.PageRank, n.Community, n.Core, want)
		}
		if n.Colour["r"] != float64(colour[0]) || n.Colour["g"] != float64(colour[1]) || n.Colour["b"] != float64(colour[2]) {
			t.Errorf("node %s: colour %v, want %v", n.ID, n.Colour, colour)
		}
		if math.Abs(n.Size-export.PageRankSize(want.PageRank, 3)) > 1e-3 {
			t.Errorf("node %s: size %g, want %g", n.ID, n.Size, export.PageRankSize(want.PageRank, 3))
		}
		wantSpell := id == 1 || id == 2
		if gotSpell := len(n.Spells) == 1 && n.Spells[0][0] != nil && *n.Spells[0][0] == "2017-05-29"; gotSpell != wantSpell {
			t.Errorf("node %s: spells %v; want one from 2017-05-29: %t", n.ID, n.Spells, wantSpell)
		}
	}
	for _, e := range got.Edges {
		dated := e.Predicate == "meet"
		if gotSpell := len(e.Spells) == 1 && e.Spells[0][0] != nil && *e.Spells[0][0] == "2017-05-29"; gotSpell != dated {
			t.Errorf("edge %s -> %s: spells %v; want one from 2017-05-29: %t", e.Source, e.Target, e.Spells, dated)
		}
	}
}

func TestGEXFNodeAfterEdge(t *testing.T) {
	enc := export.NewGEXFEncoder(&bytes.Buffer{})
	if err := enc.EncodeNode(graph.Node{ID: 1}); err != nil {
		t.Fatal(err)
	}
	if err := enc.EncodeEdge(graph.Edge{From: 1, To: 1}); err != nil {
		t.Fatal(err)
	}
	if err := enc.EncodeNode(graph.Node{ID: 2}); err != export.ErrNodeAfterEdge {
		t.Errorf("a node after an edge gave %v, want ErrNodeAfterEdge", err)
	}
}

func FuzzGEXF(f *testing.F) {
	f.Add("Vladimir Putin", "Putin", "meet", "PERSON", 0.25)
	f.Add(`<>&"'`, "]]>", "\x00\x1f\x7f", "\r\n\t", math.Inf(1))
	f.Add("\xff\xfe\xed\xa0\x80", "\uFFFE\uFFFF", "\xc3", "\U0010FFFF", math.NaN())
	f.Add("&#x0;", "<!--", "<![CDATA[", "&amp;", -1e-300)
	f.Fuzz(func(t *testing.T, name, alias, predicate, entityType string, rank float64) {
		g := measuredGraph{
			memoryGraph: memoryGraph{
				nodes: []graph.Node{
					{ID: 0, Name: name, Type: graph.Type(entityType), Aliases: []string{alias, name}},
					{ID: 7, Name: alias},
				},
				edges: []graph.Edge{
					{From: 0, To: 7, Predicate: predicate, Kind: graph.Kind(entityType), Negated: true, Weight: len(name), First: day(2004, 1, 2)},
				},
			},
			metrics: map[uint64]graph.Metrics{0: {PageRank: rank, Betweenness: -rank, Community: len(alias)}},
		}
		output := writeGraph(t, g, export.GEXF)
		if err := wellFormed(output); err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, output)
		}
		read, err := readGEXF(output)
		if err != nil && !strings.Contains(err.Error(), "double") {
			t.Fatalf("reading back: %v\n%s", err, output)
		}
		if err != nil {
			// Only a non-finite metric may fail to parse as Go reads
			// floats; XML Schema's INF and NaN are what GEXF readers take.
			if !math.IsInf(rank, 0) && !math.IsNaN(rank) {
				t.Fatalf("reading back: %v\n%s", err, output)
			}
			return
		}
		wantNodes, wantEdges := records(g.memoryGraph, cleanXML)
		compareRecords(t, wantNodes, read.nodes, wantEdges, read.edges)
		evidence, err := readGEXFEvidence(output)
		if err != nil {
			t.Fatalf("reading the evidence back: %v\n%s", err, output)
		}
		reportDifferences(t, "edge evidence", wantEvidence(t, g.memoryGraph, cleanXML), evidence)
	})
}
