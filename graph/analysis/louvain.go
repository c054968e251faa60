package analysis

import (
	"math/rand/v2"
	"slices"
)

// level is one level of the Louvain hierarchy: a weighted undirected graph
// whose nodes are communities of the level below. Each link appears in the
// lists of both its ends; self holds each node's internal weight counted
// from both ends, as the diagonal of the adjacency matrix is.
type level struct {
	start  []int32
	to     []int32
	weight []float64
	self   []float64
}

func (l *level) size() int { return len(l.self) }

// degree is the node's weighted degree, its internal weight included.
func (l *level) degree(i int) float64 {
	k := l.self[i]
	for _, w := range l.weight[l.start[i]:l.start[i+1]] {
		k += w
	}
	return k
}

// louvain partitions the undirected view of g by the Louvain method
// (Blondel et al., 2008): nodes move, in a seeded random order, to the
// neighbouring community that most increases modularity at the given
// resolution until none does; communities then become the nodes of the
// next level, until a level moves nothing. It returns each node's
// community and the partition's modularity.
func louvain(g *Graph, resolution float64, seed uint64) ([]int, float64) {
	n := len(g.nodes)
	current := &level{start: g.both.start, to: g.both.to, weight: g.both.weight, self: make([]float64, n)}
	membership := make([]int, n)
	for i := range membership {
		membership[i] = i
	}
	random := rand.New(rand.NewPCG(seed, seed))
	var total float64
	for i := range n {
		total += current.degree(i)
	}
	if total == 0 {
		return membership, 0
	}
	for {
		community, moved := current.moveNodes(resolution, total, random)
		count := renumber(community)
		for i := range membership {
			membership[i] = community[membership[i]]
		}
		current = current.aggregate(community, count)
		if !moved {
			break
		}
	}
	var q float64
	for c := range current.size() {
		k := current.degree(c)
		q += current.self[c]/total - resolution*(k/total)*(k/total)
	}
	return membership, q
}

// moveNodes runs the local moving phase and returns each node's community
// and whether any node moved.
func (l *level) moveNodes(resolution, total float64, random *rand.Rand) ([]int, bool) {
	n := l.size()
	community := make([]int, n)
	degree := make([]float64, n)
	sumTotal := make([]float64, n) // weighted degree of each community
	for i := range n {
		community[i] = i
		degree[i] = l.degree(i)
		sumTotal[i] = degree[i]
	}
	order := random.Perm(n)
	linkTo := make([]float64, n) // weight from the node being moved to each community
	var touched []int
	movedAny := false
	for {
		moves := 0
		for _, i := range order {
			own := community[i]
			touched = touched[:0]
			for k := l.start[i]; k < l.start[i+1]; k++ {
				c := community[l.to[k]]
				if linkTo[c] == 0 {
					touched = append(touched, c)
				}
				linkTo[c] += l.weight[k]
			}
			sumTotal[own] -= degree[i]
			// The gain of joining c, up to terms that do not depend on c.
			gain := func(c int) float64 {
				return linkTo[c] - resolution*sumTotal[c]*degree[i]/total
			}
			best, bestGain := own, gain(own)
			for _, c := range touched {
				// A move must gain more than rounding error, or two
				// equally good communities could trade a node forever.
				if g := gain(c); g > bestGain+1e-12*total {
					best, bestGain = c, g
				}
			}
			sumTotal[best] += degree[i]
			if best != own {
				community[i] = best
				moves++
			}
			for _, c := range touched {
				linkTo[c] = 0
			}
		}
		if moves == 0 {
			return community, movedAny
		}
		movedAny = true
	}
}

// renumber maps community labels to 0, 1, ... in order of first
// appearance and returns how many there are.
func renumber(community []int) int {
	labels := make(map[int]int)
	for i, c := range community {
		label, seen := labels[c]
		if !seen {
			label = len(labels)
			labels[c] = label
		}
		community[i] = label
	}
	return len(labels)
}

// aggregate returns the level whose nodes are the communities of l.
func (l *level) aggregate(community []int, count int) *level {
	next := &level{start: make([]int32, count+1), self: make([]float64, count)}
	members := make([][]int, count)
	for i, c := range community {
		members[c] = append(members[c], i)
		next.self[c] += l.self[i]
	}
	weightTo := make([]float64, count)
	var touched []int
	for c := range count {
		touched = touched[:0]
		for _, i := range members[c] {
			for k := l.start[i]; k < l.start[i+1]; k++ {
				d := community[l.to[k]]
				if d == c {
					next.self[c] += l.weight[k]
					continue
				}
				if weightTo[d] == 0 {
					touched = append(touched, d)
				}
				weightTo[d] += l.weight[k]
			}
		}
		slices.Sort(touched)
		for _, d := range touched {
			next.to = append(next.to, int32(d))
			next.weight = append(next.weight, weightTo[d])
			weightTo[d] = 0
		}
		next.start[c+1] = int32(len(next.to))
	}
	return next
}
