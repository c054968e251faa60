package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/ingest"
	"github.com/kg-project/kg/internal/sharedtest"
	"github.com/kg-project/kg/store"
	"github.com/kg-project/kg/store/bundle"
)

// kgBuild builds paths into a new store at db as kg build does.
func kgBuild(t testing.TB, db string, paths ...string) {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Build(context.Background(), st, ingest.Files(paths, corpus.Options{}), ingest.Options{}); err != nil {
		st.Close()
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
}

// beamBuild runs kg-beam build of paths on Prism into a bundle and
// returns its directory.
func beamBuild(t testing.TB, opts buildOptions, paths ...string) string {
	t.Helper()
	if opts.Bundle == "" {
		opts.Bundle = filepath.Join(t.TempDir(), "bundle")
	}
	opts.Shards = max(opts.Shards, 4)
	var stderr bytes.Buffer
	if err := runBuild(context.Background(), opts, paths, io.Discard, &stderr); err != nil {
		t.Fatalf("kg-beam build: %v\n%s", err, stderr.String())
	}
	return opts.Bundle
}

// kgLoad loads a bundle into a new store at db as kg load does.
func kgLoad(t testing.TB, db, dir string) {
	t.Helper()
	r, err := bundle.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := store.Load(db, func() (store.Record, error) {
		key, value, err := r.Next()
		return store.Record{Key: key, Value: value}, err
	}); err != nil {
		t.Fatal(err)
	}
}

// graphOf returns the Stats of the store at db and its GraphML export
// in a canonical form: each node and edge one line of its attributes,
// nodes named by their attributes instead of id, the lines sorted.
func graphOf(t testing.TB, db string) (store.Stats, []string) {
	t.Helper()
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats()
	if err != nil {
		t.Fatal(err)
	}
	var graphML bytes.Buffer
	if err := export.Write(&graphML, st, export.GraphML); err != nil {
		t.Fatal(err)
	}
	return stats, canonicalGraphML(t, graphML.Bytes())
}

func canonicalGraphML(t testing.TB, data []byte) []string {
	t.Helper()
	type element struct {
		name, id, source, target string
		data                     []string
	}
	var elements []*element
	var current *element
	var key string
	decoder := xml.NewDecoder(bytes.NewReader(data))
	for {
		token, err := decoder.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("GraphML does not parse: %v", err)
		}
		switch token := token.(type) {
		case xml.StartElement:
			attr := func(name string) string {
				for _, a := range token.Attr {
					if a.Name.Local == name {
						return a.Value
					}
				}
				return ""
			}
			switch token.Name.Local {
			case "node", "edge":
				current = &element{name: token.Name.Local, id: attr("id"), source: attr("source"), target: attr("target")}
				elements = append(elements, current)
			case "data":
				key = attr("key")
			}
		case xml.CharData:
			if current != nil && key != "" {
				current.data = append(current.data, key+"="+string(token))
			}
		case xml.EndElement:
			key = ""
		}
	}
	names := make(map[string]string)
	for _, e := range elements {
		if e.name == "node" {
			slices.Sort(e.data)
			names[e.id] = strings.Join(e.data, " ")
		}
	}
	var lines []string
	for _, e := range elements {
		slices.Sort(e.data)
		switch e.name {
		case "node":
			lines = append(lines, "node "+names[e.id])
		case "edge":
			source, target := names[e.source], names[e.target]
			// A symmetric predicate's edge runs from the lower node id
			// to the higher, which differ between the stores.
			if slices.Contains(e.data, "edge_symmetric=true") && target < source {
				source, target = target, source
			}
			lines = append(lines, fmt.Sprintf("edge [%s] -> [%s] %s", source, target, strings.Join(e.data, " ")))
		}
	}
	slices.Sort(lines)
	return lines
}

// sameGraph checks that the stores at built and loaded hold the same
// graph, and returns its stats.
func sameGraph(t *testing.T, built, loaded string) store.Stats {
	t.Helper()
	wantStats, want := graphOf(t, built)
	gotStats, got := graphOf(t, loaded)
	if !reflect.DeepEqual(gotStats, wantStats) {
		t.Errorf("kg load of the bundle gives stats\n%+v\nkg build gives\n%+v", gotStats, wantStats)
	}
	if len(got) != len(want) {
		t.Errorf("the loaded store exports %d nodes and edges, the built one %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Fatalf("first difference in the exports, line %d:\nloaded: %s\nbuilt:  %s", i, got[i], want[i])
		}
	}
	return wantStats
}

// TestBuildEqualsKgBuildOnBBC runs the pipeline on Prism over the BBC
// corpus and checks that kg load of its bundle gives the graph kg build
// gives, and that its N-Quads and Neo4j CSV hold that graph.
func TestBuildEqualsKgBuildOnBBC(t *testing.T) {
	bbc := sharedtest.Path(t, "data", "bbc")
	dir := t.TempDir()
	built, loaded := filepath.Join(dir, "built"), filepath.Join(dir, "loaded")
	kgBuild(t, built, bbc)
	opts := buildOptions{NQuads: filepath.Join(dir, "nquads"), Base: "https://example.org/kg/", Neo4j: filepath.Join(dir, "neo4j")}
	kgLoad(t, loaded, beamBuild(t, opts, bbc))
	stats := sameGraph(t, built, loaded)
	t.Run("NQuads", func(t *testing.T) { checkNQuads(t, opts.NQuads, stats) })
	t.Run("Neo4j", func(t *testing.T) { checkNeo4j(t, opts.Neo4j, stats) })
}

