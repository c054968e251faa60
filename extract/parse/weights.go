package parse

import (
	"cmp"
	"math"
	"slices"
)

// weights maps feature keys to sparse rows of class weights: most features
// bear on a few classes only, so a row lists the classes it has weights
// for. Weights are quantised to int16; only their order matters, since
// the models take the best-scoring class.
type weights struct {
	slots []slot // open addressing by key; key 0 marks an empty slot
	mask  uint64
	// entries hold the rows of more than two weights one after the other.
	entries []uint32
}

// slot holds a key's row. A weight is stored with its class as
// class<<16 | uint16(weight), never 0 since zero weights are not kept, and
// below 1<<24. A row of one or two weights is held in first and second
// (second 0 for one), so that most lookups touch one cache line; a longer
// row has overflow|start in first and its length in second.
type slot struct {
	key           uint64
	first, second uint32
}

const overflow = 1 << 31

// row is one feature's weights while a table is built or written.
type row struct {
	key     uint64
	classes []uint8
	values  []int16
}

func newWeights(rows []row) weights {
	size := 16
	for size*7 < len(rows)*10 {
		size *= 2
	}
	w := weights{slots: make([]slot, size), mask: uint64(size - 1)}
	for _, r := range rows {
		at := r.key & w.mask
		for w.slots[at].key != 0 {
			at = (at + 1) & w.mask
		}
		packed := make([]uint32, len(r.classes))
		for i, class := range r.classes {
			packed[i] = uint32(class)<<16 | uint32(uint16(r.values[i]))
		}
		s := slot{key: r.key}
		switch len(packed) {
		case 1:
			s.first = packed[0]
		case 2:
			s.first, s.second = packed[0], packed[1]
		default:
			s.first, s.second = overflow|uint32(len(w.entries)), uint32(len(packed))
			w.entries = append(w.entries, packed...)
		}
		w.slots[at] = s
	}
	return w
}

// score adds the weights of the features keys to scores, indexed by class.
// The tables are larger than the processor's nearer caches, so score reads
// in three passes: the home slot of every key; then each key's slot, now
// near, and every cache line of its row if the row is long, keeping the
// slots found in loaded; then the weights. The reads of a pass do not
// depend on each other and run at once, where a single pass would wait for
// each miss in turn.
func (w *weights) score(keys []uint64, scores []int32, loaded []uint64) {
	if cap(loaded) < len(keys) {
		loaded = make([]uint64, len(keys))
	}
	loaded = loaded[:len(keys)]
	for i, key := range keys {
		loaded[i] = w.slots[key&w.mask].key
	}
	found := 0
	for _, key := range keys {
		at := key & w.mask
		for {
			s := &w.slots[at]
			if s.key == key {
				// A slot's index is below 1<<32 (maxRows); the weights read
				// beside it, one a cache line, only bring the row near.
				touched := uint32(0)
				if s.first&overflow != 0 {
					row := w.entries[s.first&^overflow:][:s.second]
					for i := 0; i < len(row); i += 16 {
						touched ^= row[i]
					}
					touched ^= row[len(row)-1]
				}
				loaded[found] = uint64(touched)<<32 | at
				found++
				break
			}
			if s.key == 0 {
				break
			}
			at = (at + 1) & w.mask
		}
	}
	for _, at := range loaded[:found] {
		s := &w.slots[uint32(at)]
		if s.first&overflow == 0 {
			scores[s.first>>16] += int32(int16(s.first))
			if s.second != 0 {
				scores[s.second>>16] += int32(int16(s.second))
			}
			continue
		}
		start := s.first &^ overflow
		for _, entry := range w.entries[start : start+s.second] {
			scores[entry>>16] += int32(int16(entry))
		}
	}
}

// entriesOf returns the packed weights of a slot's row.
func (w *weights) entriesOf(s *slot) []uint32 {
	switch {
	case s.first&overflow != 0:
		start := s.first &^ overflow
		return w.entries[start : start+s.second]
	case s.second != 0:
		return []uint32{s.first, s.second}
	}
	return []uint32{s.first}
}

// rows returns the table's rows in key order.
func (w *weights) rows() []row {
	var rows []row
	for i := range w.slots {
		s := &w.slots[i]
		if s.key == 0 {
			continue
		}
		r := row{key: s.key}
		for _, entry := range w.entriesOf(s) {
			r.classes = append(r.classes, uint8(entry>>16))
			r.values = append(r.values, int16(entry))
		}
		rows = append(rows, r)
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
	return newWeights(rows)
}
