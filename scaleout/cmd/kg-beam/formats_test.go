package main

import (
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/store"
)

// countQuads parses the N-Quads files in dir with rdflib and returns how
// many quads they hold; it skips the test where python3 or rdflib is
// missing.
func countQuads(t *testing.T, dir string) int {
	t.Helper()
	// The system's Python, where apt-get installs rdflib, may come
	// after another on the PATH.
	python := ""
	for _, candidate := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(candidate, "-c", "import rdflib").Run() == nil {
			python = candidate
			break
		}
	}
	if python == "" {
		t.Skip("python3 with rdflib is absent (apt-get install python3-rdflib)")
	}
	script := `
import glob, sys, rdflib
ds = rdflib.Dataset()
for name in sorted(glob.glob(sys.argv[1] + "/*.nq")):
    ds.parse(name, format="nquads")
print(len(list(ds.quads((None, None, None, None)))))
`
	out, err := exec.Command(python, "-c", script, dir).CombinedOutput()
	if err != nil {
		t.Fatalf("rdflib does not parse the N-Quads: %v\n%s", err, out)
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatalf("rdflib printed %q", out)
	}
	return n
}

// checkNQuads checks that the N-Quads parse and hold two quads for each
// entity, relation and evidence sentence of the store's graph.
func checkNQuads(t *testing.T, dir string, stats store.Stats) {
	t.Helper()
	entities := 0
	for _, n := range stats.Entities {
		entities += n
	}
	want := 2 * (entities + stats.Edges + stats.Evidence)
	if got := countQuads(t, dir); got != want {
		t.Errorf("rdflib reads %d quads, want %d (2 per entity, relation and evidence sentence)", got, want)
	}
}

// neo4jTypes are the property types neo4j-admin database import takes
// in a header, and the fields that name no property.
var (
	neo4jTypes    = map[string]bool{"": true, "int": true, "long": true, "float": true, "double": true, "boolean": true, "byte": true, "short": true, "char": true, "string": true, "date": true, "datetime": true}
	neo4jSpecial  = map[string]bool{"ID": true, "LABEL": true, "START_ID": true, "END_ID": true, "TYPE": true, "IGNORE": true}
	neo4jTypeName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// neo4jFile reads a header file and its data shards, checking the
// header's fields by the rules of neo4j-admin import's CSV format, and
// returns the header's fields and every row.
func neo4jFile(t *testing.T, dir, prefix string) ([]string, [][]string) {
	t.Helper()
	read := func(name string) [][]string {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatalf("%s is not CSV: %v", name, err)
		}
		return rows
	}
	header := read(filepath.Join(dir, prefix+"-header.csv"))
	if len(header) != 1 {
		t.Fatalf("%s-header.csv has %d lines, want 1", prefix, len(header))
	}
	for _, field := range header[0] {
		name, kind, typed := strings.Cut(field, ":")
		switch {
		case typed && name == "" && !neo4jSpecial[kind]:
			t.Errorf("%s header: %q is no field neo4j-admin knows", prefix, field)
		case typed && name != "" && !neo4jTypes[kind] && !neo4jSpecial[kind]:
			t.Errorf("%s header: %q has a type neo4j-admin does not know", prefix, field)
		}
	}
	shards, err := filepath.Glob(filepath.Join(dir, prefix+"-part-*.csv"))
	if err != nil || len(shards) == 0 {
		t.Fatalf("no %s shards in %s", prefix, dir)
	}
	var rows [][]string
	for _, shard := range shards {
		for _, row := range read(shard) {
			if len(row) != len(header[0]) {
				t.Fatalf("%s: a row of %d fields under a header of %d", shard, len(row), len(header[0]))
			}
			rows = append(rows, row)
		}
	}
	return header[0], rows
}

// checkNeo4j checks the Neo4j CSV against the rules of neo4j-admin
// database import: typed values that parse as their type, unique node
// ids, relationships between known nodes, types it takes unquoted; and
// that it holds the store's entities and relations.
func checkNeo4j(t *testing.T, dir string, stats store.Stats) {
	t.Helper()
	checkValues := func(header []string, rows [][]string) {
		for _, row := range rows {
			for i, field := range header {
				_, kind, _ := strings.Cut(field, ":")
				value := row[i]
				var err error
				switch kind {
				case "int", "long":
					_, err = strconv.ParseInt(value, 10, 64)
				case "boolean":
					_, err = strconv.ParseBool(value)
				case "ID", "START_ID", "END_ID", "LABEL":
					if value == "" {
						err = strconv.ErrSyntax
					}
				case "TYPE":
					if !neo4jTypeName.MatchString(value) {
						err = strconv.ErrSyntax
					}
				}
				if err != nil {
					t.Fatalf("%q is not a value of %q", value, field)
				}
			}
		}
	}
	nodeHeader, nodes := neo4jFile(t, dir, "entities")
	relationHeader, relations := neo4jFile(t, dir, "relations")
	checkValues(nodeHeader, nodes)
	checkValues(relationHeader, relations)
	if nodeHeader[0] != "id:ID" || relationHeader[0] != ":START_ID" || relationHeader[1] != ":END_ID" || relationHeader[2] != ":TYPE" {
		t.Fatalf("headers %q and %q do not start with the ids neo4j-admin needs", nodeHeader, relationHeader)
	}
	ids := make(map[string]bool)
	for _, row := range nodes {
		if ids[row[0]] {
			t.Fatalf("node id %s twice", row[0])
		}
		ids[row[0]] = true
	}
	evidence := 0
	for _, row := range relations {
		if !ids[row[0]] || !ids[row[1]] {
			t.Fatalf("relationship %q between nodes not in the nodes file", row)
		}
		weight, _ := strconv.Atoi(row[5])
		evidence += weight
	}
	entities := 0
	for _, n := range stats.Entities {
		entities += n
	}
	if len(nodes) != entities || len(relations) != stats.Edges || evidence != stats.Evidence {
		t.Errorf("Neo4j CSV holds %d nodes, %d relationships of %d sentences; the store %d entities, %d edges, %d sentences",
			len(nodes), len(relations), evidence, entities, stats.Edges, stats.Evidence)
	}
}
