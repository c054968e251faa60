package pipeline

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"path"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/kg-project/kg/store"
)

func init() {
	register.Function6x1(partsFn)
	register.Function3x1(resolvedFn)
	register.Function3x1(entityFn)
	register.DoFn3x1[[]byte, []byte, func(string, int), error](&relationFn{})
	register.Function3x1(relationOutFn)
	register.DoFn3x1[[]byte, []byte, func([]byte), error](&evidenceFn{})
	register.DoFn2x0[string, func(int, string)](&lineShardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeLinesFn{})
	register.Function2x0(markFn)
	register.Function2x1(sumFn)
	register.Emitter2[string, int]()
	register.Emitter2[int, string]()
}

// entity is an entity of the graph kg shows: a node that stands for
// itself, with the type and name it shows.
type entity struct {
	ID   uint64
	Type string
	Name string
}

// relation is an edge between two entities, its evidence sentences
// summed over the edges of the nodes they join.
type relation struct {
	From, To  uint64
	Predicate string
	Negated   bool
	Weight    int
}

// evidence is a sentence stating a relation; Edge names the edge between
// two nodes it states, which tells apart one sentence stating the
// relation through several of them.
type evidence struct {
	Relation relation
	Edge     string
	Article  string
	Start    int
	Text     string
}

// constructGraph adds to s the stages that write the graph kg shows as
// N-Quads and Neo4j import CSV, from the store's records.
func constructGraph(s beam.Scope, records beam.PCollection, cfg Config, shards int) {
	s = s.Scope("Graph")
	entityParts, edges, evidenceParts, resolved := beam.ParDo4(s, partsFn, records)
	resolution := beam.ParDo(s, resolvedFn, beam.GroupByKey(s, beam.AddFixedKey(s, resolved)))
	entities := beam.ParDo(s, entityFn, beam.GroupByKey(s, entityParts))
	weights := beam.ParDo(s, &relationFn{}, edges, beam.SideInput{Input: resolution})
	relations := beam.ParDo(s, relationOutFn, beam.CombinePerKey(s, sumFn, weights))
	statements := beam.ParDo(s, &evidenceFn{}, evidenceParts, beam.SideInput{Input: resolution})
	if cfg.NQuads != "" {
		q := s.Scope("NQuads")
		lines := beam.Flatten(q,
			beam.ParDo(q, &entityQuadsFn{Base: cfg.Base}, entities),
			beam.ParDo(q, &relationQuadsFn{Base: cfg.Base}, relations),
			beam.ParDo(q, &evidenceQuadsFn{Base: cfg.Base}, statements))
		writeLines(q, lines, cfg.NQuads, "graph", ".nq", "", shards)
	}
	if cfg.Neo4j != "" {
		n := s.Scope("Neo4j")
		writeLines(n, beam.ParDo(n, entityCSVFn, entities), cfg.Neo4j, "entities", ".csv", entityHeader, shards)
		writeLines(n, beam.ParDo(n, relationCSVFn, relations), cfg.Neo4j, "relations", ".csv", relationHeader, shards)
	}
}

// partsFn sorts the records of the graph by what they say: the parts of
// entities by node, edges, evidence, and the nodes that stand for no
// entity of their own, packed as 16 bytes.
func partsFn(key, value []byte, entities func(uint64, []byte), edges, statements, resolved func([]byte)) error {
	p, err := store.PartOf(store.Record{Key: key, Value: value})
	if err != nil {
		return err
	}
	encoded, err := json.Marshal(p)
	if err != nil {
		return err
	}
	switch p.Kind {
	case store.PartNode, store.PartGroup:
		entities(p.Node, encoded)
	case store.PartCanonical:
		entities(p.Node, encoded)
		resolved(binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, p.Node), p.To))
	case store.PartEdge:
		edges(encoded)
	case store.PartEvidence:
		statements(encoded)
	}
	return nil
}

// resolvedFn gathers the nodes that stand for no entity of their own into
// one side input.
func resolvedFn(_ int, pairs func(*[]byte) bool, emit func([]byte)) error {
	var all []byte
	var pair []byte
	for pairs(&pair) {
		all = append(all, pair...)
	}
	emit(all)
	return nil
}

// resolution is the side input resolvedFn makes, decoded once per DoFn
// instance.
type resolution map[uint64]uint64

func decodeResolution(data []byte) resolution {
	r := make(resolution, len(data)/16)
	for i := 0; i+16 <= len(data); i += 16 {
		r[binary.BigEndian.Uint64(data[i:])] = binary.BigEndian.Uint64(data[i+8:])
	}
	return r
}

func (r resolution) lookup(node uint64) (uint64, bool) {
	to, found := r[node]
	return to, found
}

