package graph

import "time"

// Metrics are what analysing the whole graph finds out about one node.
// Degrees count distinct neighbours; weights sum the evidence sentences of
// every edge between them.
type Metrics struct {
	InDegree    int     `json:"in_degree"`   // nodes with an edge to this one
	OutDegree   int     `json:"out_degree"`  // nodes this one has an edge to
	WeightIn    int     `json:"weight_in"`   // evidence of the edges entering
	WeightOut   int     `json:"weight_out"`  // evidence of the edges leaving
	PageRank    float64 `json:"pagerank"`    // weighted by evidence; sums to 1 over the graph
	Betweenness float64 `json:"betweenness"` // directed, by hops, normalised
	Harmonic    float64 `json:"harmonic"`    // sum of 1/distance from every other node
	Community   int     `json:"community"`   // Louvain community, 0 the largest
	Component   int     `json:"component"`   // connected component, 0 the largest
	Core        int     `json:"core"`        // k-core number
}

// Analysis describes one analysis of the whole graph: what it was run on,
// how, and what it found of the graph as a whole.
type Analysis struct {
	// Version identifies the graph analysed: it changes whenever a node or
	// an edge's weight does, and only then.
	Version    string    `json:"version"`
	Computed   time.Time `json:"computed"`
	Nodes      int       `json:"nodes"`
	Edges      int       `json:"edges"` // node pairs linked, parallel statements merged
	Resolution float64   `json:"resolution"`
	Seed       uint64    `json:"seed"`
	// Sample is the number of source nodes betweenness and harmonic
	// centrality were estimated from; 0 means all, the exact values.
	Sample         int     `json:"sample"`
	Modularity     float64 `json:"modularity"`
	Communities    int     `json:"communities"`
	ComponentSizes []int   `json:"component_sizes"` // largest first
	// Excluded says what was left out of the graph before it was
	// measured, as kg's --exclude writes it ("kind:report"); "" for
	// nothing.
	Excluded string `json:"excluded"`
}
