package parse

import (
	"cmp"
	"math"
	"slices"
)

// weights maps feature keys to rows of class weights. Most features bear
// on a few classes only, so most rows list the classes they have weights
// for; the rows of the frequent features, which bear on many classes and
// are read at most decisions, are dense instead. Weights are quantised to
// int16; only their order matters, since the models take the best-scoring
// class.
type weights struct {
	slots []slot // open addressing by key; key 0 marks an empty slot
	mask  uint64
	// entries hold the sparse rows of more than inline weights one after
	// the other.
	entries []uint32
	// dense holds the dense rows one after the other, each width weights
	// by class, 0 for a class the row has none for and past the last
	// class: width is the number of classes rounded up to a multiple of 8,
	// for addRows.
	dense []int16
	width int
}

// slot holds a key's row in 16 bytes. A weight of a sparse row is an
// entry of 24 bits, its class and the weight as class<<16 | uint16(weight),
// never 0 since zero weights are not kept. head holds the key, below
// 1<<keyBits, and above it the first entry of a row of up to inline
// weights, whose other entries are in tail, one every 24 bits, and 0 past
// its end; so most lookups touch one cache line. A longer sparse row has
// overflow | length<<32 | start in tail, a dense row denseRow | start.
type slot struct {
	head, tail uint64
}

const (
	overflow  = 1 << 63
	denseRow  = 1 << 62
	keyMask   = 1<<keyBits - 1
	inline    = 3
	entryBits = 24
	entryMask = 1<<entryBits - 1
)

// A row is dense when it has weights for at least one class in
// denseShare: where the processor can, addRows adds a dense row eight
// classes at a time, in about the time score takes to add a fifth as many
// sparse weights one by one.
const denseShare = 5

// row is one feature's weights while a table is built or written, its
// classes in increasing order.
type row struct {
	key     uint64
	classes []uint8
	values  []int16
}

// scratch holds the buffers of weights.score, reused from one decision
// to the next.
type scratch struct {
	loaded []uint64
	starts []int32 // of the dense rows found
	sums   []int32 // of the dense rows, by class
}

// newWeights builds the table of rows for a model of the given number of
// classes. The table is at most 35 % full, so that a lookup, of a key
// found or not, mostly reads one slot: at up to 70 % full, half the size,
// the parser's lookups probed about twice as many slots, and tagging and
// parsing took 8 % more time.
func newWeights(rows []row, classes int) weights {
	size := 16
	for size*7 < len(rows)*20 {
		size *= 2
	}
	w := weights{slots: make([]slot, size), mask: uint64(size - 1), width: (classes + 7) &^ 7}
	for _, r := range rows {
		at := r.key & w.mask
		for w.slots[at].head != 0 {
			at = (at + 1) & w.mask
		}
		s := slot{head: r.key}
		// A dense row's start must fit in 32 bits.
		if len(r.classes)*denseShare >= classes && len(w.dense)+w.width < 1<<32 {
			s.tail = denseRow | uint64(len(w.dense))
			w.dense = append(w.dense, make([]int16, w.width)...)
			dense := w.dense[len(w.dense)-w.width:]
			for i, class := range r.classes {
				dense[class] = r.values[i]
			}
			w.slots[at] = s
			continue
		}
		pack := func(i int) uint32 { return uint32(r.classes[i])<<16 | uint32(uint16(r.values[i])) }
		if len(r.classes) <= inline {
			s.head |= uint64(pack(0)) << keyBits
			for i := 1; i < len(r.classes); i++ {
				s.tail |= uint64(pack(i)) << ((i - 1) * entryBits)
			}
		} else {
			s.tail = overflow | uint64(len(r.classes))<<32 | uint64(len(w.entries))
			for i := range r.classes {
				w.entries = append(w.entries, pack(i))
			}
		}
		w.slots[at] = s
	}
	return w
}

// score adds the weights of the features keys to scores, indexed by class,
// which must be as many as the table's classes. The tables are larger than
// the processor's nearer caches, so score reads in three passes: the home
// slot of every key; then each key's slot, now near, and every cache line
// of its row if the row is long, keeping the slots found; then the
// weights. The reads of a pass do not depend on each other and run at
// once, where a single pass would wait for each miss in turn. The dense
// rows are summed apart, by addRows, and their sums added to scores at the
// end.
func (w *weights) score(keys []uint64, scores []int32, buffers *scratch) {
	if cap(buffers.loaded) < len(keys) {
		buffers.loaded = make([]uint64, len(keys))
	}
	loaded := buffers.loaded[:len(keys)]
	for i, key := range keys {
		loaded[i] = w.slots[key&w.mask].head
	}
	found := 0
	for _, key := range keys {
		at := key & w.mask
		for {
			s := &w.slots[at]
			if s.head&keyMask == key {
				// A slot's index is below 1<<32 (maxRows); the weights read
				// beside it only bring the row near.
				loaded[found] = uint64(w.touch(s))<<32 | at
				found++
				break
			}
			if s.head == 0 {
				break
			}
			at = (at + 1) & w.mask
		}
	}
	starts := buffers.starts[:0]
	for _, at := range loaded[:found] {
		s := &w.slots[uint32(at)]
		switch tail := s.tail; {
		case tail&(overflow|denseRow) == 0:
			// An empty entry adds 0 to class 0's score, which is
			// cheaper than telling it apart.
			first, second, third := uint32(s.head>>keyBits), uint32(tail&entryMask), uint32(tail>>entryBits)
			scores[first>>16] += int32(int16(first))
			scores[second>>16] += int32(int16(second))
			scores[third>>16] += int32(int16(third))
		case tail&denseRow != 0:
			starts = append(starts, int32(uint32(tail)))
		default:
			start := uint32(tail)
			for _, entry := range w.entries[start : start+uint32(tail>>32)&0xffff] {
				scores[entry>>16] += int32(int16(entry))
			}
		}
	}
	buffers.starts = starts
	if len(starts) == 0 {
		return
	}
	if cap(buffers.sums) < w.width {
		buffers.sums = make([]int32, w.width)
	}
	sums := buffers.sums[:w.width]
	clear(sums)
	addRows(sums, w.dense, starts)
	for class := range scores {
		scores[class] += sums[class]
	}
}

