package serve

import (
	"errors"
	"net/http"
	"slices"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/subgraph"
	"github.com/kg-project/kg/internal/lookup"
	"github.com/kg-project/kg/store"
)

// node describes n with its stored metrics.
func (s *Server) node(n graph.Node) nodeJSON {
	described := nodeJSON{ID: n.ID, Name: n.Name, Type: n.Type, Mentions: n.Mentions, Documents: n.Documents}
	if m, found := (*s.metrics.Load())[n.ID]; found {
		described.Community, described.PageRank = &m.Community, &m.PageRank
	}
	return described
}

// entityParam resolves the entity the parameter name gives, narrowed to
// the type typeParam gives, in st.
func (s *Server) entityParam(st *store.Store, p *params, name, typeParam string) (graph.Node, error) {
	ref := p.required(name)
	only := p.entityType(typeParam)
	if p.err != nil {
		return graph.Node{}, p.err
	}
	node, err := lookup.Entity(st, ref, only)
	if err != nil {
		return graph.Node{}, s.entityError(name, ref, err)
	}
	return node, nil
}

// predicatesParam reads the predicates the parameter lists, each as st
// has it.
func (s *Server) predicatesParam(st *store.Store, p *params, name string) ([]string, error) {
	typed := p.list(name)
	if len(typed) == 0 {
		return nil, nil
	}
	stored, err := st.Predicates()
	if err != nil {
		return nil, err
	}
	var predicates []string
	for _, word := range typed {
		predicate, found := lookup.Predicate(word, stored)
		if !found {
			return nil, badQuery("%s: no edge has predicate %q", name, graph.CanonicalPredicate(word))
		}
		if !slices.Contains(predicates, predicate) {
			predicates = append(predicates, predicate)
		}
	}
	return predicates, nil
}

// exclusionParam reads an exclusion, kind:K, predicate:P or entity:E
// items, with fallback when the parameter is absent, in st.
func (s *Server) exclusionParam(st *store.Store, p *params, fallback string) (*lookup.Exclusion, error) {
	value := p.text("exclude", fallback)
	x, err := lookup.ParseExclusion(value)
	var bad *lookup.ExclusionError
	if errors.As(err, &bad) {
		return nil, badQuery("exclude: %q is not kind:K (K one of %s), predicate:P or entity:E", bad.Item, kindList())
	}
	var stored []string
	predicate := func(ref string) (string, error) {
		if stored == nil {
			var err error
			if stored, err = st.Predicates(); err != nil {
				return "", err
			}
		}
		predicate, found := lookup.Predicate(ref, stored)
		if !found {
			return "", badQuery("exclude: no edge has predicate %q", graph.CanonicalPredicate(ref))
		}
		return predicate, nil
	}
	entity := func(ref string) (uint64, error) {
		node, err := lookup.Entity(st, ref, "")
		if err != nil {
			return 0, s.entityError("exclude", ref, err)
		}
		return node.ID, nil
	}
	return x, x.Resolve(predicate, entity)
}

func kindList() string {
	names := make([]string, len(graph.Kinds))
	for i, kind := range graph.Kinds {
		names[i] = string(kind)
	}
	return strings.Join(names, ", ")
}

func (s *Server) search(st *store.Store, w http.ResponseWriter, r *http.Request) error {
	p, err := readParams(r, "q", "type", "limit")
	if err != nil {
		return err
	}
	query := p.required("q")
	only := p.entityType("type")
	limit := p.integer("limit", 10, 1, 100)
	if p.err != nil {
		return p.err
	}
	// Closest ranks every type: with a type, ask for more, ten times as
	// many each time, until enough of it are found or none are left.
	var nodes []graph.Node
	for asked := limit; ; asked *= 10 {
		closest, err := st.Closest(query, asked)
		if err != nil {
			return err
		}
		exhausted := len(closest) < asked
		nodes = slices.DeleteFunc(closest, func(n graph.Node) bool { return only != "" && n.Type != only })
		if len(nodes) >= limit || exhausted {
			break
		}
	}
	return writeJSON(w, http.StatusOK, searchJSON{Query: query, Candidates: s.nodes(nodes[:min(limit, len(nodes))])})
}

