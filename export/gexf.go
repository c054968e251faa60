package export

import (
	"io"
	"math"
	"strconv"
	"time"

	"github.com/kg-project/kg/graph"
)

const gexfHeader = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta>
    <creator>kg</creator>
  </meta>
`

// gexfNodeAttributes and gexfEdgeAttributes declare the attributes every
// node and edge carries: id and title are equal, type is GEXF's.
var (
	gexfNodeAttributes = []struct{ id, typ string }{
		{"type", "string"},
		{"mentions", "integer"},
		{"documents", "integer"},
		{"aliases", "string"},
	}
	gexfEdgeAttributes = []struct{ id, typ string }{
		{"predicate", "string"},
		// Not "kind", which GEXF gives another meaning on edges.
		{"relation_kind", "string"},
		{"negated", "boolean"},
		{"first", "string"},
		{"last", "string"},
		{"evidence_count", "integer"},
	}
)

// communityColours are distinct colours for communities 0, 1, ..., reused
// in turn beyond their number.
var communityColours = [][3]uint8{
	{31, 119, 180}, {255, 127, 14}, {44, 160, 44}, {214, 39, 40},
	{148, 103, 189}, {140, 86, 75}, {227, 119, 194}, {127, 127, 127},
	{188, 189, 34}, {23, 190, 207}, {174, 199, 232}, {255, 187, 120},
}

// CommunityColour is the colour given to a community in GEXF and in
// pictures.
func CommunityColour(community int) [3]uint8 {
	return communityColours[max(community, 0)%len(communityColours)]
}

// PageRankSize is the size given to a node of the given PageRank in a
// graph of n nodes: 4 for a node of no rank, 10 for the average, growing
// with the logarithm beyond, so that hubs stand out without hiding the
// rest.
func PageRankSize(pageRank float64, n int) float64 {
	return 4 + 6*math.Log2(1+pageRank*float64(n))
}

// GEXFEncoder writes a directed GEXF 1.3 document, one node or edge at a
// time: all nodes first, then all edges. The caller encodes each node once,
// and only edges between nodes it encodes; Write checks both.
type GEXFEncoder struct {
	out           output
	metrics       bool
	evidence      int
	dynamic       bool
	headerWritten bool
	edgesStarted  bool
	closed        bool
	edgesWritten  uint64
}

// NewGEXFEncoder returns an encoder writing to w. Nothing is written until
// the first Encode or Close call; output is buffered, and Close flushes it.
func NewGEXFEncoder(w io.Writer) *GEXFEncoder {
	return &GEXFEncoder{out: newOutput(w, "gexf")}
}

// WithMetrics declares the node attributes of an analysis, which
// EncodeNodeInfo writes, along with viz:color by community and viz:size by
// PageRank. It must be called before the first Encode.
func (e *GEXFEncoder) WithMetrics() *GEXFEncoder {
	e.metrics = true
	return e
}

// WithTime makes the graph dynamic, dated by day: nodes and edges then
// carry a spell starting at their earliest evidence (NodeInfo.Since,
// graph.Edge.First) and open at the end, so that a timeline shows the
// graph as it grew. Nodes and edges without a date are always present. It
// must be called before the first Encode.
func (e *GEXFEncoder) WithTime() *GEXFEncoder {
	e.dynamic = true
	return e
}

// WithEvidence declares n pairs of string edge attributes, evidence_1 and
// evidence_1_document to evidence_n and evidence_n_document, which
// EncodeEdgeInfo fills from the sentences it is given. It must be called
// before the first Encode.
func (e *GEXFEncoder) WithEvidence(n int) *GEXFEncoder {
	e.evidence = max(n, 0)
	return e
}

func (e *GEXFEncoder) writeHeader() {
	if e.headerWritten {
		return
	}
	e.headerWritten = true
	e.out.writeString(gexfHeader)
	e.out.writeString(`  <graph defaultedgetype="directed"`)
	if e.dynamic {
		e.out.writeString(` mode="dynamic" timeformat="date"`)
	}
	e.out.writeString(">\n    <attributes class=\"node\">\n")
	for _, a := range gexfNodeAttributes {
		e.writeAttributeDeclaration(a.id, a.typ)
	}
	if e.metrics {
		for _, metric := range metricAttributes {
			e.writeAttributeDeclaration(metric.name, metric.gexfType)
		}
	}
	e.out.writeString("    </attributes>\n    <attributes class=\"edge\">\n")
	for _, a := range gexfEdgeAttributes {
		e.writeAttributeDeclaration(a.id, a.typ)
	}
	for i := range e.evidence {
		sentence, document := evidenceAttributes(i + 1)
		e.writeAttributeDeclaration(sentence, "string")
		e.writeAttributeDeclaration(document, "string")
	}
	e.out.writeString("    </attributes>\n    <nodes>\n")
}

func (e *GEXFEncoder) writeAttributeDeclaration(id, typ string) {
	e.out.writeString(`      <attribute id="` + id + `" title="` + id + `" type="` + typ + "\"/>\n")
}

// EncodeNode writes n as <node id="n<ID>" label="name"> with its
// attributes.
func (e *GEXFEncoder) EncodeNode(n graph.Node) error {
	return e.EncodeNodeInfo(n, NodeInfo{})
}

