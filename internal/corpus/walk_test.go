package corpus_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/corpus"
)

func TestWalk(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{
		"news/b.txt":              "B\n\nBody b.",
		"news/a.md":               "A\n\nBody a.",
		"news/README.md":          "About this corpus.",
		"news/LICENSE":            "Terms.",
		"news/Copying.TXT":        "Terms.",
		"news/SOURCE.md":          "Where it came from.",
		"news/sub/changelog.md":   "Changes.",
		"news/licence.jsonl":      `{"text":"terms"}`,
		"news/.hidden.txt":        "Hidden.",
		"news/.git/HEAD":          "ref: refs/heads/main",
		"news/notes.pdf":          "%PDF-1.4",
		"news/table.ods":          "PK",
		"news/empty.txt":          "",
		"news/sub/c":              "C\n\nBody c.",
		"news/sub/D.TXT":          "D\n\nBody d.",
		"news/sub/feed.jsonl":     "{\"text\":\"from a feed\"}\n{\"id\":\"x\",\"text\":\"y\"}\n",
		"news/sub/more.NDJSON":    `{"id":7,"text":"z"}`,
		"news/sub/readme-not.txt": "Not documentation: the stem differs.",
		"news/z/deep/e.txt":       "E\n\nBody e.",
	})

	for _, root := range []string{"news", "news/", "./news"} {
		t.Run(root, func(t *testing.T) {
			got := readAll(t, []string{root}, corpus.Options{})
			if got.err != nil {
				t.Fatalf("Read: %v", got.err)
			}
			wantIDs := []string{"news/a.md", "news/b.txt", "news/sub/D.TXT", "news/sub/c", "news/sub/feed.jsonl:1", "x", "7", "news/sub/readme-not.txt", "news/z/deep/e.txt"}
			if gotIDs := ids(got.documents); !slices.Equal(gotIDs, wantIDs) {
				t.Errorf("ids = %q, want %q", gotIDs, wantIDs)
			}
			wantProblems := []string{"news/empty.txt: empty (skipped)", root + ": 2 files of unknown kind skipped (news/notes.pdf, news/table.ods)"}
			if !slices.Equal(got.problems, wantProblems) {
				t.Errorf("problems = %q, want %q", got.problems, wantProblems)
			}
			wantSources := []string{"news/a.md", "news/b.txt", "news/sub/D.TXT", "news/sub/c", "news/sub/feed.jsonl", "news/sub/feed.jsonl", "news/sub/more.NDJSON", "news/sub/readme-not.txt", "news/z/deep/e.txt"}
			for i, document := range got.documents {
				if i < len(wantSources) && filepath.ToSlash(document.Source) != wantSources[i] {
					t.Errorf("document %s: source %q, want %q", document.ID, document.Source, wantSources[i])
				}
			}
		})
	}
}

// Files named on the command line are read whatever their name, as long as
// their extension is one Read knows.
func TestExplicitFiles(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{
		"news/README.md":   "About\n\nThis corpus.",
		"news/.hidden.txt": "Hidden.",
		"news/notes.pdf":   "%PDF-1.4",
		"news/sub/x.txt":   "X",
	})
	got := readAll(t, []string{"news/README.md", "missing.txt", "news/.hidden.txt", "news/notes.pdf", "news/sub/x.txt"}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	if wantIDs := []string{"news/README.md", "news/.hidden.txt", "news/sub/x.txt"}; !slices.Equal(ids(got.documents), wantIDs) {
		t.Errorf("ids = %q, want %q", ids(got.documents), wantIDs)
	}
	wantProblems := []string{
		"missing.txt: no such file or directory (skipped)",
		"news/notes.pdf: unsupported file type (want .txt, .md, no extension, .jsonl, .ndjson, .sgm, .rss, .atom, .xml, .html, .htm, .csv or .warc, each maybe with .gz) (skipped)",
	}
	if !slices.Equal(got.problems, wantProblems) {
		t.Errorf("problems = %q, want %q", got.problems, wantProblems)
	}
}

func TestSymlinks(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{
		"root/a.txt":     "A",
		"root/sub/s.txt": "S",
		"elsewhere/o.md": "O",
	})
	links := map[string]string{
		"root/loop":       ".",               // to itself
		"root/sub/up":     "..",              // to its parent
		"root/twin":       "sub",             // a second way into sub
		"root/outside":    "../elsewhere",    // out of the tree, read once
		"root/link.txt":   "sub/s.txt",       // a file, read under its link's name
		"root/broken.txt": "does-not-exist",  // dangling
		"via":             "root",            // the argument itself
		"root/sub/.dot":   "../../elsewhere", // hidden, never followed
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.FromSlash(name)); err != nil {
			t.Skipf("cannot create symbolic links here: %v", err)
		}
	}
	for _, root := range []string{"root", "via"} {
		t.Run(root, func(t *testing.T) {
			got := readAll(t, []string{root}, corpus.Options{})
			if got.err != nil {
				t.Fatalf("Read: %v", got.err)
			}
			wantIDs := []string{root + "/a.txt", root + "/link.txt", root + "/outside/o.md", root + "/sub/s.txt"}
			if !slices.Equal(ids(got.documents), wantIDs) {
				t.Errorf("ids = %q, want %q", ids(got.documents), wantIDs)
			}
			wantProblems := []string{
				root + "/broken.txt: no such file or directory (skipped)",
				root + "/loop: directory already read as " + root + " (skipped)",
				root + "/sub/up: directory already read as " + root + " (skipped)",
				root + "/twin: directory already read as " + root + "/sub (skipped)",
			}
			if !slices.Equal(got.problems, wantProblems) {
				t.Errorf("problems = %q, want %q", got.problems, wantProblems)
			}
		})
	}
}

