package analysis_test

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
)

// fixture is one file written by testdata/gen_fixtures.py.
type fixture struct {
	Nodes    []uint64    `json:"nodes"`
	Edges    [][3]uint64 `json:"edges"`
	Expected struct {
		PageRank            map[string]float64 `json:"pagerank"`
		Betweenness         map[string]float64 `json:"betweenness"`
		Harmonic            map[string]float64 `json:"harmonic"`
		InDegree            map[string]int     `json:"in_degree"`
		OutDegree           map[string]int     `json:"out_degree"`
		WeightIn            map[string]int     `json:"weight_in"`
		WeightOut           map[string]int     `json:"weight_out"`
		Core                map[string]int     `json:"core"`
		Components          [][]uint64         `json:"components"`
		Partition           [][]uint64         `json:"partition"`
		PartitionModularity float64            `json:"partition_modularity"`
		LouvainModularity   float64            `json:"louvain_modularity"`
		Resolution          float64            `json:"resolution"`
	} `json:"expected"`
}

var fixtureNames = []string{"hand_made", "scale_free", "sparse_random"}

func readFixture(t *testing.T, path string) fixture {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f fixture
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return f
}

func (f fixture) source() *memorySource {
	src := &memorySource{}
	for _, id := range f.Nodes {
		src.nodes = append(src.nodes, graph.Node{ID: id, Name: "n" + strconv.FormatUint(id, 10), Type: graph.Person})
	}
	for i, e := range f.Edges {
		src.edges = append(src.edges, graph.Edge{From: e[0], To: e[1], Predicate: "p" + strconv.Itoa(i), Weight: int(e[2])})
	}
	return src
}

// closeTo reports agreement to 1e-6 relative; an expected 0 must be 0 up
// to rounding.
func closeTo(got, want float64) bool {
	if want == 0 {
		return math.Abs(got) < 1e-12
	}
	return math.Abs(got-want) <= 1e-6*math.Abs(want)
}

// TestAgainstNetworkx compares every measure with networkx's on the
// committed fixtures.
func TestAgainstNetworkx(t *testing.T) {
	for _, name := range fixtureNames {
		t.Run(name, func(t *testing.T) {
			f := readFixture(t, filepath.Join("testdata", name+".json"))
			g, err := analysis.Load(f.source())
			if err != nil {
				t.Fatal(err)
			}
			result := analysis.Analyse(g, analysis.Options{Resolution: f.Expected.Resolution})
			if result.Summary.Sample != 0 {
				t.Fatalf("a %d-node graph was sampled", g.Len())
			}
			floats := []struct {
				measure string
				want    map[string]float64
				got     func(graph.Metrics) float64
			}{
				{"pagerank", f.Expected.PageRank, func(m graph.Metrics) float64 { return m.PageRank }},
				{"betweenness", f.Expected.Betweenness, func(m graph.Metrics) float64 { return m.Betweenness }},
				{"harmonic", f.Expected.Harmonic, func(m graph.Metrics) float64 { return m.Harmonic }},
			}
			ints := []struct {
				measure string
				want    map[string]int
				got     func(graph.Metrics) int
			}{
				{"in degree", f.Expected.InDegree, func(m graph.Metrics) int { return m.InDegree }},
				{"out degree", f.Expected.OutDegree, func(m graph.Metrics) int { return m.OutDegree }},
				{"weight in", f.Expected.WeightIn, func(m graph.Metrics) int { return m.WeightIn }},
				{"weight out", f.Expected.WeightOut, func(m graph.Metrics) int { return m.WeightOut }},
				{"core", f.Expected.Core, func(m graph.Metrics) int { return m.Core }},
			}
			for _, id := range f.Nodes {
				key := strconv.FormatUint(id, 10)
				m, found := result.Metrics[id]
				if !found {
					t.Fatalf("no metrics for node %d", id)
				}
				for _, c := range floats {
					if got, want := c.got(m), c.want[key]; !closeTo(got, want) {
						t.Errorf("node %d: %s %.12g, networkx %.12g", id, c.measure, got, want)
					}
				}
				for _, c := range ints {
					if got, want := c.got(m), c.want[key]; got != want {
						t.Errorf("node %d: %s %d, networkx %d", id, c.measure, got, want)
					}
				}
			}

			components := analysis.Components(g)
			var gotComponents [][]uint64
			for _, members := range components {
				gotComponents = append(gotComponents, storeIDs(g, members))
			}
			slices.SortFunc(gotComponents, slices.Compare)
			if !slices.EqualFunc(gotComponents, f.Expected.Components, slices.Equal) {
				t.Errorf("components %v, networkx %v", gotComponents, f.Expected.Components)
			}

			var partition [][]int
			for _, members := range f.Expected.Partition {
				var group []int
				for _, id := range members {
					i, _ := g.Index(id)
					group = append(group, i)
				}
				partition = append(partition, group)
			}
			if got, want := analysis.Modularity(g, partition, f.Expected.Resolution), f.Expected.PartitionModularity; !closeTo(got, want) {
				t.Errorf("modularity of the fixed partition %.12g, networkx %.12g", got, want)
			}
			communities, q := analysis.Communities(g, f.Expected.Resolution, 1)
			if gonumQ := analysis.Modularity(g, communities, f.Expected.Resolution); !closeTo(q, gonumQ) {
				t.Errorf("Louvain reports modularity %.12g, gonum's community.Q measures its partition at %.12g", q, gonumQ)
			}
			if got, want := result.Summary.Modularity, f.Expected.LouvainModularity; math.Abs(got-want) > 0.02 {
				t.Errorf("Louvain modularity %.4f, networkx's Louvain %.4f: more than 0.02 apart", got, want)
			}
		})
	}
}

func storeIDs(g *analysis.Graph, indices []int) []uint64 {
	ids := make([]uint64, len(indices))
	for i, index := range indices {
		ids[i] = g.Node(index).ID
	}
	slices.Sort(ids)
	return ids
}

// TestFixturesCurrent reruns the fixture script, when networkx is
// installed, and checks that the committed fixtures are what it writes.
func TestFixturesCurrent(t *testing.T) {
	python := "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import networkx").Run(); err != nil {
		t.Skip("python3 with networkx not installed")
	}
	dir := t.TempDir()
	if output, err := exec.Command(python, filepath.Join("testdata", "gen_fixtures.py"), dir).CombinedOutput(); err != nil {
		t.Fatalf("gen_fixtures.py: %v\n%s", err, output)
	}
	for _, name := range fixtureNames {
		fresh, err := os.ReadFile(filepath.Join(dir, name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(filepath.Join("testdata", name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(fresh, committed) {
			t.Errorf("testdata/%s.json differs from what gen_fixtures.py writes with this networkx; rerun it", name)
		}
	}
}
