package export

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg/graph"
)

// Graph is what an exporter reads: the store satisfies it. Both methods
// stream, calling fn once per node or edge and stopping at the first error
// fn returns, which they return.
type Graph interface {
	Nodes(fn func(graph.Node) error) error // ascending id
	Edges(fn func(graph.Edge) error) error
}

// Measured is a Graph that also knows the analysis of its nodes. Write
// exports the metrics of a Measured graph as typed node attributes.
type Measured interface {
	Graph
	Analysis() graph.Analysis
	Metrics(node uint64) (graph.Metrics, bool)
}

// NodeInfo is what an encoder may write of a node beyond graph.Node.
type NodeInfo struct {
	Metrics *graph.Metrics // nil when the node was not analysed
	// Since is the date of the earliest dated evidence of the node's
	// edges, zero when unknown; GEXF writes it as the start of the node's
	// spell.
	Since time.Time
	// Nodes is the number of nodes of the graph analysed, which GEXF
	// needs to size nodes by PageRank relative to the average.
	Nodes int
}

// EdgeInfo is what an encoder may write of an edge beyond graph.Edge.
type EdgeInfo struct {
	// Evidence is the edge's first sentences, earliest first. GraphML and
	// GEXF write as many as their WithEvidence declared, each with its
	// document id.
	Evidence []graph.Evidence
}

// Evidencer gives the sentences behind an edge, earliest first, at most
// limit of them: the store satisfies it.
type Evidencer interface {
	Evidence(e graph.Edge, limit int) ([]graph.Evidence, error)
}

// DefaultEvidence is how many sentences of each edge kg export and kg
// serve's export carry unless told: enough to see what an edge says
// without bloating the file.
const DefaultEvidence = 3

// Options say what WriteWith adds to the graph's own attributes. The zero
// Options adds nothing.
type Options struct {
	// Evidence is how many sentences of each edge GraphML and GEXF carry,
	// read from Sentences; 0 carries none, and DOT never does.
	Evidence  int
	Sentences Evidencer
}

// Format names an output format.
type Format string

// The formats Write knows.
const (
	GraphML Format = "graphml"
	DOT     Format = "dot"
	GEXF    Format = "gexf"
)

// encoder is what Write needs of the encoders.
type encoder interface {
	EncodeNodeInfo(graph.Node, NodeInfo) error
	EncodeEdgeInfo(graph.Edge, EdgeInfo) error
	Close() error
}

// Write streams g to w in format f: every node, then every edge. Node ids in
// the output are "n<ID>" (decimal). Write checks what the formats' readers
// would reject and returns ErrDuplicateNode or ErrDanglingEdge for it, with
// the output then incomplete; to check, it keeps 8 bytes per node. A
// Measured graph's metrics are written as node attributes (GraphML, GEXF).
// For GEXF, Write first reads the edges once to date each node by its
// earliest evidence, keeping a date per dated node.
func Write(w io.Writer, g Graph, f Format) error {
	return WriteWith(w, g, f, Options{})
}

// WriteWith is Write that also writes what opts asks for: in GraphML and
// GEXF, the first opts.Evidence sentences of each edge, asked of
// opts.Sentences edge by edge as the edges are written.
func WriteWith(w io.Writer, g Graph, f Format, opts Options) error {
	measured, isMeasured := g.(Measured)
	var analysed int
	if isMeasured {
		analysed = measured.Analysis().Nodes
	}
	evidence := opts.Evidence
	if opts.Sentences == nil || f == DOT {
		evidence = 0
	}
	var since map[uint64]time.Time
	var enc encoder
	switch f {
	case GraphML:
		graphML := NewGraphMLEncoder(w).WithEvidence(evidence)
		if isMeasured {
			graphML.WithMetrics()
		}
		enc = graphML
	case GEXF:
		gexf := NewGEXFEncoder(w).WithEvidence(evidence)
		if isMeasured {
			gexf.WithMetrics()
		}
		var err error
		if since, err = nodeDates(g); err != nil {
			return err
		}
		if len(since) > 0 {
			gexf.WithTime()
		}
		enc = gexf
	case DOT:
		enc = NewDOTEncoder(w)
	default:
		return unknownFormat(string(f))
	}

	// The encoder's own error is the cause whatever g wraps it in, so it is
	// kept apart from errors of g's making.
	var encodeErr error
	var ids []uint64
	err := g.Nodes(func(n graph.Node) error {
		ids = append(ids, n.ID)
		info := NodeInfo{Since: since[n.ID], Nodes: analysed}
		if isMeasured {
			if m, found := measured.Metrics(n.ID); found {
				info.Metrics = &m
			}
		}
		encodeErr = enc.EncodeNodeInfo(n, info)
		return encodeErr
	})
	if encodeErr != nil {
		return encodeErr
	}
	if err != nil {
		return fmt.Errorf("export: read nodes: %w", err)
	}

	// Nodes come in ascending order, which makes this sort cheap; it is done
	// rather than assumed so that a Graph breaking the order still exports.
	slices.Sort(ids)
	for i := 1; i < len(ids); i++ {
		if ids[i] == ids[i-1] {
			return fmt.Errorf("%w: n%d", ErrDuplicateNode, ids[i])
		}
	}

	err = g.Edges(func(ed graph.Edge) error {
		for _, end := range [2]uint64{ed.From, ed.To} {
			if _, found := slices.BinarySearch(ids, end); !found {
				encodeErr = fmt.Errorf("%w: n%d -> n%d names n%d", ErrDanglingEdge, ed.From, ed.To, end)
				return encodeErr
			}
		}
		var info EdgeInfo
		if evidence > 0 {
			sentences, err := opts.Sentences.Evidence(ed, evidence)
			if err != nil {
				encodeErr = fmt.Errorf("export: read the evidence of n%d -> n%d: %w", ed.From, ed.To, err)
				return encodeErr
			}
			info.Evidence = sentences
		}
		encodeErr = enc.EncodeEdgeInfo(ed, info)
		return encodeErr
	})
	if encodeErr != nil {
		return encodeErr
	}
	if err != nil {
		return fmt.Errorf("export: read edges: %w", err)
	}
	return enc.Close()
}

