package pipeline

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"path"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/ingest"
	"github.com/kg-project/kg/store"
	"github.com/kg-project/kg/store/bundle"
)

func init() {
	register.DoFn3x1[context.Context, int, func(string, []byte), error](&readFn{})
	register.Function4x1(firstFn)
	register.DoFn3x1[context.Context, []byte, func(string, []byte), error](&extractFn{})
	register.Function4x1(originalFn)
	register.Function2x1(namesFn)
	register.Function3x1(numberFn)
	register.DoFn4x1[[]byte, []byte, func([]byte, []byte), func([]byte, []byte), error](&recordsFn{})
	register.Function2x2(mergeFn)
	register.Function4x0(untagFn)
	register.Function3x0(mentionsFn)
	register.DoFn5x1[uint64, func(*[]byte) bool, []byte, func([]byte, []byte), func([]byte), error](&finishFn{})
	register.Function4x1(resolveFn)
	register.DoFn3x0[[]byte, []byte, func(int, []byte)](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*[]byte) bool, error](&writeShardFn{})
	register.Emitter1[[]byte]()
	register.Emitter2[string, []byte]()
	register.Emitter2[[]byte, []byte]()
	register.Emitter2[uint64, []byte]()
	register.Emitter2[int, []byte]()
	register.Emitter1[string]()
	register.Iter1[[]byte]()
	register.Iter1[string]()
}

// place is where a document stands in the input: the order kg build
// meets documents in, which says which of several documents of one id is
// read and which of several articles of one text is the original.
type place struct {
	Argument int // the index of its input path
	Sequence int // its place among its path's documents
}

// compare orders places as kg build meets them.
func (p place) compare(q place) int {
	return cmp.Or(cmp.Compare(p.Argument, q.Argument), cmp.Compare(p.Sequence, q.Sequence))
}

// document is a document read, with its place.
type document struct {
	Doc corpus.Document
	place
}

// extracted is an article extracted from a document.
type extracted struct {
	Article *graph.Article
	Source  string // Article.Source, which JSON leaves out
	place
}

func decodeArticle(data []byte) (*graph.Article, error) {
	var e extracted
	if err := json.Unmarshal(data, &e); err != nil {
		return nil, fmt.Errorf("pipeline: decode article: %w", err)
	}
	e.Article.Source = e.Source
	return e.Article, nil
}

// readFn reads the input path of each index with the ids kg build gives
// (the base of all paths), and emits its documents by id.
type readFn struct {
	Paths  []string
	Base   string
	Fields corpus.Fields
}

func (f *readFn) ProcessElement(ctx context.Context, index int, emit func(string, []byte)) error {
	sequence := 0
	return corpus.Read(ctx, f.Paths[index:index+1], corpus.Options{Fields: f.Fields, IDBase: f.Base}, func(doc corpus.Document) error {
		data, err := json.Marshal(document{Doc: doc, place: place{Argument: index, Sequence: sequence}})
		if err != nil {
			return fmt.Errorf("pipeline: encode document: %w", err)
		}
		sequence++
		emit(doc.ID, data)
		return nil
	}, func(problem corpus.Problem) {
		warn(ctx, problem)
	})
}

// extractOne extracts doc, catching a failure of the extractor on this
// one document (a bug it trips over), which kg build reports and skips,
// so that the rest of the run goes on.
func extractOne(doc corpus.Document) (a *graph.Article, failure any, err error) {
	defer func() {
		if r := recover(); r != nil {
			failure = r
		}
	}()
	a, err = extract(doc)
	return a, nil, err
}

// firstFn emits the document of an id that comes first in input order
// and reports the others as kg build reports an id read again, skipped:
// each input path is read apart, so only here do they meet.
func firstFn(ctx context.Context, _ string, documents func(*[]byte) bool, emit func([]byte)) error {
	var all []document
	var encoded [][]byte
	var data []byte
	for documents(&data) {
		var d document
		if err := json.Unmarshal(data, &d); err != nil {
			return fmt.Errorf("pipeline: decode document: %w", err)
		}
		all = append(all, d)
		encoded = append(encoded, slices.Clone(data))
	}
	first := 0
	for i, d := range all {
		if d.compare(all[first].place) < 0 {
			first = i
		}
	}
	for i, d := range all {
		if i != first {
			warn(ctx, corpus.Repeat(d.Doc, all[first].Doc))
		}
	}
	emit(encoded[first])
	return nil
}

// extractor is loaded once per worker process, on first use.
var extractor ingest.Extractor

// extract is what extractFn extracts with.
var extract = extractor.Extract

// The counters of a run, which Summarise reads.
var (
	articlesRead   = beam.NewCounter(counters, "articles")
	wordsExtracted = beam.NewCounter(counters, "words")
	inputsSkipped  = beam.NewCounter(counters, "skipped")
)

const counters = "kg"

// warn logs a problem with the input, as kg build prints it, and counts
// it when it skips an input.
func warn(ctx context.Context, problem corpus.Problem) {
	log.Warnf(ctx, "kg-beam: %v", problem)
	if problem.Skipped {
		inputsSkipped.Inc(ctx, 1)
	}
}

