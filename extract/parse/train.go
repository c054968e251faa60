package parse

import (
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/kg-project/kg/extract/ner"
)

// TrainOptions control Train. Zero fields take the defaults given.
type TrainOptions struct {
	TaggerEpochs int // passes of the tagger over the data; 8
	ParserEpochs int // passes of the parser over the data; 15
	// Folds is the number of parts the data is cut into so that the parser
	// learns on tags given by taggers that did not see the sentence, like
	// the tags it will be given; 10.
	Folds int
	// MinCount drops features seen fewer times in the gold analyses; 3.
	MinCount int
	// Keep drops quantised weights of a smaller magnitude from the model,
	// out of 32767 for the largest; 600, which costs nothing measurable
	// and keeps the model small.
	Keep int
	// Explore is the share of the parser's wrong moves it follows after
	// its first epoch, so that it learns to go on from its own mistakes;
	// 0.9.
	Explore  float64
	Seed     uint64        // seeds the order of sentences in each epoch
	Clusters *ner.Clusters // word clusters to read; none if nil
	Log      io.Writer     // progress; none if nil
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.TaggerEpochs <= 0 {
		o.TaggerEpochs = 8
	}
	if o.ParserEpochs <= 0 {
		o.ParserEpochs = 15
	}
	if o.Folds <= 1 {
		o.Folds = 10
	}
	if o.MinCount <= 0 {
		o.MinCount = 3
	}
	if o.Keep <= 0 {
		o.Keep = 600
	}
	if o.Explore <= 0 {
		o.Explore = 0.9
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	return o
}

// example is a training sentence prepared once.
type example struct {
	tokens   []token // tags are the jackknifed predictions while the parser trains
	goldTags []int   // by token, the root's unused
	tree     goldTree
}

// Train learns a tagger and a parser from sentences with gold tags, heads
// and relations, by averaged perceptrons: the tagger greedily from left to
// right, the parser with a dynamic oracle that lets it learn from the
// states its own mistakes lead to.
func Train(sentences []*Sentence, opts TrainOptions) (*Model, error) {
	opts = opts.withDefaults()
	m := &Model{clusters: make(map[uint64][clusterLevels]uint16)}
	if opts.Clusters != nil {
		for key, ids := range opts.Clusters.All() {
			var small [clusterLevels]uint16
			for level, id := range ids {
				small[level] = uint16(id)
			}
			m.clusters[key] = small
		}
	}
	tagIndex, labelIndex := m.classes(sentences)
	if len(m.tags) > 256 || len(m.labels) > 64 {
		return nil, fmt.Errorf("parse: %d tags and %d relations, at most 256 and 64: %w", len(m.tags), len(m.labels), ErrBadOptions)
	}
	examples := make([]*example, len(sentences))
	for s, sentence := range sentences {
		ex := &example{tokens: m.prepare(nil, sentence.Forms())}
		n := len(ex.tokens)
		ex.goldTags = make([]int, n)
		ex.tree = goldTree{heads: make([]int32, n), labels: make([]int32, n), children: make([][]int32, n)}
		ex.tree.heads[0] = -1
		for i, word := range sentence.Words {
			if word.Head < 0 || word.Head > len(sentence.Words) {
				return nil, fmt.Errorf("parse: sentence %d word %d: head %d: %w", s+1, i+1, word.Head, ErrBadOptions)
			}
			ex.goldTags[i+1] = tagIndex[tagPair{word.XPOS, word.UPOS}]
			ex.tree.heads[i+1] = int32(word.Head)
			ex.tree.labels[i+1] = int32(labelIndex[word.Deprel])
			ex.tree.children[word.Head] = append(ex.tree.children[word.Head], int32(i+1))
		}
		examples[s] = ex
	}
	started := time.Now()
	jackknifed := make([][]int, len(examples))
	var wait sync.WaitGroup
	workers := make(chan struct{}, 2)
	var logged sync.Mutex
	for fold := range opts.Folds {
		wait.Add(1)
		workers <- struct{}{}
		go func() {
			defer func() { <-workers; wait.Done() }()
			right, total := tagFold(m, examples, fold, opts, jackknifed)
			logged.Lock()
			fmt.Fprintf(opts.Log, "fold %d of %d tagged: accuracy %.4f, %s\n", fold+1, opts.Folds, float64(right)/float64(max(total, 1)), time.Since(started).Round(time.Second))
			logged.Unlock()
		}()
	}
	wait.Wait()
	for s, ex := range examples {
		for i, tag := range jackknifed[s] {
			ex.tokens[i].tag = tag
		}
	}
	m.parser = trainParser(m, examples, opts)
	m.tagger = trainTagger(m, examples, opts)
	return m, nil
}

// tagFold trains a tagger on the examples outside the fold and sets the
// jackknifed tags of those inside it to that tagger's, returning how many
// of them it got right of how many. Each fold works on its own copy of
// the tokens, so that folds may be tagged at once.
func tagFold(m *Model, examples []*example, fold int, opts TrainOptions, jackknifed [][]int) (right, total int) {
	var training, held []*example
	for s, ex := range examples {
		copied := &example{tokens: slices.Clone(ex.tokens), goldTags: ex.goldTags}
		if s%opts.Folds == fold {
			held = append(held, copied)
		} else {
			training = append(training, copied)
		}
	}
	tagging := &Model{tags: m.tags, tagger: trainTagger(m, training, opts)}
	var k keys
	var buffers scratch
	scores := make([]int32, len(m.tags))
	for h, ex := range held {
		tagging.tag(ex.tokens, nil, &k, scores, &buffers)
		tags := make([]int, len(ex.tokens))
		for i := 1; i < len(ex.tokens); i++ {
			tags[i] = ex.tokens[i].tag
			if tags[i] == ex.goldTags[i] {
				right++
			}
			total++
		}
		jackknifed[fold+h*opts.Folds] = tags
	}
	return right, total
}

// classes numbers the tag pairs and relations of the training data, most
// frequent first, and records them in the model.
func (m *Model) classes(sentences []*Sentence) (map[tagPair]int, map[string]int) {
	tagCounts := make(map[tagPair]int)
	labelCounts := make(map[string]int)
	for _, sentence := range sentences {
		for _, word := range sentence.Words {
			tagCounts[tagPair{word.XPOS, word.UPOS}]++
			labelCounts[word.Deprel]++
		}
	}
	m.tags = byCount(tagCounts, func(a, b tagPair) int { return cmp.Or(cmp.Compare(a.xpos, b.xpos), cmp.Compare(a.upos, b.upos)) })
	m.labels = byCount(labelCounts, cmp.Compare[string])
	tagIndex := make(map[tagPair]int, len(m.tags))
	for i, tags := range m.tags {
		tagIndex[tags] = i
	}
	labelIndex := make(map[string]int, len(m.labels))
	for i, label := range m.labels {
		labelIndex[label] = i
	}
	return tagIndex, labelIndex
}

func byCount[T comparable](counts map[T]int, compare func(a, b T) int) []T {
	var out []T
	for value := range counts {
		out = append(out, value)
	}
	slices.SortFunc(out, func(a, b T) int { return cmp.Or(counts[b]-counts[a], compare(a, b)) })
	return out
}

// allowedKeys returns the keys seen at least minCount times.
func allowedKeys(counts map[uint64]int32, minCount int) []uint64 {
	var keys []uint64
	for key, n := range counts {
		if int(n) >= minCount {
			keys = append(keys, key)
		}
	}
	slices.Sort(keys)
	return keys
}

// trainTagger trains the tagger on examples, reading the tags it gives as
// the history of the next word.
func trainTagger(m *Model, examples []*example, opts TrainOptions) weights {
	var k keys
	counts := make(map[uint64]int32)
	for _, ex := range examples {
		for i := 1; i < len(ex.tokens); i++ {
			ex.tokens[i].tag = ex.goldTags[i]
		}
		for i := 1; i < len(ex.tokens); i++ {
			tagKeys(&k, ex.tokens, i)
			for _, key := range k.list {
				counts[key]++
			}
		}
	}
	p := newPerceptron(len(m.tags), allowedKeys(counts, opts.MinCount))
	counts = nil
	order := slices.Clone(examples)
	random := rand.New(rand.NewPCG(opts.Seed, uint64(len(order))))
	scores := make([]int64, len(m.tags))
	var rows []int32
	for range opts.TaggerEpochs {
		random.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ex := range order {
			for i := 1; i < len(ex.tokens); i++ {
				tagKeys(&k, ex.tokens, i)
				rows = p.score(k.list, rows, scores)
				predicted, gold := argmax(scores), ex.goldTags[i]
				if predicted != gold {
					p.update(k.list, rows, gold, predicted)
				}
				p.step++
				ex.tokens[i].tag = predicted
			}
		}
	}
	return p.average(opts.Keep)
}

// trainParser trains the parser on examples with the tags their tokens
// carry.
func trainParser(m *Model, examples []*example, opts TrainOptions) weights {
	labels := len(m.labels)
	classes := 1 + 2*labels
	var k keys
	var s state
	counts := make(map[uint64]int32)
	costs := make([]int, classes)
	for _, ex := range examples {
		s.reset(len(ex.tokens))
		for !s.done() {
			parserKeys(&k, &s, ex.tokens)
			for _, key := range k.list {
				counts[key]++
			}
			s.apply(oracleMove(&s, &ex.tree, labels, costs), labels)
		}
	}
	p := newPerceptron(classes, allowedKeys(counts, opts.MinCount))
	fmt.Fprintf(opts.Log, "parser: %d of %d features seen %d times or more\n", len(p.known), len(counts), opts.MinCount)
	counts = nil
	order := slices.Clone(examples)
	random := rand.New(rand.NewPCG(opts.Seed, uint64(len(order))+1))
	scores := make([]int64, classes)
	var rows []int32
	started := time.Now()
	for epoch := range opts.ParserEpochs {
		random.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes, moves := 0, 0
		for _, ex := range order {
			s.reset(len(ex.tokens))
			for !s.done() {
				parserKeys(&k, &s, ex.tokens)
				rows = p.score(k.list, rows, scores)
				moveCosts(&s, &ex.tree, labels, costs)
				predicted := bestValid(&s, scores, labels)
				best, least := -1, 0
				for class, cost := range costs {
					if cost < 0 {
						continue
					}
					if best < 0 || cost < least || cost == least && scores[class] > scores[best] {
						best, least = class, cost
					}
				}
				next := best
				if costs[predicted] > least {
					mistakes++
					p.update(k.list, rows, best, predicted)
					if epoch > 0 && random.Float64() < opts.Explore {
						next = predicted
					}
				}
				p.step++
				moves++
				s.apply(next, labels)
			}
		}
		fmt.Fprintf(opts.Log, "parser epoch %d: %d rows, %.4f moves wrong, %s\n", epoch+1, len(p.weights)/classes, float64(mistakes)/float64(max(moves, 1)), time.Since(started).Round(time.Second))
	}
	return p.average(opts.Keep)
}

// moveCosts sets costs to the cost of each move, -1 for a move the state
// does not allow.
func moveCosts(s *state, tree *goldTree, labels int, costs []int) {
	canShift, canLeft, canRight := s.valid()
	shiftCost, leftCost, rightCost, leftLabel, rightLabel := s.costs(tree)
	for class := range costs {
		costs[class] = -1
	}
	if canShift {
		costs[shift] = shiftCost
	}
	for label := range labels {
		if canLeft {
			costs[1+label] = leftCost
			if leftLabel >= 0 && int32(label) != leftLabel {
				costs[1+label]++
			}
		}
		if canRight {
			costs[1+labels+label] = rightCost
			if rightLabel >= 0 && int32(label) != rightLabel {
				costs[1+labels+label]++
			}
		}
	}
}

// oracleMove returns a move of least cost, preferring arcs to shifts.
func oracleMove(s *state, tree *goldTree, labels int, costs []int) int {
	moveCosts(s, tree, labels, costs)
	best := -1
	for i := 1; i <= len(costs); i++ {
		class := i % len(costs) // the arcs, then shift
		if costs[class] >= 0 && (best < 0 || costs[class] < costs[best]) {
			best = class
		}
	}
	return best
}
