package picture

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

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
	// Highlight rings the node and makes its label bold: the entity a
	// picture is about.
	Highlight bool
	X, Y      float64 // set by Layout, in [0, 1]
}

// Edge links two nodes by their index in Picture.Nodes.
type Edge struct {
	From, To int
	Weight   int
	// HeadAtTo and HeadAtFrom draw an arrowhead at To, at From or at both:
	// the direction of the statements the edge stands for.
	HeadAtTo, HeadAtFrom bool
	Label                string // written along the edge when not empty
}

// LegendEntry says what a colour of the nodes means.
type LegendEntry struct {
	Label  string
	Colour [3]uint8
}

// Picture is a graph laid out for drawing.
type Picture struct {
	Nodes         []Node
	Edges         []Edge
	Legend        []LegendEntry // drawn in a row along the top
	Width, Height float64       // points; 0 means 1200 by 900
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

const (
	// margin keeps nodes away from the sides, leaving room for labels.
	margin = 60
	// pad is the least space between a label and a side of the picture.
	pad = 4
	// legendBand is the height of the row along the top that holds the
	// legend, when there is one.
	legendBand = 28
	// Font sizes of node, edge and legend labels, in points.
	nodeFont, edgeFont, legendFont = 10, 8, 11
)

func (p *Picture) at(n Node) (float64, float64) {
	width, height := p.size()
	top := float64(margin)
	if len(p.Legend) > 0 {
		top += legendBand
	}
	return margin + n.X*(width-2*margin), top + n.Y*(height-top-margin)
}

func edgeWidth(weight int) float64 {
	return 0.5 + math.Log2(1+float64(max(weight, 0)))
}

func hex(c [3]uint8) string {
	return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
}

// text is a label placed on the picture: the left end of its baseline,
// its width and its font size, in points. The SVG sets each label's
// length, so the box from (X, Y-Size) to (X+Width, Y+descent*Size) holds
// the whole of its glyphs.
type text struct {
	Content     string
	X, Y, Width float64
	Size        float64
	Bold        bool
}

// descent is how far below the baseline a label reaches, as a share of
// its font size; the ascent is taken as the whole font size.
const descent = 0.3

// advance estimates the width of r in a sans-serif font, as a share of
// the font size. The estimate need not be exact: the SVG stretches or
// squeezes each label to the width estimated for it.
func advance(r rune) float64 {
	switch {
	case strings.ContainsRune("iljI.,:;'|!", r):
		return 0.28
	case strings.ContainsRune("frt()[]- ", r):
		return 0.36
	case strings.ContainsRune("mwMW", r):
		return 0.88
	case r >= 'A' && r <= 'Z':
		return 0.68
	case r < 0x80:
		return 0.56
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) || r >= 0x1F000:
		return 1
	}
	return 0.62
}

func textWidth(s string, size float64, bold bool) float64 {
	width := 0.0
	for _, r := range s {
		width += advance(r)
	}
	if bold {
		width *= 1.1
	}
	return width * size
}

// place puts a label of content whose left end would be at x, or, if
// left is given, whose right end would be there, keeping it inside the
// picture: when it does not fit on its side it moves to the other, and
// when it fits on neither it is pushed in from the side it overhangs.
// A label wider than the picture is squeezed to fit.
func (p *Picture) place(content string, x, baseline, size float64, bold bool, flip func(width float64) float64) text {
	width, height := p.size()
	t := text{Content: content, X: x, Y: baseline, Size: size, Bold: bold}
	t.Width = min(textWidth(content, size, bold), width-2*pad)
	if t.X+t.Width > width-pad && flip != nil {
		t.X = flip(t.Width)
	}
	t.X = min(max(t.X, pad), width-pad-t.Width)
	t.Y = min(max(t.Y, pad+size), height-pad-descent*size)
	return t
}

// nodeLabel places the label of n to the right of its circle, or to the
// left where the right has no room.
func (p *Picture) nodeLabel(n Node) text {
	x, y := p.at(n)
	gap := n.Size/2 + 3
	return p.place(n.Label, x+gap, y+nodeFont/3, nodeFont, n.Highlight, func(width float64) float64 { return x - gap - width })
}

