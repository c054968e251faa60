package ner

import (
	"cmp"
	"slices"
)

// featureTable maps feature keys to weight rows by open addressing; it is
// several times faster than a Go map on the tagging hot path.
type featureTable struct {
	keys []uint64 // 0 marks an empty slot
	rows []int32
	mask uint64
}

func newFeatureTable(keys []uint64) featureTable {
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	table := featureTable{keys: make([]uint64, size), rows: make([]int32, size), mask: uint64(size - 1)}
	for row, key := range keys {
		slot := key & table.mask
		for table.keys[slot] != 0 {
			slot = (slot + 1) & table.mask
		}
		table.keys[slot] = key
		table.rows[slot] = int32(row)
	}
	return table
}

// find returns the row of key, or -1.
func (t *featureTable) find(key uint64) int32 {
	slot := key & t.mask
	for {
		stored := t.keys[slot]
		if stored == key {
			return t.rows[slot]
		}
		if stored == 0 {
			return -1
		}
		slot = (slot + 1) & t.mask
	}
}

// weightEntry keeps a key beside its weights so that a lookup touches one
// cache line: the tagger's speed is bound by memory latency.
type weightEntry struct {
	key     uint64 // 0 marks an empty slot
	weights [numLabels]int16
}

// weightTable maps feature keys to their quantised weights by open
// addressing.
type weightTable struct {
	entries []weightEntry
	mask    uint64
}

func newWeightTable(keys []uint64, weights [][numLabels]int16) weightTable {
	size := 16
	for size*7 < len(keys)*10 {
		size *= 2
	}
	table := weightTable{entries: make([]weightEntry, size), mask: uint64(size - 1)}
	for i, key := range keys {
		slot := key & table.mask
		for table.entries[slot].key != 0 {
			slot = (slot + 1) & table.mask
		}
		table.entries[slot] = weightEntry{key: key, weights: weights[i]}
	}
	return table
}

// find returns the weights of key, or nil.
func (t *weightTable) find(key uint64) *[numLabels]int16 {
	slot := key & t.mask
	for {
		entry := &t.entries[slot]
		if entry.key == key {
			return &entry.weights
		}
		if entry.key == 0 {
			return nil
		}
		slot = (slot + 1) & t.mask
	}
}

// pairEntry holds the weights of one key in both stages, the first
// stage's first, zero in a stage that has no weights for the key.
type pairEntry struct {
	key     uint64 // 0 marks an empty slot
	weights [2][numLabels]int16
	stages  uint8 // bit i set when stage i has the key
}

// pairTable maps feature keys to their weights in both stages of a model
// by open addressing. Most features of a token are the same in both
// stages, so one lookup in a pairTable serves both, where two weightTables
// would take two.
type pairTable struct {
	entries []pairEntry
	mask    uint64
}

func newPairTable(first, second *weightTable) pairTable {
	keys := map[uint64]bool{}
	for _, stage := range []*weightTable{first, second} {
		for _, entry := range stage.entries {
			if entry.key != 0 {
				keys[entry.key] = true
			}
		}
	}
	size := 16
	for size*7 < len(keys)*10 {
		size *= 2
	}
	table := pairTable{entries: make([]pairEntry, size), mask: uint64(size - 1)}
	for i, stage := range []*weightTable{first, second} {
		for _, entry := range stage.entries {
			if entry.key == 0 {
				continue
			}
			slot := entry.key & table.mask
			for table.entries[slot].key != 0 && table.entries[slot].key != entry.key {
				slot = (slot + 1) & table.mask
			}
			table.entries[slot].key = entry.key
			table.entries[slot].weights[i] = entry.weights
			table.entries[slot].stages |= 1 << i
		}
	}
	return table
}

// find returns the weights of key in both stages, or nil.
func (t *pairTable) find(key uint64) *[2][numLabels]int16 {
	slot := key & t.mask
	for {
		entry := &t.entries[slot]
		if entry.key == key {
			return &entry.weights
		}
		if entry.key == 0 {
			return nil
		}
		slot = (slot + 1) & t.mask
	}
}

// stage returns the keys and weights of stage i, 0 or 1, in key order.
func (t *pairTable) stage(i int) ([]uint64, [][numLabels]int16) {
	var entries []*pairEntry
	for e := range t.entries {
		if t.entries[e].stages&(1<<i) != 0 {
			entries = append(entries, &t.entries[e])
		}
	}
	slices.SortFunc(entries, func(a, b *pairEntry) int { return cmp.Compare(a.key, b.key) })
	keys := make([]uint64, len(entries))
	weights := make([][numLabels]int16, len(entries))
	for e, entry := range entries {
		keys[e], weights[e] = entry.key, entry.weights[i]
	}
	return keys, weights
}
