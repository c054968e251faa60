// Package store keeps kg's knowledge graph in a Badger database, merging
// the entities and relations of many articles into nodes and edges that
// carry their evidence.
//
// # Model
//
// A node is one (type, normalised name) across all articles; its id comes
// from a Badger sequence. An article entity joins the node of its type and
// name or, when its name is one word, the only node of its type with a
// longer name that has that word as an alias ("Putin" joins "Vladimir
// Putin"). An edge is every sentence stating one (From, Predicate, To,
// Negated) fact; its weight is the number of such sentences.
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
// replaced, the duplicate's record is dropped, since its text is no longer
// stored: HasArticle then says false, and putting it again adds it.
//
// BUG(store): Dates keep their instant, not their location: they come back
// in UTC.
package store
