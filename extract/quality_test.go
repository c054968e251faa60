package extract_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/sharedtest"
)

// The floors sit a little under the scores measured when they were set,
// so that a regression fails while noise does not. The development
// sentences come in three parts: ../shared/data/relations/dev.jsonl, the
// 190 the first rules were written from; testdata/relations/dev2.jsonl,
// annotated by the same guide before kg's output on them was looked at;
// and testdata/relations/dev3.jsonl, BBC business and Reuters sentences
// annotated the same way, to tune on that kind of text while the second
// part's business and Reuters sentences stay held aside.
var floors = map[string]struct{ mention, alias, relation float64 }{
	"old":   {mention: 0.93, alias: 0.93, relation: 0.75},
	"new":   {mention: 0.88, alias: 0.80, relation: 0.60},
	"third": {mention: 0.87, alias: 0.77, relation: 0.58},
}

var showMisses = flag.Bool("relations.misses", false, "log every missed and spurious mention and relation of TestRelationQuality, except in the held-aside sentences")

// heldAside tells the new part's BBC business and Reuters sentences, kept
// as a check on tuning: only their total is logged, never their misses.
func heldAside(doc string) bool {
	return strings.HasPrefix(doc, "bbc/business/") || strings.HasPrefix(doc, "reuters21578/")
}

type goldEntity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Mentions []string `json:"mentions"`
	Aliases  []string `json:"aliases"`
}

type goldRelation struct {
	Subject   string   `json:"subject"`
	Predicate []string `json:"predicate"`
	Object    string   `json:"object"`
	Symmetric bool     `json:"symmetric"`
	Negated   bool     `json:"negated"`
	// Construction lists the constructions of testdata/modern/README.md
	// the relation exercises; the development sentences leave it out.
	Construction []int `json:"construction"`
}

type goldSentence struct {
	Doc       string         `json:"doc"`
	Start     int            `json:"start"`
	End       int            `json:"end"`
	Sentence  string         `json:"sentence"`
	Entities  []goldEntity   `json:"entities"`
	Relations []goldRelation `json:"relations"`
}

// TestRelationQuality scores extraction on the hand-annotated BBC and
// Reuters sentences of both parts of the development set the way
// ../shared/eval/relations.py does, each part on its own and together.
func TestRelationQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("quality is measured in the full suite")
	}
	shared := sharedtest.Path(t)
	parts := map[string][]goldSentence{
		"old":   readGold(t, filepath.Join(shared, "data/relations/dev.jsonl")),
		"new":   readGold(t, filepath.Join("testdata", "relations", "dev2.jsonl")),
		"third": readGold(t, filepath.Join("testdata", "relations", "dev3.jsonl")),
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	articles := map[string]*graph.Article{}
	texts := map[string]string{}
	var all, tuned, aside score
	for _, part := range []string{"old", "new", "third"} {
		var s score
		for _, g := range parts[part] {
			if _, ok := articles[g.Doc]; !ok {
				texts[g.Doc] = loadText(t, filepath.Join(shared, "data"), g.Doc)
				articles[g.Doc] = x.Extract(extract.Document{ID: g.Doc, Text: texts[g.Doc]})
			}
			if g.End > len(texts[g.Doc]) || g.Start < 0 || g.Start >= g.End {
				t.Fatalf("%s: sentence [%d, %d) is not in the text", g.Doc, g.Start, g.End)
			}
			held := part == "new" && heldAside(g.Doc)
			s.add(g, articles[g.Doc], texts[g.Doc], t, *showMisses && !held)
			if part != "third" {
				all.add(g, articles[g.Doc], texts[g.Doc], t, false)
			}
			if held {
				aside.add(g, articles[g.Doc], texts[g.Doc], t, false)
			} else if part == "new" {
				tuned.add(g, articles[g.Doc], texts[g.Doc], t, false)
			}
		}
		s.log(t, part+fmt.Sprintf(" (%d sentences)", len(parts[part])))
		mention, alias, relation := s.results()
		f := floors[part]
		if mention < f.mention || alias < f.alias || relation < f.relation {
			t.Errorf("%s part below the floors (mention %.2f, alias %.2f, relation %.2f)", part, f.mention, f.alias, f.relation)
		}
	}
	all.log(t, "old and new")
	tuned.log(t, "new, BBC tech, entertainment, sport and politics")
	aside.log(t, "new, held aside (BBC business and Reuters)")
}

func readGold(t *testing.T, path string) []goldSentence {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldSentence
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, g)
	}
	return out
}

var (
	reutersBody = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
	charRef     = regexp.MustCompile(`&#\d+;`)
)

