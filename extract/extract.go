package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/parse"
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
	tagger Tagger
	parser *parse.Model
}

// New returns an Extractor that uses the embedded entity model.
func New() (*Extractor, error) {
	// The parser's model loads while the tagger's does; NewWithTagger
	// waits for it.
	go parse.Default()
	m, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return NewWithTagger(m)
}

// NewWithTagger returns an Extractor that labels entities with tagger.
func NewWithTagger(tagger Tagger) (*Extractor, error) {
	parser, err := parse.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return &Extractor{tagger: tagger, parser: parser}, nil
}

// Version names what extraction gives for a text: it changes whenever the
// rules, the model or the gazetteer make the same text give other
// entities or relations. A store keeps, with each article, the version
// that read it, so that a build with another version reads it again.
const Version = "21"

// document is the working state of one extraction.
type document struct {
	parser   *parse.Model
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
	// protagonists holds, by type, the entity the article is about, or -1
	// (protagonist), once asked.
	protagonists map[graph.Type]int
	lower        map[string]bool // the words the article writes small (lowerWords), from findMentions on
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
	text, origin := normalise(in.Text)
	d := &document{text: text, sents: analyse(text), parser: x.parser}
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
	d.findMentions(tagInParts(x.tagger, words))
	d.resolve()
	d.markNames()
	d.markTeams()
	d.markDatelines()
	d.linkPronouns()
	d.parseSentences()
	rels := d.relations()
	linked := d.linkDescriptions(rels)
	linked = d.relinkReported() || linked
	if d.linkSpokenFor(rels) || linked {
		d.parseSentences()
		rels = d.relations()
	}
	d.output(a, rels)
	if origin != nil {
		relocate(a, in.Text, origin)
	}
	return a
}

// relocate turns the offsets of a, which point into the normalised text,
// into offsets into the article's text; a mention reads as the article
// writes it.
func relocate(a *graph.Article, text string, origin origin) {
	for i := range a.Entities {
		for j := range a.Entities[i].Mentions {
			m := &a.Entities[i].Mentions[j]
			m.Start, m.End = origin.source(m.Start), origin.source(m.End)
			m.Text = text[m.Start:m.End]
		}
	}
	for i := range a.Relations {
		span := &a.Relations[i].Sentence
		span.Start, span.End = origin.source(span.Start), origin.source(span.End)
	}
}

// maxTaggedTokens bounds the tokens the entity tagger reads at once. It
// reads a whole article, its second stage looking at what the first found
// elsewhere in it, and holds features for every token meanwhile: an
// article of megabytes is read in parts of this many tokens (about half a
// megabyte of text), each a run of whole sentences. News articles are
// far shorter, and read whole.
const maxTaggedTokens = 100_000

// tagInParts labels the sentences' tokens with tagger, in parts of at
// most maxTaggedTokens tokens.
func tagInParts(tagger Tagger, sentences [][]string) [][]string {
	labels := make([][]string, 0, len(sentences))
	for len(sentences) > 0 {
		n, tokens := 0, 0
		for n < len(sentences) && (n == 0 || tokens+len(sentences[n]) <= maxTaggedTokens) {
			tokens += len(sentences[n])
			n++
		}
		labels = append(labels, tagger.TagDocument(sentences[:n])...)
		sentences = sentences[n:]
	}
	return labels
}

// markNames marks the tokens of each sentence that the names of its
// entities cover, which the parser's tagger then reads as proper nouns.
func (d *document) markNames() {
	for _, m := range d.mentions {
		if m.via != "name" || m.entity < 0 {
			continue
		}
		s := &d.sents[m.sent]
		if s.names == nil {
			s.names = make([]bool, len(s.tokens))
		}
		for k := m.first; k < m.last; k++ {
			s.names[k] = true
		}
	}
}

