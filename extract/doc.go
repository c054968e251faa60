// Package extract finds the people, organisations and places an article
// names, works out which names belong to one entity, and extracts the
// relations the article states between them, each with the sentence that
// is its evidence.
//
// # Pipeline
//
// prose segments and tokenises the text; every token and sentence is
// located in the text by byte offset. A named-entity tagger (package ner)
// labels the tokens, the gazetteer (package gazetteer) types and
// canonicalises the names it knows and adds those the tagger missed, a
// common noun written as an initialism ("PC", "MPs", "GDP";
// lexicon/common_initialisms.txt) is no name, and names in headlines are
// kept only where the body backs them. The words
// around a name that show an organisation ("shares of X", "X's chief
// executive", "a spokesperson for X", "X said in a statement", "X was
// fined"; one list, lexicon/organisation_cues.txt, names_org_context.go)
// type it where the tagger and the gazetteer are unsure: they take a
// word the tagger missed, a known company whose name is also a word at
// the start of a sentence ("Apple sued"), or a name shaped as companies'
// are ("TikTok", "3M"), and their type outweighs the tagger's in the vote
// over an entity's names. Mentions are
// then grouped into entities (surnames into full names, acronyms into
// their expansions, "Russian Federation" into Russia, but a leader's name
// not into the body named after the leader, "the Reagan Administration",
// an organisation; lexicon/led_bodies.txt; a peer or a judge
// the article names by title alone keeps the title, "Lord Browne", from
// lexicon/titles.txt; "Avi and Joel Glazer" name two Glazers; "Committee
// chairman Austin Mitchell" is one name, though Austin is a city; a name
// a work noun introduces, "sketch comedy Jam", is no entity), places named as
// teams in a report of sport ("England beat Wales", "Wigan 4 Chester 2")
// typed as the teams
// (teams.go) and the names of a dateline ("NICE, France 1996-08-30") as
// places (datelines.go), pronouns and descriptions ("he", "him", "the company", "the
// Oscar-winning actress", "the Indian government", "it" in "Shanda said
// it would" or going on about the subject of the sentence before, "we" in
// a quotation its speaker is named beside (or the one organisation the
// person speaking holds a role in), "the striker" after "Newcastle
// striker Craig Bellamy", "the theatre" after "the Lyric Theatre") are
// linked to the entity they stand for where one fits or stands out among
// those named shortly before (coref_description.go), or the one the
// article is about; a plural description ("the pair", "the two
// companies") stands for the two names listed just before it
// (coref_plural.go). Relations are read off each sentence that names
// two entities or more, off the sentence's
// dependency parse (package parse), construction by construction (files
// construction_*.go, word lists under lexicon/). Each mention stands at
// its name's syntactic head. Roles come from titles ("Russian President
// Vladimir Putin"), appositions, copulas, "the head of X, Y", possessives
// and coordinated roles, and a plural role that each name of a list
// holds ("Larry Page and Sergey Brin, the founders of Google"); events
// from a verb, or a noun that states a relation, and the parties among
// its dependents: subject and object in
// either voice, control ("agreed to buy"), light verbs ("imposed
// sanctions on"), relation nouns ("talks between X and Y"),
// coordination, negation and denial, relative and reported clauses, and
// posts named with "as". An event of speech between someone and a news
// outlet is a report (reports.go; what counts as an outlet is the word
// list lexicon/news_outlets.txt). Where the parser is known to go wrong (a
// preposition taken for a head, a subject hung on an auxiliary, a title
// taken for the head of its name, an item of a list hung on the one
// before or taken for a modifier of the next, a subject cut from its verb
// by an apposition or a participle or taken into the clause that opens
// the sentence, two clauses joined by "and" taken for one with
// coordinated subjects, a verb taken for a plural noun, for a participle
// describing its subject or for a modifier of its object, a second verb
// hung on the first one's object, a passive's agent hung on the phrase
// before it), the reader mends the tree before reading it.
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
