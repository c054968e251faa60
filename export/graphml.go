package export

import (
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/kg-project/kg/graph"
)

// The ids of GraphML's <key> declarations, which <data> elements name.
const (
	keyNodeLabel     = "node_label"
	keyNodeType      = "node_type"
	keyNodeMentions  = "node_mentions"
	keyNodeDocuments = "node_documents"
	keyNodeAliases   = "node_aliases"
	keyEdgeLabel     = "edge_label"
	keyEdgePredicate = "edge_predicate"
	keyEdgeKind      = "edge_kind"
	keyEdgeNegated   = "edge_negated"
	keyEdgeSymmetric = "edge_symmetric"
	keyEdgeWeight    = "edge_weight"
	keyEdgeFirst     = "edge_first"
	keyEdgeLast      = "edge_last"
	keyEdgeEvidence  = "edge_evidence_count"
)

// evidenceAttributes names the attributes of an edge's i-th sentence
// (from 1) and its document, in GraphML (with "edge_" before as key ids)
// and GEXF.
func evidenceAttributes(i int) (sentence, document string) {
	sentence = "evidence_" + strconv.Itoa(i)
	return sentence, sentence + "_document"
}

// metricAttributes are the node attributes of an analysis, in the order
// they are declared and written; GraphML and GEXF share them.
var metricAttributes = []struct {
	name, graphMLType, gexfType string
	value                       func(graph.Metrics) any
}{
	{"in_degree", "int", "integer", func(m graph.Metrics) any { return m.InDegree }},
	{"out_degree", "int", "integer", func(m graph.Metrics) any { return m.OutDegree }},
	{"weight_in", "int", "integer", func(m graph.Metrics) any { return m.WeightIn }},
	{"weight_out", "int", "integer", func(m graph.Metrics) any { return m.WeightOut }},
	{"pagerank", "double", "double", func(m graph.Metrics) any { return m.PageRank }},
	{"betweenness", "double", "double", func(m graph.Metrics) any { return m.Betweenness }},
	{"harmonic", "double", "double", func(m graph.Metrics) any { return m.Harmonic }},
	{"community", "int", "integer", func(m graph.Metrics) any { return m.Community }},
	{"component", "int", "integer", func(m graph.Metrics) any { return m.Component }},
	{"core", "int", "integer", func(m graph.Metrics) any { return m.Core }},
}

