package extract

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
)

// TestLexiconListsRead reads every embedded word list, so that a
// malformed line fails here rather than when extraction first needs it,
// and checks that no list gives a key twice.
func TestLexiconListsRead(t *testing.T) {
	names, err := fs.Glob(lexiconFiles, "lexicon/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no word lists: %v", err)
	}
	for _, path := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(path, "lexicon/"), ".txt")
		seen := map[string]int{}
		for _, e := range readLexicon(name) {
			if at, dup := seen[e.key]; dup {
				t.Errorf("%s:%d: %q already given at line %d", path, e.line, e.key, at)
			}
			seen[e.key] = e.line
		}
	}
}

func TestReadLexiconRefusesAMissingList(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("reading a list the binary does not hold did not panic")
		}
	}()
	readLexicon("no such list")
}

// TestDescriptionHeadsAreTypes checks that every head noun of
// description_heads.txt stands for a type of entity a description may
// stand for.
func TestDescriptionHeadsAreTypes(t *testing.T) {
	for noun, typ := range descriptionHeads {
		if typ != graph.Person && typ != graph.Org && typ != graph.GPE {
			t.Errorf("description_heads.txt: %q stands for %q, not PERSON, ORG or GPE", noun, typ)
		}
	}
}