// Summary is what a run read, from its counters.
type Summary struct {
	Articles, Words, Skipped int64
}

// Summarise reads the summary of a run from its counters, and reports
// whether the runner gave them.
func Summarise(r beam.PipelineResult) (Summary, bool) {
	var s Summary
	if r == nil {
		return s, false
	}
	found := false
	for _, c := range r.Metrics().AllMetrics().Counters() {
		if c.Namespace() != counters {
			continue
		}
		found = true
		switch c.Name() {
		case "articles":
			s.Articles += c.Result()
		case "words":
			s.Words += c.Result()
		case "skipped":
			s.Skipped += c.Result()
		}
	}
	return s, found
}

// extractFn extracts each document and emits the article by its hash.
type extractFn struct{}

func (f *extractFn) ProcessElement(ctx context.Context, data []byte, emit func(string, []byte)) error {
	var d document
	if err := json.Unmarshal(data, &d); err != nil {
		return fmt.Errorf("pipeline: decode document: %w", err)
	}
	a, failure, err := extractOne(d.Doc)
	switch {
	case err != nil:
		return err
	case failure != nil:
		warn(ctx, ingest.Failed(d.Doc, failure))
		return nil
	}
	ingest.Stamp(a, d.Doc)
	articlesRead.Inc(ctx, 1)
	wordsExtracted.Inc(ctx, int64(a.Words))
	out, err := json.Marshal(extracted{Article: a, Source: a.Source, place: d.place})
	if err != nil {
		return fmt.Errorf("pipeline: encode article: %w", err)
	}
	emit(a.Hash, out)
	return nil
}

// originalFn emits the original of the articles of one text, the first
// in input order, and the records of the others, its duplicates.
func originalFn(_ string, articles func(*[]byte) bool, original func([]byte), records func([]byte, []byte)) error {
	var all []*extracted
	var data []byte
	for articles(&data) {
		var e extracted
		if err := json.Unmarshal(data, &e); err != nil {
			return fmt.Errorf("pipeline: decode article: %w", err)
		}
		e.Article.Source = e.Source
		all = append(all, &e)
	}
	first := slices.MinFunc(all, func(a, b *extracted) int { return a.compare(b.place) })
	for _, e := range all {
		if e == first {
			continue
		}
		for _, r := range store.DuplicateRecords(e.Article, first.Article.ID) {
			records(r.Key, r.Value)
		}
	}
	out, err := json.Marshal(first)
	if err != nil {
		return fmt.Errorf("pipeline: encode article: %w", err)
	}
	original(out)
	return nil
}

// namesFn emits the names of the nodes an article's content makes.
func namesFn(data []byte, emit func(string)) error {
	a, err := decodeArticle(data)
	if err != nil {
		return err
	}
	for _, name := range store.ArticleNodes(a) {
		emit(encodeName(name))
	}
	return nil
}

func encodeName(name store.NodeName) string {
	return string(name.Type) + "\x00" + name.Name
}

// numberFn sorts every node name: the node of the name at index i has
// id i+1. It emits them as one JSON array, the side input that numbers
// nodes.
func numberFn(_ int, encoded func(*string) bool, emit func([]byte)) error {
	var names []store.NodeName
	var name string
	for encoded(&name) {
		t, n, _ := bytes.Cut([]byte(name), []byte{0})
		names = append(names, store.NodeName{Type: graph.Type(t), Name: string(n)})
	}
	slices.SortFunc(names, store.CompareNodeNames)
	out, err := json.Marshal(names)
	if err != nil {
		return fmt.Errorf("pipeline: encode node names: %w", err)
	}
	emit(out)
	return nil
}

// numbering is the side input of node names, decoded once per DoFn
// instance.
type numbering struct {
	names []store.NodeName
	ids   map[store.NodeName]uint64
}

func (n *numbering) load(data []byte) error {
	if n.ids != nil {
		return nil
	}
	if err := json.Unmarshal(data, &n.names); err != nil {
		return fmt.Errorf("pipeline: decode node names: %w", err)
	}
	n.ids = make(map[store.NodeName]uint64, len(n.names))
	for i, name := range n.names {
		n.ids[name] = uint64(i + 1)
	}
	return nil
}

// recordsFn emits each original's own records, and its contributions to
// aggregate records with their values tagged by the first byte of their
// key, which says how to merge them (see mergeFn).
type recordsFn struct {
	numbering numbering
}

func (f *recordsFn) ProcessElement(data, names []byte, own, contributions func([]byte, []byte)) error {
	if err := f.numbering.load(names); err != nil {
		return err
	}
	a, err := decodeArticle(data)
	if err != nil {
		return err
	}
	records, aggregates, err := store.ArticleRecords(a, func(name store.NodeName) (uint64, error) {
		if id, found := f.numbering.ids[name]; found {
			return id, nil
		}
		return 0, fmt.Errorf("pipeline: node %v of article %q is not numbered", name, a.ID)
	})
	if err != nil {
		return err
	}
	for _, r := range records {
		own(r.Key, r.Value)
	}
	for _, r := range aggregates {
		contributions(r.Key, append([]byte{r.Key[0]}, r.Value...))
	}
	return nil
}

