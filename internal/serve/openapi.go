package serve

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// openAPIDocument describes the API in OpenAPI 3; a test checks that it
// lists every route the server registers, and no other.
//
//go:embed openapi.json
var openAPIDocument []byte

// openAPIPath is where the server answers openAPIDocument.
const openAPIPath = "/api/openapi.json"

// describeRoutes lists routes ("METHOD /path") with the summary
// openAPIDocument gives each, as /api/ answers them.
func describeRoutes(routes []string) (indexJSON, error) {
	var doc struct {
		Paths map[string]map[string]struct {
			Summary string `json:"summary"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(openAPIDocument, &doc); err != nil {
		return indexJSON{}, fmt.Errorf("serve: the OpenAPI document: %w", err)
	}
	index := indexJSON{OpenAPI: openAPIPath, Routes: make([]routeJSON, len(routes))}
	for i, route := range routes {
		method, path, _ := strings.Cut(route, " ")
		index.Routes[i] = routeJSON{Method: method, Path: path, Summary: doc.Paths[path][strings.ToLower(method)].Summary}
	}
	return index, nil
}

// index answers the root of the API with its routes.
func (s *Server) index(w http.ResponseWriter, r *http.Request) error {
	if _, err := readParams(r); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, s.routeIndex)
}
