package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/ingest"
	"github.com/kg-project/kg/internal/sharedtest"
	"github.com/kg-project/kg/store"
)

// smallCorpus is a few short articles in the form kg reads: headline,
// blank line, paragraphs.
var smallCorpus = map[string]string{
	"world/summit.txt": "Leaders Meet in Berlin\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.\n\nMr Macron said France and Germany would work together on defence.\n",
	"world/un.txt":     "UN Envoy Visits Moscow\n\nUnited Nations Secretary-General Antonio Guterres met Russian President Vladimir Putin in Moscow.\n\nMr Putin told the UN chief that Russia wanted talks.\n",
	"business/buy.txt": "Microsoft Buys Games Studio\n\nMicrosoft's chief executive Satya Nadella said the company would buy a games studio in Finland.\n\nMr Nadella met Finnish Prime Minister Petteri Orpo in Helsinki.\n",
}

func TestBuildStoresEveryArticle(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	out := mustBuild(t, db, corpus)
	if out.stdout.Len() != 0 {
		t.Errorf("build wrote to stdout: %q", out.stdout.String())
	}
	if want := "read 3 articles: 3 added, 0 replaced, 0 unchanged, 0 duplicates, 0 skipped"; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("summary missing %q in:\n%s", want, out.stderr.String())
	}
	stats := storeStats(t, db)
	if stats.Documents != 3 || stats.Duplicates != 0 {
		t.Errorf("stored %d documents and %d duplicates, want 3 and 0", stats.Documents, stats.Duplicates)
	}
	entities := 0
	for _, count := range stats.Entities {
		entities += count
	}
	if entities == 0 {
		t.Fatal("no entities stored")
	}

	var statsOut outputs
	if err := runStats(context.Background(), statsOptions{DB: db, JSON: true}, nil, &statsOut.stdout, &statsOut.stderr); err != nil {
		t.Fatal(err)
	}
	var report store.Stats
	decodeJSON(t, statsOut.stdout.Bytes(), &report)
	want := stats
	if !reflect.DeepEqual(report, want) {
		t.Errorf("stats --json = %+v, want %+v", report, want)
	}

	var table outputs
	if err := runStats(context.Background(), statsOptions{DB: db}, nil, &table.stdout, &table.stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(table.stdout.String(), "documents") || !strings.Contains(table.stdout.String(), "PERSON") {
		t.Errorf("stats table lacks its rows:\n%s", table.stdout.String())
	}

	for _, format := range []string{"graphml", "dot"} {
		t.Run("export "+format, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "graph."+format)
			var exported outputs
			if err := runExport(context.Background(), exportOptions{DB: db, Format: format, Output: file}, nil, &exported.stdout, &exported.stderr); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(file + ".tmp"); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("temporary file left behind: %v", err)
			}
			content, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var streamed outputs
			if err := runExport(context.Background(), exportOptions{DB: db, Format: format}, nil, &streamed.stdout, &streamed.stderr); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(content, streamed.stdout.Bytes()) {
				t.Error("export to a file and to stdout differ")
			}
			if format != "graphml" {
				if !strings.HasPrefix(string(content), "digraph") {
					t.Errorf("DOT output starts %q", content[:min(len(content), 20)])
				}
				return
			}
			nodes, edges := graphMLCounts(t, bytes.NewReader(content))
			if nodes != entities || edges != stats.Edges {
				t.Errorf("GraphML has %d nodes and %d edges, the store %d and %d", nodes, edges, entities, stats.Edges)
			}
		})
	}
}

func TestRebuildChangesNothing(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, corpus)
	before := storeStats(t, db)
	out := mustBuild(t, db, corpus)
	if want := "read 3 articles: 0 added, 0 replaced, 3 unchanged"; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("rebuild summary lacks %q:\n%s", want, out.stderr.String())
	}
	if want := "0 words extracted"; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("rebuild extracted again:\n%s", out.stderr.String())
	}
	if after := storeStats(t, db); !reflect.DeepEqual(before, after) {
		t.Errorf("rebuild changed the stats:\nbefore %+v\nafter  %+v", before, after)
	}
}

