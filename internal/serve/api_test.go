package serve_test

import (
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/serve"
)

func TestSearch(t *testing.T) {
	h := sharedServer(t).Handler()
	var found struct {
		Query      string `json:"query"`
		Candidates []node `json:"candidates"`
	}
	get(t, h, "/api/search?q=Blair").decode(t, http.StatusOK, &found)
	if len(found.Candidates) == 0 || found.Candidates[0].Name != "Tony Blair" || found.Candidates[0].Type != "PERSON" || found.Candidates[0].Mentions == 0 {
		t.Errorf("search Blair: %+v, want Tony Blair first", found.Candidates)
	}
	get(t, h, "/api/search?q=Bro&type=ORG&limit=5").decode(t, http.StatusOK, &found)
	if len(found.Candidates) > 5 || slices.ContainsFunc(found.Candidates, func(n node) bool { return n.Type != "ORG" }) {
		t.Errorf("search Bro type ORG: %+v", found.Candidates)
	}
}

// TestSearchByTypeReachesPastOtherTypes: a search narrowed to a type
// finds that type's closest entity even when more than ten times the
// limit of other types come before it.
func TestSearchByTypeReachesPastOtherTypes(t *testing.T) {
	var people []string
	for _, first := range strings.Fields("Nick James Chris Dan Craig Wes Mike Tom Ian Alan Jack Paul") {
		people = append(people, first+" Brown")
	}
	st := buildStore(t, fmt.Sprintf(`{"id":"a","text":"Gordon Brown met %s in Texas."}`+"\n", strings.Join(people, ", ")))
	server, err := serve.New(st, serve.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := server.Handler()
	type search struct {
		Query      string `json:"query"`
		Candidates []node `json:"candidates"`
	}
	var all search
	get(t, h, "/api/search?q=Brown&limit=100").decode(t, http.StatusOK, &all)
	firsts := make(map[string]node)
	for i, c := range all.Candidates {
		if _, seen := firsts[c.Type]; !seen {
			firsts[c.Type] = c
			t.Logf("the first %s is %s, at %d", c.Type, c.Name, i)
		}
	}
	if len(firsts) < 2 {
		t.Fatalf("search Brown: %+v, want more than one type", all.Candidates)
	}
	for kind, first := range firsts {
		var typed search
		get(t, h, "/api/search?q=Brown&limit=1&type="+kind).decode(t, http.StatusOK, &typed)
		if len(typed.Candidates) != 1 || typed.Candidates[0].ID != first.ID {
			t.Errorf("search Brown of type %s: %+v, want %+v", kind, typed.Candidates, first)
		}
	}
}

func TestEntity(t *testing.T) {
	h := sharedServer(t).Handler()
	blair := entityID(t, h, "Tony Blair")
	var entity struct {
		node
		Aliases       []string `json:"aliases"`
		ArticlesTotal int      `json:"articles_total"`
		Articles      []struct {
			ID    string   `json:"id"`
			Title string   `json:"title"`
			Date  string   `json:"date"`
			Names []string `json:"names"`
		} `json:"articles"`
	}
	for _, ref := range []string{fmt.Sprint(blair), fmt.Sprint("id:", blair)} {
		get(t, h, "/api/entities/"+ref).decode(t, http.StatusOK, &entity)
		if entity.Name != "Tony Blair" || !slices.Contains(entity.Aliases, "Blair") || entity.ArticlesTotal != 3 || len(entity.Articles) != 3 {
			t.Fatalf("entity %s: %+v", ref, entity)
		}
		if first := entity.Articles[0]; first.ID != "politics/001" || first.Title != "Blair and Brown meet on the budget" || first.Date != "2005-03-14" || !slices.Contains(first.Names, "Tony Blair") {
			t.Errorf("entity %s: first article %+v", ref, first)
		}
	}
	get(t, h, fmt.Sprint("/api/entities/", blair, "?limit=1&offset=1")).decode(t, http.StatusOK, &entity)
	if entity.ArticlesTotal != 3 || len(entity.Articles) != 1 || entity.Articles[0].ID != "politics/002" {
		t.Errorf("the second page of one article: %+v", entity.Articles)
	}
}

// entityID finds the id of the entity named name by a search.
func entityID(t *testing.T, h http.Handler, name string) uint64 {
	t.Helper()
	var found struct {
		Query      string `json:"query"`
		Candidates []node `json:"candidates"`
	}
	get(t, h, "/api/search?q="+url.QueryEscape(name)).decode(t, http.StatusOK, &found)
	for _, c := range found.Candidates {
		if c.Name == name {
			return c.ID
		}
	}
	t.Fatalf("no entity named %q: %+v", name, found.Candidates)
	return 0
}

func TestNeighbours(t *testing.T) {
	h := sharedServer(t).Handler()
	var got neighbours
	get(t, h, "/api/neighbours?entity=Blair&evidence=2").decode(t, http.StatusOK, &got)
	if got.Entity.Name != "Tony Blair" || got.Total != 3 || got.Limit != 100 || len(got.Neighbours) != 3 {
		t.Fatalf("neighbours of Blair: %+v", got)
	}
	brown := got.Neighbours[0]
	if brown.Name != "Gordon Brown" || brown.Depth != 1 || brown.From != got.Entity.ID || brown.Weight != 2 || brown.First != "2005-03-14" || len(brown.Relations) != 2 {
		t.Fatalf("first neighbour %+v, want Gordon Brown by two statements", brown)
	}
	for _, r := range brown.Relations {
		switch r.Predicate {
		case "meet":
			if !r.Symmetric || r.Weight != 1 || len(r.Evidence) != 1 || r.Evidence[0].Title != "Blair and Brown meet on the budget" || r.Evidence[0].Date != "2005-03-14" {
				t.Errorf("meet: %+v", r)
			}
		case "praise":
			if r.Symmetric || r.Direction != "out" || r.Kind != "event" || !strings.Contains(r.Evidence[0].Text, "praised") {
				t.Errorf("praise: %+v", r)
			}
		default:
			t.Errorf("unexpected relation %+v", r)
		}
	}
	for _, test := range []struct {
		query string
		want  []string
		total int
	}{
		{"entity=Tony+Blair&predicate=met", []string{"Gordon Brown"}, 1},
		// A symmetric predicate (meet) goes both ways.
		{"entity=Tony+Blair&direction=in", []string{"Alastair Campbell", "Gordon Brown", "John Prescott"}, 3},
		{"entity=Tony+Blair&direction=in&predicate=defend", []string{"John Prescott"}, 1},
		{"entity=Tony+Blair&types=ORG", []string{}, 0},
		{"entity=Tony+Blair&min-weight=2", []string{}, 0},
		{"entity=Tony+Blair&since=2005-03-15&until=2005-03-31", []string{"John Prescott"}, 1},
		{"entity=Tony+Blair&limit=1&offset=1", []string{"Alastair Campbell"}, 3},
		{"entity=Tony+Blair&offset=9", []string{}, 3},
		{"entity=Tony+Blair&type=PERSON&depth=2&direction=both", nil, -1},
	} {
		get(t, h, "/api/neighbours?"+test.query).decode(t, http.StatusOK, &got)
		if test.total < 0 {
			if !slices.ContainsFunc(got.Neighbours, func(n neighbour) bool { return n.Depth == 2 && n.Name == "Michael Howard" }) {
				t.Errorf("%s: %v, want Michael Howard two steps away", test.query, got.names())
			}
			continue
		}
		if !slices.Equal(got.names(), test.want) || got.Total != test.total {
			t.Errorf("%s: %v of %d, want %v of %d", test.query, got.names(), got.Total, test.want, test.total)
		}
	}
}

// TestNeighboursWalkOnlyFilteredEdges: beyond depth 1, the walk goes
// through the edges the date and weight filters keep only, so that every
// row is reached from the entity asked for or from another row, over a
// relation the filters keep.
func TestNeighboursWalkOnlyFilteredEdges(t *testing.T) {
	h := sharedServer(t).Handler()
	for _, filter := range []string{"since=2005-04-01", "until=2005-03-31", "min-weight=2"} {
		var got neighbours
		get(t, h, "/api/neighbours?entity=Blair&depth=3&limit=1000&"+filter).decode(t, http.StatusOK, &got)
		reached := map[uint64]bool{got.Entity.ID: true}
		for _, row := range got.Neighbours {
			reached[row.ID] = true
		}
		for _, row := range got.Neighbours {
			if !reached[row.From] {
				t.Errorf("%s: %s (depth %d) is reached from %d, which the filter leaves out", filter, row.Name, row.Depth, row.From)
			}
		}
	}
}

func TestEvidence(t *testing.T) {
	h := sharedServer(t).Handler()
	var got struct {
		A          node `json:"a"`
		B          node `json:"b"`
		Total      int  `json:"total"`
		Offset     int  `json:"offset"`
		Limit      int  `json:"limit"`
		Statements []struct {
			From      uint64 `json:"from"`
			To        uint64 `json:"to"`
			Predicate string `json:"predicate"`
			Negated   bool   `json:"negated"`
			Symmetric bool   `json:"symmetric"`
			Kind      string `json:"kind"`
			sentence
		} `json:"statements"`
	}
	get(t, h, "/api/evidence?a=Tony+Blair&b=Gordon+Brown").decode(t, http.StatusOK, &got)
	if got.A.Name != "Tony Blair" || got.B.Name != "Gordon Brown" || got.Total != 2 || len(got.Statements) != 2 {
		t.Fatalf("evidence: %+v", got)
	}
	for _, s := range got.Statements {
		if s.Document != "politics/001" || s.Title == "" || s.Date != "2005-03-14" || s.From != got.A.ID || s.To != got.B.ID {
			t.Errorf("statement %+v", s)
		}
	}
	get(t, h, "/api/evidence?a=Tony+Blair&b=Gordon+Brown&predicate=praise").decode(t, http.StatusOK, &got)
	if got.Total != 1 || got.Statements[0].Predicate != "praise" {
		t.Errorf("praise only: %+v", got.Statements)
	}
}

type pathsAnswer struct {
	From  node `json:"from"`
	To    node `json:"to"`
	Paths []struct {
		Nodes []node `json:"nodes"`
		Steps []struct {
			From      uint64   `json:"from"`
			To        uint64   `json:"to"`
			Predicate string   `json:"predicate"`
			Negated   bool     `json:"negated"`
			Forward   bool     `json:"forward"`
			Symmetric bool     `json:"symmetric"`
			Kind      string   `json:"kind"`
			Weight    int      `json:"weight"`
			Evidence  sentence `json:"evidence"`
		} `json:"steps"`
	} `json:"paths"`
}

func TestPath(t *testing.T) {
	h := sharedServer(t).Handler()
	var got pathsAnswer
	get(t, h, "/api/path?from=Blair&to=Michael+Howard").decode(t, http.StatusOK, &got)
	if len(got.Paths) != 1 || len(got.Paths[0].Nodes) != 3 || len(got.Paths[0].Steps) != 2 {
		t.Fatalf("path Blair - Howard: %+v", got)
	}
	path := got.Paths[0]
	if path.Nodes[0].Name != "Tony Blair" || path.Nodes[2].Name != "Michael Howard" {
		t.Errorf("nodes %+v", path.Nodes)
	}
	for i, step := range path.Steps {
		if step.From != path.Nodes[i].ID || step.To != path.Nodes[i+1].ID || step.Evidence.Text == "" || step.Weight < 1 {
			t.Errorf("step %d: %+v", i, step)
		}
	}
}

func TestTopAndCommunities(t *testing.T) {
	h := sharedServer(t).Handler()
	var top struct {
		By       string `json:"by"`
		Analysis struct {
			Computed bool   `json:"computed"`
			Excluded string `json:"excluded"`
			Nodes    int    `json:"nodes"`
			Edges    int    `json:"edges"`
		} `json:"analysis"`
		Entities []struct {
			node
			Value   float64        `json:"value"`
			Metrics map[string]any `json:"metrics"`
		} `json:"entities"`
	}
	get(t, h, "/api/top?by=degree&n=3&type=PERSON").decode(t, http.StatusOK, &top)
	if top.By != "degree" || !top.Analysis.Computed || top.Analysis.Excluded != "kind:report" || len(top.Entities) != 3 {
		t.Fatalf("top: %+v", top)
	}
	for i, e := range top.Entities {
		if e.Type != "PERSON" || i > 0 && e.Value > top.Entities[i-1].Value {
			t.Errorf("top row %d: %+v", i, e)
		}
	}
	var communities struct {
		Analysis    map[string]any `json:"analysis"`
		Communities int            `json:"communities"`
		Shared      int            `json:"shared"`
		Modularity  float64        `json:"modularity"`
		Rows        []struct {
			Community int    `json:"community"`
			Size      int    `json:"size"`
			Members   []node `json:"members"`
		} `json:"rows"`
	}
	get(t, h, "/api/communities?n=2&members=1").decode(t, http.StatusOK, &communities)
	if len(communities.Rows) != 2 || communities.Rows[0].Size < communities.Rows[1].Size || len(communities.Rows[0].Members) != 1 || communities.Communities < 2 {
		t.Errorf("communities: %+v", communities)
	}
}

func TestStats(t *testing.T) {
	h := sharedServer(t).Handler()
	var stats struct {
		Documents  int            `json:"documents"`
		Duplicates int            `json:"duplicates"`
		Entities   map[string]int `json:"entities"`
		Edges      int            `json:"edges"`
		Evidence   int            `json:"evidence"`
		Predicates map[string]int `json:"predicates"`
		Ingesting  bool           `json:"ingesting"`
		ReadOnly   bool           `json:"read_only"`
	}
	get(t, h, "/api/stats").decode(t, http.StatusOK, &stats)
	if stats.Documents != 9 || stats.Entities["PERSON"] == 0 || stats.Edges == 0 || stats.Predicates["meet"] == 0 || stats.Ingesting {
		t.Errorf("stats: %+v", stats)
	}
}

// TestExportRoundTrip: every format downloads as an attachment, and
// GraphML and GEXF parse back to the graph the filters select.
func TestExportRoundTrip(t *testing.T) {
	h := sharedServer(t).Handler()
	var stats struct {
		Entities map[string]int `json:"entities"`
	}
	if err := jsonInto(get(t, h, "/api/stats").body, &stats); err != nil {
		t.Fatal(err)
	}
	entities := 0
	for _, n := range stats.Entities {
		entities += n
	}
	for _, test := range []struct {
		query string
		nodes int // -1: fewer than all
	}{
		{"format=graphml&evidence=1&metrics=false", entities},
		{"format=gexf", entities},
		{"format=gexf&ego=Tony+Blair&depth=1", 4},
		{"format=graphml&types=ORG&exclude=kind:report", -1},
		{"format=dot", 0},
	} {
		a := get(t, h, "/api/export?"+test.query)
		if a.status != http.StatusOK {
			t.Fatalf("%s: status %d: %s", test.query, a.status, a.body)
		}
		format, _, _ := strings.Cut(strings.TrimPrefix(test.query, "format="), "&")
		// As kg export, the analysis comes with the graph unless refused.
		if measured := strings.Contains(string(a.body), "pagerank"); format != "dot" && measured == strings.Contains(test.query, "metrics=false") {
			t.Errorf("%s: pagerank given %v", test.query, measured)
		}
		if disposition := a.header.Get("Content-Disposition"); disposition != `attachment; filename="kg.`+format+`"` {
			t.Errorf("%s: Content-Disposition %q", test.query, disposition)
		}
		if format == "dot" {
			if !strings.HasPrefix(string(a.body), "digraph") {
				t.Errorf("dot: %.40q", a.body)
			}
			continue
		}
		var doc struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"graph>node"`
			GEXFNodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"graph>nodes>node"`
		}
		if err := xml.Unmarshal(a.body, &doc); err != nil {
			t.Fatalf("%s: %v", test.query, err)
		}
		count := len(doc.Nodes) + len(doc.GEXFNodes)
		if test.nodes >= 0 && count != test.nodes || test.nodes < 0 && (count == 0 || count >= entities) {
			t.Errorf("%s: %d nodes, want %d (of %d)", test.query, count, test.nodes, entities)
		}
	}
}

