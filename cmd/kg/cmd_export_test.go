package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/export"
)

// exportedEvidence reads the evidence attributes of every edge of a GraphML
// or GEXF export, by edge label: name and value of each attribute whose
// name starts with "evidence".
func exportedEvidence(t *testing.T, data []byte) map[string]map[string]string {
	t.Helper()
	var document struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
		Edges []struct {
			Label string `xml:"label,attr"`
			Data  []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
			AttValues []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
			} `xml:"attvalues>attvalue"`
		} `xml:"graph>edges>edge"`
		GraphMLEdges []struct {
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(data, &document); err != nil {
		t.Fatalf("export does not parse: %v", err)
	}
	names := map[string]string{}
	for _, key := range document.Keys {
		names[key.ID] = key.Name
	}
	edges := map[string]map[string]string{}
	keep := func(into map[string]string, name, value string) {
		if strings.HasPrefix(name, "evidence") {
			into[name] = value
		}
	}
	for _, e := range document.GraphMLEdges {
		values, label := map[string]string{}, ""
		for _, d := range e.Data {
			if names[d.Key] == "label" {
				label = d.Value
			}
			keep(values, names[d.Key], d.Value)
		}
		edges[label] = values
	}
	for _, e := range document.Edges {
		values := map[string]string{}
		for _, v := range e.AttValues {
			keep(values, v.For, v.Value)
		}
		edges[e.Label] = values
	}
	return edges
}

func TestExportEvidence(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	rivalsStore(t, db)
	// The feud of Ames and Burns is stated twice, dated first.
	sentences := [][2]string{{"Ames feuded with Burns.", "a1"}, {"Ames feuded with Burns again.", "a3"}}
	feud := func(n int) map[string]string {
		want := map[string]string{"evidence_count": "2"}
		for i, sentence := range sentences[:n] {
			name := "evidence_" + strconv.Itoa(i+1)
			want[name], want[name+"_document"] = sentence[0], sentence[1]
		}
		return want
	}
	for _, test := range []struct {
		name     string
		format   string
		evidence int
		want     map[string]string
	}{
		{"graphml, the default", "graphml", export.DefaultEvidence, feud(2)},
		{"gexf, the default", "gexf", export.DefaultEvidence, feud(2)},
		{"graphml, one", "graphml", 1, feud(1)},
		{"gexf, none", "gexf", 0, feud(0)},
	} {
		t.Run(test.name, func(t *testing.T) {
			output := filepath.Join(t.TempDir(), "graph."+test.format)
			opts := exportOptions{DB: db, Format: test.format, Output: output, Evidence: test.evidence, Filter: filterOptions{Depth: 1}}
			var out outputs
			if err := runExport(context.Background(), opts, nil, &out.stdout, &out.stderr); err != nil {
				t.Fatalf("export: %v\n%s", err, out.stderr.String())
			}
			data, err := os.ReadFile(output)
			if err != nil {
				t.Fatal(err)
			}
			edges := exportedEvidence(t, data)
			if len(edges) != 4 {
				t.Errorf("%d edges by label, want feud, not meet, praise and meet", len(edges))
			}
			if got := edges["feud"]; !reflect.DeepEqual(got, test.want) {
				t.Errorf("feud carries %v, want %v", got, test.want)
			}
		})
	}
	bad := exportOptions{DB: db, Format: "graphml", Evidence: -1, Filter: filterOptions{Depth: 1}}
	if err := runExport(context.Background(), bad, nil, io.Discard, io.Discard); !errors.Is(err, errUsage) {
		t.Errorf("--evidence -1 gave %v, want a usage error", err)
	}
}

// writtenFormat tells the format of an export by its first element.
func writtenFormat(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("digraph ")):
		return "dot"
	case bytes.Contains(data, []byte("<graphml ")):
		return "graphml"
	case bytes.Contains(data, []byte("<gexf ")):
		return "gexf"
	}
	return "unknown"
}