func TestRebuildReplacesAChangedArticle(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, corpus)
	changed := "Microsoft Buys Games Studio\n\nMicrosoft's chief executive Satya Nadella said the company would buy a games studio in Sweden.\n\nMr Nadella met Swedish Prime Minister Ulf Kristersson in Stockholm.\n"
	if err := os.WriteFile(filepath.Join(corpus, "business/buy.txt"), []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	out := mustBuild(t, db, corpus)
	if want := "read 3 articles: 0 added, 1 replaced, 2 unchanged"; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("summary lacks %q:\n%s", want, out.stderr.String())
	}
	if stats := storeStats(t, db); stats.Documents != 3 {
		t.Errorf("%d documents after replacing one of 3", stats.Documents)
	}
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if nodes, err := st.Lookup("Petteri Orpo"); err != nil || len(nodes) != 0 {
		t.Errorf("Lookup(Petteri Orpo) after the only article naming him was replaced = %v, %v; want none", nodes, err)
	}
}

func TestRebuildReadsAgainWhatAnotherExtractionStored(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, corpus)
	want := storeStats(t, db)
	// Store the articles as a kg whose extraction had no version did.
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range smallCorpus {
		id := filepath.Base(corpus) + "/" + name
		a := x.Extract(extract.Document{ID: id, Text: text})
		a.Hash = fmt.Sprintf("%x", sha256.Sum256([]byte(text)))
		if outcomes, err := st.Put(a); err != nil || outcomes[0] != store.Replaced {
			t.Fatalf("Put(%s) = %v, %v", id, outcomes, err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	out := mustBuild(t, db, corpus)
	if summary := "read 3 articles: 0 added, 3 replaced, 0 unchanged"; !strings.Contains(out.stderr.String(), summary) {
		t.Errorf("rebuild summary lacks %q:\n%s", summary, out.stderr.String())
	}
	if got := storeStats(t, db); !reflect.DeepEqual(got, want) {
		t.Errorf("after reading again:\n got  %+v\n want %+v", got, want)
	}
	out = mustBuild(t, db, corpus)
	if summary := "3 unchanged"; !strings.Contains(out.stderr.String(), summary) {
		t.Errorf("second rebuild summary lacks %q:\n%s", summary, out.stderr.String())
	}
}

func TestBuildReportsBadLinesAndStoresTheRest(t *testing.T) {
	corpus := writeFiles(t, map[string]string{"news.jsonl": `{"id": "a", "text": "French President Emmanuel Macron visited Berlin."}
{"id": "b", "text": 
{"id": "c", "text": "German Chancellor Olaf Scholz met Mr Macron in Paris."}
`})
	db := filepath.Join(t.TempDir(), "kg.db")
	out, err := buildInto(t, db, filepath.Join(corpus, "news.jsonl"))
	if code := exitCode(err); code != exitSkipped {
		t.Fatalf("exit code %d (error %v), want %d", code, err, exitSkipped)
	}
	if want := "kg: " + filepath.Join(corpus, "news.jsonl") + ":2: "; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, out.stderr.String())
	}
	if want := "1 skipped"; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("summary lacks %q:\n%s", want, out.stderr.String())
	}
	if stats := storeStats(t, db); stats.Documents != 2 {
		t.Errorf("%d documents stored, want the 2 good lines", stats.Documents)
	}
}