// loadText reads a gold document as the scorer gives it to kg: a BBC file
// (UTF-8, else Latin-1), or the body of one Reuters story.
func loadText(t *testing.T, data, doc string) string {
	path, newid, reuters := strings.Cut(doc, "#NEWID=")
	raw, err := os.ReadFile(filepath.Join(data, path))
	if err != nil {
		t.Fatal(err)
	}
	if !reuters {
		if utf8.Valid(raw) {
			return string(raw)
		}
		return latin1(raw)
	}
	text := latin1(raw)
	at := strings.Index(text, `NEWID="`+newid+`">`)
	if at < 0 {
		t.Fatalf("%s: no story %s", path, newid)
	}
	story, _, _ := strings.Cut(text[at:], "</REUTERS>")
	m := reutersBody.FindStringSubmatch(story)
	if m == nil {
		t.Fatalf("%s: story %s has no body", path, newid)
	}
	body := charRef.ReplaceAllString(m[1], "")
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(body)
}

func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

var (
	titlePrefix = regexp.MustCompile(`^(mr|mrs|ms|dr|sir|lord|lady)\.? `)
	spaces      = regexp.MustCompile(`\s+`)
	stopWords   = map[string]bool{"of": true, "the": true, "a": true, "an": true, "to": true, "with": true, "by": true, "for": true, "in": true, "on": true, "at": true, "as": true, "be": true, "is": true}
	pronouns    = map[string]bool{"i": true, "he": true, "she": true, "it": true, "they": true, "we": true, "him": true, "her": true, "them": true, "his": true, "its": true, "their": true, "himself": true, "herself": true, "itself": true, "you": true, "me": true, "us": true}
)

func norm(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "\u2019", "'"))
	s = strings.Trim(s, " .,'\"")
	s = titlePrefix.ReplaceAllString(s, "")
	return spaces.ReplaceAllString(s, " ")
}

func scoreType(t string) string {
	if t == "LOC" {
		return "GPE"
	}
	return t
}

func isName(s, canonical string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	described := func(x string) bool {
		return strings.HasPrefix(x, "the ") || strings.HasPrefix(x, "a ") || strings.HasPrefix(x, "an ")
	}
	return unicode.IsUpper(r) && !pronouns[strings.ToLower(s)] &&
		(!described(norm(s)) || described(norm(canonical)))
}

func (g goldEntity) known() map[string]bool {
	k := map[string]bool{norm(g.Name): true}
	for _, a := range g.Aliases {
		k[norm(a)] = true
	}
	return k
}

func (g goldEntity) nameMentions() []string {
	known := g.known()
	var out []string
	for _, m := range g.Mentions {
		if isName(m, g.Name) && known[norm(m)] {
			out = append(out, m)
		}
	}
	return out
}

func (g goldEntity) names() map[string]bool {
	out := map[string]bool{norm(g.Name): true}
	for _, a := range g.Aliases {
		if isName(a, g.Name) {
			out[norm(a)] = true
		}
	}
	for _, m := range g.nameMentions() {
		out[norm(m)] = true
	}
	return out
}

func systemNames(e *graph.Entity) map[string]bool {
	out := map[string]bool{norm(e.Name): true}
	for _, a := range e.Aliases {
		out[norm(a)] = true
	}
	for _, m := range e.Mentions {
		if m.Via == "name" {
			out[norm(m.Text)] = true
		}
	}
	delete(out, "")
	return out
}

func predicateMatches(system string, alternatives []string) bool {
	sp := norm(strings.ReplaceAll(system, "_", " "))
	words := map[string]bool{}
	for _, w := range strings.Fields(sp) {
		if !stopWords[w] {
			words[w] = true
		}
	}
	for _, alt := range alternatives {
		a := norm(alt)
		if a == sp {
			return true
		}
		var aw []string
		for _, w := range strings.Fields(a) {
			if !stopWords[w] {
				aw = append(aw, w)
			}
		}
		if len(aw) > 0 && (words[aw[len(aw)-1]] || words[aw[0]]) {
			return true
		}
	}
	return false
}

type score struct {
	mentionTP, mentionFP, mentionFN    int
	relationTP, relationFP, relationFN int
	aliasOK, aliasN                    int
	// orgFound of orgN gold organisation mentions were found as
	// organisations.
	orgFound, orgN int
}