func TestExportFormatFromExtension(t *testing.T) {
	db := demoStore(t)
	for _, test := range []struct {
		file, format string
		want         string
		warns        bool
	}{
		{"news.graphml", "", "graphml", false},
		{"news.gexf", "", "gexf", false},
		{"news.dot", "", "dot", false},
		{"news.gv", "", "dot", false},
		{"NEWS.GEXF", "", "gexf", false},
		{"news.gexf", "gexf", "gexf", false},
		{"news.gexf", "dot", "dot", true},
		{"news.txt", "graphml", "graphml", false},
		{"news", "gv", "dot", false},
	} {
		t.Run(test.file+"/"+test.format, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), test.file)
			var out outputs
			opts := exportOptions{DB: db, Format: test.format, Output: path, Filter: filterOptions{Depth: 1}}
			if err := runExport(context.Background(), opts, nil, &out.stdout, &out.stderr); err != nil {
				t.Fatalf("%v\n%s", err, out.stderr.String())
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := writtenFormat(data); got != test.want {
				t.Errorf("wrote %s, want %s", got, test.want)
			}
			warned := strings.HasPrefix(out.stderr.String(), "kg: export: warning: ")
			if warned != test.warns {
				t.Errorf("warning given: %v, want %v; stderr:\n%s", warned, test.warns, out.stderr.String())
			}
			if warned && !strings.Contains(out.stderr.String(), "gexf") {
				t.Errorf("the warning does not name the format the extension means: %s", out.stderr.String())
			}
		})
	}
}

func TestExportUnknownExtension(t *testing.T) {
	db := demoStore(t)
	for _, file := range []string{"news.txt", "news", "news.graphml.bak"} {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), file)
			err := runExport(context.Background(), exportOptions{DB: db, Output: path, Filter: filterOptions{Depth: 1}}, nil, &bytes.Buffer{}, &bytes.Buffer{})
			if !errors.Is(err, errUsage) {
				t.Fatalf("runExport = %v, want a usage error", err)
			}
			for _, known := range []string{".graphml", ".gexf", ".dot", ".gv", "--format"} {
				if !strings.Contains(err.Error(), known) {
					t.Errorf("error %q does not name %s", err, known)
				}
			}
			if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("%s was written: %v", file, err)
			}
		})
	}
}

// TestExportOfAPictureNamesKGRender: a picture asked of kg export, by
// the extension of -o or by --format, is refused with the command that
// draws one.
func TestExportOfAPictureNamesKGRender(t *testing.T) {
	db := demoStore(t)
	dir := t.TempDir()
	for _, test := range []struct {
		output, format, want string
	}{
		{"graph.svg", "", "kg render -o graph.svg draws it"},
		{"graph.PNG", "", "kg render -o graph.PNG draws it"},
		{"", "svg", "kg render -o FILE.svg draws it"},
		{"graph.graphml", "png", "kg render -o FILE.png draws it"},
	} {
		output := ""
		if test.output != "" {
			output = filepath.Join(dir, test.output)
			test.want = strings.Replace(test.want, test.output, output, 1)
		}
		var stdout bytes.Buffer
		err := runExport(context.Background(), exportOptions{DB: db, Output: output, Format: test.format, Filter: filterOptions{Depth: 1}}, nil, &stdout, &bytes.Buffer{})
		if !errors.Is(err, errUsage) || !strings.HasSuffix(err.Error(), "export: writes the graph as GraphML, GEXF or DOT; "+test.want+" as a picture") {
			t.Errorf("kg export -o %q --format %q: %v", test.output, test.format, err)
		}
		if stdout.Len() > 0 {
			t.Errorf("kg export -o %q --format %q wrote %d bytes", test.output, test.format, stdout.Len())
		}
	}
	if names := directoryNames(t, dir); len(names) > 0 {
		t.Errorf("kg export wrote %q", names)
	}
}

func TestExportToStandardOutputDefaultsToGraphML(t *testing.T) {
	db := demoStore(t)
	var out outputs
	if err := runExport(context.Background(), exportOptions{DB: db, Filter: filterOptions{Depth: 1}}, nil, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("%v\n%s", err, out.stderr.String())
	}
	if got := writtenFormat(out.stdout.Bytes()); got != "graphml" {
		t.Errorf("wrote %s to standard output, want graphml", got)
	}
}

func TestExportDateWindowOnAnUndatedStore(t *testing.T) {
	undated := analystStore(t)
	dated := filepath.Join(t.TempDir(), "kg.db")
	rivalsStore(t, dated)
	for _, test := range []struct {
		db   string
		want error
	}{{undated, errUndated}, {dated, nil}} {
		var out outputs
		opts := exportOptions{DB: test.db, Format: "graphml", Filter: filterOptions{Since: "2005-01-01"}}
		if err := runExport(context.Background(), opts, nil, &out.stdout, &out.stderr); !errors.Is(err, test.want) {
			t.Errorf("export --since of %s: %v, want %v", test.db, err, test.want)
		}
	}
}