// Directories holding files of one name give them distinct ids, so that
// every article is stored and a rebuild finds them all unchanged.
func TestBuildDirectoriesWithFilesOfOneName(t *testing.T) {
	corpus := writeFiles(t, map[string]string{
		"bbc/politics/001.txt": smallCorpus["world/summit.txt"],
		"bbc/business/001.txt": smallCorpus["business/buy.txt"],
	})
	db := filepath.Join(t.TempDir(), "kg.db")
	paths := []string{filepath.Join(corpus, "bbc", "politics"), filepath.Join(corpus, "bbc", "business")}
	for _, want := range []string{"read 2 articles: 2 added, 0 replaced, 0 unchanged", "read 2 articles: 0 added, 0 replaced, 2 unchanged"} {
		out := mustBuild(t, db, paths...)
		if !strings.Contains(out.stderr.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.stderr.String())
		}
	}
	if stats := storeStats(t, db); stats.Documents != 2 {
		t.Errorf("%d documents stored, want 2", stats.Documents)
	}
}

// An id stored from one file is not replaced by a document of that id
// from another file, in a later run or in the same one; the same file
// giving the id new text still replaces it.
func TestBuildIDCollisions(t *testing.T) {
	scholz := `{"id":"7","text":"German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin."}`
	corpus := writeFiles(t, map[string]string{
		"a/feed.jsonl": scholz,
		"b/feed.jsonl": `{"id":7,"text":"United Nations Secretary-General Antonio Guterres met Russian President Vladimir Putin in Moscow."}`,
	})
	first, second := filepath.Join(corpus, "a", "feed.jsonl"), filepath.Join(corpus, "b", "feed.jsonl")
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, first)
	tests := []struct {
		name   string
		paths  []string
		code   int
		stderr string
	}{
		{"later run", []string{second}, exitSkipped,
			"kg: " + second + `:1: id "7" is stored from ` + first + "; skipped\n"},
		{"same run", []string{first, second}, exitSkipped,
			"kg: " + second + `:1: document "7" skipped: id already read from ` + first + ":1\n"},
	}
	for _, test := range tests {
		out, err := buildInto(t, db, test.paths...)
		if code := exitCode(err); code != test.code || !strings.Contains(out.stderr.String(), test.stderr) {
			t.Errorf("%s: exit code %d, stderr:\n%s\nwant %d and %q", test.name, code, out.stderr.String(), test.code, test.stderr)
		}
		if nodes := lookupNodes(t, db, "Vladimir Putin"); len(nodes) != 0 {
			t.Errorf("%s: the colliding article was stored", test.name)
		}
	}
	if err := os.WriteFile(first, []byte(strings.Replace(scholz, "Berlin", "Paris", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := mustBuild(t, db, first); !strings.Contains(out.stderr.String(), "1 replaced") {
		t.Errorf("new text from the same file did not replace the article:\n%s", out.stderr.String())
	}
	if stats := storeStats(t, db); stats.Documents != 1 {
		t.Errorf("%d documents stored, want 1", stats.Documents)
	}
}

// lookupNodes returns the nodes db knows by name.
func lookupNodes(t *testing.T, db, name string) []graph.Node {
	t.Helper()
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	nodes, err := st.Lookup(name)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		t.Fatal(err)
	}
	return nodes
}

// kg build . with the store inside the folder leaves the store out.
func TestBuildSkipsTheStoreInsideTheFolder(t *testing.T) {
	t.Chdir(writeFiles(t, smallCorpus))
	for range 2 {
		out := mustBuild(t, defaultStore, ".")
		if want := "kg: kg.db: a database (a kg store?); not read\n"; !strings.Contains(out.stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, out.stderr.String())
		}
		if want := "read 3 articles"; !strings.Contains(out.stderr.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.stderr.String())
		}
	}
}

func TestBuildRefusesALockedStore(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	holder, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	var out outputs
	code := run(context.Background(), []string{"build", "--db", db, corpus}, &out.stdout, &out.stderr)
	if code != exitLocked {
		t.Errorf("exit code %d, want %d; stderr:\n%s", code, exitLocked, out.stderr.String())
	}
	if want := "kg: the store " + db + " is in use by another kg process"; !strings.HasPrefix(out.stderr.String(), want) {
		t.Errorf("stderr = %q, want it to start %q", out.stderr.String(), want)
	}
}

