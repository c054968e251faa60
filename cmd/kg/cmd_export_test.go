package main

import (
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
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
		{"graphml, the default", "graphml", defaultExportEvidence, feud(2)},
		{"gexf, the default", "gexf", defaultExportEvidence, feud(2)},
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
