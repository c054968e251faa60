// Package store keeps kg's knowledge graph in a Badger database, merging
// the entities and relations of many articles into nodes and edges that
// carry their evidence.
//
// # Model
//
// A node is one (type, normalised name) across all articles; its id comes
// from a counter kept in the store (see Node ids). An article entity joins
// the node of its type and name, whatever other nodes exist, so that the
// nodes do not depend on the order articles come in. An edge is every
// sentence stating one (From, Predicate, To, Negated) fact; its weight is
// the number of such sentences. An edge of a symmetric predicate
// (graph.IsSymmetric: "A meet B" is "B meet A") is kept once, from the
// lower node id to the higher, and read both ways: it leaves and enters
// both of its nodes (see symmetric.go).
//
// # Resolution
//
// Which nodes stand for one real-world entity is decided over the whole
// corpus by Resolve, which kg build calls once its articles are stored:
// the nodes of one name under several types, full names of one person,
// and surnames, initials and short forms that the corpus gives one full
// name are joined, with the type most mentions give; names no entity has
// are dropped (see Resolve). The resolution is stored as canonical keys (a
// node and the node it joins) and group keys (the entity's name, type and
// members), under a generation that a meta record puts in force once it is
// complete. Every query reads nodes and edges through it: a group is one
// node with its members' counts and aliases summed, its members' edges
// are its edges, parallel ones summed, and edges between members are left
// out. Resolve recomputes it from the aggregates alone, so articles added
// later are taken in by the next Resolve, and until then stand for
// themselves.
//
// Every article contributes its own keys (mention counts per node,
// aliases, evidence sentences) and lists them in its record, so that
// replacing the article removes exactly what it added. Aggregate records
// (a node's mention and document counts, an alias's nodes and spelling,
// an edge's weight, dates and earliest sentence, kept under both of the
// edge's nodes) sum those keys so that a query reads one record where it
// would otherwise scan one key per article: lookups and walks cost the
// same whether a node is named in ten articles or ten thousand. Put
// updates the aggregates in the transaction that writes or removes the
// article's own keys, so they always equal what the articles' keys add
// up to. A node is live while some article mentions it. Each article is
// written all or nothing, so a process killed during Put leaves a store
// that putting the same articles again completes to the state an
// uninterrupted run reaches.
//
// # Curation
//
// A store may keep a curation file (package rules), which Put applies to
// each article's entities and relations before resolving them to nodes;
// the one-word join above does not join names the file keeps apart. Each
// article's record keeps its extraction as given, so that SetRules and
// ApplyRules curate stored articles by a changed file without extracting
// them again (see rules.go). An article curated again keeps the keys the
// new file gives as the old one did, and only the others are removed or
// written, with the aggregates they count in: taking a sentence out of an
// edge subtracts it from the edge's record, which is recounted from the
// edge's evidence keys only when the sentence was its earliest or dated
// at one of its ends. Entities lists the nodes with the names each
// article uses for them, read from the node-alias keys.
//
// # Changes
//
// Generation numbers the store's states: every commit advances it. The
// store also logs, for each of its recent writes (a Put, a curation, a
// Resolve, the rules or an analysis kept), what it touched: the nodes
// whose records, counts, aliases, edges, evidence or resolution it
// changed, read off the keys it writes (see change.key), and the
// normalised names and aliases it indexed; or everything, for a write
// that cannot say (the rules, an analysis, the first resolution). A
// Resolve reports the nodes it resolves otherwise than the resolution it
// replaces, not every node. A handle made by Recording records in a Reads
// what its queries read: the nodes whose keys a node or edge reader, a
// walk or an evidence reader read, resolved or not, before any filter or
// limit, and the names Lookup looked up; a query that reads across the
// store records everything. Changed then says whether a write committed
// between two generations touched what a Reads holds, so that an answer
// read at the first is known to be the answer at the second. A write's
// entry is logged before it commits and stands for everything until it
// has ended, so a reader that sees a commit also sees its entry; the log
// keeps the last 256 writes, and a generation it does not cover counts
// as changed. Writes record what they touch only once a handle made by
// Recording exists; before, each counts as touching everything, so a
// build that nobody queries pays nothing for the log.
//
// # Layout
//
// keys.go owns every key and its byte layout; codec.go owns the values.
// A data-version record, written when a store is created, is checked on
// every open: a store of another layout is refused with ErrVersion.
//
// # Duplicates
//
// An article whose text (its Hash) is that of a stored article is recorded
// as a duplicate and adds nothing. When the article it duplicates is
// replaced, its content passes to the first of its duplicates in id order
// before it is removed: the article's own keys are written again under
// the duplicate's id, with the duplicate's date on the evidence, the hash
// index names the duplicate, and the other duplicates become its. So a
// duplicate's text stays stored whatever order articles are put in, and
// the aggregates are those putting the remaining articles gives.
//
// # Node ids
//
// Node ids come from a counter kept in the store and advanced in the
// transaction that creates the nodes, so they are dense, and a process
// killed mid-build loses none: putting the same articles again gives
// the ids an uninterrupted run gives.
//
// # Stores made elsewhere
//
// Records gives every record of a store in key order, and Load makes a
// new store of such records with Badger's StreamWriter, which kg load
// feeds from a graph bundle. The records of a store can also be made
// without one, from extracted articles alone, by a pipeline that sums
// what each contributes (records.go); Resolution plans on node summaries
// (NodeSummary) as Resolve does on those it reads from a store, so both
// resolve alike. PartOf reads what a record says of the graph kg shows,
// for writers of other formats.
//
// # Size limits
//
// An article with a key longer than Badger takes (65,000 bytes), or whose
// writes are more than one transaction holds, is skipped by Put: nothing
// of it is written, the articles around it are stored, and Put names it
// in a *SkippedError.
//
// # Damage
//
// Open checks a store's files before Badger opens them, since Badger would
// read an incomplete store as an empty or shorter one and, opened for
// writing, delete the tables it does not know. Badger files without a
// MANIFEST, a MANIFEST that does not replay to its end or lists a missing
// table, tables the MANIFEST does not list that no crash could have left
// (more than one newer than every listed table, or one without a .mem
// file holding its keys), and any table failing its checksums are refused
// with ErrDamaged, read-only or not, and nothing is written. Blocks are
// verified again when read, and a Badger panic while reading becomes
// ErrDamaged. A read-only Open that finds the write-ahead log cut short by
// a killed process opens the store for writing once, which has Badger
// discard the unfinished write, and reports it through Recovered.
//
// BUG(store): A table the MANIFEST does not list that is newer than every
// listed one is taken for the flush a killed process did not record when
// a .mem file is present, and Badger deletes it: a MANIFEST that lost
// exactly its last record, with a memtable pending, goes unnoticed.
//
// BUG(store): Damage to the write-ahead log (.mem) past its first bad
// entry reads like the tail a killed process left: a read-only Open
// discards it, as opening for writing always did.
//
// BUG(store): The resolution joins whole nodes, and a node is one (type,
// normalised name): two people of one full name (a goalkeeper and a
// government adviser both called David James) are one entity, and a
// surname several people bear in different articles joins one of them or
// none, never each article's own.
//
// BUG(store): Dates keep their instant, not their location: they come back
// in UTC.
package store
