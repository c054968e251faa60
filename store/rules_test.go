package store_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/rules"
	"github.com/kg-project/kg/store"
)

// curationFile touches the story's articles and the synthetic ones.
const curationFile = `# a curation file
merge: Putin = Vladimir Putin
type: Versailles = LOC
drop: Syria
drop-relation: met -> PERSON
merge: Baker = Anna Baker
drop: Lima
drop-relation: praised
`

func setRules(t *testing.T, s *store.Store, text string) {
	t.Helper()
	if err := s.SetRules("test.rules", []byte(text)); err != nil {
		t.Fatal(err)
	}
}

func applyRules(t *testing.T, s *store.Store) store.Curation {
	t.Helper()
	done, err := s.ApplyRules(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	return done
}

func curationArticles() []*graph.Article {
	return append(story(), syntheticArticles(200)...)
}

// curatedBuild is the snapshot of a store that puts the articles as the
// rules text corrects them, the rules applied outside the store.
func curatedBuild(t *testing.T, text string) []string {
	t.Helper()
	parsed, err := rules.Parse("test.rules", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	s := openMemory(t)
	for _, a := range curationArticles() {
		put(t, s, parsed.Apply(a))
	}
	return snapshot(t, s)
}

func TestRulesCuratePut(t *testing.T) {
	s := openMemory(t)
	setRules(t, s, curationFile)
	put(t, s, curationArticles()...)
	want := curatedBuild(t, curationFile)
	if got := snapshot(t, s); !slices.Equal(got, want) {
		t.Errorf("store with rules differs from a build of curated articles: %s", difference(got, want))
	}
	if slices.Equal(want, curatedBuild(t, "")) {
		t.Fatal("the curation file changes nothing")
	}
	if done := applyRules(t, s); done.Articles != 0 {
		t.Errorf("ApplyRules after rules set before any Put curated %d articles again", done.Articles)
	}
}

func TestApplyRulesMatchesBuild(t *testing.T) {
	s := openMemory(t)
	put(t, s, curationArticles()...)
	// The store joins a one-word name to the one longer name that has it
	// as an alias at the time, so dropping or renaming a node that
	// one-word names join gives a graph that depends on the order
	// articles are curated in; these rules leave those nodes be.
	for _, text := range []string{curationFile, "drop: Russia\ntype: Syria = LOC\nmerge: O'Brien = Conor O'Brien\n", ""} {
		setRules(t, s, text)
		done := applyRules(t, s)
		if done.Articles == 0 || done.Unextracted != 0 || len(done.Skipped) != 0 {
			t.Errorf("ApplyRules of %q: %+v", text, done)
		}
		if text == curationFile && done.Articles != changedArticles(t, text) {
			t.Errorf("ApplyRules of the first file curated %d articles, want the %d it changes", done.Articles, changedArticles(t, text))
		}
		if got, want := snapshot(t, s), curatedBuild(t, text); !slices.Equal(got, want) {
			t.Errorf("rules %q applied to the store differ from a build with them: %s", text, difference(got, want))
		}
		if again := applyRules(t, s); again.Articles != 0 {
			t.Errorf("ApplyRules again curated %d articles", again.Articles)
		}
	}
}

// TestRulesApartInStore keeps a one-word name from joining the node of a
// longer one across articles.
func TestRulesApartInStore(t *testing.T) {
	articles := []*graph.Article{
		{ID: "a", Hash: "a", Entities: []graph.Entity{entity("e1", "George W Bush", graph.Person, 1)}},
		{ID: "b", Hash: "b", Entities: []graph.Entity{entity("e1", "George W Bush", graph.Person, 1, "Bush")}},
		{ID: "c", Hash: "c", Entities: []graph.Entity{entity("e1", "Bush", graph.Person, 1)}},
	}
	s := openMemory(t)
	put(t, s, articles...)
	if nodes, _ := s.Lookup("Bush"); len(nodes) != 1 {
		t.Fatalf("without rules, Bush names %d nodes, want 1", len(nodes))
	}
	setRules(t, s, "apart: Bush | George W Bush\n")
	applyRules(t, s)
	nodes, err := s.Lookup("Bush")
	if err != nil || len(nodes) != 1 || nodes[0].Name != "Bush" || nodes[0].Documents != 2 {
		t.Errorf("Lookup(Bush) = %+v, %v; want Bush alone, in 2 documents", nodes, err)
	}
	george := lookupOne(t, s, "George W Bush")
	if node, _ := s.Node(george); len(node.Aliases) != 0 || node.Documents != 2 {
		t.Errorf("George W Bush = %+v, want no aliases, 2 documents", node)
	}
}

func TestRulesKeptWithStore(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	setRules(t, s, curationFile)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if text, err := s.Rules(); err != nil || string(text) != curationFile {
		t.Errorf("Rules() = %q, %v; want the file set", text, err)
	}
	put(t, s, curationArticles()...)
	if got, want := snapshot(t, s), curatedBuild(t, curationFile); !slices.Equal(got, want) {
		t.Errorf("reopened store does not curate by its rules: %s", difference(got, want))
	}
}

func TestSetRulesRefusesBadFile(t *testing.T) {
	s := openMemory(t)
	setRules(t, s, curationFile)
	err := s.SetRules("bad.rules", []byte("merge: A = B\nfrob\n"))
	var syntax *rules.SyntaxError
	if !errors.As(err, &syntax) || syntax.File != "bad.rules" || syntax.Line != 2 {
		t.Fatalf("SetRules of a bad file: %v, want a *rules.SyntaxError at bad.rules:2", err)
	}
	if text, _ := s.Rules(); string(text) != curationFile {
		t.Errorf("a refused file replaced the rules: %q", text)
	}
}

// stopAfter is a context whose Err turns non-nil after n calls, to stop
// ApplyRules between two transactions.
type stopAfter struct {
	context.Context
	n int
}

func (c *stopAfter) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

func TestApplyRulesResumes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, curationArticles()...)
	setRules(t, s, curationFile)
	first, err := s.ApplyRules(&stopAfter{Context: context.Background(), n: 2})
	if !errors.Is(err, context.Canceled) || first.Articles == 0 {
		t.Fatalf("interrupted ApplyRules: %+v, %v", first, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rest := applyRules(t, s)
	if want := changedArticles(t, curationFile); first.Articles+rest.Articles != want {
		t.Errorf("ApplyRules curated %d then %d articles, want the %d the rules change in all", first.Articles, rest.Articles, want)
	}
	if got, want := snapshot(t, s), curatedBuild(t, curationFile); !slices.Equal(got, want) {
		t.Errorf("resumed curation differs from a build with the rules: %s", difference(got, want))
	}
}

// difference describes the lines only one of two sorted snapshots has.
func difference(got, want []string) string {
	var only []string
	for _, line := range got {
		if !slices.Contains(want, line) {
			only = append(only, "+ "+line)
		}
	}
	for _, line := range want {
		if !slices.Contains(got, line) {
			only = append(only, "- "+line)
		}
	}
	return fmt.Sprintf("%d lines differ (+ only in the store, - only in the build):\n%s", len(only), strings.Join(only[:min(len(only), 20)], "\n"))
}

// changedArticles counts the articles of curationArticles, duplicates
// left out, that the rules text curates into something else.
func changedArticles(t *testing.T, text string) int {
	t.Helper()
	parsed, err := rules.Parse("test.rules", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	changed := 0
	seen := make(map[string]bool)
	for _, a := range curationArticles() {
		if seen[a.Hash] {
			continue
		}
		seen[a.Hash] = true
		if !reflect.DeepEqual(parsed.Apply(a), a) {
			changed++
		}
	}
	return changed
}

// TestApplyRulesChangedMidway changes the rules while the store is
// curated partly by the old and partly by the new ones.
func TestApplyRulesChangedMidway(t *testing.T) {
	s := openMemory(t)
	put(t, s, curationArticles()...)
	setRules(t, s, curationFile)
	if _, err := s.ApplyRules(&stopAfter{Context: context.Background(), n: 3}); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted ApplyRules: %v", err)
	}
	const second = "drop: Russia\ntype: Syria = LOC\nmerge: Baker = Anna Baker\n"
	setRules(t, s, second)
	done := applyRules(t, s)
	if got, want := snapshot(t, s), curatedBuild(t, second); !slices.Equal(got, want) {
		t.Errorf("rules changed midway: %s", difference(got, want))
	}
	stats, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if done.Articles != stats.Documents {
		t.Errorf("curated %d articles, want all %d: which rules each was curated by is not known", done.Articles, stats.Documents)
	}
}

// curationChildEnv, when set to a directory, makes the test binary a
// child that sets curationFile on the store there and applies it,
// saying "set" before it applies and stepped by pacedContext.
const curationChildEnv = "KG_STORE_CURATION_CHILD"

func curateUntilKilled(dir string) int {
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer s.Close()
	if err := s.SetRules("test.rules", []byte(curationFile)); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	fmt.Println("set")
	paced := pacedContext{Context: context.Background(), in: bufio.NewScanner(os.Stdin)}
	if _, err := s.ApplyRules(paced); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	return 0
}

// pacedContext lets a parent process step a child's ApplyRules: each
// time ApplyRules asks whether to go on (before each transaction), the
// child says "chunk" and waits for a line on its standard input.
type pacedContext struct {
	context.Context
	in *bufio.Scanner
}

func (c pacedContext) Err() error {
	fmt.Println("chunk")
	if !c.in.Scan() {
		return context.Canceled
	}
	return nil
}

// TestKilledMidCurationResumes kills processes applying rules, between
// two of its transactions (after 0, 1 and 3 of them) and at moments
// left to chance; each time, the next ApplyRules must finish the work
// to the graph a build with the rules gives.
func TestKilledMidCurationResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills child processes")
	}
	want := curatedBuild(t, curationFile)
	changed := changedArticles(t, curationFile)
	kills := []struct {
		chunks int           // transactions let through before the kill; -1: all
		delay  time.Duration // after "set", when chunks is -1
	}{{0, 0}, {1, 0}, {3, 0}, {-1, 0}, {-1, 20 * time.Millisecond}, {-1, 200 * time.Millisecond}}
	for _, kill := range kills {
		dir := t.TempDir()
		s, err := store.Open(dir, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		put(t, s, curationArticles()...)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		child := exec.Command(os.Args[0], "-test.run=^$")
		child.Env = append(os.Environ(), curationChildEnv+"="+dir)
		stdout, err := child.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		stdin, err := child.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := child.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(stdout)
		lines.Scan()
		if kill.chunks >= 0 {
			for range kill.chunks {
				lines.Scan()
				fmt.Fprintln(stdin, "go")
			}
			// The child waits before its next transaction.
			lines.Scan()
		} else {
			go func() {
				for lines.Scan() {
					fmt.Fprintln(stdin, "go")
				}
			}()
			time.Sleep(kill.delay)
		}
		if err := child.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		child.Wait()
		s, err = store.Open(dir, store.Options{})
		if err != nil {
			t.Fatalf("killed at %+v: %v", kill, err)
		}
		done := applyRules(t, s)
		t.Logf("killed at %+v: %d of %d articles left to curate", kill, done.Articles, changed)
		if kill.chunks > 0 && (done.Articles == 0 || done.Articles >= changed) {
			t.Errorf("killed after %d transactions: %d of %d articles left to curate, want some but not all", kill.chunks, done.Articles, changed)
		}
		if got := snapshot(t, s); !slices.Equal(got, want) {
			t.Errorf("killed at %+v and resumed: %s", kill, difference(got, want))
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestExtractedPredicates: the predicates extraction found stay known
// once a rule drops every relation of one of them from the graph.
func TestExtractedPredicates(t *testing.T) {
	s := openMemory(t)
	setRules(t, s, "drop-relation: supports\n")
	put(t, s, story()...)
	applyRules(t, s)
	stored, err := s.Predicates()
	if err != nil || slices.Contains(stored, "supports") {
		t.Fatalf("Predicates() = %v, %v; want no supports, which the rule drops", stored, err)
	}
	got, err := s.ExtractedPredicates()
	want := append(stored, "supports")
	slices.Sort(want)
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("ExtractedPredicates() = %v, %v; want %v", got, err, want)
	}
}

// TestExtractedNames: the names extraction found stay known once a rule
// drops the entity that bore them.
func TestExtractedNames(t *testing.T) {
	s := openMemory(t)
	setRules(t, s, "drop: Syria\n")
	put(t, s, story()...)
	applyRules(t, s)
	if nodes, err := s.Lookup("Syria"); err != nil || len(nodes) > 0 {
		t.Fatalf("Lookup(Syria) = %v, %v; want none, which the rule drops", nodes, err)
	}
	got, err := s.ExtractedNames()
	if err != nil || !slices.Contains(got, "syria") || !slices.Contains(got, graph.FoldName("Vladimir Putin")) || !slices.IsSorted(got) {
		t.Errorf("ExtractedNames() = %v, %v; want syria and vladimir putin among them, sorted", got, err)
	}
}
