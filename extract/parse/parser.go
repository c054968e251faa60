package parse

import "github.com/kg-project/kg/extract/internal/feature"

// The parser is arc-hybrid (Kuhlmann, Gómez-Rodríguez and Satta 2011): a
// stack that starts with the root, a buffer of the words in order, and
// three moves, each labelled but the first:
//
//	shift:     push the first word of the buffer
//	left(l):   the top of the stack becomes a dependent l of the first word
//	           of the buffer, and is popped
//	right(l):  the top of the stack becomes a dependent l of the word under
//	           it, and is popped
//
// Classes are numbered shift 0, left(l) 1+l, right(l) 1+labels+l. A right
// move onto the root is allowed only once the buffer is empty, so that a
// sentence has one root.
const shift = 0

// parserTemplates is where the parser's templates are numbered from.
const parserTemplates = 2000

// state is a parser configuration over tokens, the root at position 0.
type state struct {
	stack  []int32
	next   int32 // first word of the buffer; the buffer runs to the end
	n      int32 // tokens, the root included
	heads  []int32
	labels []int32
	// The two leftmost and rightmost dependents of each token so far, -1
	// for none, and the number and label set of its dependents each side.
	left1, left2, right1, right2 []int32
	leftCount, rightCount        []uint8
	leftLabels, rightLabels      []uint64
}

func (s *state) reset(n int) {
	s.stack = append(s.stack[:0], 0)
	s.next = 1
	s.n = int32(n)
	s.heads = fill(s.heads, n, -1)
	s.labels = fill(s.labels, n, -1)
	s.left1 = fill(s.left1, n, -1)
	s.left2 = fill(s.left2, n, -1)
	s.right1 = fill(s.right1, n, -1)
	s.right2 = fill(s.right2, n, -1)
	s.leftCount = fill(s.leftCount, n, 0)
	s.rightCount = fill(s.rightCount, n, 0)
	s.leftLabels = fill(s.leftLabels, n, 0)
	s.rightLabels = fill(s.rightLabels, n, 0)
}

