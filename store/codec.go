package store

import (
	"encoding/binary"
	"fmt"
	"time"

	"github.com/kg-project/kg/graph"
)

// Values are small records of fields written one after another: strings
// and byte slices with a uvarint length, integers as varints, times as a
// flag byte (0: zero time) then Unix seconds and nanoseconds. Times come
// back in UTC.

// articleRecord is the value of an article key.
type articleRecord struct {
	Hash        string
	Title       string
	Date        time.Time
	URL         string
	DuplicateOf string   // id of the article whose text this one repeats; "" when the text is its own
	Manifest    [][]byte // every key the article's content contributed
	// Source is where the article was read from (graph.Article.Source).
	// It is left out when empty and nothing follows it, so that records
	// written before it existed decode as articles of unknown source.
	Source string
	// Extraction is the article's entities and relations as extraction
	// gave them (see encodeExtraction); it ends the record, and records
	// written before it existed, which lack it, decode with none.
	Extraction []byte
}

func (r *articleRecord) encode() []byte {
	var buf []byte
	buf = appendField(buf, r.DuplicateOf)
	buf = appendField(buf, r.Hash)
	buf = appendField(buf, r.Title)
	buf = appendTime(buf, r.Date)
	buf = appendField(buf, r.URL)
	buf = binary.AppendUvarint(buf, uint64(len(r.Manifest)))
	for _, key := range r.Manifest {
		buf = appendField(buf, key)
	}
	if r.Source != "" || len(r.Extraction) > 0 {
		buf = appendField(buf, r.Source)
	}
	if len(r.Extraction) > 0 {
		buf = appendField(buf, r.Extraction)
	}
	return buf
}

func decodeArticle(buf []byte) (articleRecord, error) {
	d := decoder{rest: buf}
	r := articleRecord{
		DuplicateOf: d.string(),
		Hash:        d.string(),
		Title:       d.string(),
		Date:        d.time(),
		URL:         d.string(),
	}
	n := d.uvarint()
	if n > uint64(len(d.rest)) {
		return articleRecord{}, fmt.Errorf("%w: article record claims %d keys in %d bytes", ErrCorrupt, n, len(d.rest))
	}
	r.Manifest = make([][]byte, 0, n)
	for range n {
		r.Manifest = append(r.Manifest, d.bytes())
	}
	r.Source = d.optionalString()
	if len(d.rest) > 0 {
		r.Extraction = d.bytes()
	}
	return r, d.finish("article record")
}

// decodeArticleSource reads only the Source of an article record, without
// copying its manifest.
func decodeArticleSource(buf []byte) (string, error) {
	d := decoder{rest: buf}
	d.skip() // DuplicateOf
	d.skip() // Hash
	d.skip() // Title
	d.time()
	d.skip() // URL
	for n := d.uvarint(); n > 0 && !d.bad; n-- {
		d.skip()
	}
	source := d.optionalString()
	if len(d.rest) > 0 {
		d.skip() // Extraction
	}
	return source, d.finish("article record")
}

// nodeRecord is the value of a node key: the node's identity as first
// seen, and the sums of its articles' mention keys. A node no article
// mentions (Documents 0) keeps its record, and so its id, in case it
// comes back.
type nodeRecord struct {
	Type      graph.Type
	Name      string
	Mentions  int
	Documents int
}

func (r nodeRecord) encode() []byte {
	buf := appendField(appendField(nil, string(r.Type)), r.Name)
	return binary.AppendUvarint(binary.AppendUvarint(buf, uint64(r.Mentions)), uint64(r.Documents))
}

func decodeNode(buf []byte) (nodeRecord, error) {
	d := decoder{rest: buf}
	r := nodeRecord{Type: graph.Type(d.string()), Name: d.string(), Mentions: int(d.uvarint()), Documents: int(d.uvarint())}
	return r, d.finish("node record")
}

// groupRecord is the value of a group key: the entity a canonical node
// stands for, shown with Type and Name, and every node resolved to it,
// itself first and the others in ascending id order. Overlap is how many
// more documents the members' counts add up to than name the group, when
// Resolve made it: articles that name two members count once.
type groupRecord struct {
	Type    graph.Type
	Name    string
	Overlap int
	Members []uint64
}