// nodeDates returns, for every node with dated evidence, the earliest
// date of its edges' evidence.
func nodeDates(g Graph) (map[uint64]time.Time, error) {
	since := make(map[uint64]time.Time)
	err := g.Edges(func(e graph.Edge) error {
		if e.First.IsZero() {
			return nil
		}
		for _, end := range [2]uint64{e.From, e.To} {
			if known, found := since[end]; !found || e.First.Before(known) {
				since[end] = e.First
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("export: read edges: %w", err)
	}
	return since, nil
}

// edgeLabel is the text a viewer shows on an edge: a negated statement must
// not read as its opposite.
func edgeLabel(ed graph.Edge) string {
	if ed.Negated {
		return "not " + ed.Predicate
	}
	return ed.Predicate
}

// dateLayout writes dates as YYYY-MM-DD: evidence is dated by the day, and
// Gephi and spreadsheets read this form.
const dateLayout = "2006-01-02"

// outputBufferSize amortises the many small writes of an encoder.
const outputBufferSize = 64 << 10

// output buffers an encoder's writes and keeps the first error, so that
// encoders can write piece by piece and check once per node or edge.
type output struct {
	buffer  *bufio.Writer
	format  string
	scratch []byte
	err     error
}

func newOutput(w io.Writer, format string) output {
	return output{buffer: bufio.NewWriterSize(w, outputBufferSize), format: format}
}

func (o *output) fail(err error) {
	if o.err == nil {
		o.err = fmt.Errorf("export: write %s: %w", o.format, err)
	}
}

func (o *output) writeString(s string) {
	if o.err != nil {
		return
	}
	if _, err := o.buffer.WriteString(s); err != nil {
		o.fail(err)
	}
}

func (o *output) writeByte(c byte) {
	if o.err != nil {
		return
	}
	if err := o.buffer.WriteByte(c); err != nil {
		o.fail(err)
	}
}

func (o *output) writeUint(prefix byte, v uint64) {
	o.scratch = strconv.AppendUint(append(o.scratch[:0], prefix), v, 10)
	o.writeBytes(o.scratch)
}

func (o *output) writeInt(v int) {
	o.scratch = strconv.AppendInt(o.scratch[:0], int64(v), 10)
	o.writeBytes(o.scratch)
}

func (o *output) writeDate(t time.Time) {
	o.scratch = t.AppendFormat(o.scratch[:0], dateLayout)
	o.writeBytes(o.scratch)
}

func (o *output) writeBytes(b []byte) {
	if o.err != nil {
		return
	}
	if _, err := o.buffer.Write(b); err != nil {
		o.fail(err)
	}
}

func (o *output) flush() {
	if o.err != nil {
		return
	}
	if err := o.buffer.Flush(); err != nil {
		o.fail(err)
	}
}

// escapeFunc says what to write for one rune of untrusted text: the
// replacement and true to substitute it, "" and true to drop it, or false to
// copy it as it is. It is not asked about the bytes plainASCII marks, and
// must copy those.
type escapeFunc func(r rune) (replacement string, replace bool)

// writeText writes s through escape, replacing each run of invalid UTF-8 by
// one U+FFFD as strings.ToValidUTF8 does. Unchanged stretches are copied in
// one write, which keeps the usual all-ASCII name to a single call.
func (o *output) writeText(s string, escape escapeFunc) {
	pending := 0
	inInvalidRun := false
	for i := 0; i < len(s); {
		if plainASCII[s[i]] {
			inInvalidRun = false
			i++
			continue
		}
		r, size := rune(s[i]), 1
		if r >= 0x80 {
			r, size = decodeRune(s[i:])
		}
		if r == invalidRune {
			o.writeString(s[pending:i])
			if !inInvalidRun {
				o.writeString("\uFFFD")
			}
			inInvalidRun = true
			i += size
			pending = i
			continue
		}
		inInvalidRun = false
		if replacement, replace := escape(r); replace {
			o.writeString(s[pending:i])
			o.writeString(replacement)
			i += size
			pending = i
			continue
		}
		i += size
	}
	o.writeString(s[pending:])
}

// plainASCII marks the bytes no escapeFunc changes, which writeText copies
// without asking: printable ASCII but for the characters XML and DOT quote.
var plainASCII = func() (plain [256]bool) {
	for c := ' '; c <= '~'; c++ {
		plain[c] = !strings.ContainsRune(`&<>"'\`, c)
	}
	return plain
}()

// invalidRune stands for a byte that does not start valid UTF-8; it differs
// from utf8.RuneError so that a genuine U+FFFD in the input is kept as it is.
const invalidRune = -1

func decodeRune(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size == 1 {
		return invalidRune, 1
	}
	return r, size
}

// writeID writes text and then an id: prefix and v in decimal, the shape
// of every node and edge id kg writes.
func (o *output) writeID(text string, prefix byte, v uint64) {
	o.writeString(text)
	o.writeUint(prefix, v)
}
