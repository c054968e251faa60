// Package rules reads a curation file, the corrections a user makes to
// what extraction finds, and applies it to an article's extraction before
// the article joins the graph.
//
// # Format
//
// A curation file is plain UTF-8 text, one rule a line. Blank lines and
// lines whose first character other than white space is '#' are ignored.
// Every other line is a keyword, a colon and the rule's arguments:
//
//	merge: NAME = CANONICAL      an entity named NAME is named CANONICAL; NAME stays one of its aliases
//	apart: NAME | NAME           the two names never name one entity
//	type: NAME = TYPE            an entity named NAME is of TYPE (PERSON, ORG, GPE or LOC)
//	drop: NAME                   an entity named NAME is left out, with its relations
//	drop-relation: PREDICATE     relations of PREDICATE are left out...
//	drop-relation: PREDICATE -> TYPE|NAME   ...or only those whose object is of TYPE or named NAME
//
// Names are compared as graph.FoldName folds them, so case, accents and
// spacing do not matter; predicates are compared ignoring case. A line
// that is none of these, or that contradicts an earlier line (one name
// merged into two, given two types), is an error naming the file and
// line.
//
// # Applying
//
// Apply works on one article at a time, so the graph a store builds from
// curated articles does not depend on the order they come in. On each
// entity it applies, in turn: apart, which splits off the mentions and
// aliases of an entity that carry a name kept apart from the entity's
// own name into an entity of their own; merge; type; drop. Then it drops
// the relations of dropped entities and those drop-relation names.
package rules
