package export_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/sharedtest"
)

// testEvidence is how many sentences per edge the tests export.
const testEvidence = 2

// Evidence makes up the first limit sentences of e, fewer when its weight
// is lower; their text holds e's predicate and their document ids its
// ends, so that hostile graphs give hostile sentences.
func (g memoryGraph) Evidence(e graph.Edge, limit int) ([]graph.Evidence, error) {
	var sentences []graph.Evidence
	for i := range min(limit, e.Weight) {
		sentences = append(sentences, graph.Evidence{
			Document: fmt.Sprintf("doc<%d>&%d.txt", e.From, i+1),
			Text:     fmt.Sprintf("Sentence %d says %s.", i+1, e.Predicate),
		})
	}
	return sentences, nil
}

// evidenceRecord is what a reader sees of an edge's evidence: its count,
// and the text and document of its first testEvidence sentences.
type evidenceRecord struct {
	Count     int                  `json:"evidence_count"`
	Sentences [testEvidence]string `json:"sentences"`
	Documents [testEvidence]string `json:"documents"`
}

// wantEvidence is what a reader should see of g's evidence once clean has
// made its text representable.
func wantEvidence(t *testing.T, g memoryGraph, clean func(string) string) []evidenceRecord {
	t.Helper()
	var records []evidenceRecord
	for _, e := range g.edges {
		sentences, err := g.Evidence(e, testEvidence)
		if err != nil {
			t.Fatal(err)
		}
		record := evidenceRecord{Count: e.Weight}
		for i, s := range sentences {
			record.Sentences[i], record.Documents[i] = clean(s.Text), clean(s.Document)
		}
		records = append(records, record)
	}
	return records
}

// evidenceAttributes is every evidence attribute a test export declares,
// by name, with its type in GraphML and in GEXF.
func evidenceAttributes() map[string][2]string {
	attributes := map[string][2]string{"evidence_count": {"int", "integer"}}
	for i := 1; i <= testEvidence; i++ {
		attributes["evidence_"+strconv.Itoa(i)] = [2]string{"string", "string"}
		attributes["evidence_"+strconv.Itoa(i)+"_document"] = [2]string{"string", "string"}
	}
	return attributes
}

// evidenceOf fills a record from an edge's attribute values by name.
func evidenceOf(values map[string]string) (evidenceRecord, error) {
	count, err := strconv.Atoi(values["evidence_count"])
	if err != nil {
		return evidenceRecord{}, fmt.Errorf("evidence_count: %w", err)
	}
	record := evidenceRecord{Count: count}
	for i := range testEvidence {
		record.Sentences[i] = values["evidence_"+strconv.Itoa(i+1)]
		record.Documents[i] = values["evidence_"+strconv.Itoa(i+1)+"_document"]
	}
	return record, nil
}

// readGraphMLEvidence reads the evidence of every edge of a GraphML
// document, checking that each evidence key is declared for edges with
// its type.
func readGraphMLEvidence(data []byte) ([]evidenceRecord, error) {
	var document graphMLDocument
	if err := xml.Unmarshal(data, &document); err != nil {
		return nil, err
	}
	names := map[string]string{}
	declared := map[string]bool{}
	for _, key := range document.Keys {
		names[key.ID] = key.Name
		if want, found := evidenceAttributes()[key.Name]; found {
			if key.For != "edge" || key.Type != want[0] || key.ID != "edge_"+key.Name {
				return nil, fmt.Errorf("key %+v, want id edge_%s for edge of type %s", key, key.Name, want[0])
			}
			declared[key.Name] = true
		}
	}
	if len(declared) != len(evidenceAttributes()) {
		return nil, fmt.Errorf("evidence keys %v declared, want %d", declared, len(evidenceAttributes()))
	}
	var records []evidenceRecord
	for _, element := range document.Graph.Edges {
		values := map[string]string{}
		for _, data := range element.Data {
			values[names[data.Key]] = data.Value
		}
		record, err := evidenceOf(values)
		if err != nil {
			return nil, fmt.Errorf("edge %s: %w", element.ID, err)
		}
		records = append(records, record)
	}
	return records, nil
}

