package ner

import (
	"iter"

	"github.com/kg-project/kg/extract/internal/feature"
)

// Clusters assign words to clusters of words used in similar contexts, at
// several granularities, so that the tagger can generalise from a word seen
// in training to others of its cluster.
type Clusters struct {
	ids map[uint64][numClusterLevels]uint32 // by feature.Lower of the word
}

// lexeme is what a model knows of a word before reading a document.
type lexeme struct {
	clusters [numClusterLevels]uint32 // 0 when the word has no cluster
	prior    uint8                    // Lexicon prior, 0 for none
}

// ClusterLevels is the number of granularities a word is clustered at.
const ClusterLevels = numClusterLevels

// NewClusters makes Clusters from each lowercased word's cluster ids, from
// the finest to the coarsest; an id of 0 means no cluster.
func NewClusters(ids map[string][ClusterLevels]uint32) *Clusters {
	clusters := &Clusters{ids: make(map[uint64][numClusterLevels]uint32, len(ids))}
	for word, id := range ids {
		clusters.ids[feature.Lower(word)] = id
	}
	return clusters
}

// All yields each clustered word, as feature.Lower of its lowercased form
// (kg's extract/internal/feature), with its cluster ids from the finest to
// the coarsest.
func (c *Clusters) All() iter.Seq2[uint64, [ClusterLevels]uint32] {
	return func(yield func(uint64, [ClusterLevels]uint32) bool) {
		for key, ids := range c.ids {
			if !yield(key, ids) {
				return
			}
		}
	}
}

// Clusters returns the word clusters the model reads; it has none if it
// was trained without.
func (m *Model) Clusters() *Clusters {
	clusters := &Clusters{ids: make(map[uint64][numClusterLevels]uint32)}
	for key, known := range m.words {
		if known.clusters[0] != 0 {
			clusters.ids[key] = known.clusters
		}
	}
	return clusters
}