func (s *Server) entity(st *store.Store, w http.ResponseWriter, r *http.Request) error {
	p, err := readParams(r, "limit", "offset")
	if err != nil {
		return err
	}
	limit := p.integer("limit", 100, 1, maxLimit)
	offset := p.integer("offset", 0, 0, 1<<30)
	if p.err != nil {
		return p.err
	}
	ref := r.PathValue("id")
	if !strings.HasPrefix(ref, lookup.IDPrefix) {
		ref = lookup.IDPrefix + ref
	}
	node, err := lookup.Entity(st, ref, "")
	if err != nil {
		return s.entityError("id", r.PathValue("id"), err)
	}
	var documents map[string][]string
	err = st.Entities(store.EntityFilter{ID: node.ID, Documents: true}, func(e store.Entity) error {
		documents = e.Documents
		return nil
	})
	if err != nil {
		return err
	}
	ids := slices.Sorted(func(yield func(string) bool) {
		for id := range documents {
			if !yield(id) {
				return
			}
		}
	})
	answer := entityJSON{nodeJSON: s.node(node), Aliases: node.Aliases, ArticlesTotal: len(ids), Articles: []articleJSON{}}
	if answer.Aliases == nil {
		answer.Aliases = []string{}
	}
	for _, id := range ids[min(offset, len(ids)):min(offset+limit, len(ids))] {
		doc, _, err := st.Document(id)
		if err != nil {
			return err
		}
		answer.Articles = append(answer.Articles, articleJSON{ID: id, Title: doc.Title, Date: day(doc.Date), Names: documents[id]})
	}
	return writeJSON(w, http.StatusOK, answer)
}

func (s *Server) neighbours(st *store.Store, w http.ResponseWriter, r *http.Request) error {
	p, err := readParams(r, "entity", "type", "depth", "direction", "predicate", "types", "since", "until", "min-weight", "limit", "offset", "evidence")
	if err != nil {
		return err
	}
	query := store.Query{Depth: p.integer("depth", 1, 1, maxDepth)}
	directions := map[string]store.Direction{"out": store.Out, "in": store.In, "both": store.Both}
	direction := strings.ToLower(p.text("direction", "both"))
	query.Direction = directions[direction]
	if query.Direction == 0 {
		p.fail("parameter \"direction\" must be out, in or both, not %q", direction)
	}
	shown := p.entityTypes("types")
	criteria := subgraph.Criteria{MinWeight: p.integer("min-weight", 0, 0, 1<<30), Since: p.day("since"), Until: p.day("until")}
	limit := p.integer("limit", 100, 1, maxLimit)
	offset := p.integer("offset", 0, 0, 1<<30)
	sentences := p.integer("evidence", 0, 0, maxEvidence)
	if p.err != nil {
		return p.err
	}
	if query.Predicates, err = s.predicatesParam(st, p, "predicate"); err != nil {
		return err
	}
	// The walk goes through the edges the filters keep only.
	query.Keep = criteria.KeepsEdge
	start, err := s.entityParam(st, p, "entity", "type")
	if err != nil {
		return err
	}
	// Every row is asked for, so that the answer can say how many there
	// are in all.
	found, err := st.Neighbours(start.ID, query)
	if err != nil {
		return err
	}
	var rows []neighbourJSON
	kept := slices.DeleteFunc(found, func(n store.Neighbour) bool { return len(shown) > 0 && !slices.Contains(shown, n.Node.Type) })
	answer := neighboursJSON{Entity: s.node(start), Total: len(kept), Offset: offset, Limit: limit, Neighbours: []neighbourJSON{}}
	for _, n := range kept[min(offset, len(kept)):min(offset+limit, len(kept))] {
		row, err := s.neighbourRow(st, n, sentences)
		if err != nil {
			return err
		}
		rows = append(rows, row)
	}
	if rows != nil {
		answer.Neighbours = rows
	}
	return writeJSON(w, http.StatusOK, answer)
}