// TestErrorStatuses: every refusal is JSON with the status that fits.
func TestErrorStatuses(t *testing.T) {
	h := sharedServer(t).Handler()
	for _, test := range []struct {
		method, target string
		status         int
		says           string
		candidates     int // 409: how many; 404: closest given when > 0
	}{
		{"GET", "/api/search", 400, `"q" is required`, 0},
		{"GET", "/api/search?q=x&q=y", 400, "given 2 times", 0},
		{"GET", "/api/search?q=x&limit=0", 400, "from 1 to 100", 0},
		{"GET", "/api/search?q=x&colour=red", 400, `unknown parameter "colour"`, 0},
		{"GET", "/api/search?q=%zz", 400, "malformed query", 0},
		{"GET", "/api/search?q=%ff", 400, "not UTF-8", 0},
		{"GET", "/api/search?q=" + strings.Repeat("a", 1001), 400, "longer than", 0},
		{"GET", "/api/entities/abc", 400, "id:N", 0},
		{"GET", "/api/entities/999999", 404, "no entity has the id id:999999", 0},
		{"GET", "/api/neighbours", 400, `"entity" is required`, 0},
		{"GET", "/api/neighbours?entity=Blair&depth=4", 400, "from 1 to 3", 0},
		{"GET", "/api/neighbours?entity=Blair&limit=1001", 400, "from 1 to 1000", 0},
		{"GET", "/api/neighbours?entity=Blair&direction=up", 400, "out, in or both", 0},
		{"GET", "/api/neighbours?entity=Blair&type=PLANET", 400, "unknown entity type", 0},
		{"GET", "/api/neighbours?entity=Blair&since=yesterday", 400, "YYYY-MM-DD", 0},
		{"GET", "/api/neighbours?entity=Blair&predicate=fly", 400, `no edge has predicate "fly"`, 0},
		{"GET", "/api/neighbours?entity=Nobody+Atall", 404, `no entity named "Nobody Atall"`, 1},
		{"GET", "/api/neighbours?entity=Blair&type=ORG", 404, `no ORG named "Blair"`, 1},
		{"GET", "/api/neighbours?entity=Brown", 409, "ambiguous", 2},
		{"GET", "/api/evidence?a=Blair&b=Blair", 400, "one entity", 0},
		{"GET", "/api/evidence?a=Blair&b=Brown", 409, "ambiguous", 2},
		{"GET", "/api/path?from=Blair&to=Jack+Straw", 404, "no path links", 0},
		{"GET", "/api/path?from=Blair&to=Michael+Howard&k=11", 400, "from 1 to 10", 0},
		{"GET", "/api/path?from=Blair&to=Michael+Howard&exclude=entity:Tony+Blair", 400, "left out by exclude", 0},
		{"GET", "/api/top?by=fame", 400, `"by" must be one of`, 0},
		{"GET", "/api/top?exclude=kind:gossip", 400, "is not kind:K", 0},
		{"GET", "/api/top?exclude=entity:Brown", 409, "ambiguous", 2},
		{"GET", "/api/communities?members=0", 400, "from 1 to 1000", 0},
		{"GET", "/api/stats?verbose=1", 400, "unknown parameter", 0},
		{"GET", "/api/export", 400, `"format" is required`, 0},
		{"GET", "/api/export?format=pdf", 400, "graphml, gexf or dot", 0},
		{"GET", "/api/export?format=dot&type=PERSON", 400, "types the ego", 0},
		{"GET", "/api/export?format=dot&ego=Nobody+Atall", 404, "no entity named", 1},
		{"GET", "/api/nowhere", 404, "no route", 0},
		{"DELETE", "/api/nowhere", 404, "no route", 0},
		{"GET", "/api/nowhere/", 404, "no route", 0},
		{"POST", "/api/", 405, "takes GET, not POST", 0},
		{"GET", "/nowhere.js", 404, "no such page", 0},
		{"POST", "/api/search?q=Blair", 405, "takes GET, not POST", 0},
		{"GET", "/api/articles", 405, "takes POST, not GET", 0},
		{"PUT", "/", 405, "takes GET", 0},
		{"POST", "/api/stats", 405, "takes GET", 0},
	} {
		a := request(t, h, test.method, test.target, nil)
		var refusal apiError
		a.decode(t, test.status, &refusal)
		if !strings.Contains(refusal.Error, test.says) {
			t.Errorf("%s %.60s: %q, want it to say %q", test.method, test.target, refusal.Error, test.says)
		}
		switch {
		case test.status == http.StatusConflict && len(refusal.Candidates) != test.candidates:
			t.Errorf("%s %s: candidates %+v, want %d", test.method, test.target, refusal.Candidates, test.candidates)
		case test.status == http.StatusNotFound && (len(refusal.Closest) > 0) != (test.candidates > 0):
			t.Errorf("%s %s: closest %+v", test.method, test.target, refusal.Closest)
		case test.status == http.StatusMethodNotAllowed && a.header.Get("Allow") == "":
			t.Errorf("%s %s: 405 without Allow", test.method, test.target)
		}
	}
}

