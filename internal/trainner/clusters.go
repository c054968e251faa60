package main

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"github.com/kg-project/kg/extract/ner"
)

// clusterOptions size the word clustering.
type clusterOptions struct {
	minCount int    // words seen fewer times get no cluster
	maxWords int    // most frequent words clustered
	contexts int    // most frequent words used as left and right contexts
	levels   [3]int // clusters at each level, finest first
	rounds   int    // k-means iterations at the finest level
	seed     uint64
}

// sparseVector is a word's context profile: sorted indices and values.
type sparseVector struct {
	indices []int32
	values  []float32
}

// induceClusters groups words by the words seen just before and after them.
// Profiles are square roots of context counts scaled to unit length, and
// words are grouped by spherical k-means; the coarser levels group the
// finest level's centroids, so the levels nest.
func induceClusters(lines [][]string, opts clusterOptions) map[string][ner.ClusterLevels]uint32 {
	counts := make(map[string]int)
	for _, line := range lines {
		for _, word := range line {
			counts[strings.ToLower(word)]++
		}
	}
	var vocabulary []string
	for word, n := range counts {
		if n >= opts.minCount {
			vocabulary = append(vocabulary, word)
		}
	}
	slices.SortFunc(vocabulary, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	vocabulary = vocabulary[:min(len(vocabulary), opts.maxWords)]
	wordIndex := make(map[string]int32, len(vocabulary))
	for i, word := range vocabulary {
		wordIndex[word] = int32(i)
	}
	contexts := int32(min(opts.contexts, len(vocabulary)))
	// Context dimensions: left neighbour c is c, right neighbour is
	// contexts+c; the two last ones stand for the line's ends.
	dimensions := 2*contexts + 2
	cooccurrences := make([]map[int32]float32, len(vocabulary))
	for i := range cooccurrences {
		cooccurrences[i] = make(map[int32]float32)
	}
	contextOf := func(line []string, at int, offset int32, edge int32) int32 {
		if at < 0 || at >= len(line) {
			return edge
		}
		if c, ok := wordIndex[strings.ToLower(line[at])]; ok && c < contexts {
			return offset + c
		}
		return -1
	}
	for _, line := range lines {
		for at, word := range line {
			w, ok := wordIndex[strings.ToLower(word)]
			if !ok {
				continue
			}
			for _, c := range []int32{contextOf(line, at-1, 0, 2*contexts), contextOf(line, at+1, contexts, 2*contexts+1)} {
				if c >= 0 {
					cooccurrences[w][c]++
				}
			}
		}
	}
	profiles := make([]sparseVector, len(vocabulary))
	for w, row := range cooccurrences {
		var profile sparseVector
		for c := range row {
			profile.indices = append(profile.indices, c)
		}
		slices.Sort(profile.indices)
		norm := 0.0
		for _, c := range profile.indices {
			v := float32(math.Sqrt(float64(row[c])))
			profile.values = append(profile.values, v)
			norm += float64(v * v)
		}
		for i := range profile.values {
			profile.values[i] /= float32(math.Sqrt(norm))
		}
		profiles[w] = profile
	}

	random := rand.New(rand.NewPCG(opts.seed, 0x636c7573))
	finest, centroids := kmeans(profiles, int(dimensions), opts.levels[0], opts.rounds, random)
	assignments := make([][]int, len(opts.levels))
	assignments[0] = finest
	for level := 1; level < len(opts.levels); level++ {
		dense := make([]sparseVector, len(centroids))
		for k, centroid := range centroids {
			for c, v := range centroid {
				if v != 0 {
					dense[k].indices = append(dense[k].indices, int32(c))
					dense[k].values = append(dense[k].values, v)
				}
			}
		}
		var grouping []int
		grouping, centroids = kmeans(dense, int(dimensions), opts.levels[level], opts.rounds, random)
		assignments[level] = make([]int, len(vocabulary))
		for w := range vocabulary {
			assignments[level][w] = grouping[assignments[level-1][w]]
		}
	}
	ids := make(map[string][ner.ClusterLevels]uint32, len(vocabulary))
	for w, word := range vocabulary {
		var id [ner.ClusterLevels]uint32
		for level := range id {
			id[level] = uint32(assignments[level][w]) + 1
		}
		ids[word] = id
	}
	return ids
}

// kmeans groups unit vectors into k clusters by cosine similarity and
// returns each vector's cluster and the unit centroids.
func kmeans(vectors []sparseVector, dimensions, k, rounds int, random *rand.Rand) ([]int, [][]float32) {
	k = min(k, len(vectors))
	centroids := make([][]float32, k)
	for i, v := range random.Perm(len(vectors))[:k] {
		centroids[i] = make([]float32, dimensions)
		for j, c := range vectors[v].indices {
			centroids[i][c] = vectors[v].values[j]
		}
	}
	assignment := make([]int, len(vectors))
	const workers = 2
	for range rounds {
		var group sync.WaitGroup
		for worker := range workers {
			group.Go(func() {
				for v := worker; v < len(vectors); v += workers {
					best, bestSimilarity := 0, float32(-1)
					for cluster, centroid := range centroids {
						similarity := float32(0)
						for j, c := range vectors[v].indices {
							similarity += centroid[c] * vectors[v].values[j]
						}
						if similarity > bestSimilarity {
							best, bestSimilarity = cluster, similarity
						}
					}
					assignment[v] = best
				}
			})
		}
		group.Wait()
		for _, centroid := range centroids {
			clear(centroid)
		}
		for v, cluster := range assignment {
			for j, c := range vectors[v].indices {
				centroids[cluster][c] += vectors[v].values[j]
			}
		}
		for _, centroid := range centroids {
			norm := 0.0
			for _, x := range centroid {
				norm += float64(x * x)
			}
			if norm == 0 {
				continue
			}
			scale := float32(1 / math.Sqrt(norm))
			for c := range centroid {
				centroid[c] *= scale
			}
		}
	}
	return assignment, centroids
}
