package corpus_test

import (
	"os"
	"path/filepath"
	"slices"
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
		"news/table.csv":          "a,b",
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
			wantIDs := []string{"a.md", "b.txt", "sub/D.TXT", "sub/c", "feed.jsonl:1", "x", "7", "sub/readme-not.txt", "z/deep/e.txt"}
			if gotIDs := ids(got.documents); !slices.Equal(gotIDs, wantIDs) {
				t.Errorf("ids = %q, want %q", gotIDs, wantIDs)
			}
			wantProblems := []string{"news/empty.txt: empty (skipped)"}
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
	if wantIDs := []string{"README.md", ".hidden.txt", "x.txt"}; !slices.Equal(ids(got.documents), wantIDs) {
		t.Errorf("ids = %q, want %q", ids(got.documents), wantIDs)
	}
	wantProblems := []string{
		"missing.txt: no such file or directory (skipped)",
		"news/notes.pdf: unsupported file type (want .txt, .md, no extension, .jsonl or .ndjson) (skipped)",
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
			wantIDs := []string{"a.txt", "link.txt", "outside/o.md", "sub/s.txt"}
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
