package ranking

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/internal/lookup"
	"github.com/kg-project/kg/store"
)

// Analysed is a graph with its analysis.
type Analysed struct {
	Graph       *analysis.Graph
	Summary     graph.Analysis
	NodeMetrics map[uint64]graph.Metrics
	// Computed says the analysis was computed now: none was stored for
	// this graph. Stale is then the stored one, if any.
	Computed bool
	Stale    *graph.Analysis
}

// Load reads src, a store's graph without what excluded (as
// lookup.Exclusion writes it) leaves out, and its analysis: the one st
// stores when it belongs to this graph, else one computed now with the
// defaults; computing, when set, is told before, with the stored
// analysis that did not fit, if any.
func Load(st *store.Store, src analysis.Source, excluded string, computing func(stale *graph.Analysis)) (Analysed, error) {
	g, err := analysis.Load(src)
	if err != nil {
		return Analysed{}, err
	}
	stored, found, err := st.Analysis()
	if err != nil {
		return Analysed{}, err
	}
	if found && stored.Version == g.Version() {
		metrics, err := st.Metrics()
		if err != nil {
			return Analysed{}, err
		}
		return Analysed{Graph: g, Summary: stored, NodeMetrics: metrics}, nil
	}
	var stale *graph.Analysis
	if found {
		stale = &stored
	}
	if computing != nil {
		computing(stale)
	}
	result := analysis.Analyse(g, analysis.Options{})
	result.Summary.Excluded = excluded
	return Analysed{Graph: g, Summary: result.Summary, NodeMetrics: result.Metrics, Computed: true, Stale: stale}, nil
}

// Analysis and Metrics make an analysed graph's results available to
// export as a Measured graph's.
func (a Analysed) Analysis() graph.Analysis { return a.Summary }

func (a Analysed) Metrics(id uint64) (graph.Metrics, bool) {
	m, found := a.NodeMetrics[id]
	return m, found
}

// PageRank is the PageRank of the node id; 0 for a node not analysed.
func (a Analysed) PageRank(id uint64) float64 { return a.NodeMetrics[id].PageRank }

// Measures are the measures entities are ranked by, by name.
var Measures = map[string]func(graph.Metrics) float64{
	"pagerank":    func(m graph.Metrics) float64 { return m.PageRank },
	"betweenness": func(m graph.Metrics) float64 { return m.Betweenness },
	"degree":      func(m graph.Metrics) float64 { return float64(m.InDegree + m.OutDegree) },
	"harmonic":    func(m graph.Metrics) float64 { return m.Harmonic },
	"core":        func(m graph.Metrics) float64 { return float64(m.Core) },
}

// MeasureNames lists the names of Measures in the order messages give
// them.
var MeasureNames = []string{"pagerank", "betweenness", "degree", "harmonic", "core"}

// Row is one ranked entity.
type Row struct {
	Node    graph.Node
	Value   float64 // the measure ranked by
	Metrics graph.Metrics
}

// Top ranks the entities of a (of type only, "" for all) by the measure
// by names, highest first, then by PageRank, name and id, and returns the
// first n; by must be a key of Measures.
func Top(a Analysed, by string, only graph.Type, n int) []Row {
	measure := Measures[by]
	type ranked struct {
		row             Row
		value, pageRank float64
	}
	var rows []ranked
	for i := range a.Graph.Len() {
		node := a.Graph.Node(i)
		if only != "" && node.Type != only {
			continue
		}
		m := a.NodeMetrics[node.ID]
		rows = append(rows, ranked{row: Row{Node: node, Value: measure(m), Metrics: m}, value: round(measure(m)), pageRank: round(m.PageRank)})
	}
	slices.SortFunc(rows, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(b.value, a.value), cmp.Compare(b.pageRank, a.pageRank), cmp.Compare(a.row.Node.Name, b.row.Node.Name), cmp.Compare(a.row.Node.ID, b.row.Node.ID))
	})
	top := make([]Row, 0, min(n, len(rows)))
	for _, r := range rows[:min(n, len(rows))] {
		top = append(top, r.row)
	}
	return top
}

// Community is one community of the graph with its leading members.
type Community struct {
	ID      int
	Size    int
	Members []graph.Node // highest PageRank first
}

// Communities returns the n largest communities of a, each with its
// members leading members, and how many communities have more than one
// entity.
func Communities(a Analysed, n, members int) (rows []Community, shared int) {
	type member struct {
		node     graph.Node
		pageRank float64
	}
	byCommunity := make(map[int][]member)
	for i := range a.Graph.Len() {
		node := a.Graph.Node(i)
		c := a.NodeMetrics[node.ID].Community
		byCommunity[c] = append(byCommunity[c], member{node: node, pageRank: round(a.PageRank(node.ID))})
	}
	for c, nodes := range byCommunity {
		if len(nodes) > 1 {
			shared++
		}
		slices.SortFunc(nodes, func(x, y member) int {
			return cmp.Or(cmp.Compare(y.pageRank, x.pageRank), cmp.Compare(x.node.Name, y.node.Name), cmp.Compare(x.node.ID, y.node.ID))
		})
		row := Community{ID: c, Size: len(nodes)}
		for _, m := range nodes[:min(members, len(nodes))] {
			row.Members = append(row.Members, m.node)
		}
		rows = append(rows, row)
	}
	slices.SortFunc(rows, func(x, y Community) int {
		return cmp.Or(cmp.Compare(y.Size, x.Size), cmp.Compare(x.ID, y.ID))
	})
	return rows[:min(n, len(rows))], shared
}

// digits is the precision at which rankings compare measures.
const digits = 12

// round rounds v to digits significant digits for a ranking to compare:
// nodes in symmetric places of the graph can get values that differ in
// their last bits, by the order of a sum, and those count as tied, so
// that the ranking falls to names for them as it does for equal values.
func round(v float64) float64 {
	// FormatFloat's output, NaN and infinities included, always parses.
	rounded, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', digits, 64), 64)
	return rounded
}

// MeasuredExclusion is what the measures of an export leave out of the
// graph: what the stored analysis left out, so that its results serve,
// unless that no longer reads (an entity it left out may have gone);
// else lookup.DefaultExclusion, what kg analyse leaves out by default.
func MeasuredExclusion(st *store.Store) (*lookup.Exclusion, error) {
	stored, found, err := st.Analysis()
	if err != nil {
		return nil, err
	}
	if found {
		predicates, err := st.Predicates()
		if err != nil {
			return nil, err
		}
		predicate := func(ref string) (string, error) {
			if p, found := lookup.Predicate(ref, predicates); found {
				return p, nil
			}
			return "", fmt.Errorf("ranking: no stored edge has predicate %q", ref)
		}
		entity := func(ref string) (uint64, error) {
			node, err := lookup.Entity(st, ref, "")
			return node.ID, err
		}
		if x, err := lookup.ParseExclusion(stored.Excluded); err == nil && x.Resolve(predicate, entity) == nil {
			return x, nil
		}
	}
	return lookup.ParseExclusion(lookup.DefaultExclusion)
}
