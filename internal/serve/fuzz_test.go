package serve_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// fuzzRoutes are the routes FuzzQuery asks, by index.
var fuzzRoutes = []string{
	"/api/search", "/api/entities/1", "/api/neighbours", "/api/evidence", "/api/path",
	"/api/top", "/api/communities", "/api/stats", "/api/export", "/api/openapi.json", "/",
}

// FuzzQuery: whatever the query string, the path after /api/entities/ or
// /, no route panics or answers 5xx.
func FuzzQuery(f *testing.F) {
	for _, seed := range []struct {
		route        uint8
		query, extra string
	}{
		{0, "q=Blair", ""},
		{1, "limit=5&offset=1", "id:3"},
		{2, "entity=Brown&depth=3&direction=in&predicate=met,praise&types=PERSON&since=2005-01-01&until=2005-12-31&min-weight=1&evidence=20", ""},
		{2, "entity=id:99999999999999999999", ""},
		{3, "a=Tony+Blair&b=id:2&from-type=PERSON&to-type=ORG", ""},
		{4, "from=Blair&to=Howard&k=10&exclude=kind:report,predicate:meet,entity:id:1", ""},
		{5, "by=core&n=1000&type=GPE&exclude=", ""},
		{6, "n=1&members=1000", ""},
		{8, "format=gexf&ego=Blair&depth=3&top=2&types=PERSON,ORG&predicates=meet&evidence=3", ""},
		{8, "format=dot&since=2005-02-30", ""},
		{10, "", "../../etc/passwd"},
		{0, "q=%00%ff&type=\u202e", ""},
	} {
		f.Add(seed.route, seed.query, seed.extra)
	}
	h := sharedServer(f).Handler()
	f.Fuzz(func(t *testing.T, route uint8, query, extra string) {
		target := fuzzRoutes[int(route)%len(fuzzRoutes)]
		switch target {
		case "/api/entities/1":
			target = "/api/entities/" + extra
		case "/":
			target = "/" + extra
		}
		request, err := http.NewRequest(http.MethodGet, "http://kg"+target+"?"+query, nil)
		if err != nil {
			return // not a URL a client could send
		}
		recorder := httptest.NewRecorder()
		h.ServeHTTP(recorder, request)
		if recorder.Code >= 500 {
			t.Fatalf("GET %s?%s: %d %s", target, query, recorder.Code, recorder.Body.String())
		}
	})
}
