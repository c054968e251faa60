package serve_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/internal/serve"
)

type ingestAnswer struct {
	Read       int    `json:"read"`
	Added      int    `json:"added"`
	Replaced   int    `json:"replaced"`
	Unchanged  int    `json:"unchanged"`
	Duplicates int    `json:"duplicates"`
	Skipped    int    `json:"skipped"`
	Words      int    `json:"words"`
	ElapsedMS  int64  `json:"elapsed_ms"`
	Incomplete string `json:"incomplete"`
	Problems   []struct {
		Line    int    `json:"line"`
		Reason  string `json:"reason"`
		Skipped bool   `json:"skipped"`
	} `json:"problems"`
}

// splitArticles returns the fixture's first n lines and the rest.
func splitArticles(t *testing.T, n int) (first, rest string) {
	lines := strings.SplitAfter(strings.TrimSpace(readArticles(t))+"\n", "\n")
	lines = lines[:len(lines)-1]
	return strings.Join(lines[:n], ""), strings.Join(lines[n:], "")
}

// TestIngest: posted articles go through the build pipeline, on either
// route, and queries see them; posting them again changes nothing.
func TestIngest(t *testing.T) {
	first, rest := splitArticles(t, 3)
	server, err := serve.New(buildStore(t, first), serve.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := server.Handler()
	if a := get(t, h, "/api/neighbours?entity=Alastair+Campbell"); a.status != http.StatusNotFound {
		t.Fatalf("Campbell before the ingest: %d %s", a.status, a.body)
	}
	var summary ingestAnswer
	request(t, h, http.MethodPost, "/api/articles", strings.NewReader(rest+"{\"id\":\"bad\"}\n")).decode(t, http.StatusOK, &summary)
	if summary.Read != 6 || summary.Added != 6 || summary.Skipped != 1 || len(summary.Problems) != 1 || summary.Problems[0].Line != 7 || summary.Words == 0 {
		t.Fatalf("ingest: %+v", summary)
	}
	var got neighbours
	get(t, h, "/api/neighbours?entity=Alastair+Campbell").decode(t, http.StatusOK, &got)
	if !strings.Contains(strings.Join(got.names(), ","), "Peter Mandelson") {
		t.Errorf("Campbell after the ingest: %v", got.names())
	}
	request(t, h, http.MethodPost, "/articles", strings.NewReader(rest)).decode(t, http.StatusOK, &summary)
	if summary.Read != 6 || summary.Unchanged != 6 || summary.Added != 0 {
		t.Errorf("the same articles again: %+v", summary)
	}
}

// TestCachedAnswersFollowCommits: a query asked again before any commit
// gets the same answer; once an ingest has committed articles that change
// it, the answer is the new one, as a server that keeps no answers gives.
func TestCachedAnswersFollowCommits(t *testing.T) {
	first, rest := splitArticles(t, 3)
	st := buildStore(t, first)
	server, err := serve.New(st, serve.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := server.Handler()
	const query = "/api/neighbours?entity=Tony+Blair&evidence=2"
	before := get(t, h, query)
	if again := get(t, h, query); again.status != http.StatusOK || !bytes.Equal(again.body, before.body) {
		t.Fatalf("asked twice: %d %s, then %d %s", before.status, before.body, again.status, again.body)
	}
	request(t, h, http.MethodPost, "/api/articles", strings.NewReader(rest)).decode(t, http.StatusOK, &ingestAnswer{})
	after := get(t, h, query)
	uncached, err := serve.New(st, serve.Options{CacheBytes: -1})
	if err != nil {
		t.Fatal(err)
	}
	want := get(t, uncached.Handler(), query)
	if bytes.Equal(after.body, before.body) || !bytes.Equal(after.body, want.body) {
		t.Errorf("after the ingest: %s\nbefore: %s\nwithout a cache: %s", after.body, before.body, want.body)
	}
}

// TestIngestRefusals: a read-only server stores nothing (403), a body
// announced too large is refused unread (413), one that turns out too
// large is cut and what came before stored (413 with the summary).
func TestIngestRefusals(t *testing.T) {
	first, rest := splitArticles(t, 3)
	readOnly, err := serve.New(buildStore(t, first), serve.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var refusal apiError
	request(t, readOnly.Handler(), http.MethodPost, "/api/articles", strings.NewReader(rest)).decode(t, http.StatusForbidden, &refusal)
	if !strings.Contains(refusal.Error, "read-only") {
		t.Errorf("read-only: %q", refusal.Error)
	}
	limit := int64(len(strings.SplitAfter(rest, "\n")[0]) + 10)
	small, err := serve.New(buildStore(t, first), serve.Options{MaxIngestBytes: limit})
	if err != nil {
		t.Fatal(err)
	}
	h := small.Handler()
	request(t, h, http.MethodPost, "/api/articles", strings.NewReader(rest)).decode(t, http.StatusRequestEntityTooLarge, &refusal)
	if !strings.Contains(refusal.Error, fmt.Sprint(limit)) {
		t.Errorf("announced too large: %q", refusal.Error)
	}
	// A reader of unknown length is sent without Content-Length.
	var summary ingestAnswer
	request(t, h, http.MethodPost, "/api/articles", io.MultiReader(strings.NewReader(rest))).decode(t, http.StatusRequestEntityTooLarge, &summary)
	if summary.Added != 1 || !strings.Contains(summary.Incomplete, "larger than") {
		t.Errorf("cut short: %+v", summary)
	}
}

// TestQueriesAnswerDuringIngest: while an ingest is reading its body,
// queries answer and a second ingest is refused (409); the ingest's
// articles are there once it has answered.
func TestQueriesAnswerDuringIngest(t *testing.T) {
	first, rest := splitArticles(t, 3)
	server, err := serve.New(buildStore(t, first), serve.Options{})
	if err != nil {
		t.Fatal(err)
	}
	web := httptest.NewServer(server.Handler())
	defer web.Close()
	body, feed := io.Pipe()
	posted := make(chan *http.Response, 1)
	go func() {
		response, err := http.Post(web.URL+"/api/articles", "application/x-ndjson", body)
		if err != nil {
			t.Error(err)
		}
		posted <- response
	}()
	if _, err := io.WriteString(feed, strings.SplitAfter(rest, "\n")[0]); err != nil {
		t.Fatal(err)
	}
	waitIngesting(t, web.URL, true)
	for _, target := range []string{"/api/neighbours?entity=Tony+Blair", "/api/search?q=Brown", "/api/stats"} {
		response, err := http.Get(web.URL + target)
		if err != nil {
			t.Fatal(err)
		}
		response.Body.Close()
		if response.StatusCode != http.StatusOK {
			t.Errorf("%s during the ingest: %d", target, response.StatusCode)
		}
	}
	second, err := http.Post(web.URL+"/api/articles", "application/x-ndjson", strings.NewReader(rest))
	if err != nil {
		t.Fatal(err)
	}
	second.Body.Close()
	if second.StatusCode != http.StatusConflict {
		t.Errorf("a second ingest: %d, want 409", second.StatusCode)
	}
	io.WriteString(feed, strings.Join(strings.SplitAfter(rest, "\n")[1:], ""))
	feed.Close()
	response := <-posted
	var summary ingestAnswer
	if err := json.NewDecoder(response.Body).Decode(&summary); err != nil || response.StatusCode != http.StatusOK || summary.Added != 6 {
		t.Fatalf("the ingest: %d %+v %v", response.StatusCode, summary, err)
	}
	response.Body.Close()
	waitIngesting(t, web.URL, false)
	var got neighbours
	get(t, server.Handler(), "/api/neighbours?entity=Peter+Mandelson").decode(t, http.StatusOK, &got)
	if got.Total == 0 {
		t.Errorf("Mandelson after the ingest has no neighbours")
	}
}

// waitIngesting waits until /api/stats says an ingest is running, or not.
func waitIngesting(t *testing.T, base string, want bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		response, err := http.Get(base + "/api/stats")
		if err != nil {
			t.Fatal(err)
		}
		var stats struct {
			Ingesting bool `json:"ingesting"`
		}
		err = json.NewDecoder(response.Body).Decode(&stats)
		response.Body.Close()
		if err == nil && stats.Ingesting == want {
			return
		}
	}
	t.Fatalf("stats never said ingesting = %v", want)
}