func TestBuildStopsWhenCancelled(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	db := filepath.Join(t.TempDir(), "kg.db")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out outputs
	err := runBuild(ctx, buildOptions{DB: db}, []string{corpus}, &out.stdout, &out.stderr)
	if !errors.Is(err, context.Canceled) || exitCode(err) != exitError {
		t.Fatalf("cancelled build returned %v (exit %d), want context.Canceled and exit %d", err, exitCode(err), exitError)
	}
	// The store must have been closed cleanly: it opens again.
	if stats := storeStats(t, db); stats.Documents != 0 {
		t.Errorf("a build cancelled before it started stored %d documents", stats.Documents)
	}
}

// graphOf describes a store's graph by names, not node ids, which depend
// on the order nodes were created in.
func graphOf(t *testing.T, st *store.Store) []string {
	t.Helper()
	names := make(map[uint64]string)
	var lines []string
	err := st.Nodes(func(n graph.Node) error {
		names[n.ID] = fmt.Sprintf("%s/%s", n.Type, n.Name)
		lines = append(lines, fmt.Sprintf("node %s/%s mentions=%d documents=%d aliases=%v", n.Type, n.Name, n.Mentions, n.Documents, n.Aliases))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = st.Edges(func(e graph.Edge) error {
		lines = append(lines, fmt.Sprintf("edge %s -%s(%t)-> %s weight=%d", names[e.From], e.Predicate, e.Negated, names[e.To], e.Weight))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(lines)
	return lines
}

// buildMemory builds src into a new in-memory store on workers
// goroutines and returns the store and what the build printed.
func buildMemory(t *testing.T, ctx context.Context, src ingest.Source, workers int) (*store.Store, string, error) {
	t.Helper()
	st, err := store.Open("", store.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var stderr bytes.Buffer
	err = buildOn(ctx, st, src, workers, startProgress(&stderr, false, progressOptions{}, 0))
	return st, stderr.String(), err
}

func TestBuildGivesTheSameGraphWhateverTheWorkers(t *testing.T) {
	tests := []struct {
		name   string
		source func(t *testing.T) ingest.Source
	}{
		{"demo", func(*testing.T) ingest.Source { return demoSource }},
		{"small", func(t *testing.T) ingest.Source {
			return ingest.Files([]string{writeFiles(t, smallCorpus)}, corpus.Options{})
		}},
		{"bbc politics", func(t *testing.T) ingest.Source {
			if testing.Short() {
				t.Skip("builds 417 articles three times")
			}
			return ingest.Files([]string{filepath.Join(sharedtest.Path(t), "data", "bbc", "politics")}, corpus.Options{})
		}},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			src := test.source(t)
			one, _, err := buildMemory(t, context.Background(), src, 1)
			if err != nil {
				t.Fatal(err)
			}
			want := graphOf(t, one)
			if len(want) == 0 {
				t.Fatal("empty graph")
			}
			for _, workers := range []int{4} {
				many, _, err := buildMemory(t, context.Background(), src, workers)
				if err != nil {
					t.Fatal(err)
				}
				if got := graphOf(t, many); !slices.Equal(got, want) {
					t.Errorf("%d workers build another graph than 1 (%d lines vs %d)", workers, len(got), len(want))
				}
			}
		})
	}
}

// cancelAfter emits the documents of src and cancels the run once n are
// emitted. On one worker, the n-1 before the last were then extracted:
// emitting one waits for the worker to be free.
func cancelAfter(src ingest.Source, n int, cancel context.CancelFunc) ingest.Source {
	return func(ctx context.Context, emit func(corpus.Document) error, warn func(corpus.Problem)) error {
		emitted := 0
		return src(ctx, func(doc corpus.Document) error {
			err := emit(doc)
			emitted++
			if emitted == n {
				cancel()
			}
			return err
		}, warn)
	}
}

func TestInterruptedBuildKeepsWhatItStoredAndResumes(t *testing.T) {
	want, _, err := buildMemory(t, context.Background(), demoSource, 2)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st, summary, err := buildMemory(t, ctx, cancelAfter(demoSource, 3, cancel), 1)
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "interrupted after storing") {
		t.Fatalf("interrupted build returned %v", err)
	}
	stats, err := st.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents == 0 || stats.Documents >= 6 {
		t.Fatalf("interrupted build stored %d of the 6 demo articles; want some, not all", stats.Documents)
	}
	if claimed := fmt.Sprintf("%d added", stats.Documents); !strings.Contains(summary, claimed) {
		t.Errorf("summary does not say %q:\n%s", claimed, summary)
	}
	var stderr bytes.Buffer
	if err := buildOn(context.Background(), st, demoSource, 2, startProgress(&stderr, false, progressOptions{}, 0)); err != nil {
		t.Fatal(err)
	}
	if unchanged := fmt.Sprintf("%d unchanged", stats.Documents); !strings.Contains(stderr.String(), unchanged) {
		t.Errorf("resumed build does not say %q:\n%s", unchanged, stderr.String())
	}
	if got := graphOf(t, st); !slices.Equal(got, graphOf(t, want)) {
		t.Error("interrupted and resumed build differs from an uninterrupted one")
	}
}

func TestBuildStopsWhenTheStoreFails(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, writeFiles(t, map[string]string{"a.txt": "Anna Abbott met Boris Baker in Paris."}))
	readOnly, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer readOnly.Close()
	var stderr bytes.Buffer
	err = buildOn(context.Background(), readOnly, demoSource, 2, startProgress(&stderr, false, progressOptions{}, 0))
	if !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("build into a read-only store returned %v, want ErrReadOnly", err)
	}
}

