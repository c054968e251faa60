package parse

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// randomRows makes rows over classes classes, of every density from one
// weight to all of them, with weights anywhere in the int16 range.
func randomRows(random *rand.Rand, count, classes int) []row {
	var rows []row
	keys := map[uint64]bool{}
	for len(rows) < count {
		key := random.Uint64N(1<<keyBits-1) + 1
		if keys[key] {
			continue
		}
		keys[key] = true
		r := row{key: key}
		weights := 1 + random.IntN(classes)
		for _, class := range random.Perm(classes)[:weights] {
			r.classes = append(r.classes, uint8(class))
		}
		slices.Sort(r.classes)
		for range r.classes {
			value := int16(random.IntN(1<<16) - 1<<15)
			if value == 0 {
				value = 1
			}
			r.values = append(r.values, value)
		}
		rows = append(rows, r)
	}
	return rows
}

// TestWeightsScore checks score against the sum of the rows' weights, for
// sets of keys that hold sparse and dense rows in every mix, keys with
// no row, and keys given twice.
func TestWeightsScore(t *testing.T) {
	random := rand.New(rand.NewPCG(1, 2))
	for _, classes := range []int{1, 5, 102, 103, 256} {
		rows := randomRows(random, 2000, classes)
		table := newWeights(rows, classes)
		var buffers scratch
		for range 200 {
			var keys []uint64
			want := make([]int64, classes)
			for range random.IntN(130) {
				if random.IntN(8) == 0 {
					keys = append(keys, random.Uint64N(1<<keyBits-1)+1)
					continue
				}
				r := rows[random.IntN(len(rows))]
				keys = append(keys, r.key)
				for i, class := range r.classes {
					want[class] += int64(r.values[i])
				}
			}
			got := make([]int32, classes)
			table.score(keys, got, &buffers)
			for class := range classes {
				if int64(got[class]) != want[class] {
					t.Fatalf("%d classes, keys %x: class %d scores %d, want %d", classes, keys, class, got[class], want[class])
				}
			}
		}
	}
}

// TestWeightsRows checks that a table gives back the rows it was built
// from, dense and sparse alike, as WriteTo needs.
func TestWeightsRows(t *testing.T) {
	random := rand.New(rand.NewPCG(3, 4))
	for _, classes := range []int{1, 7, 103} {
		rows := randomRows(random, 500, classes)
		table := newWeights(rows, classes)
		got := table.rows()
		slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(a.key, b.key) })
		if len(got) != len(rows) {
			t.Fatalf("%d classes: %d rows back, want %d", classes, len(got), len(rows))
		}
		for i := range rows {
			if got[i].key != rows[i].key || !slices.Equal(got[i].classes, rows[i].classes) || !slices.Equal(got[i].values, rows[i].values) {
				t.Fatalf("%d classes: row %d back as %+v, want %+v", classes, i, got[i], rows[i])
			}
		}
	}
}

// TestAddRows checks addRows, which may use the processor's vector
// instructions, against addRowsGo.
func TestAddRows(t *testing.T) {
	random := rand.New(rand.NewPCG(5, 6))
	for _, width := range []int{8, 16, 104, 256} {
		dense := make([]int16, 50*width)
		for i := range dense {
			dense[i] = int16(random.IntN(1<<16) - 1<<15)
		}
		for rows := range 40 {
			starts := make([]int32, rows)
			for i := range starts {
				starts[i] = int32(random.IntN(50) * width)
			}
			want, got := make([]int32, width), make([]int32, width)
			for i := range want {
				want[i] = int32(random.IntN(1000))
				got[i] = want[i]
			}
			addRowsGo(want, dense, starts)
			addRows(got, dense, starts)
			if !slices.Equal(got, want) {
				t.Fatalf("width %d, %d rows: sums %v, want %v", width, rows, got, want)
			}
		}
	}
}
