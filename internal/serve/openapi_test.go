package serve_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
)

// TestOpenAPIListsEveryRoute: the document the server serves names every
// route the server answers, and no other; each route's parameters are
// those the route takes.
func TestOpenAPIListsEveryRoute(t *testing.T) {
	server := sharedServer(t)
	a := get(t, server.Handler(), "/api/openapi.json")
	var doc struct {
		OpenAPI string `json:"openapi"`
		Paths   map[string]map[string]struct {
			Parameters []struct {
				Name string `json:"name"`
				In   string `json:"in"`
			} `json:"parameters"`
			Responses map[string]json.RawMessage `json:"responses"`
		} `json:"paths"`
	}
	if a.status != http.StatusOK {
		t.Fatalf("status %d", a.status)
	}
	if err := json.Unmarshal(a.body, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi %q, want 3.x", doc.OpenAPI)
	}
	var documented []string
	for path, operations := range doc.Paths {
		for method, operation := range operations {
			documented = append(documented, strings.ToUpper(method)+" "+path)
			if len(operation.Responses) == 0 {
				t.Errorf("%s %s documents no responses", method, path)
			}
		}
	}
	slices.Sort(documented)
	registered := slices.Sorted(slices.Values(server.Routes()))
	if !slices.Equal(documented, registered) {
		t.Errorf("documented routes %v\nregistered routes %v", documented, registered)
	}
	// Each documented query parameter is taken: an undocumented one is
	// refused as unknown, which the server's message would list.
	for path, operations := range doc.Paths {
		operation, found := operations["get"]
		if !found || !strings.HasPrefix(path, "/api/") || strings.Contains(path, "{") {
			continue
		}
		refusal := get(t, server.Handler(), path+"?undocumented=1")
		var body struct {
			Error string `json:"error"`
		}
		if err := json.Unmarshal(refusal.body, &body); err != nil || refusal.status != http.StatusBadRequest {
			t.Errorf("%s?undocumented=1: %d %s", path, refusal.status, refusal.body)
			continue
		}
		var names []string
		for _, p := range operation.Parameters {
			if p.In == "query" {
				names = append(names, p.Name)
			}
		}
		want := `unknown parameter "undocumented"`
		if len(names) > 0 {
			want += " (this route takes " + strings.Join(names, ", ") + ")"
		} else {
			want += " (this route takes none)"
		}
		if body.Error != want {
			t.Errorf("%s: the server says %q; the document lists %v", path, body.Error, names)
		}
	}
}

// TestIndexListsEveryRoute: /api/, where kg serve says the API is,
// answers every route the server answers, in order, each with the
// summary the OpenAPI document gives it, and where that document is.
func TestIndexListsEveryRoute(t *testing.T) {
	server := sharedServer(t)
	var index struct {
		OpenAPI string `json:"openapi"`
		Routes  []struct {
			Method  string `json:"method"`
			Path    string `json:"path"`
			Summary string `json:"summary"`
		} `json:"routes"`
	}
	get(t, server.Handler(), "/api/").decode(t, http.StatusOK, &index)
	if index.OpenAPI != "/api/openapi.json" || get(t, server.Handler(), index.OpenAPI).status != http.StatusOK {
		t.Errorf("the index gives the OpenAPI document at %q", index.OpenAPI)
	}
	var listed []string
	for _, route := range index.Routes {
		listed = append(listed, route.Method+" "+route.Path)
		if route.Summary == "" {
			t.Errorf("%s %s has no summary", route.Method, route.Path)
		}
	}
	if !slices.Equal(listed, server.Routes()) {
		t.Errorf("the index lists %v\nthe server answers %v", listed, server.Routes())
	}
}