// readGEXFEvidence reads the evidence of every edge of a GEXF document,
// checking that each evidence attribute is declared of class edge with its
// type.
func readGEXFEvidence(data []byte) ([]evidenceRecord, error) {
	var document gexfDocument
	if err := xml.Unmarshal(data, &document); err != nil {
		return nil, err
	}
	declared := map[string]bool{}
	for _, class := range document.Graph.Attributes {
		for _, a := range class.Attributes {
			if want, found := evidenceAttributes()[a.ID]; found {
				if class.Class != "edge" || a.Type != want[1] {
					return nil, fmt.Errorf("attribute %s of class %s and type %s, want edge and %s", a.ID, class.Class, a.Type, want[1])
				}
				declared[a.ID] = true
			}
		}
	}
	if len(declared) != len(evidenceAttributes()) {
		return nil, fmt.Errorf("evidence attributes %v declared, want %d", declared, len(evidenceAttributes()))
	}
	var records []evidenceRecord
	for _, element := range document.Graph.Edges {
		values := map[string]string{}
		for _, v := range element.AttValues {
			values[v.For] = v.Value
		}
		record, err := evidenceOf(values)
		if err != nil {
			return nil, fmt.Errorf("edge %s: %w", element.ID, err)
		}
		records = append(records, record)
	}
	return records, nil
}

func TestEvidenceRoundTrip(t *testing.T) {
	readers := map[export.Format]func([]byte) ([]evidenceRecord, error){
		export.GraphML: readGraphMLEvidence,
		export.GEXF:    readGEXFEvidence,
	}
	for _, f := range []export.Format{export.GraphML, export.GEXF} {
		for _, test := range roundTripCases() {
			t.Run(string(f)+"/"+test.name, func(t *testing.T) {
				output := writeGraph(t, test.graph, f)
				got, err := readers[f](output)
				if err != nil {
					t.Fatalf("reading back: %v\n%s", err, output)
				}
				reportDifferences(t, "edge evidence", wantEvidence(t, test.graph, cleanXML), got)
			})
		}
	}
}

// TestEvidenceOptions checks that an export carries as many sentences per
// edge as asked and no more, none without a source or for DOT, and that a
// source failing stops the export with its error.
func TestEvidenceOptions(t *testing.T) {
	g := hostileGraph()
	write := func(f export.Format, opts export.Options) ([]byte, error) {
		var buffer bytes.Buffer
		err := export.WriteWith(&buffer, g, f, opts)
		return buffer.Bytes(), err
	}
	for _, f := range []export.Format{export.GraphML, export.GEXF} {
		for _, test := range []struct {
			name string
			opts export.Options
			want int // sentences declared and written per edge, at most
		}{
			{"none asked", export.Options{Sentences: g}, 0},
			{"no source", export.Options{Evidence: 3}, 0},
			{"one", export.Options{Evidence: 1, Sentences: g}, 1},
			{"three", export.Options{Evidence: 3, Sentences: g}, 3},
		} {
			t.Run(string(f)+"/"+test.name, func(t *testing.T) {
				output, err := write(f, test.opts)
				if err != nil {
					t.Fatal(err)
				}
				for i := 1; i <= 4; i++ {
					name := []byte(`"evidence_` + strconv.Itoa(i) + `"`)
					if declared := bytes.Count(output, name); (declared > 0) != (i <= test.want) {
						t.Errorf("evidence_%d appears %d times, want it declared: %t", i, declared, i <= test.want)
					}
				}
				if !bytes.Contains(output, []byte("evidence_count")) {
					t.Error("no evidence_count")
				}
			})
		}
	}
	withEvidence, err := write(export.DOT, export.Options{Evidence: 3, Sentences: g})
	if err != nil {
		t.Fatal(err)
	}
	if plain, _ := write(export.DOT, export.Options{}); !bytes.Equal(withEvidence, plain) {
		t.Error("DOT changed with evidence asked for")
	}
	storeBroken := errors.New("store broken")
	_, err = write(export.GraphML, export.Options{Evidence: 1, Sentences: failingEvidence{storeBroken}})
	if !errors.Is(err, storeBroken) || !bytes.HasPrefix([]byte(err.Error()), []byte("export: ")) {
		t.Errorf("export with evidence failing: %v, want store broken, prefixed", err)
	}
}

