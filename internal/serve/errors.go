package serve

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/lookup"
)

// ErrIngestRunning marks a POST of articles while another is being
// stored: the server stores one at a time.
var ErrIngestRunning = errors.New("serve: an ingest is running")

// apiError is an error the API answers with its own status: the body is
// {"error": message} with the candidates of an ambiguous name, or the
// closest names to an unknown one.
type apiError struct {
	status     int
	message    string
	candidates []nodeJSON
	closest    []nodeJSON
}

func (e *apiError) Error() string { return e.message }

// errorJSON is the body of every error answer.
type errorJSON struct {
	Error      string     `json:"error"`
	Candidates []nodeJSON `json:"candidates,omitempty"`
	Closest    []nodeJSON `json:"closest,omitempty"`
}

func badQuery(format string, args ...any) error {
	return &apiError{status: http.StatusBadRequest, message: fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) error {
	return &apiError{status: http.StatusNotFound, message: fmt.Sprintf(format, args...)}
}

// entityError words the failure to find the entity a parameter names.
func (s *Server) entityError(param, ref string, err error) error {
	var ambiguous *lookup.AmbiguousError
	var missing *lookup.MissingError
	switch {
	case errors.Is(err, lookup.ErrBadID):
		return badQuery("%s: %q: an entity id is written id:N", param, ref)
	case errors.As(err, &ambiguous):
		return &apiError{
			status:     http.StatusConflict,
			message:    fmt.Sprintf("%s: %q is ambiguous: %d entities go by that name; name one by its id", param, ref, len(ambiguous.Candidates)),
			candidates: s.nodes(ambiguous.Candidates),
		}
	case errors.As(err, &missing) && missing.ByID && missing.Node.ID != 0:
		return notFound("%s: %s is %q, of type %s, not %s", param, missing.Ref, missing.Node.Name, missing.Node.Type, missing.Type)
	case errors.As(err, &missing) && missing.ByID:
		return notFound("%s: no entity has the id %s", param, missing.Ref)
	case errors.As(err, &missing):
		what := "entity"
		if missing.Type != "" {
			what = string(missing.Type)
		}
		return &apiError{status: http.StatusNotFound, message: fmt.Sprintf("%s: no %s named %q", param, what, ref), closest: s.nodes(missing.Closest)}
	}
	return err
}

// nodes describes nodes as the API gives them.
func (s *Server) nodes(nodes []graph.Node) []nodeJSON {
	described := make([]nodeJSON, len(nodes))
	for i, n := range nodes {
		described[i] = s.node(n)
	}
	return described
}
