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
// between X and Y"), and roles from titles and appositions ("Russian
// President Vladimir Putin").
package extract