// mergeFn sums two tagged contributions to one aggregate record.
func mergeFn(a, b []byte) ([]byte, error) {
	merged, err := store.MergeAggregate(a[:1], a[1:], b[1:])
	return append(a[:1:1], merged...), err
}

// untagFn emits each summed aggregate record that is final as a record,
// and each that goes into a node's summary as a part of it.
func untagFn(key, tagged []byte, records func([]byte, []byte), parts func(uint64, []byte)) {
	value := tagged[1:]
	if store.Final(key) {
		records(key, value)
	}
	if node, found := store.SummaryNode(key); found {
		parts(node, encodeRecord(key, value))
	}
}

// mentionsFn emits the mention records among an article's own records
// as parts of their nodes' summaries.
func mentionsFn(key, value []byte, parts func(uint64, []byte)) {
	if node, found := store.SummaryNode(key); found {
		parts(node, encodeRecord(key, value))
	}
}

// encodeRecord packs a record into one value: the key's length as a
// uvarint, the key, the value.
func encodeRecord(key, value []byte) []byte {
	return append(append(binary.AppendUvarint(nil, uint64(len(key))), key...), value...)
}

func decodeRecord(data []byte) (store.Record, error) {
	n, size := binary.Uvarint(data)
	if size <= 0 || n > uint64(len(data)-size) {
		return store.Record{}, fmt.Errorf("pipeline: malformed record")
	}
	// The iterators that hand out packed records may reuse their buffers.
	return store.Record{Key: bytes.Clone(data[size : size+int(n)]), Value: bytes.Clone(data[size+int(n):])}, nil
}

// finishFn makes each node's records from its summary's parts, and
// emits them and the summary.
type finishFn struct {
	numbering numbering
}

func (f *finishFn) ProcessElement(node uint64, parts func(*[]byte) bool, names []byte, records func([]byte, []byte), summaries func([]byte)) error {
	if err := f.numbering.load(names); err != nil {
		return err
	}
	if node == 0 || node > uint64(len(f.numbering.names)) {
		return fmt.Errorf("pipeline: node %d is not numbered", node)
	}
	var gathered []store.Record
	var data []byte
	for parts(&data) {
		r, err := decodeRecord(data)
		if err != nil {
			return err
		}
		gathered = append(gathered, r)
	}
	finished, summary, err := store.FinishNode(node, f.numbering.names[node-1], gathered)
	if err != nil {
		return err
	}
	for _, r := range finished {
		records(r.Key, r.Value)
	}
	out, err := json.Marshal(summary)
	if err != nil {
		return fmt.Errorf("pipeline: encode node summary: %w", err)
	}
	summaries(out)
	return nil
}

// resolveFn resolves the entities from every node's summary and emits
// the resolution's records and the meta records.
func resolveFn(_ int, encoded func(*[]byte) bool, names []byte, records func([]byte, []byte)) error {
	var summaries []store.NodeSummary
	var data []byte
	for encoded(&data) {
		var summary store.NodeSummary
		if err := json.Unmarshal(data, &summary); err != nil {
			return fmt.Errorf("pipeline: decode node summary: %w", err)
		}
		summaries = append(summaries, summary)
	}
	slices.SortFunc(summaries, func(a, b store.NodeSummary) int { return cmp.Compare(a.ID, b.ID) })
	var numbered []store.NodeName
	if err := json.Unmarshal(names, &numbered); err != nil {
		return fmt.Errorf("pipeline: decode node names: %w", err)
	}
	for _, r := range store.Resolution(summaries) {
		records(r.Key, r.Value)
	}
	for _, r := range store.MetaRecords(uint64(len(numbered))) {
		records(r.Key, r.Value)
	}
	return nil
}

// shardFn deals records to shards by a hash of their key.
type shardFn struct {
	Shards int
}

func (f *shardFn) ProcessElement(key, value []byte, emit func(int, []byte)) {
	h := fnv.New32a()
	h.Write(key)
	emit(int(h.Sum32()%uint32(f.Shards)), encodeRecord(key, value))
}

// writeShardFn sorts the records of one shard and writes them as a
// bundle file in Dir, which may be any path Beam's file systems know
// (a local folder, gs://...).
type writeShardFn struct {
	Dir    string
	Shards int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, encoded func(*[]byte) bool) error {
	var records []store.Record
	var data []byte
	for encoded(&data) {
		r, err := decodeRecord(data)
		if err != nil {
			return err
		}
		records = append(records, r)
	}
	slices.SortFunc(records, func(a, b store.Record) int { return bytes.Compare(a.Key, b.Key) })
	name := path.Join(f.Dir, bundle.ShardName(shard, f.Shards))
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	out, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bundle.NewWriter(out)
	for _, r := range records {
		if err := w.Write(r.Key, r.Value); err != nil {
			out.Close()
			return fmt.Errorf("pipeline: %s: %w", name, err)
		}
	}
	if err := w.Close(); err != nil {
		out.Close()
		return fmt.Errorf("pipeline: %s: %w", name, err)
	}
	return out.Close()
}