func (r groupRecord) encode() []byte {
	buf := binary.AppendUvarint(appendField(appendField(nil, string(r.Type)), r.Name), uint64(r.Overlap))
	buf = binary.AppendUvarint(buf, uint64(len(r.Members)))
	for _, member := range r.Members {
		buf = binary.AppendUvarint(buf, member)
	}
	return buf
}

func decodeGroup(buf []byte) (groupRecord, error) {
	d := decoder{rest: buf}
	r := groupRecord{Type: graph.Type(d.string()), Name: d.string(), Overlap: int(d.uvarint())}
	n := d.uvarint()
	if n > uint64(len(d.rest)) {
		return groupRecord{}, fmt.Errorf("%w: group record claims %d members in %d bytes", ErrCorrupt, n, len(d.rest))
	}
	r.Members = make([]uint64, 0, n)
	for range n {
		r.Members = append(r.Members, d.uvarint())
	}
	return r, d.finish("group record")
}

// spellingRecord is the value of a spelling key: how many articles call a
// node by one alias, and how the one with the least id writes it, which
// stands for all.
type spellingRecord struct {
	Documents int
	Article   string
	Spelling  string
}

func (r spellingRecord) encode() []byte {
	return appendField(appendField(binary.AppendUvarint(nil, uint64(r.Documents)), r.Article), r.Spelling)
}

func decodeSpelling(buf []byte) (spellingRecord, error) {
	d := decoder{rest: buf}
	r := spellingRecord{Documents: int(d.uvarint()), Article: d.string(), Spelling: d.string()}
	return r, d.finish("spelling record")
}

// edgeRecord is the value of edge and in-edge keys: an edge's weight and
// dates summed over its evidence keys, and its earliest evidence in full,
// so that a walk reads one record per edge.
type edgeRecord struct {
	Weight      int
	First, Last time.Time // zero when no evidence is dated
	Earliest    evidenceRef
}

// evidenceRef is one evidence key's content: where the sentence is and
// its value.
type evidenceRef struct {
	Article string
	Start   int
	evidenceValue
}

func (r edgeRecord) encode() []byte {
	buf := binary.AppendUvarint(nil, uint64(r.Weight))
	buf = appendTime(appendTime(buf, r.First), r.Last)
	buf = binary.AppendVarint(appendField(buf, r.Earliest.Article), int64(r.Earliest.Start))
	return append(buf, r.Earliest.encode()...)
}

func decodeEdge(buf []byte) (edgeRecord, error) {
	d := decoder{rest: buf}
	r := edgeRecord{Weight: int(d.uvarint()), First: d.time(), Last: d.time()}
	r.Earliest.Article = d.string()
	r.Earliest.Start = int(d.varint())
	r.Earliest.evidenceValue = d.evidence()
	return r, d.finish("edge record")
}

// edge is the graph.Edge an edge or in-edge key and its record describe;
// its Kind is that of its earliest evidence.
func (r edgeRecord) edge(key Key) graph.Edge {
	return graph.Edge{
		From: key.From, To: key.To, Predicate: key.Predicate, Negated: key.Negated,
		Kind: r.Earliest.Kind, Weight: r.Weight, First: r.First, Last: r.Last,
	}
}

// evidence is the sentence the reference points at.
func (e evidenceRef) evidence() graph.Evidence {
	return graph.Evidence{
		Document: e.Article,
		Sentence: graph.Span{Start: e.Start, End: e.End},
		Text:     e.Text,
		Date:     e.Date,
	}
}

// add counts one more evidence key of the edge.
func (r *edgeRecord) add(evidence evidenceRef) {
	if r.Weight == 0 || evidence.before(r.Earliest) {
		r.Earliest = evidence
	}
	r.Weight++
	date := evidence.Date
	if date.IsZero() {
		return
	}
	if r.First.IsZero() || date.Before(r.First) {
		r.First = date
	}
	if date.After(r.Last) {
		r.Last = date
	}
}

