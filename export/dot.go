package export

import (
	"io"
	"math"
	"strconv"

	"github.com/kg-project/kg/graph"
)

// DOTEncoder writes a Graphviz digraph, one node or edge at a time, styled
// for drawing: nodes filled with the colour of their type (TypeColour),
// their labels sized by PageRank when known, edges labelled with their
// predicate, negated ones dashed, and a legend of the types drawn. Graphviz
// reads the graph attributes wherever they stand, so Close writes them
// last, when the encoder knows the number of nodes to choose a layout for:
// neato with curved edges up to dotNeatoNodes, sfdp with straight ones
// beyond.
type DOTEncoder struct {
	out           output
	headerWritten bool
	closed        bool
	nodes         int
	legend        Legend
}

// NewDOTEncoder returns an encoder writing to w. Nothing is written until
// the first Encode or Close call, which writes the header; output is
// buffered, and Close flushes it.
func NewDOTEncoder(w io.Writer) *DOTEncoder {
	return &DOTEncoder{out: newOutput(w, "dot")}
}

// dotFont is the font of every label: Graphviz takes the first family of
// the list that the machine has.
const dotFont = `"Helvetica,Arial,sans-serif"`

// dotLargestFont caps the font size of a label, in points.
const dotLargestFont = 72

// dotNeatoNodes is the largest graph laid out with neato, routing edges
// as curves around the nodes, which keeps parallel edges and their labels
// apart: on the BBC corpus's 100 entities of highest PageRank this takes
// seconds, on 200 half a minute, and on the whole graph far longer. Larger
// graphs get sfdp's multilevel layout with straight edges, which draws the
// whole BBC graph (12,520 entities) in seconds.
const dotNeatoNodes = 100

func (e *DOTEncoder) writeHeader() {
	if e.headerWritten {
		return
	}
	e.headerWritten = true
	e.out.writeString("digraph kg {\n")
	e.out.writeString("\tnode [style=filled, fontname=" + dotFont + ", fontsize=10, color=\"#555555\", penwidth=0.5];\n")
	e.out.writeString("\tedge [fontname=" + dotFont + ", fontsize=8, fontcolor=\"#555555\", color=\"#8c8c8c\", arrowsize=0.6];\n")
}

// EncodeNode writes n as a node statement "n<ID>" [label=..., ...].
func (e *DOTEncoder) EncodeNode(n graph.Node) error {
	return e.EncodeNodeInfo(n, NodeInfo{})
}

// EncodeNodeInfo writes n as EncodeNode does; when info has metrics, the
// label's font grows with the node's PageRank (PageRankSize).
func (e *DOTEncoder) EncodeNodeInfo(n graph.Node, info NodeInfo) error {
	if e.closed {
		return ErrClosed
	}
	e.writeHeader()
	e.nodes++
	e.legend.Add(n.Type)
	e.out.writeID("\t\"", 'n', n.ID)
	e.out.writeString(`" [label=`)
	e.writeQuoted(n.Name)
	e.out.writeString(`, type=`)
	e.writeQuoted(string(n.Type))
	e.out.writeString(`, mentions=`)
	e.out.writeInt(n.Mentions)
	e.out.writeString(`, documents=`)
	e.out.writeInt(n.Documents)
	if len(n.Aliases) > 0 {
		e.out.writeString(`, aliases="`)
		for i, alias := range n.Aliases {
			if i > 0 {
				e.out.writeString("; ")
			}
			e.out.writeText(alias, escapeDOT)
		}
		e.out.writeByte('"')
	}
	e.out.writeString(`, fillcolor="`)
	e.out.writeString(hexColour(TypeColour(n.Type)))
	e.out.writeByte('"')
	if info.Metrics != nil {
		// Sizes run from 4 up, 10 for the average node: 10 points is the
		// smallest label, 16 the average one's, and 72 the largest, which
		// also stands for a PageRank that is not a number.
		size := 6 + PageRankSize(info.Metrics.PageRank, info.Nodes)
		if !(size <= dotLargestFont) {
			size = dotLargestFont
		}
		e.out.writeString(`, fontsize=`)
		e.out.writeInt(int(math.Round(size)))
	}
	e.out.writeString("];\n")
	return e.out.err
}