// neighbourRow describes n with up to sentences sentences per relation,
// read from st.
func (s *Server) neighbourRow(st *store.Store, n store.Neighbour, sentences int) (neighbourJSON, error) {
	row := neighbourJSON{nodeJSON: s.node(n.Node), Depth: n.Depth, From: n.From}
	var first, last string
	for _, r := range n.Relations {
		relation := relationJSON{
			Predicate: r.Edge.Predicate, Direction: "out", Negated: r.Edge.Negated,
			Symmetric: graph.IsSymmetric(r.Edge.Predicate), Kind: r.Edge.Kind, Weight: r.Edge.Weight,
			First: day(r.Edge.First), Last: day(r.Edge.Last),
		}
		if r.Direction == store.In {
			relation.Direction = "in"
		}
		switch {
		case sentences == 1:
			relation.Evidence = []sentenceJSON{s.sentence(st, r.Evidence)}
		case sentences > 1:
			evidence, err := st.Evidence(r.Edge, sentences)
			if err != nil {
				return row, err
			}
			for _, e := range evidence {
				relation.Evidence = append(relation.Evidence, s.sentence(st, e))
			}
		}
		row.Weight += r.Edge.Weight
		if relation.First != "" && (first == "" || relation.First < first) {
			first = relation.First
		}
		last = max(last, relation.Last)
		row.Relations = append(row.Relations, relation)
	}
	row.First, row.Last = first, last
	return row, nil
}

// sentence describes a sentence with its document's title, read from st.
func (s *Server) sentence(st *store.Store, e graph.Evidence) sentenceJSON {
	described := sentenceJSON{Text: e.Text, Document: e.Document, Date: day(e.Date)}
	// A title that cannot be read is left out: the sentence stands.
	if doc, found, err := st.Document(e.Document); err == nil && found {
		described.Title = doc.Title
	}
	return described
}

func (s *Server) evidence(st *store.Store, w http.ResponseWriter, r *http.Request) error {
	p, err := readParams(r, "a", "b", "predicate", "type", "from-type", "to-type", "limit", "offset")
	if err != nil {
		return err
	}
	limit := p.integer("limit", 100, 1, maxLimit)
	offset := p.integer("offset", 0, 0, 1<<30)
	aType, bType := endType(p, "from-type"), endType(p, "to-type")
	if p.err != nil {
		return p.err
	}
	a, err := s.entityParam(st, p, "a", aType)
	if err != nil {
		return err
	}
	b, err := s.entityParam(st, p, "b", bType)
	if err != nil {
		return err
	}
	if a.ID == b.ID {
		return badQuery("a and b are one entity, %s", a.Name)
	}
	predicates, err := s.predicatesParam(st, p, "predicate")
	if err != nil {
		return err
	}
	statements, err := st.PairEvidence(a.ID, b.ID, predicates)
	if err != nil {
		return err
	}
	answer := evidenceJSON{A: s.node(a), B: s.node(b), Total: len(statements), Offset: offset, Limit: limit, Statements: []statementJSON{}}
	for _, statement := range statements[min(offset, len(statements)):min(offset+limit, len(statements))] {
		answer.Statements = append(answer.Statements, statementJSON{
			From: statement.From, To: statement.To, Predicate: statement.Predicate, Negated: statement.Negated,
			Symmetric: graph.IsSymmetric(statement.Predicate), Kind: statement.Kind, sentenceJSON: s.sentence(st, statement.Evidence),
		})
	}
	return writeJSON(w, http.StatusOK, answer)
}

// endType is the parameter that types one end of a pair: its own
// (from-type, to-type) when given, else type.
func endType(p *params, own string) string {
	if p.text(own, "") != "" {
		return own
	}
	return "type"
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) error {
	if _, err := readParams(r); err != nil {
		return err
	}
	stats, err := s.st.Stats()
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, statsJSON{Stats: stats, Ingesting: s.running.Load(), ReadOnly: s.opts.ReadOnly})
}

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) error {
	if _, err := readParams(r); err != nil {
		return err
	}
	return writeBody(w, openAPIDocument)
}

// errNoPath answers a path asked between entities no path links.
func errNoPath(from, to graph.Node) error {
	return notFound("no path links %q (%s) and %q (%s)", from.Name, lookup.ID(from.ID), to.Name, lookup.ID(to.ID))
}
