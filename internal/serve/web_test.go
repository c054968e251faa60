package serve_test

import (
	"net/http"
	"strings"
	"testing"
)

// TestWebPage: / is the explorer's page, with its security headers; no
// other path, and none that climbs out of the embedded files, is a page.
func TestWebPage(t *testing.T) {
	h := sharedServer(t).Handler()
	page := get(t, h, "/")
	if page.status != http.StatusOK || !strings.Contains(string(page.body), "kg") || !strings.HasPrefix(page.header.Get("Content-Type"), "text/html") {
		t.Fatalf("/: %d %q %.80s", page.status, page.header.Get("Content-Type"), page.body)
	}
	if policy := page.header.Get("Content-Security-Policy"); !strings.Contains(policy, "default-src 'self'") || !strings.Contains(policy, "frame-ancestors 'none'") {
		t.Errorf("Content-Security-Policy %q", policy)
	}
	if page.header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("X-Content-Type-Options %q", page.header.Get("X-Content-Type-Options"))
	}
	if same := get(t, h, "/index.html"); same.status != http.StatusOK || string(same.body) != string(page.body) {
		t.Errorf("/index.html: %d", same.status)
	}
	if head := request(t, h, http.MethodHead, "/", nil); head.status != http.StatusOK {
		t.Errorf("HEAD /: %d", head.status)
	}
	for _, target := range []string{"/missing.js", "/../go.mod", "/%2e%2e/go.mod", "/web/index.html", "//etc/passwd", "/server.go", "/testdata/articles.jsonl", "/./index.html/"} {
		a := get(t, h, target)
		// The router sends an unclean path to its clean form first.
		if location := a.header.Get("Location"); a.status == http.StatusTemporaryRedirect && strings.HasPrefix(location, "/") && !strings.Contains(location, "..") {
			a = get(t, h, location)
		}
		if a.status != http.StatusNotFound {
			t.Errorf("%s: %d %.60s, want 404", target, a.status, a.body)
		}
	}
}

// TestAnswersSayWhatTheyAre: every JSON answer says so and forbids
// sniffing it as something else.
func TestAnswersSayWhatTheyAre(t *testing.T) {
	h := sharedServer(t).Handler()
	for _, target := range []string{"/api/stats", "/api/search?q=Blair", "/api/neighbours?entity=Nobody", "/api/openapi.json"} {
		a := get(t, h, target)
		if !strings.HasPrefix(a.header.Get("Content-Type"), "application/json") || a.header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: Content-Type %q, X-Content-Type-Options %q", target, a.header.Get("Content-Type"), a.header.Get("X-Content-Type-Options"))
		}
	}
}
