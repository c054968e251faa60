package serve

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

func memoryStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open("", store.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// article makes an article naming people, each once; met lists pairs of
// their indexes, each stated in one sentence.
func article(id string, people []string, met ...[2]int) *graph.Article {
	a := &graph.Article{ID: id, Title: "Article " + id, Hash: "h-" + id}
	for i, name := range people {
		a.Entities = append(a.Entities, graph.Entity{
			ID: fmt.Sprint("e", i), Name: name, Type: graph.Person,
			Mentions: []graph.Mention{{Start: 0, End: len(name), Text: name, Via: "name"}},
		})
	}
	for i, pair := range met {
		text := fmt.Sprintf("%s met %s.", people[pair[0]], people[pair[1]])
		a.Relations = append(a.Relations, graph.Relation{
			Subject: fmt.Sprint("e", pair[0]), Predicate: "met", Object: fmt.Sprint("e", pair[1]), Kind: graph.Event,
			Sentence: graph.Span{Start: 100 * i, End: 100*i + len(text)}, Evidence: text,
		})
	}
	return a
}

func putArticles(t testing.TB, st *store.Store, articles ...*graph.Article) {
	t.Helper()
	if _, err := st.Put(articles...); err != nil {
		t.Error(err)
	}
}

func nodeID(t *testing.T, st *store.Store, name string) uint64 {
	t.Helper()
	nodes, err := st.Lookup(name)
	if err != nil || len(nodes) != 1 {
		t.Fatalf("Lookup(%q) = %v, %v", name, nodes, err)
	}
	return nodes[0].ID
}

// servers returns a server of st keeping answers and one keeping none.
func servers(t *testing.T, st *store.Store) (cached, uncached *Server) {
	t.Helper()
	cached, err := New(st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	uncached, err = New(st, Options{CacheBytes: -1})
	if err != nil {
		t.Fatal(err)
	}
	return cached, uncached
}

func ask(h http.Handler, target string) (int, string) {
	recorder := httptest.NewRecorder()
	h.ServeHTTP(recorder, httptest.NewRequest(http.MethodGet, target, nil))
	return recorder.Code, recorder.Body.String()
}

// TestAnswerCache: an answer is kept within the budget, the latest
// among them; one read before the answer kept, or larger than the
// budget, is not kept.
func TestAnswerCache(t *testing.T) {
	st := memoryStore(t)
	generation := st.Generation()
	c := newAnswerCache(st, 100)
	c.put(generation, "a", []byte("first"), nil)
	if body, found := c.get(generation, "a"); !found || string(body) != "first" {
		t.Fatalf("get(a) = %q, %v", body, found)
	}
	c.answers["a"].generation = generation + 1
	c.put(generation, "a", []byte("older"), nil)
	if body, _ := c.get(generation+1, "a"); string(body) != "first" {
		t.Errorf("an answer read before the one kept replaced it: %q", body)
	}
	c.put(generation, "large", []byte(strings.Repeat("x", 100)), nil)
	if _, found := c.get(generation, "large"); found {
		t.Error("an answer larger than the budget kept")
	}
	for i := range 10 {
		key := fmt.Sprint("k", i)
		c.put(generation, key, []byte(strings.Repeat("y", 28)), nil)
		if _, found := c.get(generation, key); !found {
			t.Errorf("%s not kept", key)
		}
		if c.size > c.budget {
			t.Errorf("after %s: %d bytes in %d answers, over the budget of %d", key, c.size, len(c.answers), c.budget)
		}
	}
	c.put(generation, "k9", []byte("z"), nil)
	if body, _ := c.get(generation, "k9"); string(body) != "z" || c.size > c.budget {
		t.Errorf("k9 put again: %q, %d bytes", body, c.size)
	}
}

// TestAnswerKeptAcrossCommits: an answer is served across commits that
// did not touch what it read, and dropped after one that touched a node
// it read, one its page leaves out included; an answer to a name is
// dropped when another node of the name appears. The answers served are
// always those the store gives without the cache.
func TestAnswerKeptAcrossCommits(t *testing.T) {
	st := memoryStore(t)
	putArticles(t, st,
		article("one", []string{"Alice Smith", "Bob Jones", "Dora Lane"}, [2]int{0, 1}, [2]int{0, 1}, [2]int{0, 2}),
		article("two", []string{"Carl Berg", "Eve Moss"}, [2]int{0, 1}))
	if err := st.Resolve(); err != nil {
		t.Fatal(err)
	}
	cached, uncached := servers(t, st)
	byID := fmt.Sprintf("/api/neighbours?entity=id:%d&limit=1", nodeID(t, st, "Alice Smith"))
	byName := "/api/neighbours?entity=" + url.QueryEscape("Carl Berg")
	steps := []struct {
		write   *graph.Article
		resolve bool
		kept    map[string]bool
	}{
		{write: article("three", []string{"Zoe Park"}), kept: map[string]bool{byID: true, byName: true}},
		{write: article("four", []string{"Eve Moss"}), resolve: true, kept: map[string]bool{byID: true}},
		{write: article("five", []string{"Dora Lane"}), kept: map[string]bool{byName: true}},
		{write: article("six", []string{"Alice Smith", "Carl Berg"}), kept: map[string]bool{}},
	}
	named := article("seven", nil)
	named.Entities = []graph.Entity{{ID: "e0", Name: "Carl Berg", Type: graph.Org, Mentions: []graph.Mention{{End: 9, Text: "Carl Berg", Via: "name"}}}}
	steps = append(steps, struct {
		write   *graph.Article
		resolve bool
		kept    map[string]bool
	}{write: named, kept: map[string]bool{byID: true}})
	for _, target := range []string{byID, byName} {
		if status, body := ask(cached.Handler(), target); status != http.StatusOK {
			t.Fatalf("%s: %d %s", target, status, body)
		}
	}
	for _, step := range steps {
		before := map[string]*answer{byID: cached.cache.answers[byID], byName: cached.cache.answers[byName]}
		putArticles(t, st, step.write)
		if step.resolve {
			if err := st.Resolve(); err != nil {
				t.Fatal(err)
			}
		}
		for _, target := range []string{byID, byName} {
			status, body := ask(cached.Handler(), target)
			wantStatus, want := ask(uncached.Handler(), target)
			if status != wantStatus || body != want {
				t.Errorf("after %s, %s answered %d %s, want %d %s", step.write.ID, target, status, body, wantStatus, want)
			}
			if kept := cached.cache.answers[target] == before[target]; kept != step.kept[target] {
				t.Errorf("after %s, %s kept: %t, want %t", step.write.ID, target, kept, step.kept[target])
			}
		}
	}
	if status, _ := ask(cached.Handler(), byName); status != http.StatusConflict {
		t.Errorf("%s once an organisation of the name appeared: %d, want 409", byName, status)
	}
}

// TestAnswersUnderWrites: while a writer commits, alternately touching
// Alice Smith's and Carl Berg's neighbourhoods and resolving now and
// then, no reader gets an answer older than a commit it saw ended: the
// mentions of each entity only grow with the writes touching it.
// Once the writer is done, every answer is the uncached one.
func TestAnswersUnderWrites(t *testing.T) {
	st := memoryStore(t)
	putArticles(t, st,
		article("alice", []string{"Alice Smith", "Bob Jones"}, [2]int{0, 1}),
		article("carl", []string{"Carl Berg", "Eve Moss"}, [2]int{0, 1}))
	if err := st.Resolve(); err != nil {
		t.Fatal(err)
	}
	cached, uncached := servers(t, st)
	people := []string{"Alice Smith", "Carl Berg"}
	targets := make([]string, len(people))
	for i, name := range people {
		targets[i] = fmt.Sprintf("/api/neighbours?entity=id:%d", nodeID(t, st, name))
	}
	const commits = 40
	var ended atomic.Int64 // commits ended
	mentions := func(t *testing.T, target string) int {
		status, body := ask(cached.Handler(), target)
		var answer struct {
			Entity struct {
				Mentions int `json:"mentions"`
			} `json:"entity"`
		}
		if err := json.Unmarshal([]byte(body), &answer); status != http.StatusOK || err != nil {
			t.Errorf("%s: %d %s (%v)", target, status, body, err)
		}
		return answer.Entity.Mentions
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				seen := int(ended.Load())
				for i, target := range targets {
					// Commits 1, 3, 5 ... touch Alice Smith, 2, 4, 6 ...
					// Carl Berg, each adding a mention.
					want := 1 + (seen+1-i)/2
					if got := mentions(t, target); got < want {
						t.Errorf("%s after %d commits: %d mentions, want at least %d", people[i], seen, got, want)
					}
				}
				if seen == commits {
					return
				}
			}
		}()
	}
	for i := 1; i <= commits; i++ {
		name := people[(i+1)%2]
		putArticles(t, st, article(fmt.Sprint("write", i), []string{name, fmt.Sprint("Neighbour ", i)}, [2]int{0, 1}))
		if i%5 == 0 {
			if err := st.Resolve(); err != nil {
				t.Error(err)
			}
		}
		ended.Store(int64(i))
	}
	wg.Wait()
	for _, target := range targets {
		status, body := ask(cached.Handler(), target)
		wantStatus, want := ask(uncached.Handler(), target)
		if status != wantStatus || body != want {
			t.Errorf("%s at the end: %d %s, want %d %s", target, status, body, wantStatus, want)
		}
	}
}