// TestQueryBodyTooLarge: a query sent with a body past 4 KiB is refused
// (413), whether its length is announced or not; a smaller one is
// answered, unread.
func TestQueryBodyTooLarge(t *testing.T) {
	h := sharedServer(t).Handler()
	small, large := strings.Repeat("x", 4<<10), strings.Repeat("x", 4<<10+1)
	var refusal apiError
	request(t, h, http.MethodGet, "/api/stats", strings.NewReader(large)).decode(t, http.StatusRequestEntityTooLarge, &refusal)
	request(t, h, http.MethodGet, "/api/stats", io.MultiReader(strings.NewReader(large))).decode(t, http.StatusRequestEntityTooLarge, &refusal)
	if !strings.Contains(refusal.Error, "larger than 4096 bytes") {
		t.Errorf("refusal %q, want it to give the bound", refusal.Error)
	}
	if a := request(t, h, http.MethodGet, "/api/stats", strings.NewReader(small)); a.status != http.StatusOK {
		t.Errorf("a query with a body of 4 KiB: %d %s", a.status, a.body)
	}
}

// TestExportEgoLeftOutByFilters: an ego the types or the edge filters
// leave out of the export is a bad query (400), not a failure of the
// store.
func TestExportEgoLeftOutByFilters(t *testing.T) {
	h := sharedServer(t).Handler()
	for _, filters := range []string{"types=ORG", "min-weight=1000", "predicates=attack"} {
		var refusal apiError
		get(t, h, "/api/export?format=dot&ego=Tony+Blair&"+filters).decode(t, http.StatusBadRequest, &refusal)
		if !strings.Contains(refusal.Error, `"Tony Blair"`) || !strings.Contains(refusal.Error, "left out") {
			t.Errorf("%s: %q, want it to say the ego is left out", filters, refusal.Error)
		}
	}
}
