package export_test

import (
	"bytes"
	"io"
	"os/exec"
	"testing"

	"github.com/kg-project/kg/export"
)

// benchmarkEncoder encodes a synthetic graph of 10,000 nodes and 50,000
// edges per iteration, reporting nodes and edges written per second.
func benchmarkEncoder(b *testing.B, newEncoder func(io.Writer) encoder) {
	g := bigGraph(10_000, 5)
	counter := &countingWriter{}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		enc := newEncoder(counter)
		for _, n := range g.nodes {
			if err := enc.EncodeNode(n); err != nil {
				b.Fatal(err)
			}
		}
		for _, ed := range g.edges {
			if err := enc.EncodeEdge(ed); err != nil {
				b.Fatal(err)
			}
		}
		if err := enc.Close(); err != nil {
			b.Fatal(err)
		}
	}
	elements := float64(len(g.nodes)+len(g.edges)) * float64(b.N)
	b.ReportMetric(elements/b.Elapsed().Seconds(), "elements/s")
	b.SetBytes(counter.written / int64(b.N))
}

// countingWriter discards what it is given, counting the bytes.
type countingWriter struct{ written int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.written += int64(len(p))
	return len(p), nil
}

func BenchmarkGraphMLEncoder(b *testing.B) {
	benchmarkEncoder(b, func(w io.Writer) encoder { return export.NewGraphMLEncoder(w) })
}

func BenchmarkDOTEncoder(b *testing.B) {
	benchmarkEncoder(b, func(w io.Writer) encoder { return export.NewDOTEncoder(w) })
}

// BenchmarkWrite adds to the encoder what Write checks of the graph.
func BenchmarkWrite(b *testing.B) {
	g := bigGraph(10_000, 5)
	b.ReportAllocs()
	for b.Loop() {
		if err := export.Write(io.Discard, g, export.GraphML); err != nil {
			b.Fatal(err)
		}
	}
	elements := float64(len(g.nodes)+len(g.edges)) * float64(b.N)
	b.ReportMetric(elements/b.Elapsed().Seconds(), "elements/s")
}

// BenchmarkGraphvizDrawsNewsGraph has Graphviz's dot draw, as SVG, the DOT
// of a graph the size and shape of the BBC corpus's: 12,500 entities, of
// which 6,800 are linked to nothing, and 4,300 edges.
func BenchmarkGraphvizDrawsNewsGraph(b *testing.B) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		b.Skip("Graphviz not installed")
	}
	source := writeGraph(b, newsShapedGraph(12_500, 4_300), export.DOT)
	for b.Loop() {
		command := exec.Command(dot, "-Tsvg")
		command.Stdin = bytes.NewReader(source)
		if output, err := command.CombinedOutput(); err != nil {
			b.Fatalf("dot: %v\n%s", err, output[:min(len(output), 500)])
		}
	}
}
