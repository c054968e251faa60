package export

import (
	"io"
	"strconv"

	"github.com/kg-project/kg/graph"
)

// DOTEncoder writes a Graphviz digraph, one node or edge at a time.
type DOTEncoder struct {
	out           output
	headerWritten bool
	closed        bool
}

// NewDOTEncoder returns an encoder writing to w. Nothing is written until
// the first Encode or Close call, which writes the header; output is
// buffered, and Close flushes it.
func NewDOTEncoder(w io.Writer) *DOTEncoder {
	return &DOTEncoder{out: newOutput(w, "dot")}
}

func (e *DOTEncoder) writeHeader() {
	if e.headerWritten {
		return
	}
	e.headerWritten = true
	e.out.writeString("digraph kg {\n")
}

// EncodeNode writes n as a node statement "n<ID>" [label=..., ...].
func (e *DOTEncoder) EncodeNode(n graph.Node) error {
	if e.closed {
		return ErrClosed
	}
	e.writeHeader()
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
	e.out.writeString("];\n")
	return e.out.err
}

// Close writes the closing brace, and the header if nothing was encoded,
// and flushes. It returns the first write error, and does not close the
// underlying writer. Calling Close again returns the same result.
func (e *DOTEncoder) Close() error {
	if e.closed {
		return e.out.err
	}
	e.closed = true
	e.writeHeader()
	e.out.writeString("}\n")
	e.out.flush()
	return e.out.err
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
