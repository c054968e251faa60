package picture_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os/exec"
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
	p := star("Putin", `back\slash "quoted"`, "Zürich")
	p.Layout(1, 30)
	var dot bytes.Buffer
	if err := p.WriteDOT(&dot); err != nil {
		t.Fatal(err)
	}
	command := exec.Command(neato, "-n2", "-Tsvg")
	command.Stdin = &dot
	output, err := command.Output()
	if err != nil {
		t.Fatalf("neato rejects the DOT: %v\n%s", err, dot.String())
	}
	if got := bytes.Count(output, []byte(`class="node"`)); got != len(p.Nodes) {
		t.Errorf("Graphviz drew %d nodes, want %d", got, len(p.Nodes))
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
