// Package sharedtest finds the development data that kg's tests read in
// place: the folder shared beside the repository, which holds corpora
// and gold annotations that are never copied into the repository.
package sharedtest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// rootModule opens the go.mod of the repository's root.
const rootModule = "module github.com/kg-project/kg"

// Path returns the path of elem under ../shared beside the repository
// root, and skips the test when the repository root or that path cannot be
// found: tests that need the shared data run only where it is.
func Path(t testing.TB, elem ...string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		// The repository's root holds kg's go.mod; a nested module's
		// is passed by.
		if mod, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && bytes.HasPrefix(mod, []byte(rootModule+"\n")) {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("sharedtest: no go.mod of kg above the test's directory")
		}
		dir = parent
	}
	path := filepath.Join(append([]string{filepath.Dir(dir), "shared"}, elem...)...)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("sharedtest: %s is absent: tests of shared data skip", path)
	}
	return path
}