// formatMetric writes a metric's value in the lexical form of XML Schema's
// int and double, which GraphML and GEXF readers parse.
func formatMetric(value any) string {
	switch v := value.(type) {
	case int:
		return strconv.Itoa(v)
	case float64:
		switch {
		case math.IsInf(v, 1):
			return "INF"
		case math.IsInf(v, -1):
			return "-INF"
		}
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	panic(fmt.Sprintf("export: metric of type %T", value))
}

// graphMLKeys declares every attribute. Gephi needs for= to be node or edge
// and takes its column types from attr.type.
var graphMLKeys = []struct{ id, domain, name, typ string }{
	{keyNodeLabel, "node", "label", "string"},
	{keyNodeType, "node", "type", "string"},
	{keyNodeMentions, "node", "mentions", "int"},
	{keyNodeDocuments, "node", "documents", "int"},
	{keyNodeAliases, "node", "aliases", "string"},
	{keyEdgeLabel, "edge", "label", "string"},
	{keyEdgePredicate, "edge", "predicate", "string"},
	{keyEdgeKind, "edge", "kind", "string"},
	{keyEdgeNegated, "edge", "negated", "boolean"},
	// A symmetric edge is stored and written once, from subject to
	// object; a per-edge directed="false" would say so, but networkx
	// refuses such an edge in a directed graph.
	{keyEdgeSymmetric, "edge", "symmetric", "boolean"},
	{keyEdgeWeight, "edge", "weight", "double"},
	{keyEdgeFirst, "edge", "first", "string"},
	{keyEdgeLast, "edge", "last", "string"},
	{keyEdgeEvidence, "edge", "evidence_count", "int"},
}

const graphMLHeader = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`

const graphMLFooter = "  </graph>\n</graphml>\n"

// GraphMLEncoder writes a directed GraphML document, one node or edge at a
// time. The caller encodes each node once, and only edges between nodes it
// encodes: the GraphML schema requires both, and Write checks them.
type GraphMLEncoder struct {
	out           output
	metrics       bool
	evidence      int
	headerWritten bool
	closed        bool
	edgesWritten  uint64
}

// NewGraphMLEncoder returns an encoder writing to w. Nothing is written
// until the first Encode or Close call, which writes the header; output is
// buffered, and Close flushes it.
func NewGraphMLEncoder(w io.Writer) *GraphMLEncoder {
	return &GraphMLEncoder{out: newOutput(w, "graphml")}
}

// WithMetrics declares the node attributes of an analysis (named after
// graph.Metrics' JSON fields, with ids "node_" + name), which
// EncodeNodeInfo then writes. It must be called before the first Encode.
func (e *GraphMLEncoder) WithMetrics() *GraphMLEncoder {
	e.metrics = true
	return e
}

// WithEvidence declares n pairs of edge attributes, evidence_1 and
// evidence_1_document to evidence_n and evidence_n_document (key ids
// "edge_" + name), which EncodeEdgeInfo fills from the sentences it is
// given. It must be called before the first Encode.
func (e *GraphMLEncoder) WithEvidence(n int) *GraphMLEncoder {
	e.evidence = max(n, 0)
	return e
}

func (e *GraphMLEncoder) writeHeader() {
	if e.headerWritten {
		return
	}
	e.headerWritten = true
	e.out.writeString(graphMLHeader)
	for _, key := range graphMLKeys {
		e.out.writeString(`  <key id="` + key.id + `" for="` + key.domain +
			`" attr.name="` + key.name + `" attr.type="` + key.typ + `"/>` + "\n")
	}
	if e.metrics {
		for _, metric := range metricAttributes {
			e.out.writeString(`  <key id="node_` + metric.name + `" for="node" attr.name="` + metric.name +
				`" attr.type="` + metric.graphMLType + `"/>` + "\n")
		}
	}
	for i := range e.evidence {
		sentence, document := evidenceAttributes(i + 1)
		for _, name := range []string{sentence, document} {
			e.out.writeString(`  <key id="edge_` + name + `" for="edge" attr.name="` + name + `" attr.type="string"/>` + "\n")
		}
	}
	e.out.writeString(`  <graph id="kg" edgedefault="directed">` + "\n")
}

// EncodeNode writes n as <node id="n<ID>"> with its attributes.
func (e *GraphMLEncoder) EncodeNode(n graph.Node) error {
	return e.EncodeNodeInfo(n, NodeInfo{})
}

// EncodeNodeInfo writes n as EncodeNode does, with its metrics when
// info has them and WithMetrics was called.
func (e *GraphMLEncoder) EncodeNodeInfo(n graph.Node, info NodeInfo) error {
	if e.closed {
		return ErrClosed
	}
	e.writeHeader()
	e.out.writeID(`    <node id="`, 'n', n.ID)
	e.out.writeString("\">\n")
	e.writeTextData(keyNodeLabel, n.Name)
	e.writeTextData(keyNodeType, string(n.Type))
	e.writeIntData(keyNodeMentions, n.Mentions)
	e.writeIntData(keyNodeDocuments, n.Documents)
	if len(n.Aliases) > 0 {
		e.writeDataStart(keyNodeAliases)
		for i, alias := range n.Aliases {
			if i > 0 {
				e.out.writeString("; ")
			}
			e.out.writeText(alias, escapeXML)
		}
		e.out.writeString("</data>\n")
	}
	if e.metrics && info.Metrics != nil {
		for _, metric := range metricAttributes {
			e.writeDataStart("node_" + metric.name)
			e.out.writeString(formatMetric(metric.value(*info.Metrics)))
			e.out.writeString("</data>\n")
		}
	}
	e.out.writeString("    </node>\n")
	return e.out.err
}