// TestBuildRefusesAPathThatDoesNotExist: a PATH that names nothing
// stops the build before the store is opened (exit 1, the path named):
// no store is created, and a store that exists is left byte for byte as
// it was, whatever other PATHs were given.
func TestBuildRefusesAPathThatDoesNotExist(t *testing.T) {
	corpus := writeFiles(t, smallCorpus)
	missing := filepath.Join(t.TempDir(), "missing", "dir")
	fresh := filepath.Join(t.TempDir(), "kg.db")
	var out outputs
	code := run(context.Background(), []string{"build", "--db", fresh, missing}, &out.stdout, &out.stderr)
	if want := "kg: build: " + missing + " does not exist; nothing was built\n"; code != exitError || out.stderr.String() != want {
		t.Errorf("exit code %d, want %d; stderr %q, want %q", code, exitError, out.stderr.String(), want)
	}
	if _, err := os.Stat(fresh); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the refused build made %s (%v)", fresh, err)
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, corpus)
	before := directoryFiles(t, db)
	out = outputs{}
	code = run(context.Background(), []string{"build", "--db", db, corpus, missing}, &out.stdout, &out.stderr)
	if code != exitError || !strings.Contains(out.stderr.String(), missing) {
		t.Errorf("exit code %d, want %d; stderr:\n%s", code, exitError, out.stderr.String())
	}
	if after := directoryFiles(t, db); !reflect.DeepEqual(before, after) {
		t.Errorf("the refused build changed the store's files:\nbefore %v\nafter  %v", slices.Sorted(maps.Keys(before)), slices.Sorted(maps.Keys(after)))
	}
}

