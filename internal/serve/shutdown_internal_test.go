package serve

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/kg-project/kg/store"
)

// TestShuttingDownAnswers503: once shutdown has begun, a request that
// still arrives on an open connection is told so.
func TestShuttingDownAnswers503(t *testing.T) {
	st, err := store.Open("", store.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := New(st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.closing.Store(true)
	recorder := httptest.NewRecorder()
	s.Handler().ServeHTTP(recorder, httptest.NewRequest(http.MethodGet, "/api/stats", nil))
	if recorder.Code != http.StatusServiceUnavailable || !strings.Contains(recorder.Body.String(), "shutting down") || recorder.Header().Get("Connection") != "close" {
		t.Errorf("%d %q %v", recorder.Code, recorder.Body.String(), recorder.Header())
	}
}
