package analysis

import (
	"math/rand/v2"
	"sync"
	"sync/atomic"
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

// sourcesPerChunk is how many sources a worker takes at a time.
const sourcesPerChunk = 16

// centrality computes directed betweenness and harmonic centrality by
// Brandes' algorithm: one breadth-first search per source over the arcs,
// then dependencies accumulated back along the arcs entering each node.
// Paths are counted in hops. Workers take the sources a chunk at a time,
// each summing its chunk in its own buffers; the chunks' sums are added to
// the totals in the order of the chunks, whoever finishes first, so that
// the result is the same to the last bit on any number of workers. Neither
// result is scaled.
func centrality(g *Graph, from []int32, workers int) (betweenness, harmonic []float64) {
	n := len(g.nodes)
	betweenness, harmonic = make([]float64, n), make([]float64, n)
	chunks := (len(from) + sourcesPerChunk - 1) / sourcesPerChunk
	if chunks == 0 {
		return betweenness, harmonic
	}
	// turn[c] is closed once the chunks before c are in the totals.
	turn := make([]chan struct{}, chunks)
	for c := range turn {
		turn[c] = make(chan struct{})
	}
	close(turn[0])
	var next atomic.Int64
	var wait sync.WaitGroup
	for range max(1, min(workers, chunks)) {
		wait.Add(1)
		go func(b *brandes) {
			defer wait.Done()
			for {
				c := int(next.Add(1) - 1)
				if c >= chunks {
					return
				}
				for _, s := range from[c*sourcesPerChunk : min(len(from), (c+1)*sourcesPerChunk)] {
					b.from(g, s)
				}
				<-turn[c]
				for i := range betweenness {
					betweenness[i] += b.betweenness[i]
					harmonic[i] += b.harmonic[i]
				}
				if c+1 < chunks {
					close(turn[c+1])
				}
				clear(b.betweenness)
				clear(b.harmonic)
			}
		}(newBrandes(n))
	}
	wait.Wait()
	return betweenness, harmonic
}

// brandes holds one worker's buffers and the sums of its current chunk.
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