// addRowsGo is addRows in Go.
func addRowsGo(sums []int32, dense []int16, starts []int32) {
	for _, start := range starts {
		for class, weight := range dense[start:][:len(sums)] {
			sums[class] += int32(weight)
		}
	}
}

// touch reads the ends of a row held outside its slot, and the middle of
// a dense row, so that the lines in between come near with them; it
// returns a value that depends on the reads so that they are made. A
// sparse row held apart has fewer than 256/denseShare weights.
func (w *weights) touch(s *slot) uint32 {
	switch tail := s.tail; {
	case tail&denseRow != 0:
		row := w.dense[uint32(tail):][:w.width]
		return uint32(row[0]) ^ uint32(row[len(row)/2]) ^ uint32(row[len(row)-1])
	case tail&overflow != 0:
		start := uint32(tail)
		return w.entries[start] ^ w.entries[start+uint32(tail>>32)&0xffff-1]
	}
	return 0
}

// rowOf returns the weights of a slot's row.
func (w *weights) rowOf(s *slot) row {
	r := row{key: s.head & keyMask}
	tail := s.tail
	if tail&denseRow != 0 {
		for class, value := range w.dense[uint32(tail):][:w.width] {
			if value != 0 {
				r.classes = append(r.classes, uint8(class))
				r.values = append(r.values, value)
			}
		}
		return r
	}
	entries := []uint32{uint32(s.head >> keyBits), uint32(tail & entryMask), uint32(tail >> entryBits)}
	if tail&overflow != 0 {
		start := uint32(tail)
		entries = w.entries[start : start+uint32(tail>>32)&0xffff]
	}
	for _, entry := range entries {
		if entry == 0 {
			break
		}
		r.classes = append(r.classes, uint8(entry>>16))
		r.values = append(r.values, int16(entry))
	}
	return r
}

// rows returns the table's rows in key order.
func (w *weights) rows() []row {
	var rows []row
	for i := range w.slots {
		if w.slots[i].head != 0 {
			rows = append(rows, w.rowOf(&w.slots[i]))
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(a.key, b.key) })
	return rows
}

// perceptron is an averaged perceptron under training: dense rows of
// integer weights, made for a feature the first time it is updated.
type perceptron struct {
	classes int
	known   map[uint64]int32 // feature key to row, -1 before its first update
	weights []int32
	// totals holds each update times the step it was made at, from which
	// the average of the weights over all steps follows at the end.
	totals []int64
	step   int64
}

// newPerceptron trains weights for the features keys only.
func newPerceptron(classes int, keys []uint64) *perceptron {
	known := make(map[uint64]int32, len(keys))
	for _, key := range keys {
		known[key] = -1
	}
	return &perceptron{classes: classes, known: known, step: 1}
}

// score sets scores to the classes' scores for keys, and rows to the keys'
// rows (-1 for none yet, -2 for a feature not trained).
func (p *perceptron) score(keys []uint64, rows []int32, scores []int64) []int32 {
	clear(scores)
	rows = rows[:0]
	for _, key := range keys {
		r, ok := p.known[key]
		if !ok {
			r = -2
		}
		rows = append(rows, r)
		if r < 0 {
			continue
		}
		for class, weight := range p.weights[int(r)*p.classes : int(r+1)*p.classes] {
			scores[class] += int64(weight)
		}
	}
	return rows
}

// update moves the weights of keys, with the rows score gave them, towards
// class good and away from class bad.
func (p *perceptron) update(keys []uint64, rows []int32, good, bad int) {
	for i, r := range rows {
		if r == -2 {
			continue
		}
		if r == -1 {
			r = p.known[keys[i]] // made already if the key came twice
		}
		if r == -1 {
			r = int32(len(p.weights) / p.classes)
			p.known[keys[i]] = r
			rows[i] = r
			p.weights = append(p.weights, make([]int32, p.classes)...)
			p.totals = append(p.totals, make([]int64, p.classes)...)
		}
		base := int(r) * p.classes
		p.weights[base+good]++
		p.totals[base+good] += p.step
		p.weights[base+bad]--
		p.totals[base+bad] -= p.step
	}
}

// average returns the averaged weights, quantised to int16, keeping those
// whose quantised magnitude reaches keep.
func (p *perceptron) average(keep int) weights {
	averaged := make([]float64, len(p.weights))
	largest := 0.0
	for i, weight := range p.weights {
		averaged[i] = float64(weight) - float64(p.totals[i])/float64(p.step)
		largest = max(largest, math.Abs(averaged[i]))
	}
	scale := largest / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	var rows []row
	for key, r := range p.known {
		if r < 0 {
			continue
		}
		out := row{key: key}
		for class, weight := range averaged[int(r)*p.classes : int(r+1)*p.classes] {
			q := int16(math.Round(weight / scale))
			if int(q) >= keep || -int(q) >= keep {
				out.classes = append(out.classes, uint8(class))
				out.values = append(out.values, q)
			}
		}
		if len(out.classes) > 0 {
			rows = append(rows, out)
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(a.key, b.key) })
	return newWeights(rows, p.classes)
}
