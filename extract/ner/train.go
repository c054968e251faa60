package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// Token is a word of training text with its IOB2 label.
type Token struct {
	Word  string
	Label string
}

// TrainOptions control Train. Zero fields take the defaults given.
type TrainOptions struct {
	Epochs   int       // passes over the data for each stage; 10
	Folds    int       // parts the data is cut into to give the second pass honest first-pass labels; 5
	MinCount int       // features seen fewer times in the gold data are dropped; 2
	Seed     uint64    // seeds the order of documents in each epoch
	Clusters *Clusters // word clusters to use as features; none if nil
	Lexicon  *Lexicon  // priors of words from another corpus; none if nil
	// Weights scale each document's updates, in the order of the documents,
	// so that a large corpus labelled by other conventions or less carefully
	// teaches less per token; 1 for every document if nil.
	Weights []float64
	Log     io.Writer // progress; none if nil
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Epochs <= 0 {
		o.Epochs = 10
	}
	if o.Folds <= 1 {
		o.Folds = 5
	}
	if o.MinCount <= 0 {
		o.MinCount = 2
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	return o
}

// trainingDoc is a document prepared once for every stage trained on it.
type trainingDoc struct {
	tagging
	gold   []int
	weight float64 // size of the updates the document makes
}

// Train learns a model from documents of sentences of labelled tokens with
// an averaged perceptron. It trains the first pass on all documents, and
// the second pass on first-pass labels made by models that did not see the
// document, so that it learns how far to trust them on new text. Labels
// must be IOB2 names; an I-X that does not continue an X is read as B-X.
func Train(docs [][][]Token, opts TrainOptions) (*Model, error) {
	opts = opts.withDefaults()
	if opts.Weights != nil && len(opts.Weights) != len(docs) {
		return nil, fmt.Errorf("ner: %d weights for %d documents: %w", len(opts.Weights), len(docs), ErrBadOptions)
	}
	words := knownWords(opts.Clusters, opts.Lexicon)
	prepared := make([]*trainingDoc, len(docs))
	for d, doc := range docs {
		sentences := make([][]string, len(doc))
		var gold []int
		for s, sentence := range doc {
			previous := labelO
			for _, token := range sentence {
				label, ok := labelIndex(token.Label)
				if !ok {
					return nil, fmt.Errorf("ner: document %d sentence %d: %w %q", d, s, ErrUnknownLabel, token.Label)
				}
				if !allowed(previous, label) {
					label--
				}
				sentences[s] = append(sentences[s], token.Word)
				gold = append(gold, label)
				previous = label
			}
		}
		training := &trainingDoc{gold: gold, weight: 1}
		if opts.Weights != nil {
			training.weight = opts.Weights[d]
		}
		training.prepare(sentences, words)
		prepared[d] = training
	}

	all := func(int) bool { return true }
	for fold := range opts.Folds {
		held := func(d int) bool { return d%opts.Folds == fold }
		partial := trainStage(prepared, func(d int) bool { return !held(d) }, false, opts)
		for d, doc := range prepared {
			if held(d) {
				doc.label(partial, nil, doc.firstPass)
			}
		}
		fmt.Fprintf(opts.Log, "fold %d of %d labelled\n", fold+1, opts.Folds)
	}
	for _, doc := range prepared {
		doc.doc.countTypes(doc.firstPass)
	}
	second := trainStage(prepared, all, true, opts)
	first := trainStage(prepared, all, false, opts)
	return newModel(first, second, words), nil
}

// knownWords merges what the clusters and the lexicon know of each word
// into one map, so that tagging looks a word up once.
func knownWords(clusters *Clusters, lexicon *Lexicon) map[uint64]lexeme {
	if clusters == nil && lexicon == nil {
		return nil
	}
	words := make(map[uint64]lexeme)
	if clusters != nil {
		for key, ids := range clusters.ids {
			words[key] = lexeme{clusters: ids}
		}
	}
	if lexicon != nil {
		for key, prior := range lexicon.priors {
			known := words[key]
			known.prior = prior
			words[key] = known
		}
	}
	return words
}

// trainStage trains one pass on the documents that include accepts.
func trainStage(docs []*trainingDoc, include func(int) bool, secondPass bool, opts TrainOptions) *stage {
	started := time.Now()
	var order []int
	for d := range docs {
		if include(d) {
			order = append(order, d)
		}
	}
	firstPassOf := func(doc *trainingDoc) []int {
		if secondPass {
			return doc.firstPass
		}
		return nil
	}

	counts := make(map[uint64]int32)
	for _, d := range order {
		doc := docs[d]
		doc.eachPosition(func(position, end int) {
			previous, previous2 := labelStart, labelStart
			if position > 0 && !doc.doc.infos[position].initial {
				previous = doc.gold[position-1]
				if position > 1 && !doc.doc.infos[position-1].initial {
					previous2 = doc.gold[position-2]
				}
			}
			for _, key := range doc.positionKeys(position, end, previous, previous2, firstPassOf(doc)) {
				counts[key]++
			}
		})
	}
	var keys []uint64
	for key, n := range counts {
		if n >= int32(opts.MinCount) {
			keys = append(keys, key)
		}
	}
	slices.Sort(keys)
	table := newFeatureTable(keys)

	weights := make([]float64, len(keys)*numLabels)
	// totals holds each update times the step it was made at, from which
	// the average of the weights over all steps follows at the end.
	totals := make([]float64, len(weights))
	step := 1.0
	random := rand.New(rand.NewPCG(opts.Seed, uint64(len(order))))
	rows := make([]int32, 0, 128)
	for epoch := range opts.Epochs {
		random.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes, tokens := 0, 0
		for _, d := range order {
			doc := docs[d]
			previous, previous2 := labelStart, labelStart
			doc.eachPosition(func(position, end int) {
				if doc.doc.infos[position].initial {
					previous, previous2 = labelStart, labelStart
				}
				rows = rows[:0]
				var scores [numLabels]float32
				for _, key := range doc.positionKeys(position, end, previous, previous2, firstPassOf(doc)) {
					row := table.find(key)
					if row < 0 {
						continue
					}
					rows = append(rows, row)
					for label := range scores {
						scores[label] += float32(weights[int(row)*numLabels+label])
					}
				}
				predicted := bestLabel(&scores, previous)
				if gold := doc.gold[position]; predicted != gold {
					mistakes++
					for _, row := range rows {
						base := int(row) * numLabels
						weights[base+gold] += doc.weight
						totals[base+gold] += doc.weight * step
						weights[base+predicted] -= doc.weight
						totals[base+predicted] -= doc.weight * step
					}
				}
				step++
				tokens++
				previous2, previous = previous, predicted
			})
		}
		fmt.Fprintf(opts.Log, "pass %d epoch %d: %d features, %.4f token error, %s\n",
			passNumber(secondPass), epoch+1, len(keys), float64(mistakes)/float64(max(tokens, 1)), time.Since(started).Round(time.Millisecond))
	}
	for i := range weights {
		weights[i] -= totals[i] / step
	}
	return quantise(keys, weights)
}

func passNumber(secondPass bool) int {
	if secondPass {
		return 2
	}
	return 1
}

// eachPosition calls visit for every token of the document with the end of
// its sentence.
func (t *tagging) eachPosition(visit func(position, end int)) {
	for sentence := 0; sentence+1 < len(t.doc.starts); sentence++ {
		end := t.doc.starts[sentence+1]
		for position := t.doc.starts[sentence]; position < end; position++ {
			visit(position, end)
		}
	}
}

// quantise rounds the weights to multiples of a scale that fit in an int16,
// which is how they are stored, and drops the rows left all zero.
func quantise(keys []uint64, weights []float64) *stage {
	largest := 0.0
	for _, w := range weights {
		largest = max(largest, math.Abs(w))
	}
	scale := float32(largest / math.MaxInt16)
	if scale == 0 {
		scale = 1
	}
	var keptKeys []uint64
	var kept [][numLabels]int16
	for row, key := range keys {
		var quantised [numLabels]int16
		nonZero := false
		for label := range quantised {
			quantised[label] = int16(math.Round(weights[row*numLabels+label] / float64(scale)))
			nonZero = nonZero || quantised[label] != 0
		}
		if nonZero {
			keptKeys = append(keptKeys, key)
			kept = append(kept, quantised)
		}
	}
	return &stage{table: newWeightTable(keptKeys, kept), scale: scale}
}
