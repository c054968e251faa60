package picture

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/layout"
	"gonum.org/v1/gonum/graph/simple"
)

// Node is one node to draw.
type Node struct {
	Label  string
	Size   float64 // diameter in points before scaling to the picture
	Colour [3]uint8
	X, Y   float64 // set by Layout, in [0, 1]
}

// Edge links two nodes by their index in Picture.Nodes.
type Edge struct {
	From, To int
	Weight   int
}

// Picture is a graph laid out for drawing.
type Picture struct {
	Nodes         []Node
	Edges         []Edge
	Width, Height float64 // points; 0 means 1200 by 900
}

// Layout places the nodes with Eades' spring embedder, over updates steps
// (0: 400), started from positions drawn with seed, then scales them into
// [0, 1] by each axis. Nodes without edges would only be pushed away by
// the others' repulsion, squeezing the rest into a corner: they are lined
// up along the bottom instead, below the laid-out ones.
func (p *Picture) Layout(seed uint64, updates int) {
	if updates <= 0 {
		updates = 400
	}
	linked := make([]bool, len(p.Nodes))
	g := simple.NewUndirectedGraph()
	for _, e := range p.Edges {
		if e.From == e.To || e.From < 0 || e.To < 0 || e.From >= len(p.Nodes) || e.To >= len(p.Nodes) {
			continue
		}
		linked[e.From], linked[e.To] = true, true
		if !g.HasEdgeBetween(int64(e.From), int64(e.To)) {
			g.SetEdge(simple.Edge{F: simple.Node(e.From), T: simple.Node(e.To)})
		}
	}
	var isolated []int
	for i := range p.Nodes {
		if !linked[i] {
			isolated = append(isolated, i)
		}
	}
	// The share of the height the linked nodes get.
	top := 1.0
	if len(isolated) > 0 && g.Nodes().Len() > 0 {
		top = 0.8
	}
	if g.Nodes().Len() > 0 {
		eades := layout.EadesR2{Repulsion: 0.02, Rate: 0.05, Updates: updates, Theta: 0.2, Src: rand.NewPCG(seed, seed)}
		optimizer := layout.NewOptimizerR2(ordered{g}, eades.Update)
		for optimizer.Update() {
		}
		minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		for i := range p.Nodes {
			if !linked[i] {
				continue
			}
			at := optimizer.Coord2(int64(i))
			p.Nodes[i].X, p.Nodes[i].Y = at.X, at.Y
			minX, maxX = math.Min(minX, at.X), math.Max(maxX, at.X)
			minY, maxY = math.Min(minY, at.Y), math.Max(maxY, at.Y)
		}
		for i := range p.Nodes {
			if linked[i] {
				p.Nodes[i].X = unit(p.Nodes[i].X, minX, maxX)
				p.Nodes[i].Y = top * unit(p.Nodes[i].Y, minY, maxY)
			}
		}
	}
	// Rows of up to eight, labels being wide.
	const perRow = 8
	rows := (len(isolated) + perRow - 1) / perRow
	for k, i := range isolated {
		row, column := k/perRow, k%perRow
		p.Nodes[i].X = (float64(column) + 0.5) / perRow
		p.Nodes[i].Y = 1
		if rows > 1 {
			p.Nodes[i].Y = top + (1-top)*float64(row)/float64(rows-1)
		}
		if top == 1 && rows > 1 {
			p.Nodes[i].Y = float64(row) / float64(rows-1)
		}
	}
}

// ordered yields nodes in id order, where simple's graphs yield them in
// map order: the layout draws starting positions in the order nodes come,
// and a seed must give the same picture every time.
type ordered struct{ *simple.UndirectedGraph }

func (g ordered) Nodes() gonum.Nodes { return sortedNodes(g.UndirectedGraph.Nodes()) }

func (g ordered) From(id int64) gonum.Nodes { return sortedNodes(g.UndirectedGraph.From(id)) }

func sortedNodes(it gonum.Nodes) gonum.Nodes {
	nodes := gonum.NodesOf(it)
	slices.SortFunc(nodes, func(a, b gonum.Node) int { return cmp.Compare(a.ID(), b.ID()) })
	return iterator.NewOrderedNodes(nodes)
}

func unit(v, low, high float64) float64 {
	if high-low < 1e-12 || math.IsNaN(v) {
		return 0.5
	}
	return (v - low) / (high - low)
}

