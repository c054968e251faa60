package picture_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph/picture"
)

func star(labels ...string) *picture.Picture {
	p := &picture.Picture{}
	for i, label := range labels {
		p.Nodes = append(p.Nodes, picture.Node{Label: label, Size: float64(4 + i), Colour: [3]uint8{uint8(i), 100, 200}})
		if i > 0 {
			p.Edges = append(p.Edges, picture.Edge{From: 0, To: i, Weight: i})
		}
	}
	return p
}

// svgCounts reads an SVG document and counts its circles and labels.
func svgCounts(t *testing.T, data []byte) (circles int, labels []string) {
	t.Helper()
	decoder := xml.NewDecoder(bytes.NewReader(data))
	inText := false
	for {
		token, err := decoder.Token()
		if errors.Is(err, io.EOF) {
			return circles, labels
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v\n%s", err, data)
		}
		switch token := token.(type) {
		case xml.StartElement:
			if token.Name.Local == "circle" {
				circles++
			}
			inText = token.Name.Local == "text"
			if inText {
				labels = append(labels, "")
			}
		case xml.CharData:
			if inText {
				labels[len(labels)-1] += string(token)
			}
		case xml.EndElement:
			inText = false
		}
	}
}

func TestSVG(t *testing.T) {
	for _, test := range []struct {
		name   string
		labels []string
	}{
		{"one node", []string{"Putin"}},
		{"star", []string{"Putin", "Macron", "Versailles", "Syria"}},
		{"hostile labels", []string{`AT&T <Corp> "q"`, "tab\there", "Zürich 東京"}},
	} {
		t.Run(test.name, func(t *testing.T) {
			p := star(test.labels...)
			p.Layout(1, 50)
			for _, n := range p.Nodes {
				if n.X < 0 || n.X > 1 || n.Y < 0 || n.Y > 1 {
					t.Errorf("node %q laid out at (%g, %g), outside the unit square", n.Label, n.X, n.Y)
				}
			}
			var out bytes.Buffer
			if err := p.WriteSVG(&out); err != nil {
				t.Fatal(err)
			}
			circles, labels := svgCounts(t, out.Bytes())
			if circles != len(test.labels) {
				t.Errorf("%d circles, want %d", circles, len(test.labels))
			}
			for i, label := range labels {
				if want := strings.ReplaceAll(test.labels[i], "\t", " "); label != want {
					t.Errorf("label %d %q, want %q", i, label, want)
				}
			}
		})
	}
}

func TestLayoutIsSeeded(t *testing.T) {
	a, b := star("a", "b", "c", "d"), star("a", "b", "c", "d")
	a.Layout(7, 40)
	b.Layout(7, 40)
	for i := range a.Nodes {
		if a.Nodes[i] != b.Nodes[i] {
			t.Errorf("node %d at %+v, then at %+v with the same seed", i, a.Nodes[i], b.Nodes[i])
		}
	}
}

func TestDOTGraphviz(t *testing.T) {
	neato, err := exec.LookPath("neato")
	if err != nil {
		t.Skip("Graphviz not installed")
	}
	p := star("Putin", `back\slash "quoted"`, "Zürich", "Paris")
	p.Nodes[0].Highlight = true
	p.Edges[0].HeadAtTo = true
	p.Edges[1].HeadAtTo, p.Edges[1].HeadAtFrom = true, true
	p.Edges[1].Label = "meet, visit"
	p.Legend = []picture.LegendEntry{{Label: "PERSON"}, {Label: "<GPE>"}}
	p.Layout(1, 30)
	var dot bytes.Buffer
	if err := p.WriteDOT(&dot); err != nil {
		t.Fatal(err)
	}
	command := exec.Command(neato, "-n2", "-Tsvg")
	command.Stdin = &dot
	var stderr bytes.Buffer
	command.Stderr = &stderr
	output, err := command.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("neato rejects the DOT: %v\n%s\n%s", err, stderr.String(), dot.String())
	}
	if got := bytes.Count(output, []byte(`class="node"`)); got != len(p.Nodes) {
		t.Errorf("Graphviz drew %d nodes, want %d", got, len(p.Nodes))
	}
	// Graphviz draws each arrowhead as a polygon in its edge's group.
	heads := 0
	for _, group := range strings.Split(string(output), `class="edge"`)[1:] {
		group, _, _ = strings.Cut(group, "</g>")
		heads += strings.Count(group, "<polygon")
	}
	if heads != 3 {
		t.Errorf("Graphviz drew %d arrowheads, want 3", heads)
	}
	for _, text := range []string{">meet, visit</text>", ">PERSON</text>", ">&lt;GPE&gt;</text>"} {
		if !bytes.Contains(output, []byte(text)) {
			t.Errorf("the drawing lacks %s", text)
		}
	}
}

