package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/jdkato/prose/v2"

	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/graph"
)

// Document is an article to extract from.
type Document struct {
	ID    string
	Title string
	Text  string
	URL   string
	Date  time.Time
}

// Tagger labels the tokens of a document, sentence by sentence, with IOB2
// entity labels (B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC, O).
type Tagger interface {
	TagDocument(sentences [][]string) [][]string
}

// Extractor extracts entities and relations from articles. It is safe for
// concurrent use.
type Extractor struct {
	prose  *prose.Model
	tagger Tagger
}

// New returns an Extractor that uses the embedded entity model.
func New() (*Extractor, error) {
	m, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return NewWithTagger(m)
}

// NewWithTagger returns an Extractor that labels entities with tagger.
func NewWithTagger(tagger Tagger) (*Extractor, error) {
	doc, err := prose.NewDocument("kg", prose.WithExtraction(false))
	if err != nil {
		return nil, fmt.Errorf("extract: loading prose's tagger: %w", err)
	}
	return &Extractor{prose: doc.Model, tagger: tagger}, nil
}

// document is the working state of one extraction.
// Version names what extraction gives for a text: it changes whenever the
// rules, the model or the gazetteer make the same text give other
// entities or relations. A store keeps, with each article, the version
// that read it, so that a build with another version reads it again.
const Version = "5"

type document struct {
	prose    *prose.Model
	text     string
	sents    []sentence
	mentions []mention
	entities []*entity
	work     []bool // mention index -> names a work (markWorks)
	// bySentence lists, for each sentence, its mentions in index order;
	// indexed counts the mentions listed so far (see inSentence).
	bySentence [][]int
	indexed    int
	sexes      map[int]string // courtesySexes, once entities are settled
}

// inSentence returns the indexes of the mentions of sentence si, in
// index order. Mentions are only ever added, so the index catches up with
// those added since it was last read; it spares every question about one
// sentence a scan of the whole article.
func (d *document) inSentence(si int) []int {
	if d.bySentence == nil || d.indexed > len(d.mentions) {
		d.bySentence, d.indexed = make([][]int, len(d.sents)), 0
	}
	for ; d.indexed < len(d.mentions); d.indexed++ {
		m := d.mentions[d.indexed].sent
		d.bySentence[m] = append(d.bySentence[m], d.indexed)
	}
	return d.bySentence[si]
}

// Extract reads one article.
func (x *Extractor) Extract(in Document) *graph.Article {
	sum := sha256.Sum256([]byte(in.Text))
	a := &graph.Article{
		ID: in.ID, Title: in.Title, Date: in.Date, URL: in.URL,
		Hash:      hex.EncodeToString(sum[:]),
		Entities:  []graph.Entity{},
		Relations: []graph.Relation{},
	}
	d := &document{text: in.Text, sents: analyse(x.prose, in.Text), prose: x.prose}
	words := make([][]string, len(d.sents))
	for i, s := range d.sents {
		words[i] = make([]string, len(s.tokens))
		for j, t := range s.tokens {
			words[i][j] = t.text
			if hasLetterOrDigit(t.text) {
				a.Words++
			}
		}
	}
	d.findMentions(x.tagger.TagDocument(words))
	d.resolve()
	d.linkPronouns()
	d.tagSentences()
	rels := d.relations()
	if d.linkDescriptions(rels) {
		d.tagSentences()
		rels = d.relations()
	}
	d.output(a, rels)
	return a
}

// tagSentences tags the sentences that may state a relation: those that
// mention two entities or more.
func (d *document) tagSentences() {
	count := make([]int, len(d.sents))
	for _, m := range d.mentions {
		if m.entity >= 0 {
			count[m.sent]++
		}
	}
	for si := range d.sents {
		if count[si] >= 2 {
			tagSentence(d.prose, d.text, &d.sents[si])
		}
	}
}

func sortMentions(ms []mention) {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].start != ms[j].start {
			return ms[i].start < ms[j].start
		}
		return ms[i].end > ms[j].end
	})
}

// output fills the article with the entities and relations found. An
// entity known only by a demonym or a pronoun is kept only when a relation
// needs it.
func (d *document) output(a *graph.Article, rels []relation) {
	used := map[int]bool{}
	for _, r := range rels {
		used[r.subject], used[r.object] = true, true
	}
	ids := map[int]string{}
	order := make([]int, 0, len(d.entities))
	for e, ent := range d.entities {
		if len(ent.mentions) > 0 && (ent.named || used[e]) {
			order = append(order, e)
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		return d.firstStart(order[i]) < d.firstStart(order[j])
	})
	for _, e := range order {
		ent := d.entities[e]
		id := fmt.Sprintf("e%d", len(a.Entities)+1)
		ids[e] = id
		aliases := make([]string, len(ent.aliases))
		for i, a := range ent.aliases {
			aliases[i] = oneLine(a)
		}
		out := graph.Entity{ID: id, Name: oneLine(ent.name), Type: ent.typ, Aliases: aliases, Mentions: []graph.Mention{}}
		ms := append([]int(nil), ent.mentions...)
		sort.Slice(ms, func(i, j int) bool { return d.mentions[ms[i]].start < d.mentions[ms[j]].start })
		for _, mi := range ms {
			m := d.mentions[mi]
			out.Mentions = append(out.Mentions, graph.Mention{Start: m.start, End: m.end, Text: m.text, Via: m.via})
		}
		a.Entities = append(a.Entities, out)
	}
	for _, r := range rels {
		s, okS := ids[r.subject]
		o, okO := ids[r.object]
		if !okS || !okO {
			continue
		}
		sent := d.sents[r.sent]
		a.Relations = append(a.Relations, graph.Relation{
			Subject: s, Predicate: r.predicate, Object: o, Negated: r.negated, Kind: r.kind,
			Sentence: graph.Span{Start: sent.start, End: sent.end},
			Evidence: strings.TrimFunc(d.text[sent.start:sent.end], unicode.IsSpace),
		})
	}
}

// oneLine writes a name that a line break cuts in newswire ("Koji\n
// Kidokoro") on one line, its words one space apart.
func oneLine(name string) string { return strings.Join(strings.Fields(name), " ") }

func (d *document) firstStart(e int) int {
	first := len(d.text) + 1
	for _, mi := range d.entities[e].mentions {
		first = min(first, d.mentions[mi].start)
	}
	return first
}
