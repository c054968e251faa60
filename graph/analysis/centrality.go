package analysis

import (
	"math/rand/v2"
	"sync"
)

// sources picks the nodes that shortest paths are counted from: all of
// them, or sample of them drawn without replacement by a generator seeded
// with seed, so that a rerun gives the same estimate.
func sources(n, sample int, seed uint64) []int32 {
	if sample <= 0 || sample >= n {
		all := make([]int32, n)
		for i := range all {
			all[i] = int32(i)
		}
		return all
	}
	random := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	permutation := random.Perm(n)
	picked := make([]int32, sample)
	for i := range picked {
		picked[i] = int32(permutation[i])
	}
	return picked
}

// centrality computes directed betweenness and harmonic centrality by
// Brandes' algorithm: one breadth-first search per source over the arcs,
// then dependencies accumulated back along the arcs entering each node.
// Paths are counted in hops. Sources are shared among workers, each with
// its own buffers and sums, added in a fixed order so that the result does
// not depend on scheduling. Neither result is scaled.
func centrality(g *Graph, from []int32, workers int) (betweenness, harmonic []float64) {
	n := len(g.nodes)
	workers = max(1, min(workers, len(from)))
	partial := make([]*brandes, workers)
	var wait sync.WaitGroup
	for w := range workers {
		partial[w] = newBrandes(n)
		wait.Add(1)
		go func(b *brandes, w int) {
			defer wait.Done()
			for i := w; i < len(from); i += workers {
				b.from(g, from[i])
			}
		}(partial[w], w)
	}
	wait.Wait()
	betweenness, harmonic = partial[0].betweenness, partial[0].harmonic
	for _, b := range partial[1:] {
		for i := range betweenness {
			betweenness[i] += b.betweenness[i]
			harmonic[i] += b.harmonic[i]
		}
	}
	return betweenness, harmonic
}

// brandes holds one worker's buffers and sums.
type brandes struct {
	betweenness, harmonic []float64
	sigma, delta          []float64 // shortest paths from the source; dependency
	distance              []int32   // -1: not reached
	order                 []int32   // nodes in the order reached
}

func newBrandes(n int) *brandes {
	b := &brandes{
		betweenness: make([]float64, n),
		harmonic:    make([]float64, n),
		sigma:       make([]float64, n),
		delta:       make([]float64, n),
		distance:    make([]int32, n),
	}
	for i := range b.distance {
		b.distance[i] = -1
	}
	return b
}

// from adds the contribution of the shortest paths leaving source s. Only
// the nodes reached are touched, and reset at the end, so that a source
// in a small component costs little however large the graph.
func (b *brandes) from(g *Graph, s int32) {
	b.order = append(b.order[:0], s)
	b.sigma[s] = 1
	b.distance[s] = 0
	for head := 0; head < len(b.order); head++ {
		v := b.order[head]
		next := b.distance[v] + 1
		to, _ := g.out.neighbours(v)
		for _, w := range to {
			if b.distance[w] < 0 {
				b.distance[w] = next
				b.order = append(b.order, w)
				b.harmonic[w] += 1 / float64(next)
			}
			if b.distance[w] == next {
				b.sigma[w] += b.sigma[v]
			}
		}
	}
	for k := len(b.order) - 1; k > 0; k-- {
		w := b.order[k]
		previous := b.distance[w] - 1
		share := (1 + b.delta[w]) / b.sigma[w]
		subjects, _ := g.in.neighbours(w)
		for _, v := range subjects {
			if b.distance[v] == previous {
				b.delta[v] += b.sigma[v] * share
			}
		}
		b.betweenness[w] += b.delta[w]
	}
	for _, v := range b.order {
		b.sigma[v], b.delta[v], b.distance[v] = 0, 0, -1
	}
}