type failingEvidence struct{ err error }

func (f failingEvidence) Evidence(graph.Edge, int) ([]graph.Evidence, error) { return nil, f.err }

func TestEvidenceGraphMLSchema(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed")
	}
	schema := filepath.Join(sharedtest.Path(t), "schemas", "graphml", "graphml.xsd")
	path := writeTemporary(t, "graph.graphml", writeGraph(t, hostileGraph(), export.GraphML))
	if output, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", schema, path).CombinedOutput(); err != nil {
		t.Errorf("xmllint rejects the output: %v\n%s", err, output)
	}
}

// evidenceScripts print the evidence attributes of every edge of the file
// named by their argument as JSON, failing if one lost its type.
var evidenceScripts = []struct {
	name, module string
	format       export.Format
	script       string
}{
	{"networkx graphml", "networkx", export.GraphML, `
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
` + evidenceReport + `
json.dump(report(a for _, _, a in g.edges(data=True)), sys.stdout)
`},
	{"networkx gexf", "networkx", export.GEXF, `
import json, sys
import networkx as nx
from networkx.readwrite.gexf import GEXF
GEXF.versions.setdefault("1.3", dict(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz",
    NS_XSI="http://www.w3.org/2001/XMLSchema-instance", SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", VERSION="1.3"))
g = nx.read_gexf(sys.argv[1], version="1.3")
` + evidenceReport + `
# networkx reads a mutual (symmetric) edge both ways: one record per id.
json.dump(report({a["id"]: a for _, _, a in g.edges(data=True)}.values()), sys.stdout)
`},
	{"igraph graphml", "igraph", export.GraphML, `
import json, sys
import igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
` + evidenceReport + `
json.dump(report((e.attributes() for e in g.es), float), sys.stdout)
`},
}

// evidenceReport is the Python the scripts share: report turns edges'
// attribute dicts into evidenceRecords, a missing or empty value read as
// "", checking that the count was read as number (igraph reads every
// GraphML int as a float).
var evidenceReport = fmt.Sprintf(`
def report(edges, number=int):
    records = []
    for a in edges:
        assert isinstance(a["evidence_count"], number) and a["evidence_count"] == int(a["evidence_count"]), a
        text = lambda name: a.get(name) or ""
        sentences = [text("evidence_%%d" %% i) for i in range(1, %[1]d + 1)]
        documents = [text("evidence_%%d_document" %% i) for i in range(1, %[1]d + 1)]
        assert all(isinstance(value, str) for value in sentences + documents), a
        records.append(dict(evidence_count=int(a["evidence_count"]), sentences=sentences, documents=documents))
    return records
`, testEvidence)

func TestEvidencePythonReaders(t *testing.T) {
	g := hostileGraph()
	// The readers need not keep the order of edges; these are told apart by
	// what they carry.
	want := wantEvidence(t, g, cleanXML)
	slices.SortFunc(want, func(a, b evidenceRecord) int { return compareFormatted(a, b) })
	for _, test := range evidenceScripts {
		t.Run(test.name, func(t *testing.T) {
			interpreter := python(t, test.module)
			path := writeTemporary(t, "graph."+string(test.format), writeGraph(t, g, test.format))
			var stderr bytes.Buffer
			command := exec.Command(interpreter, "-c", test.script, path)
			command.Stderr = &stderr
			output, err := command.Output()
			if err != nil {
				t.Fatalf("%s cannot read the output: %v\n%s", test.name, err, stderr.Bytes())
			}
			var got []evidenceRecord
			if err := json.Unmarshal(output, &got); err != nil {
				t.Fatalf("decoding the report: %v\n%s", err, output)
			}
			slices.SortFunc(got, func(a, b evidenceRecord) int { return compareFormatted(a, b) })
			reportDifferences(t, "edge evidence", want, got)
		})
	}
}
