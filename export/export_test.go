package export_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// memoryGraph is a Graph held in slices, yielded in slice order.
type memoryGraph struct {
	nodes []graph.Node
	edges []graph.Edge
}

func (g memoryGraph) Nodes(fn func(graph.Node) error) error {
	for _, n := range g.nodes {
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

func (g memoryGraph) Edges(fn func(graph.Edge) error) error {
	for _, ed := range g.edges {
		if err := fn(ed); err != nil {
			return err
		}
	}
	return nil
}

func day(year int, month time.Month, dayOfMonth int) time.Time {
	return time.Date(year, month, dayOfMonth, 0, 0, 0, 0, time.UTC)
}

// hostileGraph is a small graph whose names hold everything that breaks
// careless writers.
func hostileGraph() memoryGraph {
	return memoryGraph{
		nodes: []graph.Node{
			{ID: 1, Name: "Vladimir Putin", Type: graph.Person, Aliases: []string{"Putin", "Vladimir Vladimirovich Putin"}, Mentions: 12, Documents: 3},
			{ID: 2, Name: "Emmanuel Macron", Type: graph.Person, Aliases: []string{"Macron"}, Mentions: 9, Documents: 3},
			{ID: 3, Name: `AT&T <Corp> "quoted" 'single' ]]> &amp;`, Type: graph.Org, Mentions: 1, Documents: 1},
			{ID: 4, Name: "Ctrl\x00\x01\x1b[31m\x1f\x7f\u0085chars\tand\ttabs", Type: graph.GPE, Mentions: 2, Documents: 1},
			{ID: 5, Name: "Bad\xff\xfe UTF-8 \xed\xa0\x80 surrogate \uFFFE\uFFFF \uFFFD kept", Type: graph.Loc, Aliases: []string{"\xc3", ""}, Mentions: 1, Documents: 1},
			{ID: 6, Name: `C:\new\label \N \" \\ end\`, Type: graph.Org, Aliases: []string{`back\slash`}, Mentions: 4, Documents: 2},
			{ID: 7, Name: "Zürich 東京 😀 Ελλάδα \u200f\u202e", Type: graph.GPE, Mentions: 3, Documents: 2},
			{ID: 8, Name: "Line one\nLine two\r\nthree\rfour", Type: graph.Person, Mentions: 1, Documents: 1},
			{ID: 9, Name: "", Type: "", Mentions: 0, Documents: 0},
			{ID: 1<<64 - 1, Name: "Largest id", Type: graph.Org, Mentions: 1, Documents: 1},
		},
		edges: []graph.Edge{
			{From: 1, To: 2, Predicate: "meet", Kind: graph.Event, Weight: 2, First: day(2017, 5, 29), Last: day(2017, 5, 30)},
			{From: 1, To: 2, Predicate: "meet", Kind: graph.Event, Negated: true, Weight: 1},
			{From: 2, To: 1, Predicate: `say "no" & <leave>`, Kind: graph.Event, Weight: 1, First: day(2017, 5, 29), Last: day(2017, 5, 29)},
			{From: 1, To: 7, Predicate: "president\nof", Kind: graph.Role, Weight: 5, Last: day(2018, 1, 2)},
			{From: 6, To: 3, Predicate: "buy\\l\x01\xff", Kind: graph.Event, Weight: 0},
			{From: 9, To: 9, Predicate: "", Kind: "", Weight: 1},
			{From: 1<<64 - 1, To: 4, Predicate: "sue", Kind: graph.Event, Weight: 1 << 40, First: day(1, 1, 1).AddDate(0, 0, 1)},
		},
	}
}

// nodeRecord and edgeRecord are what a reader of the output sees: every
// attribute as the formats carry it, aliases joined.
type nodeRecord struct {
	ID        uint64 `json:"id"`
	Name      string `json:"name"`
	Type      string `json:"type"`
	Aliases   string `json:"aliases"`
	Mentions  int    `json:"mentions"`
	Documents int    `json:"documents"`
}

type edgeRecord struct {
	From      uint64 `json:"from"`
	To        uint64 `json:"to"`
	Label     string `json:"label"`
	Predicate string `json:"predicate"`
	Kind      string `json:"kind"`
	Negated   bool   `json:"negated"`
	Weight    int    `json:"weight"`
	First     string `json:"first"`
	Last      string `json:"last"`
}

// records is what a reader should see of g once clean has made its text
// representable.
func records(g memoryGraph, clean func(string) string) ([]nodeRecord, []edgeRecord) {
	var nodes []nodeRecord
	for _, n := range g.nodes {
		aliases := make([]string, len(n.Aliases))
		for i, alias := range n.Aliases {
			aliases[i] = clean(alias)
		}
		nodes = append(nodes, nodeRecord{
			ID: n.ID, Name: clean(n.Name), Type: clean(string(n.Type)),
			Aliases: strings.Join(aliases, "; "), Mentions: n.Mentions, Documents: n.Documents,
		})
	}
	var edges []edgeRecord
	for _, ed := range g.edges {
		record := edgeRecord{
			From: ed.From, To: ed.To, Label: clean(ed.Predicate), Predicate: clean(ed.Predicate),
			Kind: clean(string(ed.Kind)), Negated: ed.Negated, Weight: ed.Weight,
		}
		if ed.Negated {
			record.Label = "not " + record.Label
		}
		if !ed.First.IsZero() {
			record.First = ed.First.Format(time.DateOnly)
		}
		if !ed.Last.IsZero() {
			record.Last = ed.Last.Format(time.DateOnly)
		}
		edges = append(edges, record)
	}
	return nodes, edges
}

// cleanXML is what text should read as after GraphML: valid UTF-8 without
// the characters XML 1.0 forbids.
func cleanXML(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return r
		}
		if r < 0x20 || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// cleanDOT is what text should read as after DOT: valid UTF-8 whose only
// control character is newline, tabs and carriage returns turned to spaces.
func cleanDOT(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t' || r == '\r':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

func compareRecords(t *testing.T, wantNodes, gotNodes []nodeRecord, wantEdges, gotEdges []edgeRecord) {
	t.Helper()
	reportDifferences(t, "node", wantNodes, gotNodes)
	reportDifferences(t, "edge", wantEdges, gotEdges)
}

func reportDifferences[T comparable](t *testing.T, what string, want, got []T) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d %ss, want %d", len(got), what, len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Errorf("%s %d:\n got %#v\nwant %#v", what, i, got[i], want[i])
		}
	}
}

// writeGraph writes g in format f, with testEvidence sentences per edge
// when g gives them.
func writeGraph(t testing.TB, g export.Graph, f export.Format) []byte {
	t.Helper()
	var opts export.Options
	if sentences, ok := g.(export.Evidencer); ok {
		opts = export.Options{Evidence: testEvidence, Sentences: sentences}
	}
	var buffer bytes.Buffer
	if err := export.WriteWith(&buffer, g, f, opts); err != nil {
		t.Fatalf("Write %s: %v", f, err)
	}
	return buffer.Bytes()
}

func TestGolden(t *testing.T) {
	for _, test := range []struct {
		format export.Format
		file   string
	}{
		{export.GraphML, "hostile.graphml"},
		{export.DOT, "hostile.dot"},
		{export.GEXF, "hostile.gexf"},
	} {
		t.Run(string(test.format), func(t *testing.T) {
			got := writeGraph(t, hostileGraph(), test.format)
			path := filepath.Join("testdata", test.file)
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
		})
	}
}

func TestParseFormat(t *testing.T) {
	for _, test := range []struct {
		in      string
		want    export.Format
		wantErr bool
	}{
		{"graphml", export.GraphML, false},
		{" GraphML\n", export.GraphML, false},
		{"dot", export.DOT, false},
		{"DOT", export.DOT, false},
		{"gv", export.DOT, false},
		{"gml", "", true},
		{"", "", true},
		{"graph ml", "", true},
	} {
		got, err := export.ParseFormat(test.in)
		if got != test.want || (err != nil) != test.wantErr {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, error %v", test.in, got, err, test.want, test.wantErr)
		}
		if err != nil && !errors.Is(err, export.ErrUnknownFormat) {
			t.Errorf("ParseFormat(%q) error %v is not ErrUnknownFormat", test.in, err)
		}
	}
}

// failingWriter accepts limit bytes, then fails.
type failingWriter struct {
	limit int
	err   error
}

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.limit {
		n := w.limit
		w.limit = 0
		return n, w.err
	}
	w.limit -= len(p)
	return len(p), nil
}

// bigGraph has enough nodes and edges to overflow any output buffer.
func bigGraph(nodes, edgesPerNode int) memoryGraph {
	names := []string{"Entity number ", "Zürich & Co ", "Jean-Yves Le Drian ", "東京 "}
	var g memoryGraph
	for i := range nodes {
		g.nodes = append(g.nodes, graph.Node{
			ID: uint64(i), Name: names[i%len(names)] + strings.Repeat("x", i%20), Type: graph.Types[i%len(graph.Types)],
			Aliases: []string{"alias"}, Mentions: i % 97, Documents: i % 13,
		})
	}
	for i := range nodes * edgesPerNode {
		g.edges = append(g.edges, graph.Edge{
			From: uint64(i % nodes), To: uint64((i*7 + 3) % nodes), Predicate: "met with", Kind: graph.Event,
			Weight: i%5 + 1, First: day(2005, 1, 1+i%28), Last: day(2005, 2, 1+i%28),
		})
	}
	return g
}

func TestWriteErrors(t *testing.T) {
	diskFull := errors.New("disk full")
	storeBroken := errors.New("store broken")
	hostile := hostileGraph()
	for _, test := range []struct {
		name   string
		writer func() *failingWriter
		graph  export.Graph
		format export.Format
		want   error
	}{
		{"unknown format", nil, hostile, "gml", export.ErrUnknownFormat},
		{"graphml write fails at once", func() *failingWriter { return &failingWriter{0, diskFull} }, hostile, export.GraphML, diskFull},
		{"dot write fails at once", func() *failingWriter { return &failingWriter{0, diskFull} }, hostile, export.DOT, diskFull},
		{"graphml write fails midway", func() *failingWriter { return &failingWriter{100_000, diskFull} }, bigGraph(2000, 3), export.GraphML, diskFull},
		{"dot write fails midway", func() *failingWriter { return &failingWriter{100_000, diskFull} }, bigGraph(2000, 3), export.DOT, diskFull},
		{"nodes fail", nil, failingGraph{nodesErr: storeBroken}, export.GraphML, storeBroken},
		{"edges fail", nil, failingGraph{edgesErr: storeBroken}, export.DOT, storeBroken},
		{"duplicate node", nil, memoryGraph{nodes: []graph.Node{{ID: 4}, {ID: 2}, {ID: 4}}}, export.GraphML, export.ErrDuplicateNode},
		{"dangling target", nil, memoryGraph{nodes: []graph.Node{{ID: 1}, {ID: 3}}, edges: []graph.Edge{{From: 1, To: 2}}}, export.GraphML, export.ErrDanglingEdge},
		{"dangling source", nil, memoryGraph{nodes: []graph.Node{{ID: 1}}, edges: []graph.Edge{{From: 0, To: 1}}}, export.DOT, export.ErrDanglingEdge},
		{"edge without nodes", nil, memoryGraph{edges: []graph.Edge{{From: 1, To: 1}}}, export.DOT, export.ErrDanglingEdge},
	} {
		t.Run(test.name, func(t *testing.T) {
			var w interface{ Write([]byte) (int, error) } = &bytes.Buffer{}
			if test.writer != nil {
				w = test.writer()
			}
			err := export.Write(w, test.graph, test.format)
			if !errors.Is(err, test.want) {
				t.Fatalf("Write = %v, want %v", err, test.want)
			}
			if !strings.HasPrefix(err.Error(), "export: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

// failingGraph yields two nodes and an edge, then fails as told; its errors
// wrap whatever fn returned, as a store's would.
type failingGraph struct {
	nodesErr, edgesErr error
}

func (g failingGraph) Nodes(fn func(graph.Node) error) error {
	if err := fn(graph.Node{ID: 1, Name: "a"}); err != nil {
		return err
	}
	if err := fn(graph.Node{ID: 2, Name: "b"}); err != nil {
		return err
	}
	return g.nodesErr
}

func (g failingGraph) Edges(fn func(graph.Edge) error) error {
	if err := fn(graph.Edge{From: 1, To: 2}); err != nil {
		return err
	}
	return g.edgesErr
}

// encoder is the method set both encoders share.
type encoder interface {
	EncodeNode(graph.Node) error
	EncodeEdge(graph.Edge) error
	Close() error
}

func TestEncoderLifecycle(t *testing.T) {
	for _, test := range []struct {
		name      string
		new       func(w *bytes.Buffer) encoder
		wantEmpty string
	}{
		{"graphml", func(w *bytes.Buffer) encoder { return export.NewGraphMLEncoder(w) }, "</graphml>\n"},
		{"dot", func(w *bytes.Buffer) encoder { return export.NewDOTEncoder(w) }, "outputorder=edgesfirst];\n}\n"},
	} {
		t.Run(test.name, func(t *testing.T) {
			var buffer bytes.Buffer
			enc := test.new(&buffer)
			if err := enc.EncodeNode(graph.Node{ID: 1, Name: "a"}); err != nil {
				t.Fatal(err)
			}
			if buffer.Len() != 0 {
				t.Errorf("output reached the writer before Close: %q", buffer.String())
			}
			if err := enc.Close(); err != nil {
				t.Fatal(err)
			}
			written := buffer.Len()
			if written == 0 {
				t.Fatal("Close wrote nothing")
			}
			if err := enc.Close(); err != nil {
				t.Errorf("second Close = %v", err)
			}
			if err := enc.EncodeNode(graph.Node{ID: 2}); !errors.Is(err, export.ErrClosed) {
				t.Errorf("EncodeNode after Close = %v, want ErrClosed", err)
			}
			if err := enc.EncodeEdge(graph.Edge{From: 1, To: 1}); !errors.Is(err, export.ErrClosed) {
				t.Errorf("EncodeEdge after Close = %v, want ErrClosed", err)
			}
			if buffer.Len() != written {
				t.Errorf("output grew after Close: %q", buffer.String()[written:])
			}

			buffer.Reset()
			if err := test.new(&buffer).Close(); err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(buffer.String(), test.wantEmpty) {
				t.Errorf("empty document %q does not end with %q", buffer.String(), test.wantEmpty)
			}
		})
	}
}

func TestEncoderKeepsFirstError(t *testing.T) {
	diskFull := errors.New("disk full")
	w := &failingWriter{limit: 10, err: diskFull}
	enc := export.NewGraphMLEncoder(w)
	var firstErr error
	for i := range 10_000 {
		if firstErr = enc.EncodeNode(graph.Node{ID: uint64(i), Name: "name"}); firstErr != nil {
			break
		}
	}
	if !errors.Is(firstErr, diskFull) {
		t.Fatalf("EncodeNode never reported the write error: %v", firstErr)
	}
	w.limit = 1 << 30
	if err := enc.EncodeNode(graph.Node{ID: 1 << 20}); !errors.Is(err, diskFull) {
		t.Errorf("EncodeNode after a failed write = %v, want the first error", err)
	}
	if err := enc.Close(); !errors.Is(err, diskFull) {
		t.Errorf("Close after a failed write = %v, want the first error", err)
	}
}

// roundTripCase is a graph every format must write and read back whole.
type roundTripCase struct {
	name  string
	graph memoryGraph
}

// roundTripCases are the graphs of the round-trip tests: hostile names, an
// empty graph, nodes alone, a large graph, and nodes out of id order.
func roundTripCases() []roundTripCase {
	return []roundTripCase{
		{"hostile", hostileGraph()},
		{"empty", memoryGraph{}},
		{"nodes only", memoryGraph{nodes: hostileGraph().nodes}},
		{"many", bigGraph(300, 4)},
		{"nodes out of order", memoryGraph{
			nodes: []graph.Node{{ID: 30, Name: "c"}, {ID: 10, Name: "a"}, {ID: 20, Name: "b"}},
			edges: []graph.Edge{{From: 10, To: 30, Predicate: "p"}, {From: 30, To: 20, Predicate: "q"}},
		}},
	}
}

// fuzzGraph is the two-node graph the fuzz tests write: arbitrary strings
// in every place a name, a type or a predicate can go.
func fuzzGraph(name, alias, predicate, entityType string) memoryGraph {
	return memoryGraph{
		nodes: []graph.Node{
			{ID: 0, Name: name, Type: graph.Type(entityType), Aliases: []string{alias, name}},
			{ID: 7, Name: alias},
		},
		edges: []graph.Edge{
			{From: 0, To: 7, Predicate: predicate, Kind: graph.Kind(entityType), Negated: true, Weight: len(name)},
		},
	}
}