// parseSentences parses the sentences that may state a relation: those
// that mention two entities or more, or one and a plural description
// that may stand for a list of names before it ("Ford and Volkswagen held
// talks. The pair later sued Microsoft").
func (d *document) parseSentences() {
	count := make([]int, len(d.sents))
	for _, m := range d.mentions {
		if m.entity >= 0 {
			count[m.sent]++
		}
	}
	for si := range d.sents {
		if count[si] >= 2 || count[si] == 1 && d.mayStandForList(si) {
			parseSentence(d.parser, &d.sents[si])
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
// needs it, and one whose every name names a work ("business programme
// Dragon's Den", "sketch comedy Jam") is no entity.
func (d *document) output(a *graph.Article, rels []relation) {
	used := map[int]bool{}
	for _, r := range rels {
		used[r.subject], used[r.object] = true, true
	}
	ids := map[int]string{}
	order := make([]int, 0, len(d.entities))
	for e, ent := range d.entities {
		if len(ent.mentions) > 0 && (ent.named && !d.onlyWork(ent) || used[e]) {
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
	// Relations leave extraction here, so here they take the
	// vocabulary's spellings, and a symmetric one stated both ways by one
	// sentence ("Blair and Chirac met") is kept once.
	type statement struct {
		sent, subject, object int
		predicate             string
		negated               bool
	}
	stated := map[statement]bool{}
	for _, r := range rels {
		s, okS := ids[r.subject]
		o, okO := ids[r.object]
		if !okS || !okO {
			continue
		}
		predicate := graph.CanonicalPredicate(r.predicate)
		if graph.IsSymmetric(predicate) {
			key := statement{r.sent, min(r.subject, r.object), max(r.subject, r.object), predicate, r.negated}
			if stated[key] {
				continue
			}
			stated[key] = true
		}
		start, end := d.evidence(r)
		a.Relations = append(a.Relations, graph.Relation{
			Subject: s, Predicate: predicate, Object: o, Negated: r.negated, Kind: r.kind,
			Sentence: graph.Span{Start: start, End: end},
			Evidence: strings.TrimFunc(d.text[start:end], unicode.IsSpace),
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

// maxEvidence bounds the evidence of a relation, in bytes. Every relation
// of a sentence stores its evidence, and a sentence may run to tens of
// kilobytes (a list of names without a full stop); the longest evidence
// in the BBC corpus is 391 bytes.
const maxEvidence = 1000

// evidence returns the span of text that states relation r: its
// sentence, or, when the sentence is longer than maxEvidence, the stretch
// of whole tokens of at most maxEvidence bytes around the closest mentions
// of its two entities.
func (d *document) evidence(r relation) (int, int) {
	sent := d.sents[r.sent]
	if sent.end-sent.start <= maxEvidence {
		return sent.start, sent.end
	}
	lo, hi := sent.start, sent.start
	found := false
	for _, si := range d.inSentence(r.sent) {
		if d.mentions[si].entity != r.subject {
			continue
		}
		for _, oi := range d.inSentence(r.sent) {
			if d.mentions[oi].entity != r.object {
				continue
			}
			s, o := d.mentions[si], d.mentions[oi]
			a, b := min(s.start, o.start), max(s.end, o.end)
			if !found || b-a < hi-lo {
				lo, hi, found = a, b, true
			}
		}
	}
	// Widen the stretch evenly on both sides, within the sentence.
	room := maxEvidence - (hi - lo)
	if room < 0 {
		hi = lo + maxEvidence
	} else {
		left := min(room/2, lo-sent.start)
		hi = min(sent.end, hi+room-left)
		lo = max(sent.start, lo-(maxEvidence-(hi-lo)))
	}
	// Cut at the tokens inside the stretch; a single token longer than
	// the bound is cut at a character.
	first, last := -1, -1
	for i, t := range sent.tokens {
		if t.start >= lo && t.end <= hi {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		for hi > lo && hi < len(d.text) && !utf8.RuneStart(d.text[hi]) {
			hi--
		}
		return lo, hi
	}
	return sent.tokens[first].start, sent.tokens[last].end
}