// EncodeEdge writes ed as <edge id="e<k>"> with its attributes, k counting
// the edges written so far.
func (e *GraphMLEncoder) EncodeEdge(ed graph.Edge) error {
	return e.EncodeEdgeInfo(ed, EdgeInfo{})
}

// EncodeEdgeInfo writes ed as EncodeEdge does, with the first of
// info.Evidence, as many as WithEvidence declared.
func (e *GraphMLEncoder) EncodeEdgeInfo(ed graph.Edge, info EdgeInfo) error {
	if e.closed {
		return ErrClosed
	}
	e.writeHeader()
	e.out.writeID(`    <edge id="`, 'e', e.edgesWritten)
	e.out.writeID(`" source="`, 'n', ed.From)
	e.out.writeID(`" target="`, 'n', ed.To)
	e.out.writeString("\">\n")
	e.edgesWritten++
	e.writeTextData(keyEdgeLabel, edgeLabel(ed))
	e.writeTextData(keyEdgePredicate, ed.Predicate)
	e.writeTextData(keyEdgeKind, string(ed.Kind))
	e.writeDataStart(keyEdgeNegated)
	e.out.writeString(strconv.FormatBool(ed.Negated))
	e.out.writeString("</data>\n")
	e.writeDataStart(keyEdgeSymmetric)
	e.out.writeString(strconv.FormatBool(graph.IsSymmetric(ed.Predicate)))
	e.out.writeString("</data>\n")
	e.writeIntData(keyEdgeWeight, ed.Weight)
	if !ed.First.IsZero() {
		e.writeDataStart(keyEdgeFirst)
		e.out.writeDate(ed.First)
		e.out.writeString("</data>\n")
	}
	if !ed.Last.IsZero() {
		e.writeDataStart(keyEdgeLast)
		e.out.writeDate(ed.Last)
		e.out.writeString("</data>\n")
	}
	e.writeIntData(keyEdgeEvidence, ed.Weight)
	for i, sentence := range info.Evidence[:min(e.evidence, len(info.Evidence))] {
		text, document := evidenceAttributes(i + 1)
		e.writeTextData("edge_"+text, sentence.Text)
		e.writeTextData("edge_"+document, sentence.Document)
	}
	e.out.writeString("    </edge>\n")
	return e.out.err
}

// Close writes the footer, and the header if nothing was encoded, and
// flushes. It returns the first write error, and does not close the
// underlying writer. Calling Close again returns the same result.
func (e *GraphMLEncoder) Close() error {
	if e.closed {
		return e.out.err
	}
	e.closed = true
	e.writeHeader()
	e.out.writeString(graphMLFooter)
	e.out.flush()
	return e.out.err
}

func (e *GraphMLEncoder) writeDataStart(key string) {
	e.out.writeString(`      <data key="`)
	e.out.writeString(key)
	e.out.writeString(`">`)
}

func (e *GraphMLEncoder) writeTextData(key, text string) {
	e.writeDataStart(key)
	e.out.writeText(text, escapeXML)
	e.out.writeString("</data>\n")
}

func (e *GraphMLEncoder) writeIntData(key string, v int) {
	e.writeDataStart(key)
	e.out.writeInt(v)
	e.out.writeString("</data>\n")
}

// escapeXML makes text safe anywhere in an XML 1.0 document, in content or
// in an attribute value. Tab, newline and carriage return are written as
// character references so that no parser normalises them away.
func escapeXML(r rune) (string, bool) {
	switch r {
	case '&':
		return "&amp;", true
	case '<':
		return "&lt;", true
	case '>':
		return "&gt;", true
	case '"':
		return "&#34;", true
	case '\'':
		return "&#39;", true
	case '\t':
		return "&#x9;", true
	case '\n':
		return "&#xA;", true
	case '\r':
		return "&#xD;", true
	case 0xFFFE, 0xFFFF:
		return "", true
	}
	if r < 0x20 {
		return "", true
	}
	return "", false
}
