package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// entitiesDemoStore builds the demo corpus into a new store and returns
// its directory and the corpus's.
func entitiesDemoStore(t *testing.T) (db, corpus string) {
	t.Helper()
	corpus = writeFiles(t, demoFiles(t))
	db = filepath.Join(t.TempDir(), "kg.db")
	if run := runKG(t, "build", "--db", db, corpus); run.code != exitOK {
		t.Fatalf("kg build: exit %d\n%s", run.code, run.stderr)
	}
	return db, corpus
}

// entityLines parses kg entities --json output.
func entityLines(t *testing.T, output []byte) []entityLine {
	t.Helper()
	var lines []entityLine
	scanner := bufio.NewScanner(bytes.NewReader(output))
	for scanner.Scan() {
		var line entityLine
		decoder := json.NewDecoder(bytes.NewReader(scanner.Bytes()))
		decoder.DisallowUnknownFields()
		if err := decoder.Decode(&line); err != nil {
			t.Fatalf("line %q: %v", scanner.Text(), err)
		}
		lines = append(lines, line)
	}
	return lines
}

func TestEntitiesJSONRoundTrip(t *testing.T) {
	db, _ := entitiesDemoStore(t)
	run := runKG(t, "entities", "--db", db, "--json")
	if run.code != exitOK {
		t.Fatalf("kg entities --json: exit %d\n%s", run.code, run.stderr)
	}
	got := entityLines(t, run.stdout)

	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var want []entityLine
	err = st.Nodes(func(n graph.Node) error {
		want = append(want, entityLine{ID: n.ID, Name: n.Name, Type: string(n.Type), Aliases: n.Aliases, Mentions: n.Mentions})
		if want[len(want)-1].Aliases == nil {
			want[len(want)-1].Aliases = []string{}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	documents := make(map[uint64]map[string][]string)
	err = st.Entities(store.EntityFilter{Documents: true}, func(e store.Entity) error {
		documents[e.ID] = e.Documents
		if len(e.Documents) != e.Node.Documents {
			t.Errorf("%q: %d documents listed, %d counted", e.Name, len(e.Documents), e.Node.Documents)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		want[i].Documents = documents[want[i].ID]
	}
	if len(want) == 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("kg entities --json gave %d entities, the store holds %d; first difference:\n%s", len(got), len(want), firstDifference(got, want))
	}
}

func firstDifference(got, want []entityLine) string {
	for i := range min(len(got), len(want)) {
		if !reflect.DeepEqual(got[i], want[i]) {
			return "got  " + strconv.Quote(formatLine(got[i])) + "\nwant " + strconv.Quote(formatLine(want[i]))
		}
	}
	return "(one is a prefix of the other)"
}

func formatLine(line entityLine) string {
	data, _ := json.Marshal(line)
	return string(data)
}

// TestEntitiesJSONNamesComeFromExtraction checks each document's names
// for an entity against what kg extract finds in that document.
func TestEntitiesJSONNamesComeFromExtraction(t *testing.T) {
	db, corpus := entitiesDemoStore(t)
	extracted := runKG(t, "extract", corpus)
	if extracted.code != exitOK {
		t.Fatalf("kg extract: exit %d\n%s", extracted.code, extracted.stderr)
	}
	names := make(map[string][]string)
	for _, line := range bytes.Split(bytes.TrimSpace(extracted.stdout), []byte("\n")) {
		var a graph.Article
		decodeJSON(t, line, &a)
		for _, e := range a.Entities {
			names[a.ID] = append(names[a.ID], append([]string{e.Name}, e.Aliases...)...)
		}
	}
	run := runKG(t, "entities", "--db", db, "--json")
	mentioned := 0
	for _, line := range entityLines(t, run.stdout) {
		for document, spellings := range line.Documents {
			mentioned++
			for _, spelling := range spellings {
				if !slices.Contains(names[document], spelling) {
					t.Errorf("%q: document %s does not name an entity %q", line.Name, document, spelling)
				}
			}
		}
	}
	if mentioned == 0 {
		t.Error("no entity lists a document")
	}
}

func TestEntitiesTable(t *testing.T) {
	db, _ := entitiesDemoStore(t)
	tests := []struct {
		args []string
		want func(name, entityType string, mentions int) bool
	}{
		{nil, func(string, string, int) bool { return true }},
		{[]string{"--type", "gpe"}, func(_, entityType string, _ int) bool { return entityType == "GPE" }},
		{[]string{"--min-mentions", "5"}, func(_, _ string, mentions int) bool { return mentions >= 5 }},
		{[]string{"UNITED"}, func(row, _ string, _ int) bool { return strings.Contains(strings.ToLower(row), "united") }},
	}
	for _, test := range tests {
		run := runKG(t, append([]string{"entities", "--db", db}, test.args...)...)
		rows := strings.Split(strings.TrimSpace(string(run.stdout)), "\n")
		if run.code != exitOK || len(rows) < 2 || !strings.HasPrefix(rows[0], "id ") {
			t.Fatalf("kg entities %q: exit %d, %d rows\n%s%s", test.args, run.code, len(rows), run.stdout, run.stderr)
		}
		previous := -1
		for _, row := range rows[1:] {
			fields := strings.Fields(row)
			mentions, err := strconv.Atoi(fields[2])
			if err != nil {
				t.Fatalf("row %q: %v", row, err)
			}
			if previous >= 0 && mentions > previous {
				t.Errorf("kg entities %q: row %q after one of %d mentions", test.args, row, previous)
			}
			previous = mentions
			name := strings.Join(fields[4:], " ")
			if !test.want(name, fields[1], mentions) {
				t.Errorf("kg entities %q: row %q should not be listed", test.args, row)
			}
		}
	}
}

func TestEntitiesUsage(t *testing.T) {
	db, _ := entitiesDemoStore(t)
	if run := runKG(t, "entities", "--db", db, "--type", "TEAM"); run.code != exitUsage {
		t.Errorf("kg entities --type TEAM: exit %d, want %d", run.code, exitUsage)
	}
	if run := runKG(t, "entities", "--db", db, "--min-mentions", "-3"); run.code != exitUsage || !strings.Contains(string(run.stderr), "--min-mentions must be at least 0") {
		t.Errorf("kg entities --min-mentions -3: exit %d, %q; want a usage error", run.code, run.stderr)
	}
	if run := runKG(t, "entities", "--db", filepath.Join(t.TempDir(), "none")); run.code != exitError {
		t.Errorf("kg entities on no store: exit %d, want %d", run.code, exitError)
	}
}

func TestEntitiesMatchingNoneFail(t *testing.T) {
	db := analystStore(t)
	blairID := entityID(lookupNodes(t, db, blair.name)[0].ID)
	for _, test := range []struct {
		args []string
		want string
	}{
		{[]string{"id:999999"}, "kg: entities: no entity has the id id:999999\n"},
		{[]string{"--type", "ORG", blairID}, "kg: entities: " + blairID + ` is "Tony Blair", a PERSON, not an ORG as --type asks` + "\n"},
		{[]string{"zzzzqqq"}, `kg: entities: no entity whose name or an alias starts with "zzzzqqq" is stored` + "\n"},
		{[]string{"--type", "LOC", "Tony"}, `kg: entities: no LOC whose name or an alias starts with "Tony" is stored` + "\n"},
		{[]string{"--min-mentions", "1000"}, "kg: entities: no entity has at least 1000 mentions\n"},
	} {
		for _, format := range [][]string{nil, {"--json"}} {
			args := append(append([]string{"entities", "--db", db}, format...), test.args...)
			run := runKG(t, args...)
			if run.code != exitError || string(run.stderr) != test.want || len(run.stdout) > 0 {
				t.Errorf("kg %q: exit %d, stdout %q, stderr %q; want exit %d and %q", args, run.code, run.stdout, run.stderr, exitError, test.want)
			}
		}
	}
}