func intersects(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

func (s *score) add(g goldSentence, a *graph.Article, text string, t *testing.T, misses bool) {
	type sysMention struct{ text, typ string }
	var system []sysMention
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Via != "name" || m.Start < g.Start || m.End > g.End {
				continue
			}
			system = append(system, sysMention{norm(text[m.Start:m.End]), scoreType(string(e.Type))})
		}
	}
	for _, ge := range g.Entities {
		for _, m := range ge.nameMentions() {
			hit := -1
			for i, sm := range system {
				if sm.text == norm(m) && sm.typ == scoreType(ge.Type) {
					hit = i
					break
				}
			}
			if scoreType(ge.Type) == "ORG" {
				s.orgN++
				if hit >= 0 {
					s.orgFound++
				}
			}
			if hit < 0 {
				s.mentionFN++
				if misses {
					t.Logf("%s@%d missed mention: %s %s", g.Doc, g.Start, m, scoreType(ge.Type))
				}
				continue
			}
			s.mentionTP++
			system = append(system[:hit], system[hit+1:]...)
		}
	}
	s.mentionFP += len(system)
	if misses {
		for _, sm := range system {
			t.Logf("%s@%d spurious mention: %s %s", g.Doc, g.Start, sm.text, sm.typ)
		}
	}

	goldNames := g.names()
	for _, ge := range g.Entities {
		if len(goldNames[ge.Name]) < 2 || len(ge.nameMentions()) == 0 {
			continue
		}
		s.aliasN++
		var hits []*graph.Entity
		for i := range a.Entities {
			if intersects(systemNames(&a.Entities[i]), goldNames[ge.Name]) {
				hits = append(hits, &a.Entities[i])
			}
		}
		if len(hits) == 1 {
			names := systemNames(hits[0])
			for _, m := range ge.nameMentions() {
				if names[norm(m)] {
					s.aliasOK++
					break
				}
			}
		}
	}

	matched, spurious := matchRelations(g, a)
	for i, gr := range g.Relations {
		if matched[i] {
			s.relationTP++
			continue
		}
		s.relationFN++
		if misses {
			t.Logf("%s@%d missed: %s %v %s (negated %v)", g.Doc, g.Start, gr.Subject, gr.Predicate, gr.Object, gr.Negated)
		}
	}
	s.relationFP += len(spurious)
	if misses {
		for _, r := range spurious {
			t.Logf("%s@%d spurious: %s %s %s (negated %v)", g.Doc, g.Start, a.Entity(r.Subject).Name, r.Predicate, a.Entity(r.Object).Name, r.Negated)
		}
	}
}

// names gives the names each gold entity of the sentence may be found by.
func (g goldSentence) names() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, ge := range g.Entities {
		out[ge.Name] = ge.names()
	}
	return out
}

// matchRelations pairs the sentence's gold relations with kg's relations
// that overlap it: matched[i] tells whether the i-th gold relation was
// found, and spurious holds kg's relations that match none.
func matchRelations(g goldSentence, a *graph.Article) (matched []bool, spurious []graph.Relation) {
	goldNames := g.names()
	side := func(id, name string) bool {
		e := a.Entity(id)
		if e == nil {
			return false
		}
		want, ok := goldNames[name]
		if !ok {
			want = map[string]bool{norm(name): true}
		}
		return intersects(systemNames(e), want)
	}
	var candidates []graph.Relation
	for _, r := range a.Relations {
		if r.Sentence.Start < g.End && r.Sentence.End > g.Start {
			candidates = append(candidates, r)
		}
	}
	used := map[int]bool{}
	matched = make([]bool, len(g.Relations))
	for j, gr := range g.Relations {
		for i, r := range candidates {
			if used[i] || r.Negated != gr.Negated || !predicateMatches(r.Predicate, gr.Predicate) {
				continue
			}
			forward := side(r.Subject, gr.Subject) && side(r.Object, gr.Object)
			backward := side(r.Subject, gr.Object) && side(r.Object, gr.Subject)
			if forward || gr.Symmetric && backward {
				used[i] = true
				matched[j] = true
				break
			}
		}
	}
	for i, r := range candidates {
		if !used[i] {
			spurious = append(spurious, r)
		}
	}
	return matched, spurious
}

func f1(tp, fp, fn int) float64 {
	if tp == 0 {
		return 0
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	return 2 * p * r / (p + r)
}

// log writes the part's three scores, the relations' precision and
// recall, and the share of organisations found.
func (s *score) log(t *testing.T, part string) {
	mention, alias, relation := s.results()
	precision := float64(s.relationTP) / float64(max(1, s.relationTP+s.relationFP))
	recall := float64(s.relationTP) / float64(max(1, s.relationTP+s.relationFN))
	orgs := float64(s.orgFound) / float64(max(1, s.orgN))
	t.Logf("%s: mention F1 %.3f, aliases resolved %.3f, relation F1 %.3f (precision %.3f, recall %.3f), organisations found %.3f of %d", part, mention, alias, relation, precision, recall, orgs, s.orgN)
}

func (s *score) results() (mention, alias, relation float64) {
	if s.aliasN > 0 {
		alias = float64(s.aliasOK) / float64(s.aliasN)
	}
	return f1(s.mentionTP, s.mentionFP, s.mentionFN), alias, f1(s.relationTP, s.relationFP, s.relationFN)
}