// exportedLabels runs kg with args, which export GEXF to standard output,
// and returns the labels of its nodes and edges.
func exportedLabels(t *testing.T, args ...string) (nodes, edges []string) {
	t.Helper()
	run := runKG(t, args...)
	if run.code != exitOK {
		t.Fatalf("kg %q: exit %d\n%s", args, run.code, run.stderr)
	}
	var document struct {
		Nodes []struct {
			Label string `xml:"label,attr"`
		} `xml:"graph>nodes>node"`
		Edges []struct {
			Label string `xml:"label,attr"`
		} `xml:"graph>edges>edge"`
	}
	if err := xml.Unmarshal(run.stdout, &document); err != nil {
		t.Fatalf("GEXF does not parse: %v", err)
	}
	for _, n := range document.Nodes {
		nodes = append(nodes, n.Label)
	}
	for _, e := range document.Edges {
		edges = append(edges, e.Label)
	}
	return nodes, edges
}

func TestExportTopKeepsTheEgo(t *testing.T) {
	db := analystStore(t)
	for _, top := range []string{"1", "2", "3"} {
		nodes, _ := exportedLabels(t, "--db", db, "export", "--format", "gexf", "--ego", radio4.name, "--depth", "3", "--top", top)
		if n, _ := strconv.Atoi(top); len(nodes) != n || !slices.Contains(nodes, radio4.name) {
			t.Errorf("--top %s: %q, want %s entities, BBC Radio 4 among them", top, nodes, top)
		}
	}
}

func TestExportAndRenderExclude(t *testing.T) {
	db := analystStore(t)
	export := func(exclude ...string) (nodes, edges []string) {
		return exportedLabels(t, append([]string{"--db", db, "export", "--format", "gexf", "--evidence", "0"}, exclude...)...)
	}
	nodes, edges := export()
	if !slices.Contains(edges, "tell") || !slices.Contains(nodes, blair.name) {
		t.Errorf("by default the export left out %q %q; want everything", nodes, edges)
	}
	if _, edges := export("--exclude", "kind:report"); slices.Contains(edges, "tell") || !slices.Contains(edges, "meet") {
		t.Errorf("--exclude kind:report kept %q", edges)
	}
	if _, edges := export("--exclude", "predicate:met"); slices.Contains(edges, "meet") || !slices.Contains(edges, "criticise") {
		t.Errorf("--exclude predicate:met kept %q", edges)
	}
	if nodes, edges := export("--exclude", "entity:Tony Blair"); slices.Contains(nodes, blair.name) || slices.Contains(edges, "criticise") {
		t.Errorf("--exclude entity:Tony Blair kept %q %q", nodes, edges)
	}
	if run := runKG(t, "--db", db, "export", "--depth", "2"); run.code != exitUsage || !strings.Contains(string(run.stderr), "--depth counts edges from the --ego entity") {
		t.Errorf("export --depth without --ego: exit %d, %q; want a usage error", run.code, run.stderr)
	}
	if run := runKG(t, "--db", db, "export", "--ego", blair.name, "--exclude", "entity:Tony Blair"); run.code != exitUsage || !strings.Contains(string(run.stderr), "left out by --exclude") {
		t.Errorf("an --ego left out: exit %d, %q; want a usage error", run.code, run.stderr)
	}

	links := func(exclude ...string) string {
		picture := filepath.Join(t.TempDir(), "graph.svg")
		run := runKG(t, append([]string{"--db", db, "render", "-o", picture}, exclude...)...)
		if run.code != exitOK {
			t.Fatalf("render %q: exit %d\n%s", exclude, run.code, run.stderr)
		}
		return string(run.stderr)
	}
	// Reports link Mandelson and Brown to BBC Radio 4: two more links.
	if without, with := links(), links("--exclude", ""); without == with || !strings.Contains(without, "and 5 links") || !strings.Contains(with, "and 7 links") {
		t.Errorf("render leaving out reports: %q; leaving out nothing: %q", without, with)
	}
}
