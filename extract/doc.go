// Package extract finds the people, organisations and places an article
// names, works out which names belong to one entity, and extracts the
// relations the article states between them, each with the sentence that
// is its evidence.
//
// # Pipeline
//
// prose segments, tokenises and tags the text; every token and sentence is
// located in the text by byte offset. A named-entity tagger (package ner)
// labels the tokens, the gazetteer (package gazetteer) types and
// canonicalises the names it knows and adds those the tagger missed, and
// names in headlines are kept only where the body backs them. Mentions are
// then grouped into entities (surnames into full names, acronyms into
// their expansions, "Russian Federation" into Russia), pronouns and
// descriptions ("he", "the company", "the Oscar-winning actress", "the
// Indian government", "it" in "Shanda said it would") are linked to the
// entity they stand for where only one fits, and relations are read off
// each sentence: verbs with their subjects and objects (passive voice
// turned active, negation kept), relations stated by nouns ("talks
// between X and Y"), and roles, read off the sentence's dependency parse
// (package parse) by one construction each: titles ("Russian President
// Vladimir Putin"), appositions, copulas, "the head of X, Y", possessives
// and coordinated roles (the construction_*.go files).
//
// # Normalising and bounds
//
// Names are read from a normalised copy of the text (NFC, invisible and
// control characters dropped or spaced, fullwidth letters as ASCII), and
// every offset is led back to the text as given. So that time and memory
// grow with the article and no more, a sentence runs to at most 300
// tokens, a name to 20 tokens and 200 characters, a relation's evidence to
// 1,000 bytes, and the entity tagger reads an article of more than 100,000
// tokens in parts; names are compared through an index of their words, and
// mentions are looked up by sentence.
//
// BUG(extract): in an article of more than 100,000 tokens, the entity
// tagger's second stage sees the labels of its own part only.
package extract