// A Badger database met while walking, such as the default store inside
// the folder being built, is noted and not read.
func TestWalkSkipsStores(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{
		"a.txt":               "A",
		"kg.db/MANIFEST":      "Bdgr\x00\x00\x00\x08",
		"kg.db/KEYREGISTRY":   "\x00\x01",
		"kg.db/000001.vlog":   "\x00",
		"kg.db/00001.mem":     "\x00",
		"old/MANIFEST":        "Bdgr\x00",
		"old/000004.sst":      "\x00",
		"notes/MANIFEST":      "Not a database: no tables beside it.",
		"notes/manifest.json": "{}",
	})
	got := readAll(t, []string{"."}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	dir := filepath.Base(mustGetwd(t))
	if want := []string{dir + "/a.txt", dir + "/notes/MANIFEST"}; !slices.Equal(ids(got.documents), want) {
		t.Errorf("ids = %q, want %q", ids(got.documents), want)
	}
	want := []string{"kg.db: a database (a kg store?); not read", "old: a database (a kg store?); not read", ".: 1 file of unknown kind skipped (" + dir + "/notes/manifest.json)"}
	if !slices.Equal(got.problems, want) {
		t.Errorf("problems = %q, want %q", got.problems, want)
	}
}

func mustGetwd(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// nest makes depth directories named d, one in another, under root, with
// a file at each depth in files, and returns the deepest.
func nest(t testing.TB, root string, depth int, files ...int) string {
	t.Helper()
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatal(err)
	}
	dir := root
	for level := 1; level <= depth; level++ {
		dir = filepath.Join(dir, "d")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if slices.Contains(files, level) {
			writeTree(t, dir, map[string]string{"f.txt": "At depth " + strconv.Itoa(level)})
		}
	}
	return dir
}

// A thousand nested folders are walked whole; a link from the deepest
// back to the top is still found to be a loop.
func TestDeepNesting(t *testing.T) {
	t.Chdir(t.TempDir())
	deepest := nest(t, "deep", 1000, 1, 500, 1000)
	top, err := filepath.Abs("deep")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(top, filepath.Join(deepest, "up")); err != nil {
		t.Skipf("cannot create symbolic links here: %v", err)
	}
	got := readAll(t, []string{"deep"}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	path := func(depth int) string { return "deep" + strings.Repeat("/d", depth) }
	// Entries are read in name order: "d" before "f.txt".
	if want := []string{path(500) + "/f.txt", path(1) + "/f.txt"}; !slices.Equal(ids(got.documents), want) {
		t.Errorf("ids = %q, want %q", ids(got.documents), want)
	}
	want := []string{
		path(1000) + "/f.txt: document " + strconv.Quote(path(1000)[:64]) + "… (2010 bytes) skipped: id longer than 1024 bytes (skipped)",
		path(1000) + "/up: directory already read as deep (skipped)",
	}
	if !slices.Equal(got.problems, want) {
		t.Errorf("problems = %q, want %q", got.problems, want)
	}
}

// BenchmarkWalkDeep walks 1,000 nested folders; the time per walk should
// stay linear in the depth.
func BenchmarkWalkDeep(b *testing.B) {
	root := filepath.Join(b.TempDir(), "deep")
	nest(b, root, 1000, 1, 250, 500)
	for b.Loop() {
		if err := corpus.Read(context.Background(), []string{root}, corpus.Options{}, func(corpus.Document) error { return nil }, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// Files of unknown kind in a directory, XML files that are no feed among
// them, are counted in one note that names the first three, and are no
// skip; named on the command line, each is a skip.
func TestUnknownFilesCounted(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{
		"docs/a.pdf": "%PDF", "docs/b.doc": "x", "docs/c.odt": "x", "docs/sub/d.xlsx": "x", "docs/sub/e.png": "x",
		"docs/config.xml": "<config><debug/></config>",
		"docs/news.xml":   `<rss><channel><item><guid>n1</guid><description>Paris is in France.</description></item></channel></rss>`,
	})
	got := readAll(t, []string{"docs"}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	if want := []string{"n1"}; !slices.Equal(ids(got.documents), want) {
		t.Errorf("ids = %q, want %q", ids(got.documents), want)
	}
	if want := []string{"docs: 6 files of unknown kind skipped (docs/a.pdf, docs/b.doc, docs/c.odt, ...)"}; !slices.Equal(got.problems, want) {
		t.Errorf("problems = %q, want %q", got.problems, want)
	}
	got = readAll(t, []string{"docs/config.xml", "docs/a.pdf"}, corpus.Options{})
	if want := []string{
		"docs/config.xml:1: not an RSS or Atom feed (root element <config>) (skipped)",
		"docs/a.pdf: unsupported file type (want .txt, .md, no extension, .jsonl, .ndjson, .sgm, .rss, .atom, .xml, .html, .htm, .csv or .warc, each maybe with .gz) (skipped)",
	}; !slices.Equal(got.problems, want) {
		t.Errorf("problems = %q, want %q", got.problems, want)
	}
}