// edgeLabel centres the label of e above the middle of its line.
func (p *Picture) edgeLabel(e Edge) text {
	x1, y1 := p.at(p.Nodes[e.From])
	x2, y2 := p.at(p.Nodes[e.To])
	width := textWidth(e.Label, edgeFont, false)
	return p.place(e.Label, (x1+x2)/2-width/2, (y1+y2)/2-3, edgeFont, false, nil)
}

// legendItem is an entry of the legend: a disc of its colour at X, Y and
// its label.
type legendItem struct {
	X, Y   float64
	Colour [3]uint8
	Label  text
}

const legendDisc = 5 // radius

func (p *Picture) legendItems() []legendItem {
	var items []legendItem
	x, y := float64(pad+legendDisc), float64(pad+legendBand/2)
	for _, entry := range p.Legend {
		label := p.place(entry.Label, x+legendDisc+4, y+legendFont/3, legendFont, false, nil)
		items = append(items, legendItem{X: x, Y: y, Colour: entry.Colour, Label: label})
		x = label.X + label.Width + 16 + legendDisc
	}
	return items
}

func (p *Picture) checkEdges() error {
	for _, e := range p.Edges {
		if e.From < 0 || e.From >= len(p.Nodes) || e.To < 0 || e.To >= len(p.Nodes) {
			return fmt.Errorf("picture: edge %d -> %d names a missing node", e.From, e.To)
		}
	}
	return nil
}

// line is where the line of e runs: from the rim of one circle to the rim
// of the other, so that arrowheads show, unless the circles overlap.
func (p *Picture) line(e Edge) (x1, y1, x2, y2 float64) {
	from, to := p.Nodes[e.From], p.Nodes[e.To]
	x1, y1 = p.at(from)
	x2, y2 = p.at(to)
	dx, dy := x2-x1, y2-y1
	length := math.Hypot(dx, dy)
	r1, r2 := from.Size/2+1, to.Size/2+1
	if length <= r1+r2 {
		return x1, y1, x2, y2
	}
	return x1 + dx/length*r1, y1 + dy/length*r1, x2 - dx/length*r2, y2 - dy/length*r2
}

func writeSVGText(out *strings.Builder, t text) {
	weight := ""
	if t.Bold {
		weight = ` font-weight="bold"`
	}
	fmt.Fprintf(out, `<text x="%.1f" y="%.1f" font-size="%g"%s textLength="%.1f" lengthAdjust="spacingAndGlyphs">%s</text>`+"\n",
		t.X, t.Y, t.Size, weight, t.Width, escape(t.Content))
}

