package serve

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/graph/subgraph"
	"github.com/kg-project/kg/internal/lookup"
	"github.com/kg-project/kg/internal/paths"
	"github.com/kg-project/kg/internal/ranking"
	"github.com/kg-project/kg/store"
)

// analysed returns the graph without what x leaves out, with its
// analysis, from the cache when an earlier request loaded it since the
// last ingest.
func (s *Server) analysed(ctx context.Context, x *lookup.Exclusion) (ranking.Analysed, error) {
	key := x.String()
	if cached, found := s.analyses.Load(key); found && cached.(keptAnalysis).generation >= s.ingested.Load() {
		return cached.(keptAnalysis).Analysed, nil
	}
	// Taken before the snapshot, which sees at least what it holds.
	generation := s.st.Generation()
	// One snapshot gives the nodes and the edges, so that an ingest
	// committing between them cannot leave an edge without its node.
	var a ranking.Analysed
	err := s.st.Snapshot(func(snap store.Snapshot) error {
		var err error
		a, err = ranking.Load(s.st, x.Graph(analysis.Cancellable(ctx, snap)), key, nil)
		return err
	})
	if err != nil {
		return a, err
	}
	s.keepAnalysis(key, generation, a)
	return a, nil
}

// keptAnalysis is an analysis kept, with the store generation taken
// before it was read.
type keptAnalysis struct {
	generation uint64
	ranking.Analysed
}

// keepAnalysis keeps a, read at generation, unless an ingest ended
// since: read before its last commit, it would be kept past it.
func (s *Server) keepAnalysis(key string, generation uint64, a ranking.Analysed) {
	if generation >= s.ingested.Load() {
		s.analyses.Store(key, keptAnalysis{generation: generation, Analysed: a})
	}
}

// forgetAnalyses drops the analyses kept once an ingest has ended, and
// those read before its end that are still being read.
func (s *Server) forgetAnalyses() {
	s.ingested.Store(s.st.Generation())
	s.analyses.Clear()
}

func describeAnalysis(a ranking.Analysed) analysisJSON {
	return analysisJSON{Computed: a.Computed, Excluded: a.Summary.Excluded, Nodes: a.Summary.Nodes, Edges: a.Summary.Edges}
}

func (s *Server) top(w http.ResponseWriter, r *http.Request) error {
	p, err := readParams(r, "by", "n", "type", "exclude")
	if err != nil {
		return err
	}
	by := strings.ToLower(p.text("by", "pagerank"))
	if _, known := ranking.Measures[by]; !known {
		p.fail("parameter \"by\" must be one of %s, not %q", strings.Join(ranking.MeasureNames, ", "), by)
	}
	n := p.integer("n", 10, 1, maxLimit)
	only := p.entityType("type")
	if p.err != nil {
		return p.err
	}
	x, err := s.exclusionParam(s.st, p, lookup.DefaultExclusion)
	if err != nil {
		return err
	}
	a, err := s.analysed(r.Context(), x)
	if err != nil {
		return err
	}
	answer := topJSON{By: by, Analysis: describeAnalysis(a), Entities: []rankedJSON{}}
	for _, row := range ranking.Top(a, by, only, n) {
		answer.Entities = append(answer.Entities, rankedJSON{nodeJSON: s.node(row.Node), Value: row.Value, Metrics: row.Metrics})
	}
	return writeJSON(w, http.StatusOK, answer)
}

func (s *Server) communities(w http.ResponseWriter, r *http.Request) error {
	p, err := readParams(r, "n", "members", "exclude")
	if err != nil {
		return err
	}
	n := p.integer("n", 10, 1, maxLimit)
	members := p.integer("members", 5, 1, maxLimit)
	if p.err != nil {
		return p.err
	}
	x, err := s.exclusionParam(s.st, p, lookup.DefaultExclusion)
	if err != nil {
		return err
	}
	a, err := s.analysed(r.Context(), x)
	if err != nil {
		return err
	}
	rows, shared := ranking.Communities(a, n, members)
	answer := communitiesJSON{Analysis: describeAnalysis(a), Communities: a.Summary.Communities, Shared: shared, Modularity: a.Summary.Modularity, Rows: []communityJSON{}}
	for _, row := range rows {
		answer.Rows = append(answer.Rows, communityJSON{Community: row.ID, Size: row.Size, Members: s.nodes(row.Members)})
	}
	return writeJSON(w, http.StatusOK, answer)
}

