package newstext

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBBCReadsArticlesInPathOrder(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "tech", "002.txt"), "Second\n")
	write(t, filepath.Join(dir, "business", "001.txt"), "First caf\xe9\n")
	write(t, filepath.Join(dir, "business", "README.md"), "not an article")
	got, err := BBC(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"First caf\n", "Second\n"}; !slices.Equal(got, want) {
		t.Errorf("BBC = %q, want %q", got, want)
	}
}

func TestReutersReadsBodiesUnescaped(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "reut2-001.sgm"), "<REUTERS><BODY>Third</BODY></REUTERS>")
	write(t, filepath.Join(dir, "reut2-000.sgm"), "<REUTERS><TITLE>T</TITLE><BODY>AT&amp;T\nrose</BODY></REUTERS><REUTERS><BODY>Second &lt;GM&gt;</BODY></REUTERS>")
	got, err := Reuters(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"AT&T\nrose", "Second <GM>", "Third"}; !slices.Equal(got, want) {
		t.Errorf("Reuters = %q, want %q", got, want)
	}
}

func TestBBCReportsAMissingDirectory(t *testing.T) {
	if _, err := BBC(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("BBC of a missing directory gave no error")
	}
}
