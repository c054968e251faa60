package pipeline

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn2x1[[]byte, func(string), error](&entityQuadsFn{})
	register.DoFn2x1[[]byte, func(string), error](&relationQuadsFn{})
	register.DoFn2x1[[]byte, func(string), error](&evidenceQuadsFn{})
}

// The graph as RDF N-Quads, every IRI under the base the user gives:
//
//	entity    <base entity/ID> rdf:type <base type/TYPE>
//	          <base entity/ID> rdfs:label "name"
//	relation  <base entity/FROM> <base predicate/P> <base entity/TO> G
//	          (<base negated/P> for a negated statement)
//	          G <base weight> "N"^^xsd:integer G
//	evidence  <base evidence/EDGE/ARTICLE/START> <base document> "article" G
//	          <base evidence/EDGE/ARTICLE/START> <base sentence> "text" G
//
// where G, <base relation/FROM/P/TO> (with /not for a negated one), is
// the named graph of one relation and its evidence. Entities are in the
// default graph. Each entity, relation and evidence sentence gives two
// quads.
const (
	rdfType    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	rdfsLabel  = "http://www.w3.org/2000/01/rdf-schema#label"
	xsdInteger = "http://www.w3.org/2001/XMLSchema#integer"
)

// iri writes an IRI; segments are escaped as path segments, which
// leaves none of the characters N-Quads forbids in an IRI.
func iri(base string, segments ...string) string {
	escaped := make([]string, len(segments))
	for i, segment := range segments {
		escaped[i] = url.PathEscape(segment)
	}
	return "<" + base + strings.Join(escaped, "/") + ">"
}

// literal writes a string literal, escaping what N-Quads forbids in one.
func literal(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`).Replace(s) + `"`
}

func quad(subject, predicate, object, graph string) string {
	if graph == "" {
		return fmt.Sprintf("%s %s %s .", subject, predicate, object)
	}
	return fmt.Sprintf("%s %s %s %s .", subject, predicate, object, graph)
}

func entityIRI(base string, id uint64) string {
	return iri(base, "entity", strconv.FormatUint(id, 10))
}

func relationIRI(base string, r relation) string {
	segments := []string{"relation", strconv.FormatUint(r.From, 10), r.Predicate, strconv.FormatUint(r.To, 10)}
	if r.Negated {
		segments = append(segments, "not")
	}
	return iri(base, segments...)
}

type entityQuadsFn struct{ Base string }

func (f *entityQuadsFn) ProcessElement(data []byte, emit func(string)) error {
	var e entity
	if err := json.Unmarshal(data, &e); err != nil {
		return fmt.Errorf("pipeline: decode entity: %w", err)
	}
	subject := entityIRI(f.Base, e.ID)
	emit(quad(subject, "<"+rdfType+">", iri(f.Base, "type", e.Type), ""))
	emit(quad(subject, "<"+rdfsLabel+">", literal(e.Name), ""))
	return nil
}

type relationQuadsFn struct{ Base string }

func (f *relationQuadsFn) ProcessElement(data []byte, emit func(string)) error {
	var r relation
	if err := json.Unmarshal(data, &r); err != nil {
		return fmt.Errorf("pipeline: decode relation: %w", err)
	}
	graph := relationIRI(f.Base, r)
	predicate := iri(f.Base, "predicate", r.Predicate)
	if r.Negated {
		predicate = iri(f.Base, "negated", r.Predicate)
	}
	emit(quad(entityIRI(f.Base, r.From), predicate, entityIRI(f.Base, r.To), graph))
	emit(quad(graph, iri(f.Base, "weight"), literal(strconv.Itoa(r.Weight))+"^^<"+xsdInteger+">", graph))
	return nil
}

type evidenceQuadsFn struct{ Base string }

func (f *evidenceQuadsFn) ProcessElement(data []byte, emit func(string)) error {
	var e evidence
	if err := json.Unmarshal(data, &e); err != nil {
		return fmt.Errorf("pipeline: decode evidence: %w", err)
	}
	graph := relationIRI(f.Base, e.Relation)
	subject := iri(f.Base, "evidence", e.Edge, e.Article, strconv.Itoa(e.Start))
	emit(quad(subject, iri(f.Base, "document"), literal(e.Article), graph))
	emit(quad(subject, iri(f.Base, "sentence"), literal(e.Text), graph))
	return nil
}