// directoryFiles maps each file of dir to its SHA-256.
func directoryFiles(t *testing.T, dir string) map[string][sha256.Size]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := make(map[string][sha256.Size]byte)
	for _, entry := range entries {
		content, err := os.ReadFile(filepath.Join(dir, entry.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[entry.Name()] = sha256.Sum256(content)
	}
	return files
}

func TestBuildSummary(t *testing.T) {
	_, summary, err := buildMemory(t, context.Background(), demoSource, 0)
	if err != nil {
		t.Fatal(err)
	}
	pattern := `^kg: read 6 articles: 6 added, 0 replaced, 0 unchanged, 0 duplicates, 0 skipped; [1-9][0-9]* words extracted, [1-9][0-9]* words/s(; peak memory [1-9][0-9]* MiB)?; [0-9.]+m?s elapsed\n$`
	if !regexp.MustCompile(pattern).MatchString(summary) {
		t.Errorf("summary %q does not match %s", summary, pattern)
	}
	if _, err := os.Stat("/proc/self/status"); err == nil && !strings.Contains(summary, "peak memory") {
		t.Errorf("summary lacks the peak memory Linux reports: %q", summary)
	}
}

// TestBuildSaysOneArticle: counts of one read in the singular, in the
// summary and in the errors of the commands.
func TestBuildSaysOneArticle(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	out := mustBuild(t, db, writeFiles(t, map[string]string{"first.txt": "Tony Blair met Gordon Brown in London."}))
	if want := "kg: read 1 article: 1 added, 0 replaced, 0 unchanged, 0 duplicates, 0 skipped; "; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("summary lacks %q:\n%s", want, out.stderr.String())
	}
	var evidence outputs
	code := run(context.Background(), []string{"evidence", "--db", db, "Blair"}, &evidence.stdout, &evidence.stderr)
	if want := "not 1 argument ("; code != exitUsage || !strings.Contains(evidence.stderr.String(), want) {
		t.Errorf("kg evidence Blair: exit %d, stderr lacks %q:\n%s", code, want, evidence.stderr.String())
	}
}

func TestBuildRejectsNegativeWorkers(t *testing.T) {
	var out outputs
	code := run(context.Background(), []string{"build", "--db", filepath.Join(t.TempDir(), "kg.db"), "--workers", "-1", "x"}, &out.stdout, &out.stderr)
	if code != exitUsage {
		t.Errorf("exit code %d, want %d; stderr:\n%s", code, exitUsage, out.stderr.String())
	}
}

// proseSample: prose reads every proseSample-th article, which at its
// speed takes about as long as kg takes for all of them.
const proseSample = 10

// BenchmarkBuildVersusProse builds ../shared/data/bbc into a new store on
// every core and, in the same run, has prose tag and extract entities from
// every tenth of the same articles on one goroutine, its model loaded
// once beforehand; it reports both rates in words/s (words counted alike,
// as runs of non-space) and how many times faster kg is:
//
//	go test -run '^$' -bench BuildVersusProse -benchtime 1x ./cmd/kg
func BenchmarkBuildVersusProse(b *testing.B) {
	bbc := filepath.Join(sharedtest.Path(b), "data", "bbc")
	var texts []string
	err := corpus.Read(context.Background(), []string{bbc}, corpus.Options{}, func(doc corpus.Document) error {
		texts = append(texts, doc.Text)
		return nil
	}, nil)
	if err != nil {
		b.Fatal(err)
	}
	warm, err := prose.NewDocument("Prose loads its models here.")
	if err != nil {
		b.Fatal(err)
	}
	var kgWords, proseWords int
	var kgTime, proseTime time.Duration
	for b.Loop() {
		st, err := store.Open(b.TempDir(), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		started := time.Now()
		if err := buildOn(context.Background(), st, ingest.Files([]string{bbc}, corpus.Options{}), 0, startProgress(io.Discard, false, progressOptions{}, 0)); err != nil {
			b.Fatal(err)
		}
		kgTime += time.Since(started)
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		for _, text := range texts {
			kgWords += len(strings.Fields(text))
		}

		started = time.Now()
		for i := 0; i < len(texts); i += proseSample {
			if _, err := prose.NewDocument(texts[i], prose.UsingModel(warm.Model)); err != nil {
				b.Fatal(err)
			}
			proseWords += len(strings.Fields(texts[i]))
		}
		proseTime += time.Since(started)
	}
	kgRate := float64(kgWords) / kgTime.Seconds()
	proseRate := float64(proseWords) / proseTime.Seconds()
	b.ReportMetric(kgRate, "kg-words/s")
	b.ReportMetric(proseRate, "prose-words/s")
	b.ReportMetric(kgRate/proseRate, "times-faster")
}
