package gazetteer_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/sharedtest"
)

// conllEntities returns the text of every entity of the given tag in a
// CoNLL-2003 file.
func conllEntities(t *testing.T, path, tag string) []string {
	t.Helper()
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	var entities, current []string
	flush := func() {
		if len(current) > 0 {
			entities = append(entities, strings.Join(current, " "))
			current = nil
		}
	}
	scanner := bufio.NewScanner(file)
	for scanner.Scan() {
		fields := strings.Fields(scanner.Text())
		if len(fields) != 4 {
			flush()
			continue
		}
		switch fields[3] {
		case "B-" + tag:
			flush()
			current = []string{fields[0]}
		case "I-" + tag:
			current = append(current, fields[0])
		default:
			flush()
		}
	}
	flush()
	if err := scanner.Err(); err != nil {
		t.Fatal(err)
	}
	return entities
}

// TestConllLocations measures how many location mentions of CoNLL-2003's
// validation split the gazetteer knows, and how many of its MISC
// mentions (mostly nationality adjectives) are demonyms.
func TestConllLocations(t *testing.T) {
	path := sharedtest.Path(t, "data", "conll2003/valid.txt")
	locations := conllEntities(t, path, "LOC")
	found := 0
	for _, mention := range locations {
		if entry, ok := gazetteer.Lookup(mention); ok && (entry.Type == graph.GPE || entry.Type == graph.Loc) {
			found++
		}
	}
	locRecall := float64(found) / float64(len(locations))
	misc := conllEntities(t, path, "MISC")
	demonyms := 0
	for _, mention := range misc {
		if _, ok := gazetteer.Demonym(mention); ok {
			demonyms++
		}
	}
	miscShare := float64(demonyms) / float64(len(misc))
	t.Logf("LOC mentions found by Lookup: %d of %d (%.3f); MISC mentions that are demonyms: %d of %d (%.3f)",
		found, len(locations), locRecall, demonyms, len(misc), miscShare)
	// Floors a little under what the data reaches, so that a broken index
	// or a lost file fails while new entries need no change here.
	if locRecall < 0.85 || miscShare < 0.5 {
		t.Errorf("coverage fell: LOC %.3f (want 0.85), MISC %.3f (want 0.5)", locRecall, miscShare)
	}
}

// TestRelationsPlaces checks alias resolution against the gold names of
// the hand-annotated relations set: when Lookup (or, for a nationality
// adjective, Demonym) finds a mention of a place, the entry's name must be
// the gold canonical name. Pronouns and descriptions ("the country") are
// beyond a gazetteer and only logged.
func TestRelationsPlaces(t *testing.T) {
	path := sharedtest.Path(t, "data", "relations/dev.jsonl")
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	type entity struct {
		Name     string   `json:"name"`
		Type     string   `json:"type"`
		Mentions []string `json:"mentions"`
	}
	var mentions, found, right int
	scanner := bufio.NewScanner(file)
	scanner.Buffer(nil, 1<<20)
	for scanner.Scan() {
		var sentence struct {
			Entities []entity `json:"entities"`
		}
		if err := json.Unmarshal(scanner.Bytes(), &sentence); err != nil {
			t.Fatal(err)
		}
		for _, gold := range sentence.Entities {
			if gold.Type != "GPE" && gold.Type != "LOC" {
				continue
			}
			for _, mention := range gold.Mentions {
				mentions++
				entry, ok := gazetteer.Lookup(mention)
				if !ok {
					entry, ok = gazetteer.Demonym(mention)
				}
				if !ok {
					t.Logf("unknown: %q (%s %q)", mention, gold.Type, gold.Name)
					continue
				}
				found++
				if entry.Name == gold.Name {
					right++
				} else {
					t.Errorf("resolved %q to %q, gold %q", mention, entry.Name, gold.Name)
				}
			}
		}
	}
	if err := scanner.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("GPE/LOC mentions found: %d of %d; resolved to the gold name: %d", found, mentions, right)
	if found < mentions*9/10 {
		t.Errorf("found %d of %d place mentions, want at least 90%%", found, mentions)
	}
}