func FuzzSVG(f *testing.F) {
	f.Add("Putin", "Macron")
	f.Add("\x00\xff<&>", "]]>\uFFFE")
	f.Fuzz(func(t *testing.T, a, b string) {
		p := star(a, b)
		p.Layout(1, 5)
		var out bytes.Buffer
		if err := p.WriteSVG(&out); err != nil {
			t.Fatal(err)
		}
		if circles, _ := svgCounts(t, out.Bytes()); circles != 2 {
			t.Errorf("%d circles, want 2", circles)
		}
	})
}

// svgElement is an SVG element with its attributes and text.
type svgElement struct {
	Name       string
	Attributes map[string]string
	Text       string
}

// svgElements reads every element of an SVG document.
func svgElements(t *testing.T, data []byte) []svgElement {
	t.Helper()
	decoder := xml.NewDecoder(bytes.NewReader(data))
	var elements []svgElement
	var open []int
	for {
		token, err := decoder.Token()
		if errors.Is(err, io.EOF) {
			return elements
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v\n%s", err, data)
		}
		switch token := token.(type) {
		case xml.StartElement:
			element := svgElement{Name: token.Name.Local, Attributes: map[string]string{}}
			for _, attribute := range token.Attr {
				element.Attributes[attribute.Name.Local] = attribute.Value
			}
			open = append(open, len(elements))
			elements = append(elements, element)
		case xml.CharData:
			if len(open) > 0 {
				elements[open[len(open)-1]].Text += string(token)
			}
		case xml.EndElement:
			open = open[:len(open)-1]
		}
	}
}

func number(t *testing.T, element svgElement, name string) float64 {
	t.Helper()
	value, err := strconv.ParseFloat(element.Attributes[name], 64)
	if err != nil {
		t.Fatalf("<%s> %s=%q: %v", element.Name, name, element.Attributes[name], err)
	}
	return value
}

// crowded has nodes at the corners and sides of the picture, labels too
// long for where they stand, one longer than the picture, labelled edges
// and a legend.
func crowded() *picture.Picture {
	long := strings.Repeat("Oil and Natural Gas Corporation ", 3)
	p := &picture.Picture{
		Nodes: []picture.Node{
			{Label: "Centre", Size: 30, X: 0.5, Y: 0.5, Highlight: true},
			{Label: long, Size: 12, X: 1, Y: 0.5},
			{Label: "Mikhail Khodorkovsky", Size: 8, X: 1, Y: 1},
			{Label: "Zürich 東京 😀 WWWWWWWWWW", Size: 4, X: 0, Y: 0},
			{Label: strings.Repeat("W", 400), Size: 4, X: 0.2, Y: 0.9},
			{Label: "Right edge", Size: 40, X: 1, Y: 0},
		},
		Legend: []picture.LegendEntry{{Label: "PERSON"}, {Label: "ORG"}, {Label: "GPE"}, {Label: "LOC"}, {Label: "other"}},
		Width:  600, Height: 400,
	}
	for i := 1; i < len(p.Nodes); i++ {
		p.Edges = append(p.Edges, picture.Edge{From: 0, To: i, Weight: i, HeadAtTo: true, Label: strings.Repeat("chief_executive_of, ", i)})
	}
	return p
}

// TestSVGLabelsInsideCanvas checks that every label, of nodes, edges and
// legend, lies wholly inside the picture: each has its length set, so its
// box runs from x to x+textLength, and from a font size above the
// baseline to 0.3 of it below.
func TestSVGLabelsInsideCanvas(t *testing.T) {
	p := crowded()
	var out bytes.Buffer
	if err := p.WriteSVG(&out); err != nil {
		t.Fatal(err)
	}
	texts := 0
	for _, element := range svgElements(t, out.Bytes()) {
		if element.Name != "text" {
			continue
		}
		texts++
		x, y := number(t, element, "x"), number(t, element, "y")
		length, size := number(t, element, "textLength"), number(t, element, "font-size")
		if element.Attributes["lengthAdjust"] != "spacingAndGlyphs" {
			t.Errorf("label %q may overrun its length: lengthAdjust %q", element.Text, element.Attributes["lengthAdjust"])
		}
		if length <= 0 || x < 0 || x+length > p.Width || y-size < 0 || y+0.3*size > p.Height {
			t.Errorf("label %q spans x %.1f to %.1f, y %.1f to %.1f: outside the %gx%g picture",
				element.Text, x, x+length, y-size, y+0.3*size, p.Width, p.Height)
		}
	}
	// Six node labels, five edge labels and five legend entries.
	if texts != 16 {
		t.Errorf("%d labels, want 16", texts)
	}
}

