package store

import (
	"sync"
)

// maxChanges bounds the writes the change log remembers: an answer read
// before the oldest of them is taken as changed.
const maxChanges = 256

// Reads records what the queries of a recording store read (see
// Recording): the nodes whose records, aliases, edges, evidence or
// resolution they read, and the names they looked up, so that Changed can
// tell whether a later write touched any of them. A query that cannot say
// what it read, or that read across the whole store (a search, a ranking,
// the predicates), records that it read everything. A nil *Reads stands
// for a read of everything.
type Reads struct {
	nodes      map[uint64]struct{}
	names      map[string]struct{}
	everything bool
}

func (r *Reads) node(id uint64) {
	if r == nil {
		return
	}
	if r.nodes == nil {
		r.nodes = make(map[uint64]struct{})
	}
	r.nodes[id] = struct{}{}
}

// name records a lookup of a normalised name or alias.
func (r *Reads) name(normalised string) {
	if r == nil {
		return
	}
	if r.names == nil {
		r.names = make(map[string]struct{})
	}
	r.names[normalised] = struct{}{}
}

func (r *Reads) all() {
	if r != nil {
		r.everything = true
	}
}

// Size is about the bytes r holds, for callers that bound what they keep.
func (r *Reads) Size() int {
	if r == nil {
		return 0
	}
	size := 16 * len(r.nodes)
	for name := range r.names {
		size += 16 + len(name)
	}
	return size
}

// change is what one write touched: the nodes whose records, names,
// aliases, counts, edges, evidence or resolution it changed, and the
// normalised names and aliases it indexed or dropped; or everything, for a
// write that cannot say. Its commits have generations in (after, at]; at
// is 0 while the write runs, and the entry is then taken to have touched
// everything, since its sets are still being filled. A write that begins
// before any query records what it reads (see Recording) is taken to
// touch everything, and records nothing: kg build pays nothing for the
// log.
type change struct {
	after, at  uint64
	nodes      map[uint64]struct{}
	names      map[string]struct{}
	everything bool
}

func (c *change) node(id uint64) {
	if !c.everything {
		c.nodes[id] = struct{}{}
	}
}

// key records what writing or deleting key touches. Article, hash and
// duplicate keys touch no node: an article's record changes only with
// its content (its mention, alias and evidence keys, which name their
// nodes) or when it becomes a duplicate, which holds no content. The
// node-id counter, the resolved marker and the rules kept touch no query;
// canonical, group and analysis keys, and any key not known here, touch
// everything.
func (c *change) key(key []byte) {
	if c.everything {
		return
	}
	parsed, err := ParseKey(key)
	if err != nil {
		c.everything = true
		return
	}
	switch parsed.Prefix {
	case prefixNode, prefixMention, prefixNodeAlias, prefixSpelling:
		c.node(parsed.Node)
	case prefixAlias:
		c.node(parsed.Node)
		c.names[parsed.Name] = struct{}{}
	case prefixName:
		c.names[parsed.Name] = struct{}{}
	case prefixEvidence, prefixEdge, prefixInEdge:
		c.node(parsed.From)
		c.node(parsed.To)
	case prefixArticle, prefixHash, prefixDuplicate:
	case prefixMeta:
		switch parsed.Meta {
		case metaNodeIDs, metaResolved, metaRules, metaRulesApplied, metaRulesCursor, metaRulesBefore:
		default:
			c.everything = true
		}
	default:
		c.everything = true
	}
}

// touches reports whether c touched anything r read.
func (c *change) touches(r *Reads) bool {
	if c.everything {
		return true
	}
	for id := range r.nodes {
		if _, found := c.nodes[id]; found {
			return true
		}
	}
	for name := range r.names {
		if _, found := c.names[name]; found {
			return true
		}
	}
	return false
}

// changeLog is what the latest writes touched, oldest first, with no gap
// between them: it holds every commit after generation since. Writes
// begin and end their entries holding the writer lock, so one runs at a
// time.
type changeLog struct {
	mu      sync.Mutex
	since   uint64
	changes []*change
	// recorded is set once a query has recorded what it read: only then
	// do writes record what they touch.
	recorded bool
}

// begin adds the entry of a write about to commit after generation.
// Entered before the write commits, it covers the commit from the moment
// a reader can see it. A generation past the last entry's is a commit the
// log did not see: what came before it is forgotten.
func (l *changeLog) begin(generation uint64) *change {
	l.mu.Lock()
	defer l.mu.Unlock()
	if generation != l.covered() {
		l.changes, l.since = nil, generation
	}
	if len(l.changes) == maxChanges {
		l.since = l.changes[0].at
		l.changes = append(l.changes[:0], l.changes[1:]...)
	}
	c := &change{after: generation, everything: !l.recorded}
	if l.recorded {
		c.nodes, c.names = make(map[uint64]struct{}), make(map[string]struct{})
	}
	l.changes = append(l.changes, c)
	return c
}

// end records that c's write, ended or failed, committed up to
// generation. A write that committed nothing leaves no entry.
func (l *changeLog) end(c *change, generation uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if generation == c.after && l.changes[len(l.changes)-1] == c {
		l.changes = l.changes[:len(l.changes)-1]
		return
	}
	c.at = generation
}

// covered is the generation up to which the log holds every commit: the
// last entry's, or the one its write, still running, began after.
func (l *changeLog) covered() uint64 {
	if len(l.changes) == 0 {
		return l.since
	}
	last := l.changes[len(l.changes)-1]
	if last.at == 0 {
		return last.after
	}
	return last.at
}

// Changed reports whether a write committed after generation since, up to
// generation now, may have changed what reads recorded: whether it
// touched one of its nodes or names, touched everything, or is not known
// to the log (older than the log's oldest entry, or still committing).
// An answer read at since from what reads recorded is then the answer at
// now when Changed is false. reads nil (everything) changed with any
// commit.
func (s *Store) Changed(reads *Reads, since, now uint64) bool {
	if since == now {
		return false
	}
	if reads == nil || reads.everything || since > now {
		return true
	}
	l := &s.changes
	l.mu.Lock()
	defer l.mu.Unlock()
	if since < l.since || now > l.covered() {
		return true
	}
	for _, c := range l.changes {
		switch {
		case c.at != 0 && c.at <= since:
		case c.after >= now:
			return false
		case c.at == 0 || c.touches(reads):
			return true
		}
	}
	return false
}

// Recording returns a handle on the store whose queries record in reads
// what they read (see Reads), for Changed. It shares everything else with
// s, writes included.
func (s *Store) Recording(reads *Reads) *Store {
	s.changes.mu.Lock()
	s.changes.recorded = true
	s.changes.mu.Unlock()
	return &Store{database: s.database, reads: reads}
}

// beginChange adds the change-log entry of a write about to commit. The
// caller holds the writer lock, fills the entry as it writes, and calls
// endChange once the write has committed or failed.
func (s *Store) beginChange() *change {
	return s.changes.begin(s.Generation())
}

func (s *Store) endChange(c *change) {
	s.changes.end(c, s.Generation())
}