// subtract takes one evidence key out of the record, and reports false,
// leaving the record as it was, when what is left cannot be told without
// the edge's other evidence: the evidence was the earliest, the last one,
// or dated at First or Last.
func (r *edgeRecord) subtract(evidence evidenceRef) bool {
	if r.Weight <= 1 || evidence.Article == r.Earliest.Article && evidence.Start == r.Earliest.Start {
		return false
	}
	if !evidence.Date.IsZero() && (evidence.Date.Equal(r.First) || evidence.Date.Equal(r.Last)) {
		return false
	}
	r.Weight--
	return true
}

// before orders evidence earliest first: dated before undated, then by
// date, article and position.
func (e evidenceRef) before(other evidenceRef) bool {
	return compareEvidence(e.Date, e.Article, e.Start, other.Date, other.Article, other.Start) < 0
}

// evidenceValue is the value of an evidence key.
type evidenceValue struct {
	Kind graph.Kind
	Date time.Time
	End  int
	Text string
}

func (v evidenceValue) encode() []byte {
	buf := appendTime(appendField(nil, string(v.Kind)), v.Date)
	buf = binary.AppendVarint(buf, int64(v.End))
	return appendField(buf, v.Text)
}

func decodeEvidence(buf []byte) (evidenceValue, error) {
	d := decoder{rest: buf}
	v := d.evidence()
	return v, d.finish("evidence value")
}

func encodeCount(n int) []byte {
	return binary.AppendUvarint(nil, uint64(n))
}

func decodeCount(buf []byte) (int, error) {
	d := decoder{rest: buf}
	n := d.uvarint()
	return int(n), d.finish("mention count")
}

func encodeID(id uint64) []byte {
	return binary.BigEndian.AppendUint64(nil, id)
}

func decodeID(buf []byte) (uint64, error) {
	if len(buf) != 8 {
		return 0, fmt.Errorf("%w: node id of %d bytes", ErrCorrupt, len(buf))
	}
	return binary.BigEndian.Uint64(buf), nil
}

func appendField[T string | []byte](buf []byte, field T) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(field)))
	return append(buf, field...)
}

func appendTime(buf []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(buf, 0)
	}
	buf = append(buf, 1)
	buf = binary.AppendVarint(buf, t.Unix())
	return binary.AppendUvarint(buf, uint64(t.Nanosecond()))
}

// decoder reads fields in order; bad records the first field that did not
// fit, so callers check once, in finish.
type decoder struct {
	rest []byte
	bad  bool
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.rest)
	if n <= 0 {
		d.bad = true
		return 0
	}
	d.rest = d.rest[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.rest)
	if n <= 0 {
		d.bad = true
		return 0
	}
	d.rest = d.rest[n:]
	return v
}

func (d *decoder) bytes() []byte {
	n := d.uvarint()
	if d.bad || n > uint64(len(d.rest)) {
		d.bad = true
		return nil
	}
	field := append([]byte(nil), d.rest[:n]...)
	d.rest = d.rest[n:]
	return field
}

func (d *decoder) string() string {
	return string(d.bytes())
}

// skip passes over a string or byte slice field without copying it.
func (d *decoder) skip() {
	n := d.uvarint()
	if d.bad || n > uint64(len(d.rest)) {
		d.bad = true
		return
	}
	d.rest = d.rest[n:]
}

// optionalString reads a trailing string field that older records lack.
func (d *decoder) optionalString() string {
	if len(d.rest) == 0 {
		return ""
	}
	return d.string()
}

func (d *decoder) time() time.Time {
	if len(d.rest) == 0 {
		d.bad = true
		return time.Time{}
	}
	flag := d.rest[0]
	d.rest = d.rest[1:]
	switch flag {
	case 0:
		return time.Time{}
	case 1:
		seconds := d.varint()
		nanos := d.uvarint()
		if nanos >= uint64(time.Second) {
			d.bad = true
			return time.Time{}
		}
		return time.Unix(seconds, int64(nanos)).UTC()
	}
	d.bad = true
	return time.Time{}
}

func (d *decoder) evidence() evidenceValue {
	v := evidenceValue{Kind: graph.Kind(d.string()), Date: d.time()}
	v.End = int(d.varint())
	v.Text = d.string()
	return v
}

func (d *decoder) finish(what string) error {
	if d.bad || len(d.rest) != 0 {
		return fmt.Errorf("%w: malformed %s", ErrCorrupt, what)
	}
	return nil
}