func fill[T any](s []T, n int, value T) []T {
	if cap(s) < n {
		s = make([]T, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = value
	}
	return s
}

func (s *state) done() bool { return s.next == s.n && len(s.stack) == 1 }

// valid reports whether the moves shift, left and right may be made.
func (s *state) valid() (canShift, canLeft, canRight bool) {
	buffered := s.next < s.n
	depth := len(s.stack)
	canShift = buffered
	canLeft = buffered && depth >= 2
	canRight = depth >= 2 && (depth > 2 || !buffered)
	return
}

// apply makes the move of class for a model of the given number of labels.
func (s *state) apply(class, labels int) {
	if class == shift {
		s.stack = append(s.stack, s.next)
		s.next++
		return
	}
	top := len(s.stack) - 1
	dependent := s.stack[top]
	s.stack = s.stack[:top]
	label := class - 1
	head := s.next
	if label >= labels {
		label -= labels
		head = s.stack[top-1]
	}
	s.attach(head, dependent, int32(label))
}

func (s *state) attach(head, dependent, label int32) {
	s.heads[dependent] = head
	s.labels[dependent] = label
	if dependent < head {
		if s.left1[head] < 0 || dependent < s.left1[head] {
			s.left2[head] = s.left1[head]
			s.left1[head] = dependent
		} else if s.left2[head] < 0 || dependent < s.left2[head] {
			s.left2[head] = dependent
		}
		s.leftCount[head]++
		s.leftLabels[head] |= 1 << (label & 63)
		return
	}
	if dependent > s.right1[head] {
		s.right2[head] = s.right1[head]
		s.right1[head] = dependent
	} else if dependent > s.right2[head] {
		s.right2[head] = dependent
	}
	s.rightCount[head]++
	s.rightLabels[head] |= 1 << (label & 63)
}

// parserKeys sets k to the features of the parser's next move.
func parserKeys(k *keys, s *state, tokens []token) {
	k.reset(parserSeeds)
	stackAt := func(i int) int32 {
		if i < len(s.stack) {
			return s.stack[len(s.stack)-1-i]
		}
		return -1
	}
	bufferAt := func(i int32) int32 {
		if s.next+i < s.n {
			return s.next + i
		}
		return -1
	}
	word := func(p int32) uint64 {
		if p < 0 {
			return absent
		}
		return tokens[p].lower
	}
	tag := func(p int32) uint64 {
		if p < 0 {
			return absent
		}
		return uint64(tokens[p].tag)
	}
	cluster := func(p int32, level int) uint64 {
		if p < 0 {
			return absent
		}
		return tokens[p].clusters[level]
	}
	label := func(p int32) uint64 {
		if p < 0 {
			return absent
		}
		return uint64(s.labels[p])
	}
	child := func(children []int32, p int32) int32 {
		if p < 0 {
			return -1
		}
		return children[p]
	}
	s0, s1, s2 := stackAt(0), stackAt(1), stackAt(2)
	b0, b1, b2 := bufferAt(0), bufferAt(1), bufferAt(2)
	s0w, s0p, b0w, b0p := word(s0), tag(s0), word(b0), tag(b0)
	s0wp, b0wp := feature.Pair(s0w, s0p), feature.Pair(b0w, b0p)
	pair, triple := feature.Pair, func(a, b, c uint64) uint64 { return feature.Pair(feature.Pair(a, b), c) }

	// Single words.
	k.add(s0wp)
	k.add(s0w)
	k.add(s0p)
	k.add(b0wp)
	k.add(b0w)
	k.add(b0p)
	k.add(pair(word(b1), tag(b1)))
	k.add(word(b1))
	k.add(tag(b1))
	k.add(pair(word(b2), tag(b2)))
	k.add(word(b2))
	k.add(tag(b2))
	k.add(pair(word(s1), tag(s1)))
	k.add(word(s1))
	k.add(tag(s1))
	k.add(word(s2))
	k.add(tag(s2))

	// Pairs.
	k.add(pair(s0wp, b0wp))
	k.add(pair(s0wp, b0w))
	k.add(pair(s0w, b0wp))
	k.add(pair(s0wp, b0p))
	k.add(pair(s0p, b0wp))
	k.add(pair(s0w, b0w))
	k.add(pair(s0p, b0p))
	k.add(pair(b0p, tag(b1)))
	k.add(pair(word(s1), s0w))
	k.add(pair(tag(s1), s0p))
	k.add(pair(pair(word(s1), tag(s1)), s0p))
	k.add(pair(tag(s1), s0wp))
	k.add(pair(tag(s1), b0p))

	// Triples.
	s0l, s0r, b0l := child(s.left1, s0), child(s.right1, s0), child(s.left1, b0)
	s0l2, s0r2, b0l2 := child(s.left2, s0), child(s.right2, s0), child(s.left2, b0)
	s1r := child(s.right1, s1)
	k.add(triple(b0p, tag(b1), tag(b2)))
	k.add(triple(s0p, b0p, tag(b1)))
	k.add(triple(tag(s1), s0p, b0p))
	k.add(triple(tag(s2), tag(s1), s0p))
	k.add(triple(s0p, tag(s0l), b0p))
	k.add(triple(s0p, tag(s0r), b0p))
	k.add(triple(s0p, b0p, tag(b0l)))
	k.add(triple(tag(s1), tag(s1r), s0p))
	k.add(triple(tag(s1), s0p, tag(s0r)))

	// Distance between the top of the stack and the buffer.
	distance := uint64(absent)
	if s0 > 0 && b0 > 0 {
		distance = uint64(min(b0-s0, 8))
		if b0-s0 > 10 {
			distance = 9
		}
	}
	k.add(pair(s0w, distance))
	k.add(pair(s0p, distance))
	k.add(pair(b0w, distance))
	k.add(pair(b0p, distance))
	k.add(triple(s0w, b0w, distance))
	k.add(triple(s0p, b0p, distance))

	// Valency.
	valency := func(counts []uint8, p int32) uint64 {
		if p < 0 {
			return absent
		}
		return uint64(counts[p])
	}
	k.add(pair(s0w, valency(s.rightCount, s0)))
	k.add(pair(s0p, valency(s.rightCount, s0)))
	k.add(pair(s0w, valency(s.leftCount, s0)))
	k.add(pair(s0p, valency(s.leftCount, s0)))
	k.add(pair(b0w, valency(s.leftCount, b0)))
	k.add(pair(b0p, valency(s.leftCount, b0)))

	// Dependents.
	for _, d := range [...]int32{s0l, s0r, b0l, s0l2, s0r2, b0l2} {
		k.add(word(d))
		k.add(tag(d))
		k.add(label(d))
	}
	k.add(pair(tag(s1r), label(s1r)))
	k.add(triple(s0p, tag(s0l), tag(s0l2)))
	k.add(triple(s0p, tag(s0r), tag(s0r2)))
	k.add(triple(b0p, tag(b0l), tag(b0l2)))
	k.add(triple(s0p, label(s0l), label(s0l2)))
	k.add(triple(s0p, label(s0r), label(s0r2)))
	k.add(triple(b0p, label(b0l), label(b0l2)))

	// Label sets.
	labelSet := func(sets []uint64, p int32) uint64 {
		if p < 0 {
			return absent
		}
		return sets[p]
	}
	k.add(pair(s0w, labelSet(s.rightLabels, s0)))
	k.add(pair(s0p, labelSet(s.rightLabels, s0)))
	k.add(pair(s0w, labelSet(s.leftLabels, s0)))
	k.add(pair(s0p, labelSet(s.leftLabels, s0)))
	k.add(pair(b0w, labelSet(s.leftLabels, b0)))
	k.add(pair(b0p, labelSet(s.leftLabels, b0)))

	// Word clusters.
	k.add(cluster(s0, 0))
	k.add(cluster(b0, 0))
	k.add(cluster(b1, 0))
	k.add(cluster(s1, 0))
	k.add(pair(cluster(s0, 1), cluster(b0, 1)))
	k.add(pair(cluster(s0, 0), b0p))
	k.add(pair(s0p, cluster(b0, 0)))
	k.add(pair(s0w, cluster(b0, 1)))
	k.add(pair(cluster(s0, 1), b0w))
	k.add(pair(cluster(s1, 1), cluster(s0, 1)))
	k.add(triple(cluster(s0, 2), cluster(b0, 2), cluster(b1, 2)))
	k.add(triple(s0p, b0p, cluster(b1, 1)))
}

// goldTree is a training sentence's tree, for the oracle.
type goldTree struct {
	heads    []int32   // by token, the root's -1
	labels   []int32   // by token
	children [][]int32 // by token
}

// costs returns how many gold arcs each move makes unreachable, and the
// label each arc move must carry to cost nothing more (-1 when its arc is
// wrong, so that any label will do): the dynamic oracle of Goldberg and
// Nivre (2013) for arc-hybrid.
func (s *state) costs(gold *goldTree) (shiftCost, leftCost, rightCost int, leftLabel, rightLabel int32) {
	inBuffer := func(p int32) bool { return p >= s.next }
	top := len(s.stack) - 1
	leftLabel, rightLabel = -1, -1
	if s.next < s.n {
		b0 := s.next
		s0 := s.stack[top]
		if h := gold.heads[b0]; h >= 0 && !inBuffer(h) && h != s0 && s.onStack(h) {
			shiftCost++
		}
		for _, c := range gold.children[b0] {
			if !inBuffer(c) && s.heads[c] < 0 && s.onStack(c) {
				shiftCost++
			}
		}
	}
	if top < 1 {
		return
	}
	s0, s1 := s.stack[top], s.stack[top-1]
	childrenInBuffer := 0
	for _, c := range gold.children[s0] {
		if inBuffer(c) {
			childrenInBuffer++
		}
	}
	h := gold.heads[s0]
	if s.next < s.n {
		leftCost = childrenInBuffer
		if h == s.next {
			leftLabel = gold.labels[s0]
		} else if h == s1 || inBuffer(h) {
			leftCost++
		}
	}
	rightCost = childrenInBuffer
	if h == s1 {
		rightLabel = gold.labels[s0]
	} else if inBuffer(h) {
		rightCost++
	}
	return
}

// onStack reports whether token p is on the stack.
func (s *state) onStack(p int32) bool {
	for _, q := range s.stack {
		if q == p {
			return true
		}
	}
	return false
}
