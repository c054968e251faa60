package extract_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// modernFloors sit a little under the relation F1 of each part of
// testdata/modern measured when they were last set (extraction version
// 21: tune 0.873, check 0.710, fresh 0.567), so that a regression fails.
var modernFloors = map[string]float64{"tune": 0.85, "check": 0.69, "fresh": 0.54}

var showModernMisses = flag.Bool("modern.misses", false, "log the missed and spurious mentions and relations of TestModernQuality's tune half")

// modernConstructions name the constructions a gold relation of
// testdata/modern is tagged with; 0 is a relation with none of them.
var modernConstructions = [...]string{
	"plain",
	"passive with a by-agent",
	"light verb and relation noun",
	"negation and denial",
	"pronoun or description",
	"second item of a coordination",
	"reported speech and relative clause",
	"control",
	"role",
	"relation noun",
}

// modernHalf tells a text's part: up to 100, odd numbers tune and even
// numbers check; from 101 on, the fresh texts, read by their totals only
// and kept from every decision but the last.
func modernHalf(t *testing.T, doc string) string {
	n, err := strconv.Atoi(doc[strings.LastIndexByte(doc, '/')+1:])
	if err != nil {
		t.Fatalf("%s: not a numbered text", doc)
	}
	switch {
	case n > 100:
		return "fresh"
	case n%2 == 1:
		return "tune"
	}
	return "check"
}

// counts are one construction's relations found, missed and spurious.
type counts struct{ tp, fn, fp int }

// modernScore is the scorer's score with the relations counted again by
// construction. A spurious relation counts against every construction of
// its sentence's gold relations, as it cannot be told which one it misread.
type modernScore struct {
	score
	sentences int
	by        [len(modernConstructions)]counts
}

func (m *modernScore) add(g goldSentence, a *graph.Article, text string, t *testing.T, misses bool) {
	m.sentences++
	m.score.add(g, a, text, t, misses)
	matched, spurious := matchRelations(g, a)
	exercised := map[int]bool{}
	for i, gr := range g.Relations {
		tags := gr.Construction
		if len(tags) == 0 {
			tags = []int{0}
		}
		for _, c := range tags {
			exercised[c] = true
			if matched[i] {
				m.by[c].tp++
			} else {
				m.by[c].fn++
			}
		}
	}
	for c := range exercised {
		m.by[c].fp += len(spurious)
	}
}

func (m *modernScore) logConstructions(t *testing.T, half string) {
	for c, n := range m.by {
		precision := float64(n.tp) / float64(max(1, n.tp+n.fp))
		recall := float64(n.tp) / float64(max(1, n.tp+n.fn))
		t.Logf("%s, %d %s: relation F1 %.3f (precision %.3f, recall %.3f; %d found, %d missed, %d spurious)",
			half, c, modernConstructions[c], f1(n.tp, n.fp, n.fn), precision, recall, n.tp, n.fn, n.fp)
	}
}

// TestModernQuality scores extraction on the wire-style texts written for
// kg in testdata/modern, each half on its own and both together, overall
// and construction by construction.
func TestModernQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("quality is measured in the full suite")
	}
	dir := filepath.Join("testdata", "modern")
	texts := readModernTexts(t, filepath.Join(dir, "texts.jsonl"))
	gold := readGold(t, filepath.Join(dir, "gold.jsonl"))
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	articles := map[string]*graph.Article{}
	scores := map[string]*modernScore{"tune": {}, "check": {}, "both": {}, "fresh": {}}
	for _, g := range gold {
		text, ok := texts[g.Doc]
		if !ok {
			t.Fatalf("%s: no such text", g.Doc)
		}
		if g.Start < 0 || g.Start >= g.End || g.End > len(text) || text[g.Start:g.End] != g.Sentence {
			t.Fatalf("%s: %q is not at [%d, %d)", g.Doc, g.Sentence, g.Start, g.End)
		}
		if _, ok := articles[g.Doc]; !ok {
			articles[g.Doc] = x.Extract(extract.Document{ID: g.Doc, Text: text})
		}
		half := modernHalf(t, g.Doc)
		scores[half].add(g, articles[g.Doc], text, t, *showModernMisses && half == "tune")
		if half != "fresh" {
			scores["both"].add(g, articles[g.Doc], text, t, false)
		}
	}
	for _, half := range []string{"tune", "check", "both", "fresh"} {
		s := scores[half]
		s.log(t, half+" ("+strconv.Itoa(s.sentences)+" sentences)")
		s.logConstructions(t, half)
		if floor, ok := modernFloors[half]; ok {
			if _, _, relation := s.results(); relation < floor {
				t.Errorf("%s half: relation F1 %.3f is below its floor %.3f", half, relation, floor)
			}
		}
	}
}

// readModernTexts reads testdata/modern/texts.jsonl into a map from each
// text's doc to the text.
func readModernTexts(t *testing.T, path string) map[string]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var line struct{ Doc, Text string }
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out[line.Doc] = line.Text
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
