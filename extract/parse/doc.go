// Package parse finds the syntax of English sentences: each word's lemma,
// part of speech (Universal Dependencies UPOS and Penn Treebank XPOS), head
// and dependency relation (UD relations with their subtypes, as
// "nsubj:pass" or "obl:agent"), so that relations between names can be
// read off the tree.
//
// # Use
//
// Model.Parse takes the words of one sentence, as kg's tokeniser gives them
// (extract.Extractor.Sentences splits plain text), and returns a Word per
// word; heads count words from 1, 0 being the root. Model.ParseSentence
// does the same in place for a sentence read from CoNLL-U by Reader, and
// WriteSentence writes the result back as CoNLL-U. Default returns the
// embedded model; a Model is safe for concurrent use.
//
// # Model
//
// A greedy averaged-perceptron tagger gives each word a pair of tags from
// the word, its affixes, shape and neighbours, word clusters learnt from
// unlabelled news, and the tags before it. An arc-hybrid transition parser
// then builds the tree greedily in one pass, choosing each move by an
// averaged perceptron over the rich features of Zhang and Nivre (2011):
// words, tags and clusters of the top of the stack and the front of the
// buffer, their leftmost and rightmost dependents and those dependents'
// relations, distance and valency. It was trained with the dynamic oracle
// of Goldberg and Nivre (2013), following its own mistakes, on tags from
// taggers that had not seen the sentence. Features are hashed to 40-bit
// keys and weights stored as 16-bit integers; in memory the rows of the
// frequent features, which hold weights for many classes, are dense and
// added eight classes at a time with AVX2 where the processor has it.
//
// The embedded model (see MODEL.md) is trained on Universal Dependencies
// English EWT by kg's internal/trainparse program.
//
// BUG(parse): trees are projective: the parser cannot cross arcs, which
// the gold trees of a few per cent of English sentences do.
package parse