// TestSVGLabelBesideItsNode checks that a label that fits to the right of
// its node is there, and one that does not is to its left, in both cases
// clear of the circle.
func TestSVGLabelBesideItsNode(t *testing.T) {
	p := &picture.Picture{
		Nodes: []picture.Node{
			{Label: "Left side", Size: 20, X: 0, Y: 0.5},
			{Label: "Right side", Size: 20, X: 1, Y: 0.5},
		},
		Width: 600, Height: 400,
	}
	var out bytes.Buffer
	if err := p.WriteSVG(&out); err != nil {
		t.Fatal(err)
	}
	var circles, labels []svgElement
	for _, element := range svgElements(t, out.Bytes()) {
		switch element.Name {
		case "circle":
			circles = append(circles, element)
		case "text":
			labels = append(labels, element)
		}
	}
	for i, label := range labels {
		cx, r := number(t, circles[i], "cx"), number(t, circles[i], "r")
		x, length := number(t, label, "x"), number(t, label, "textLength")
		right := x >= cx+r
		left := x+length <= cx-r
		if wantRight := i == 0; right != wantRight || left == wantRight {
			t.Errorf("label %q spans %.1f to %.1f beside a circle from %.1f to %.1f; want it on the %s",
				label.Text, x, x+length, cx-r, cx+r, map[bool]string{true: "right", false: "left"}[wantRight])
		}
	}
}

// TestSVGArrows checks that each edge has the arrowheads of its
// directions, and that its line stops at the rims of the circles, where
// the heads show.
func TestSVGArrows(t *testing.T) {
	p := &picture.Picture{
		Nodes: []picture.Node{
			{Label: "a", Size: 20, X: 0, Y: 0}, {Label: "b", Size: 10, X: 1, Y: 0},
			{Label: "c", Size: 30, X: 0, Y: 1}, {Label: "d", Size: 6, X: 1, Y: 1},
		},
		Edges: []picture.Edge{
			{From: 0, To: 1, HeadAtTo: true},
			{From: 0, To: 2, HeadAtFrom: true},
			{From: 1, To: 3, HeadAtTo: true, HeadAtFrom: true},
			{From: 2, To: 3},
		},
	}
	var out bytes.Buffer
	if err := p.WriteSVG(&out); err != nil {
		t.Fatal(err)
	}
	elements := svgElements(t, out.Bytes())
	markers := map[string]bool{}
	var lines, circles []svgElement
	for _, element := range elements {
		switch element.Name {
		case "marker":
			markers["url(#"+element.Attributes["id"]+")"] = true
		case "line":
			lines = append(lines, element)
		case "circle":
			circles = append(circles, element)
		}
	}
	if len(lines) != len(p.Edges) {
		t.Fatalf("%d lines, want %d", len(lines), len(p.Edges))
	}
	for i, line := range lines {
		e := p.Edges[i]
		end, start := line.Attributes["marker-end"], line.Attributes["marker-start"]
		if (end != "") != e.HeadAtTo || (start != "") != e.HeadAtFrom {
			t.Errorf("edge %d -> %d: marker-end %q, marker-start %q; want heads at to %v, at from %v", e.From, e.To, end, start, e.HeadAtTo, e.HeadAtFrom)
		}
		for _, marker := range []string{end, start} {
			if marker != "" && !markers[marker] {
				t.Errorf("edge %d -> %d uses the undefined marker %s", e.From, e.To, marker)
			}
		}
		for _, end := range []struct {
			node int
			x, y string
		}{{e.From, "x1", "y1"}, {e.To, "x2", "y2"}} {
			circle := circles[end.node]
			distance := math.Hypot(number(t, line, end.x)-number(t, circle, "cx"), number(t, line, end.y)-number(t, circle, "cy"))
			if r := number(t, circle, "r"); distance < r || distance > r+2 {
				t.Errorf("edge %d -> %d ends %.1f from the centre of node %d, whose radius is %.1f", e.From, e.To, distance, end.node, r)
			}
		}
	}
}

func TestSVGLegendAndHighlight(t *testing.T) {
	p := crowded()
	p.Nodes[0].Colour = [3]uint8{1, 2, 3}
	p.Legend = []picture.LegendEntry{{Label: "PERSON", Colour: [3]uint8{86, 180, 233}}, {Label: `<b>&"`, Colour: [3]uint8{1, 2, 3}}}
	var out bytes.Buffer
	if err := p.WriteSVG(&out); err != nil {
		t.Fatal(err)
	}
	elements := svgElements(t, out.Bytes())
	var legend []string
	for i, element := range elements {
		// A legend entry is a circle without a title, then its label.
		if element.Name == "circle" && element.Text == "" && i+1 < len(elements) && elements[i+1].Name == "text" {
			legend = append(legend, element.Attributes["fill"]+" "+elements[i+1].Text)
		}
	}
	if want := []string{"#56b4e9 PERSON", `#010203 <b>&"`}; !slices.Equal(legend, want) {
		t.Errorf("legend %q, want %q", legend, want)
	}
	for _, element := range elements {
		switch {
		case element.Name == "circle" && element.Text != "":
			ringed := element.Attributes["stroke"] != ""
			if want := element.Text == "Centre"; ringed != want {
				t.Errorf("node %q ringed: %v, want %v", element.Text, ringed, want)
			}
		case element.Name == "text":
			bold := element.Attributes["font-weight"] == "bold"
			if want := element.Text == "Centre"; bold != want {
				t.Errorf("label %q bold: %v, want %v", element.Text, bold, want)
			}
		}
	}
}