// EncodeNodeInfo writes n as EncodeNode does, with its metrics, colour
// and size when info has metrics and WithMetrics was called, and its spell
// when info has a date and WithTime was called.
func (e *GEXFEncoder) EncodeNodeInfo(n graph.Node, info NodeInfo) error {
	if e.closed {
		return ErrClosed
	}
	if e.edgesStarted {
		return ErrNodeAfterEdge
	}
	e.writeHeader()
	e.out.writeID(`      <node id="`, 'n', n.ID)
	e.out.writeString(`" label="`)
	e.out.writeText(n.Name, escapeXML)
	e.out.writeString("\">\n        <attvalues>\n")
	e.writeAttValue("type", string(n.Type))
	e.writeAttValue("mentions", strconv.Itoa(n.Mentions))
	e.writeAttValue("documents", strconv.Itoa(n.Documents))
	if len(n.Aliases) > 0 {
		e.out.writeString(`          <attvalue for="aliases" value="`)
		for i, alias := range n.Aliases {
			if i > 0 {
				e.out.writeString("; ")
			}
			e.out.writeText(alias, escapeXML)
		}
		e.out.writeString("\"/>\n")
	}
	measured := e.metrics && info.Metrics != nil
	if measured {
		for _, metric := range metricAttributes {
			e.writeAttValue(metric.name, formatMetric(metric.value(*info.Metrics)))
		}
	}
	e.out.writeString("        </attvalues>\n")
	e.writeSpell(info.Since)
	if measured {
		colour := CommunityColour(info.Metrics.Community)
		e.out.writeString(`        <viz:color r="` + strconv.Itoa(int(colour[0])) + `" g="` + strconv.Itoa(int(colour[1])) +
			`" b="` + strconv.Itoa(int(colour[2])) + "\"/>\n")
		size := PageRankSize(info.Metrics.PageRank, info.Nodes)
		if math.IsNaN(size) || math.IsInf(size, 0) {
			size = PageRankSize(0, 0)
		}
		e.out.writeString(`        <viz:size value="` + strconv.FormatFloat(size, 'f', 3, 64) + "\"/>\n")
	}
	e.out.writeString("      </node>\n")
	return e.out.err
}

// EncodeEdge writes ed as <edge id="e<k>">, k counting the edges written
// so far, with its attributes. Its kind is its label, so that Gephi keeps
// the statements between two nodes apart instead of merging them.
func (e *GEXFEncoder) EncodeEdge(ed graph.Edge) error {
	return e.EncodeEdgeInfo(ed, EdgeInfo{})
}

// EncodeEdgeInfo writes ed as EncodeEdge does, with the first of
// info.Evidence, as many as WithEvidence declared.
func (e *GEXFEncoder) EncodeEdgeInfo(ed graph.Edge, info EdgeInfo) error {
	if e.closed {
		return ErrClosed
	}
	e.writeHeader()
	e.startEdges()
	label := edgeLabel(ed)
	e.out.writeID(`      <edge id="`, 'e', e.edgesWritten)
	e.out.writeID(`" source="`, 'n', ed.From)
	e.out.writeID(`" target="`, 'n', ed.To)
	e.out.writeString(`" label="`)
	e.out.writeText(label, escapeXML)
	e.out.writeString(`" kind="`)
	e.out.writeText(label, escapeXML)
	e.out.writeString(`" weight="`)
	e.out.writeInt(ed.Weight)
	if graph.IsSymmetric(ed.Predicate) {
		// Written once, a symmetric edge goes both ways: "mutual" says so
		// where "undirected" would make networkx refuse the directed graph.
		e.out.writeString(`" type="mutual`)
	}
	e.out.writeString("\">\n        <attvalues>\n")
	e.edgesWritten++
	e.writeAttValue("predicate", ed.Predicate)
	e.writeAttValue("relation_kind", string(ed.Kind))
	e.writeAttValue("negated", strconv.FormatBool(ed.Negated))
	if !ed.First.IsZero() {
		e.writeAttValue("first", ed.First.Format(dateLayout))
	}
	if !ed.Last.IsZero() {
		e.writeAttValue("last", ed.Last.Format(dateLayout))
	}
	e.writeAttValue("evidence_count", strconv.Itoa(ed.Weight))
	for i, sentence := range info.Evidence[:min(e.evidence, len(info.Evidence))] {
		text, document := evidenceAttributes(i + 1)
		e.writeAttValue(text, sentence.Text)
		e.writeAttValue(document, sentence.Document)
	}
	e.out.writeString("        </attvalues>\n")
	e.writeSpell(ed.First)
	e.out.writeString("      </edge>\n")
	return e.out.err
}

func (e *GEXFEncoder) startEdges() {
	if !e.edgesStarted {
		e.edgesStarted = true
		e.out.writeString("    </nodes>\n    <edges>\n")
	}
}

// Close writes what the document still lacks and flushes. It returns the
// first write error, and does not close the underlying writer. Calling
// Close again returns the same result.
func (e *GEXFEncoder) Close() error {
	if e.closed {
		return e.out.err
	}
	e.closed = true
	e.writeHeader()
	e.startEdges()
	e.out.writeString("    </edges>\n  </graph>\n</gexf>\n")
	e.out.flush()
	return e.out.err
}

func (e *GEXFEncoder) writeAttValue(id, value string) {
	e.out.writeString(`          <attvalue for="` + id + `" value="`)
	e.out.writeText(value, escapeXML)
	e.out.writeString("\"/>\n")
}

func (e *GEXFEncoder) writeSpell(start time.Time) {
	if !e.dynamic || start.IsZero() {
		return
	}
	e.out.writeString(`        <spells><spell start="`)
	e.out.writeDate(start)
	e.out.writeString("\"/></spells>\n")
}