// entityFn emits the entity of a node that stands for itself, with the
// type and name of its group if it has one.
func entityFn(node uint64, encoded func(*[]byte) bool, emit func([]byte)) error {
	var shown *store.Part
	var data []byte
	for encoded(&data) {
		var p store.Part
		if err := json.Unmarshal(data, &p); err != nil {
			return fmt.Errorf("pipeline: decode part: %w", err)
		}
		switch p.Kind {
		case store.PartCanonical:
			return nil
		case store.PartGroup:
			shown = &p
		case store.PartNode:
			if shown == nil {
				shown = &p
			}
		}
	}
	if shown == nil {
		return fmt.Errorf("pipeline: node %d has a group but no node record", node)
	}
	out, err := json.Marshal(entity{ID: node, Type: string(shown.Type), Name: shown.Name})
	if err != nil {
		return fmt.Errorf("pipeline: encode entity: %w", err)
	}
	emit(out)
	return nil
}

// relationFn emits the weight of each edge under the relation between
// the entities its nodes stand for.
type relationFn struct {
	resolved resolution
}

func (f *relationFn) ProcessElement(data, resolved []byte, emit func(string, int)) error {
	if f.resolved == nil {
		f.resolved = decodeResolution(resolved)
	}
	var p store.Part
	if err := json.Unmarshal(data, &p); err != nil {
		return fmt.Errorf("pipeline: decode part: %w", err)
	}
	if edge, ok := store.CanonicalEdge(p, f.resolved.lookup); ok {
		emit(relationKey(edge), edge.Weight)
	}
	return nil
}

func relationKey(p store.Part) string {
	key, _ := json.Marshal(relation{From: p.Node, To: p.To, Predicate: p.Predicate, Negated: p.Negated})
	return string(key)
}

func sumFn(a, b int) int { return a + b }

func relationOutFn(key string, weight int, emit func([]byte)) error {
	var r relation
	if err := json.Unmarshal([]byte(key), &r); err != nil {
		return fmt.Errorf("pipeline: decode relation: %w", err)
	}
	r.Weight = weight
	out, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("pipeline: encode relation: %w", err)
	}
	emit(out)
	return nil
}

// evidenceFn emits each sentence stating a relation between entities.
type evidenceFn struct {
	resolved resolution
}

func (f *evidenceFn) ProcessElement(data, resolved []byte, emit func([]byte)) error {
	if f.resolved == nil {
		f.resolved = decodeResolution(resolved)
	}
	var p store.Part
	if err := json.Unmarshal(data, &p); err != nil {
		return fmt.Errorf("pipeline: decode part: %w", err)
	}
	edge, ok := store.CanonicalEdge(p, f.resolved.lookup)
	if !ok {
		return nil
	}
	out, err := json.Marshal(evidence{
		Relation: relation{From: edge.Node, To: edge.To, Predicate: edge.Predicate, Negated: edge.Negated},
		Edge:     fmt.Sprintf("%d-%d", p.Node, p.To),
		Article:  p.Article, Start: p.Start, Text: p.Text,
	})
	if err != nil {
		return fmt.Errorf("pipeline: encode evidence: %w", err)
	}
	emit(out)
	return nil
}

// writeLines writes lines as shards sorted files named
// prefix-part-NNNNN-of-NNNNN.ext in dir, and header, when there is one,
// as prefix-header.ext, as neo4j-admin import takes a header apart from
// its data files.
func writeLines(s beam.Scope, lines beam.PCollection, dir, prefix, ext, header string, shards int) {
	all := make([]int, shards)
	for i := range all {
		all[i] = i
	}
	// Every shard is written, empty or not, so that readers find them
	// all; an empty line marks it.
	marks := beam.ParDo(s, markFn, beam.CreateList(s, all))
	sharded := beam.Flatten(s, beam.ParDo(s, &lineShardFn{Shards: shards}, lines), marks)
	beam.ParDo0(s, &writeLinesFn{Dir: dir, Prefix: prefix, Ext: ext, Header: header, Shards: shards}, beam.GroupByKey(s, sharded))
}

func markFn(shard int, emit func(int, string)) { emit(shard, "") }

type lineShardFn struct {
	Shards int
}

func (f *lineShardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(f.Shards)), line)
}

type writeLinesFn struct {
	Dir, Prefix, Ext, Header string
	Shards                   int
}

func (f *writeLinesFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	var all []string
	var line string
	for lines(&line) {
		if line != "" {
			all = append(all, line)
		}
	}
	slices.Sort(all)
	name := path.Join(f.Dir, fmt.Sprintf("%s-part-%05d-of-%05d%s", f.Prefix, shard, f.Shards, f.Ext))
	if err := writeFile(ctx, name, all); err != nil {
		return err
	}
	if shard == 0 && f.Header != "" {
		return writeFile(ctx, path.Join(f.Dir, f.Prefix+"-header"+f.Ext), []string{f.Header})
	}
	return nil
}

// writeFile writes lines, each ended by a newline, to the file name on
// any file system Beam knows.
func writeFile(ctx context.Context, name string, lines []string) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	out, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	var text strings.Builder
	for _, line := range lines {
		text.WriteString(line)
		text.WriteByte('\n')
	}
	if _, err := out.Write([]byte(text.String())); err != nil {
		out.Close()
		return fmt.Errorf("pipeline: write %s: %w", name, err)
	}
	return out.Close()
}