func (p *Picture) size() (float64, float64) {
	if p.Width <= 0 || p.Height <= 0 {
		return 1200, 900
	}
	return p.Width, p.Height
}

// margin keeps nodes and their labels inside the picture.
const margin = 60

func (p *Picture) at(n Node) (float64, float64) {
	width, height := p.size()
	return margin + n.X*(width-2*margin), margin + n.Y*(height-2*margin)
}

func edgeWidth(weight int) float64 {
	return 0.5 + math.Log2(1+float64(max(weight, 0)))
}

func hex(c [3]uint8) string {
	return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
}

// WriteSVG writes the picture as an SVG document: edges as grey lines as
// thick as the logarithm of their weight, nodes as circles, each labelled.
func (p *Picture) WriteSVG(w io.Writer) error {
	width, height := p.size()
	var out strings.Builder
	fmt.Fprintf(&out, `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="%g" height="%g" viewBox="0 0 %g %g" font-family="sans-serif" font-size="10">
<rect width="100%%" height="100%%" fill="white"/>
<g stroke="#999" stroke-opacity="0.6">
`, width, height, width, height)
	for _, e := range p.Edges {
		if e.From < 0 || e.From >= len(p.Nodes) || e.To < 0 || e.To >= len(p.Nodes) {
			return fmt.Errorf("picture: edge %d -> %d names a missing node", e.From, e.To)
		}
		x1, y1 := p.at(p.Nodes[e.From])
		x2, y2 := p.at(p.Nodes[e.To])
		fmt.Fprintf(&out, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke-width="%.2f"/>`+"\n", x1, y1, x2, y2, edgeWidth(e.Weight))
	}
	out.WriteString("</g>\n<g stroke=\"white\" stroke-width=\"0.5\">\n")
	for _, n := range p.Nodes {
		x, y := p.at(n)
		fmt.Fprintf(&out, `<circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s"><title>%s</title></circle>`+"\n", x, y, n.Size/2, hex(n.Colour), escape(n.Label))
	}
	out.WriteString("</g>\n<g fill=\"#222\">\n")
	for _, n := range p.Nodes {
		x, y := p.at(n)
		fmt.Fprintf(&out, `<text x="%.1f" y="%.1f">%s</text>`+"\n", x+n.Size/2+2, y+3, escape(n.Label))
	}
	out.WriteString("</g>\n</svg>\n")
	_, err := io.WriteString(w, out.String())
	return err
}

// escape makes a label safe in SVG text and attributes: invalid UTF-8 and
// the characters XML forbids are replaced.
func escape(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&#34;")
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// WriteDOT writes the picture as an undirected DOT graph with every node
// pinned where Layout put it, in points, for Graphviz's neato -n2 to draw
// as it is.
func (p *Picture) WriteDOT(w io.Writer) error {
	width, height := p.size()
	var out strings.Builder
	fmt.Fprintf(&out, "graph picture {\n  graph [bb=\"0,0,%g,%g\", bgcolor=white];\n  node [shape=circle, style=filled, fixedsize=true, fontname=\"sans-serif\", fontsize=10, label=\"\", penwidth=0.5, color=white];\n  edge [color=\"#99999999\"];\n", width, height)
	for i, n := range p.Nodes {
		x, y := p.at(n)
		fmt.Fprintf(&out, "  n%d [pos=\"%.1f,%.1f!\", width=%.3f, fillcolor=\"%s\", xlabel=%s];\n", i, x, height-y, n.Size/72, hex(n.Colour), quoteDOT(n.Label))
	}
	for _, e := range p.Edges {
		if e.From < 0 || e.From >= len(p.Nodes) || e.To < 0 || e.To >= len(p.Nodes) {
			return fmt.Errorf("picture: edge %d -> %d names a missing node", e.From, e.To)
		}
		fmt.Fprintf(&out, "  n%d -- n%d [penwidth=%.2f];\n", e.From, e.To, edgeWidth(e.Weight))
	}
	out.WriteString("}\n")
	_, err := io.WriteString(w, out.String())
	return err
}

// quoteDOT quotes a label for DOT, where only \" is an escape and a
// backslash would start one of Graphviz's label commands.
func quoteDOT(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	s = strings.ReplaceAll(s, `\`, `\\`)
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}
