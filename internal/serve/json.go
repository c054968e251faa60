package serve

import (
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/ingest"
	"github.com/kg-project/kg/store"
)

// The shapes of the API's answers; openapi.json documents each.

// nodeJSON is an entity. Community and PageRank are those of the
// analysis kg analyse stored, left out when it has none for the node.
type nodeJSON struct {
	ID        uint64     `json:"id"`
	Name      string     `json:"name"`
	Type      graph.Type `json:"type"`
	Mentions  int        `json:"mentions"`
	Documents int        `json:"documents"`
	Community *int       `json:"community,omitempty"`
	PageRank  *float64   `json:"pagerank,omitempty"`
}

type searchJSON struct {
	Query      string     `json:"query"`
	Candidates []nodeJSON `json:"candidates"`
}

type entityJSON struct {
	nodeJSON
	Aliases       []string      `json:"aliases"`
	ArticlesTotal int           `json:"articles_total"`
	Articles      []articleJSON `json:"articles"`
}

type articleJSON struct {
	ID    string   `json:"id"`
	Title string   `json:"title,omitempty"`
	Date  string   `json:"date,omitempty"`
	Names []string `json:"names"` // what the article calls the entity
}

type neighboursJSON struct {
	Entity     nodeJSON        `json:"entity"`
	Total      int             `json:"total"` // rows after the filters, before paging
	Offset     int             `json:"offset"`
	Limit      int             `json:"limit"`
	Neighbours []neighbourJSON `json:"neighbours"`
}

type neighbourJSON struct {
	nodeJSON
	Depth     int            `json:"depth"`
	From      uint64         `json:"from"`   // the node it was reached from
	Weight    int            `json:"weight"` // the relations' weights summed
	First     string         `json:"first,omitempty"`
	Last      string         `json:"last,omitempty"`
	Relations []relationJSON `json:"relations"`
}

type relationJSON struct {
	Predicate string     `json:"predicate"`
	Direction string     `json:"direction"` // "out": from -> neighbour; "in": neighbour -> from
	Negated   bool       `json:"negated"`
	Symmetric bool       `json:"symmetric"`
	Kind      graph.Kind `json:"kind"`
	Weight    int        `json:"weight"` // evidence sentences
	First     string     `json:"first,omitempty"`
	Last      string     `json:"last,omitempty"`
	// Evidence is the earliest sentences, as many as asked for.
	Evidence []sentenceJSON `json:"evidence,omitempty"`
}

type sentenceJSON struct {
	Text     string `json:"text"`
	Document string `json:"document"`
	Title    string `json:"title,omitempty"`
	Date     string `json:"date,omitempty"`
}

type evidenceJSON struct {
	A          nodeJSON        `json:"a"`
	B          nodeJSON        `json:"b"`
	Total      int             `json:"total"`
	Offset     int             `json:"offset"`
	Limit      int             `json:"limit"`
	Statements []statementJSON `json:"statements"`
}

type statementJSON struct {
	From      uint64     `json:"from"`
	To        uint64     `json:"to"`
	Predicate string     `json:"predicate"`
	Negated   bool       `json:"negated"`
	Symmetric bool       `json:"symmetric"`
	Kind      graph.Kind `json:"kind"`
	sentenceJSON
}

type pathsJSON struct {
	From  nodeJSON   `json:"from"`
	To    nodeJSON   `json:"to"`
	Paths []pathJSON `json:"paths"`
}

type pathJSON struct {
	Nodes []nodeJSON `json:"nodes"`
	Steps []stepJSON `json:"steps"`
}

type stepJSON struct {
	From      uint64       `json:"from"`
	To        uint64       `json:"to"`
	Predicate string       `json:"predicate"`
	Negated   bool         `json:"negated"`
	Forward   bool         `json:"forward"` // the statement reads from -> to
	Symmetric bool         `json:"symmetric"`
	Kind      graph.Kind   `json:"kind"`
	Weight    int          `json:"weight"`
	Evidence  sentenceJSON `json:"evidence"`
}

type analysisJSON struct {
	Computed bool   `json:"computed"` // no stored analysis fitted: computed for this answer
	Excluded string `json:"excluded"`
	Nodes    int    `json:"nodes"`
	Edges    int    `json:"edges"`
}

type topJSON struct {
	By       string       `json:"by"`
	Analysis analysisJSON `json:"analysis"`
	Entities []rankedJSON `json:"entities"`
}

type rankedJSON struct {
	nodeJSON
	Value   float64       `json:"value"`
	Metrics graph.Metrics `json:"metrics"`
}

type communitiesJSON struct {
	Analysis    analysisJSON    `json:"analysis"`
	Communities int             `json:"communities"`
	Shared      int             `json:"shared"` // communities of more than one entity
	Modularity  float64         `json:"modularity"`
	Rows        []communityJSON `json:"rows"`
}

type communityJSON struct {
	Community int        `json:"community"`
	Size      int        `json:"size"`
	Members   []nodeJSON `json:"members"`
}

type indexJSON struct {
	OpenAPI string      `json:"openapi"`
	Routes  []routeJSON `json:"routes"`
}

type routeJSON struct {
	Method  string `json:"method"`
	Path    string `json:"path"`
	Summary string `json:"summary"`
}

type statsJSON struct {
	store.Stats
	Ingesting bool `json:"ingesting"`
	ReadOnly  bool `json:"read_only"`
}

type ingestJSON struct {
	ingest.Summary
	ElapsedMS int64         `json:"elapsed_ms"`
	Problems  []problemJSON `json:"problems"`
	// Incomplete says the ingest stopped early (the body broke off or
	// was too large); what was read before is stored.
	Incomplete string `json:"incomplete,omitempty"`
}

type problemJSON struct {
	Line    int    `json:"line"`
	Reason  string `json:"reason"`
	Skipped bool   `json:"skipped"`
}

// day writes a date as YYYY-MM-DD, and no date as "".
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