// EncodeEdge writes ed as an edge statement "n<From>" -> "n<To>" [...].
func (e *DOTEncoder) EncodeEdge(ed graph.Edge) error {
	if e.closed {
		return ErrClosed
	}
	e.writeHeader()
	e.out.writeID("\t\"", 'n', ed.From)
	e.out.writeID(`" -> "`, 'n', ed.To)
	e.out.writeString(`" [label=`)
	e.writeQuoted(edgeLabel(ed))
	e.out.writeString(`, predicate=`)
	e.writeQuoted(ed.Predicate)
	e.out.writeString(`, kind=`)
	e.writeQuoted(string(ed.Kind))
	e.out.writeString(`, negated=`)
	e.out.writeString(strconv.FormatBool(ed.Negated))
	e.out.writeString(`, weight=`)
	e.out.writeInt(ed.Weight)
	if !ed.First.IsZero() {
		e.out.writeString(`, first="`)
		e.out.writeDate(ed.First)
		e.out.writeByte('"')
	}
	if !ed.Last.IsZero() {
		e.out.writeString(`, last="`)
		e.out.writeDate(ed.Last)
		e.out.writeByte('"')
	}
	// An edge of one sentence is a hairline, one of a thousand 10.5 points.
	e.out.writeString(`, penwidth=`)
	e.out.writeString(strconv.FormatFloat(0.5+math.Log10(float64(max(ed.Weight, 1))), 'f', 1, 64))
	if ed.Negated {
		e.out.writeString(`, style=dashed`)
	}
	e.out.writeString("];\n")
	return e.out.err
}

// EncodeEdgeInfo writes ed as EncodeEdge does: DOT carries no evidence.
func (e *DOTEncoder) EncodeEdgeInfo(ed graph.Edge, _ EdgeInfo) error {
	return e.EncodeEdge(ed)
}

// Close writes the graph attributes, the closing brace, and the header if
// nothing was encoded, and flushes. It returns the first write error, and
// does not close the underlying writer. Calling Close again returns the
// same result.
func (e *DOTEncoder) Close() error {
	if e.closed {
		return e.out.err
	}
	e.closed = true
	e.writeHeader()
	e.writeGraphAttributes()
	e.out.writeString("}\n")
	e.out.flush()
	return e.out.err
}

// writeGraphAttributes writes the layout, chosen by the number of nodes,
// and the legend. Both engines remove node overlaps (prism) and pack the
// connected components as an array, where the default packing, fitting
// polyominoes, takes minutes over the thousands of lone entities of a news
// corpus.
func (e *DOTEncoder) writeGraphAttributes() {
	e.out.writeString("\tgraph [")
	if e.nodes <= dotNeatoNodes {
		e.out.writeString(`layout=neato, splines=true, sep="+8"`)
	} else {
		e.out.writeString(`layout=sfdp`)
	}
	e.out.writeString(", overlap=prism, packmode=array, outputorder=edgesfirst];\n")
	if entries := e.legend.Entries(); len(entries) > 0 {
		e.out.writeString(`	graph [fontname=` + dotFont + `, labelloc=t, labeljust=l, label=<<table border="0" cellspacing="4"><tr>`)
		for _, entry := range entries {
			e.out.writeString(`<td bgcolor="`)
			e.out.writeString(hexColour(entry.Colour))
			e.out.writeString(`" width="14"></td><td align="left">`)
			e.out.writeString(entry.Name)
			e.out.writeString(`</td>`)
		}
		e.out.writeString("</tr></table>>];\n")
	}
}

func (e *DOTEncoder) writeQuoted(text string) {
	e.out.writeByte('"')
	e.out.writeText(text, escapeDOT)
	e.out.writeByte('"')
}

// escapeDOT makes text safe inside a DOT quoted string. The DOT grammar
// defines only \" there, but Graphviz then reads backslash sequences in
// labels (\n, \l, \N, ...) as commands, so a backslash is doubled to stay
// literal and a newline is written as \n, the line break Graphviz draws.
// Other control characters have no rendering and are dropped, except tab
// and carriage return, which become spaces: they separate words, and a
// carriage return before a newline then only leaves a trailing space.
func escapeDOT(r rune) (string, bool) {
	switch r {
	case '"':
		return `\"`, true
	case '\\':
		return `\\`, true
	case '\n':
		return `\n`, true
	case '\t', '\r':
		return " ", true
	}
	if r < 0x20 || (r >= 0x7F && r <= 0x9F) {
		return "", true
	}
	return "", false
}