// TestBuildSkipsAnIDReadAgain gives one id to documents of two inputs:
// the pipeline reads the first, as kg build does, and skips the other.
func TestBuildSkipsAnIDReadAgain(t *testing.T) {
	dir := t.TempDir()
	first, again := filepath.Join(dir, "first.jsonl"), filepath.Join(dir, "again.jsonl")
	writeFile(t, first, `{"id":"a","text":"Emmanuel Macron met Vladimir Putin at Versailles."}`+"\n"+
		`{"id":"b","text":"Angela Merkel visited Paris on Monday."}`+"\n")
	writeFile(t, again, `{"id":"a","text":"Google bought YouTube from its founders."}`+"\n")
	built, loaded := filepath.Join(dir, "built"), filepath.Join(dir, "loaded")
	kgBuild(t, built, first, again)
	bundleDir := filepath.Join(dir, "bundle")
	err := runBuild(context.Background(), buildOptions{Bundle: bundleDir, Shards: 2}, []string{first, again}, io.Discard, io.Discard)
	if code := exitCode(err); code != exitSkipped || err.Error() != "1 input skipped" {
		t.Fatalf("error %v (exit %d), want 1 input skipped (exit %d)", err, code, exitSkipped)
	}
	kgLoad(t, loaded, bundleDir)
	if stats := sameGraph(t, built, loaded); stats.Documents != 2 {
		t.Errorf("%d documents stored, want 2", stats.Documents)
	}
}

// TestBuildReportsSkippedInputs: inputs kg build would skip are skipped,
// the rest is built, and the run ends with kg's exit code for it.
func TestBuildReportsSkippedInputs(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news.jsonl")
	writeFile(t, news, `{"id":"a","text":"Emmanuel Macron met Vladimir Putin at Versailles."}`+"\n"+
		"not JSON\n"+
		`{"id":"b","text":"Angela Merkel visited Paris on Monday."}`+"\n")
	missing := filepath.Join(dir, "missing.jsonl")
	var stderr bytes.Buffer
	err := runBuild(context.Background(), buildOptions{Bundle: filepath.Join(dir, "bundle"), Shards: 2}, []string{missing, news}, io.Discard, &stderr)
	if code := exitCode(err); code != exitSkipped || err.Error() != "2 inputs skipped" {
		t.Fatalf("error %v (exit %d), want 2 inputs skipped (exit %d)\n%s", err, code, exitSkipped, stderr.String())
	}
	if !strings.Contains(stderr.String(), "read 2 articles") {
		t.Errorf("stderr %q, want it to count the 2 articles read", stderr.String())
	}
	loaded := filepath.Join(dir, "loaded")
	kgLoad(t, loaded, filepath.Join(dir, "bundle"))
	if stats, _ := graphOf(t, loaded); stats.Documents != 2 {
		t.Errorf("%d documents stored, want 2", stats.Documents)
	}
}

// TestBuildOfNothingFails: a build whose inputs give no article is an
// error, not a bundle of nothing.
func TestBuildOfNothingFails(t *testing.T) {
	dir := t.TempDir()
	bundleDir := filepath.Join(dir, "bundle")
	err := runBuild(context.Background(), buildOptions{Bundle: bundleDir, Shards: 2}, []string{filepath.Join(dir, "missing.jsonl")}, io.Discard, io.Discard)
	if code := exitCode(err); code != exitError || !strings.Contains(err.Error(), "no article read") {
		t.Fatalf("error %v (exit %d), want no article read (exit %d)", err, code, exitError)
	}
	if _, err := os.Stat(bundleDir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s: %v, want no bundle", bundleDir, err)
	}
}

// TestBuildRefusesABundleDirectoryInUse: shards of an earlier bundle
// would mix with the new ones, so a build refuses their directory.
func TestBuildRefusesABundleDirectoryInUse(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news.jsonl")
	writeFile(t, news, `{"id":"a","text":"Emmanuel Macron met Vladimir Putin at Versailles."}`+"\n")
	bundleDir := beamBuild(t, buildOptions{Bundle: filepath.Join(dir, "bundle"), Shards: 5}, news)
	err := runBuild(context.Background(), buildOptions{Bundle: bundleDir, Shards: 4}, []string{news}, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "holds a bundle already") {
		t.Fatalf("error %v, want a refusal of the directory in use", err)
	}
	if shards, _ := filepath.Glob(filepath.Join(bundleDir, "*"+bundle.Extension)); len(shards) != 5 {
		t.Errorf("%d shards in the bundle, want the first build's 5", len(shards))
	}
}

var scale = flag.Bool("scale", false, "also compare kg-beam with kg build over a 10,000-article draw of internal/scalecorpus (about 10 minutes on 2 cores)")

// TestBuildEqualsKgBuildOnScaleDraw is TestBuildEqualsKgBuildOnBBC over
// 10,000 articles drawn by internal/scalecorpus from the BBC and Reuters
// corpora; it runs with -scale only.
func TestBuildEqualsKgBuildOnScaleDraw(t *testing.T) {
	if !*scale {
		t.Skip("runs with -scale only")
	}
	data := sharedtest.Path(t, "data")
	dir := t.TempDir()
	draw := filepath.Join(dir, "draw.jsonl")
	generate := exec.Command("go", "run", "./internal/scalecorpus", "-shared", filepath.Dir(data), "-n", "10000", "-o", draw)
	generate.Dir = filepath.Join("..", "..", "..")
	if out, err := generate.CombinedOutput(); err != nil {
		t.Fatalf("scalecorpus: %v\n%s", err, out)
	}
	built, loaded := filepath.Join(dir, "built"), filepath.Join(dir, "loaded")
	kgBuild(t, built, draw)
	kgLoad(t, loaded, beamBuild(t, buildOptions{Shards: 16}, draw))
	sameGraph(t, built, loaded)
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
