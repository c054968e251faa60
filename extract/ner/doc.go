// Package ner tags the named entities of English news text: people,
// organisations, locations and other names (MISC), as IOB2 labels over
// tokens.
//
// # Model
//
// The tagger is an averaged perceptron that labels a sentence greedily from
// left to right, reading each word, its shape, affixes and neighbours, the
// two labels before it, and how the same word is written elsewhere in the
// document. A second pass adds the labels the first pass gave the word
// elsewhere in the document, so that a name is typed alike throughout.
// Features are hashed to 64-bit keys and weights stored as 16-bit integers.
//
// Besides word clusters induced from unlabelled news, a model may carry a
// Lexicon: for words of other text, the label they were most often given
// there. It lets a tagger trained on one corpus know names that corpus
// never uses (companies of later years, for one) without adopting the other
// text's labelling conventions, since how far to trust the lexicon is
// learnt from the training data.
//
// The embedded model (see MODEL.md) is trained on CoNLL-2003 English by
// kg's internal/trainner program, with a lexicon drawn from the GMB corpus
// and from BBC and Reuters text the model tagged itself.
//
// Headlines set in capitals (ALL CAPS, or Title Case as the first sentence
// of a document) are read without case, since capitals there do not mark
// names.
package ner
