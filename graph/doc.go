// Package graph holds kg's domain types: the articles kg reads, the entities
// and relations extracted from them, and the nodes, edges and evidence of the
// knowledge graph they build.
//
// # Two views
//
// An Article is what extraction makes of one document: entities with
// document-local ids ("e1", "e2", ...) and the relations between them, each
// with the sentence that states it. Its JSON form is the output of
// `kg extract`.
//
// A Node, an Edge and their Evidence are the corpus-wide view kept by the
// store: one node per canonical entity, one edge per (subject, predicate,
// object, negated) with every sentence that supports it.
//
// # Predicates
//
// predicates.txt is the predicate vocabulary: the canonical spelling of
// each predicate kg knows, its Nature (directed, symmetric, or the inverse
// of another) and the spellings folded into it. Extraction writes its
// relations through CanonicalPredicate; the store keeps a symmetric
// predicate's edges once and reads them both ways (IsSymmetric).
//
// Packages extract, store and export depend on graph, never the other way
// round.
package graph