// WriteSVG writes the picture as an SVG document: edges as grey lines as
// thick as the logarithm of their weight, with arrowheads and labels,
// nodes as circles, each labelled, and the legend along the top.
func (p *Picture) WriteSVG(w io.Writer) error {
	if err := p.checkEdges(); err != nil {
		return err
	}
	width, height := p.size()
	var out strings.Builder
	fmt.Fprintf(&out, `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="%g" height="%g" viewBox="0 0 %g %g" font-family="sans-serif" font-size="10">
<defs>
<marker id="head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#777"/></marker>
<marker id="tail" viewBox="0 0 10 10" refX="0" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path d="M10,0 L0,5 L10,10 z" fill="#777"/></marker>
</defs>
<rect width="100%%" height="100%%" fill="white"/>
<g stroke="#999" stroke-opacity="0.6">
`, width, height, width, height)
	for _, e := range p.Edges {
		x1, y1, x2, y2 := p.line(e)
		var markers string
		if e.HeadAtTo {
			markers += ` marker-end="url(#head)"`
		}
		if e.HeadAtFrom {
			markers += ` marker-start="url(#tail)"`
		}
		fmt.Fprintf(&out, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke-width="%.2f"%s/>`+"\n", x1, y1, x2, y2, edgeWidth(e.Weight), markers)
	}
	out.WriteString("</g>\n<g stroke=\"white\" stroke-width=\"0.5\">\n")
	for _, n := range p.Nodes {
		x, y := p.at(n)
		ring := ""
		if n.Highlight {
			ring = ` stroke="#222" stroke-width="2.5"`
		}
		fmt.Fprintf(&out, `<circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s"%s><title>%s</title></circle>`+"\n", x, y, n.Size/2, hex(n.Colour), ring, escape(n.Label))
	}
	// Labels have a white halo, to stay legible where lines cross them.
	out.WriteString("</g>\n<g fill=\"#555\" stroke=\"white\" stroke-width=\"2.5\" stroke-opacity=\"0.8\" paint-order=\"stroke\">\n")
	for _, e := range p.Edges {
		if e.Label != "" {
			writeSVGText(&out, p.edgeLabel(e))
		}
	}
	out.WriteString("</g>\n<g fill=\"#222\" stroke=\"white\" stroke-width=\"2.5\" stroke-opacity=\"0.8\" paint-order=\"stroke\">\n")
	for _, n := range p.Nodes {
		writeSVGText(&out, p.nodeLabel(n))
	}
	for _, item := range p.legendItems() {
		fmt.Fprintf(&out, `<circle cx="%.1f" cy="%.1f" r="%d" fill="%s"/>`+"\n", item.X, item.Y, legendDisc, hex(item.Colour))
		writeSVGText(&out, item.Label)
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

// WriteDOT writes the picture as a DOT digraph with every node pinned
// where Layout put it, in points, for Graphviz's neato -n2 to draw as it
// is: the same arrowheads, labels, ring and legend as WriteSVG, the legend
// as the graph's label. Graphviz places the labels itself and sizes the
// drawing to hold them.
func (p *Picture) WriteDOT(w io.Writer) error {
	if err := p.checkEdges(); err != nil {
		return err
	}
	width, height := p.size()
	var out strings.Builder
	fmt.Fprintf(&out, "digraph picture {\n  graph [bb=\"0,0,%g,%g\", bgcolor=white, fontname=\"sans-serif\", fontsize=%d", width, height, legendFont)
	if len(p.Legend) > 0 {
		out.WriteString(`, labelloc=t, labeljust=l, label=<<table border="0" cellspacing="4"><tr>`)
		for _, entry := range p.Legend {
			fmt.Fprintf(&out, `<td bgcolor="%s" width="12"></td><td align="left">%s</td>`, hex(entry.Colour), escape(entry.Label))
		}
		out.WriteString(`</tr></table>>`)
	}
	fmt.Fprintf(&out, "];\n  node [shape=circle, style=filled, fixedsize=true, fontname=\"sans-serif\", fontsize=%d, label=\"\", penwidth=0.5, color=white];\n", nodeFont)
	fmt.Fprintf(&out, "  edge [color=\"#99999999\", arrowsize=0.6, fontname=\"sans-serif\", fontsize=%d, fontcolor=\"#555555\"];\n", edgeFont)
	for i, n := range p.Nodes {
		x, y := p.at(n)
		ring := ""
		if n.Highlight {
			ring = `, penwidth=2.5, color="#222222"`
		}
		fmt.Fprintf(&out, "  n%d [pos=\"%.1f,%.1f!\", width=%.3f, fillcolor=\"%s\", xlabel=%s%s];\n", i, x, height-y, n.Size/72, hex(n.Colour), quoteDOT(n.Label), ring)
	}
	for _, e := range p.Edges {
		direction := "none"
		switch {
		case e.HeadAtTo && e.HeadAtFrom:
			direction = "both"
		case e.HeadAtTo:
			direction = "forward"
		case e.HeadAtFrom:
			direction = "back"
		}
		fmt.Fprintf(&out, "  n%d -> n%d [penwidth=%.2f, dir=%s", e.From, e.To, edgeWidth(e.Weight), direction)
		if e.Label != "" {
			fmt.Fprintf(&out, ", label=%s", quoteDOT(e.Label))
		}
		out.WriteString("];\n")
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