func (s *Server) path(st *store.Store, w http.ResponseWriter, r *http.Request) error {
	p, err := readParams(r, "from", "to", "k", "type", "from-type", "to-type", "exclude")
	if err != nil {
		return err
	}
	k := p.integer("k", 1, 1, maxPaths)
	fromType, toType := endType(p, "from-type"), endType(p, "to-type")
	if p.err != nil {
		return p.err
	}
	from, err := s.entityParam(st, p, "from", fromType)
	if err != nil {
		return err
	}
	to, err := s.entityParam(st, p, "to", toType)
	if err != nil {
		return err
	}
	if from.ID == to.ID {
		return badQuery("from and to are one entity, %s", from.Name)
	}
	x, err := s.exclusionParam(st, p, lookup.DefaultExclusion)
	if err != nil {
		return err
	}
	for _, end := range []graph.Node{from, to} {
		if x.Excludes(end.ID) {
			return badQuery("%q (%s) is left out by exclude", end.Name, lookup.ID(end.ID))
		}
	}
	src := x.Graph(analysis.Cancellable(r.Context(), st))
	a, err := s.analysed(r.Context(), x)
	if err != nil {
		return err
	}
	found, err := paths.Find(a.Graph, src, st, from.ID, to.ID, k)
	if err != nil {
		return err
	}
	if len(found) == 0 {
		return errNoPath(from, to)
	}
	answer := pathsJSON{From: s.node(from), To: s.node(to)}
	for _, steps := range found {
		path := pathJSON{Nodes: []nodeJSON{s.node(graphNode(a.Graph, from.ID))}}
		for _, step := range steps {
			path.Nodes = append(path.Nodes, s.node(graphNode(a.Graph, step.To)))
			path.Steps = append(path.Steps, stepJSON{
				From: step.From, To: step.To, Predicate: step.Edge.Predicate, Negated: step.Edge.Negated,
				Forward: step.Forward, Symmetric: graph.IsSymmetric(step.Edge.Predicate), Kind: step.Edge.Kind,
				Weight: step.Edge.Weight, Evidence: s.sentence(st, step.Evidence),
			})
		}
		answer.Paths = append(answer.Paths, path)
	}
	return writeJSON(w, http.StatusOK, answer)
}

// graphNode is the node id of g.
func graphNode(g *analysis.Graph, id uint64) graph.Node {
	if i, found := g.Index(id); found {
		return g.Node(i)
	}
	return graph.Node{ID: id}
}

// exportTypes are the media types of the export formats.
var exportTypes = map[export.Format]string{
	export.GraphML: "application/graphml+xml",
	export.GEXF:    "application/gexf+xml",
	export.DOT:     "text/vnd.graphviz; charset=utf-8",
}

func (s *Server) export(w http.ResponseWriter, r *http.Request) error {
	p, err := readParams(r, "format", "exclude", "min-weight", "types", "predicates", "top", "ego", "type", "depth", "since", "until", "evidence", "metrics")
	if err != nil {
		return err
	}
	format, err := export.ParseFormat(p.required("format"))
	if p.err != nil {
		return p.err
	}
	if err != nil {
		return badQuery("parameter \"format\" must be graphml, gexf or dot, not %q", p.text("format", ""))
	}
	criteria := subgraph.Criteria{
		MinWeight: p.integer("min-weight", 0, 0, 1<<30), Types: p.entityTypes("types"),
		Top: p.integer("top", 0, 0, 1<<30), Depth: p.integer("depth", 1, 1, maxDepth),
		Since: p.day("since"), Until: p.day("until"),
	}
	sentences := p.integer("evidence", export.DefaultEvidence, 0, maxEvidence)
	metrics := p.flag("metrics", true)
	egoType := p.entityType("type")
	if p.err != nil {
		return p.err
	}
	if egoType != "" && p.text("ego", "") == "" {
		return badQuery("parameter \"type\" types the ego; without one, give types")
	}
	if criteria.Predicates, err = s.predicatesParam(s.st, p, "predicates"); err != nil {
		return err
	}
	x, err := s.exclusionParam(s.st, p, "")
	if err != nil {
		return err
	}
	var ego graph.Node
	if p.text("ego", "") != "" {
		if ego, err = s.entityParam(s.st, p, "ego", "type"); err != nil {
			return err
		}
		if x.Excludes(ego.ID) {
			return badQuery("ego %q (%s) is left out by exclude", ego.Name, lookup.ID(ego.ID))
		}
		criteria.Ego, criteria.HasEgo = ego.ID, true
	}
	var g export.Graph = x.Graph(analysis.Cancellable(r.Context(), s.st))
	var a ranking.Analysed
	if metrics || criteria.Top > 0 {
		// The measures, and the top nodes by PageRank, are those of the
		// graph the stored analysis measured, as kg export gives them.
		measured, err := ranking.MeasuredExclusion(s.st)
		if err != nil {
			return err
		}
		if a, err = s.analysed(r.Context(), measured); err != nil {
			return err
		}
	}
	if criteria.MinWeight > 0 || len(criteria.Types) > 0 || len(criteria.Predicates) > 0 || criteria.HasEgo || criteria.Top > 0 || !criteria.Since.IsZero() || !criteria.Until.IsZero() {
		g, err = subgraph.Select(g, criteria, a.PageRank)
		if errors.Is(err, subgraph.ErrEgoMissing) {
			return badQuery("ego %q (%s) is left out by the filters: it has no edge they keep, or not a type they keep", ego.Name, lookup.ID(ego.ID))
		}
		if err != nil {
			return err
		}
	}
	if metrics {
		g = measuredGraph{Graph: g, Analysed: a}
	}
	w.Header().Set("Content-Type", exportTypes[format])
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=\"kg.%s\"", format))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	// Once the answer has started, an error can only cut it short.
	return s.st.ReadEvidence(func(reader *store.EvidenceReader) error {
		if err := export.WriteWith(w, g, format, export.Options{Evidence: sentences, Sentences: reader}); err != nil {
			s.logf("kg serve: export: %v", err)
		}
		return nil
	})
}

// measuredGraph is a graph to export with the analysis of the whole graph.
type measuredGraph struct {
	export.Graph
	ranking.Analysed
}
