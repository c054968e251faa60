package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-project/kg/internal/serve"
	"github.com/kg-project/kg/store"
)

// servedArticles are JSON Lines articles to post, each new to the store
// of servedStore.
func servedArticles(from, to int) string {
	var lines strings.Builder
	for i := from; i < to; i++ {
		fmt.Fprintf(&lines, `{"id":"posted-%d","title":"Day %d","text":"Tony Blair met Gordon Brown in London on day %d. Mr Brown praised Charles Kennedy."}`+"\n", i, i, i)
	}
	return lines.String()
}

// startServe starts kg serve on a free port of db and returns the
// process, its address and what it writes on stderr.
func startServe(t *testing.T, db string, args ...string) (child *exec.Cmd, url string, exited chan error, stderr *strings.Builder) {
	t.Helper()
	child = kgProcess(append([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, args...)...)
	pipe, err := child.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	stderr = &strings.Builder{}
	lines := bufio.NewScanner(pipe)
	serving := regexp.MustCompile(`at (http://127\.0\.0\.1:\d+)/`)
	for lines.Scan() {
		stderr.WriteString(lines.Text() + "\n")
		if match := serving.FindStringSubmatch(lines.Text()); match != nil {
			url = match[1]
			break
		}
	}
	if url == "" {
		child.Wait()
		t.Fatalf("kg serve said no address:\n%s", stderr)
	}
	exited = make(chan error, 1)
	go func() {
		for lines.Scan() {
			stderr.WriteString(lines.Text() + "\n")
		}
		exited <- child.Wait()
	}()
	return child, url, exited, stderr
}

// TestServeStopsOnSignalAfterItsIngest: SIGTERM or SIGINT stops kg serve
// once the ingest in progress has stored every article it is sent, the
// store then holds them all and is free; while it serves, other kg
// commands are refused the store with its address.
func TestServeStopsOnSignalAfterItsIngest(t *testing.T) {
	for _, signal := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(signal.String(), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "kg.db")
			mustBuild(t, db, writeFiles(t, map[string]string{"first.txt": "Tony Blair met Gordon Brown in London."}))
			child, url, exited, stderr := startServe(t, db)
			refused := runKG(t, "--db", db, "stats")
			if refused.code != exitLocked || !strings.Contains(string(refused.stderr), "held by kg serve at "+url) {
				t.Errorf("kg stats while served: exit %d, %s", refused.code, refused.stderr)
			}
			body, feed := io.Pipe()
			posted := make(chan *http.Response, 1)
			go func() {
				response, err := http.Post(url+"/api/articles", "application/x-ndjson", body)
				if err != nil {
					t.Error(err)
				}
				posted <- response
			}()
			io.WriteString(feed, servedArticles(0, 3))
			// The signal comes while the ingest reads its body.
			time.Sleep(500 * time.Millisecond)
			if err := child.Process.Signal(signal); err != nil {
				t.Fatal(err)
			}
			select {
			case err := <-exited:
				t.Fatalf("kg serve ended (%v) with an ingest in progress\n%s", err, stderr)
			case <-time.After(500 * time.Millisecond):
			}
			io.WriteString(feed, servedArticles(3, 10))
			feed.Close()
			response := <-posted
			if response == nil {
				t.Fatal("no answer to the ingest")
			}
			var summary struct {
				Added int `json:"added"`
			}
			if err := json.NewDecoder(response.Body).Decode(&summary); err != nil || response.StatusCode != http.StatusOK || summary.Added != 10 {
				t.Errorf("ingest answered %d, %+v (%v)", response.StatusCode, summary, err)
			}
			response.Body.Close()
			select {
			case err := <-exited:
				var exit *exec.ExitError
				if err != nil && !errors.As(err, &exit) || child.ProcessState.ExitCode() != exitOK {
					t.Errorf("kg serve exited %v\n%s", err, stderr)
				}
			case <-time.After(20 * time.Second):
				child.Process.Kill()
				t.Fatalf("kg serve went on after the ingest\n%s", stderr)
			}
			if stats := storeStats(t, db); stats.Documents != 11 {
				t.Errorf("the store holds %d documents, want 11", stats.Documents)
			}
			if _, err := os.Stat(filepath.Join(db, serve.AddressFile)); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("the address file is left: %v", err)
			}
		})
	}
}

// TestServeReadOnly: with --read-only, kg serve refuses articles and
// other commands may read the store meanwhile.
func TestServeReadOnly(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, writeFiles(t, map[string]string{"first.txt": "Tony Blair met Gordon Brown in London."}))
	child, url, exited, stderr := startServe(t, db, "--read-only")
	response, err := http.Post(url+"/api/articles", "application/x-ndjson", strings.NewReader(servedArticles(0, 1)))
	if err != nil {
		t.Fatal(err)
	}
	response.Body.Close()
	if response.StatusCode != http.StatusForbidden {
		t.Errorf("POST to a read-only server: %d, want 403", response.StatusCode)
	}
	if stats := runKG(t, "--db", db, "stats"); stats.code != exitOK {
		t.Errorf("kg stats beside a read-only server: exit %d, %s", stats.code, stats.stderr)
	}
	child.Process.Signal(syscall.SIGTERM)
	if err := <-exited; err != nil {
		t.Errorf("exit %v\n%s", err, stderr)
	}
}

// TestServeAnswersTheAddressesItGives: every address the line kg serve
// starts with gives (the explorer, the API, its OpenAPI document)
// answers a GET.
func TestServeAnswersTheAddressesItGives(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	mustBuild(t, db, writeFiles(t, map[string]string{"first.txt": "Tony Blair met Gordon Brown in London."}))
	child, url, exited, stderr := startServe(t, db, "--read-only")
	said := strings.SplitN(stderr.String(), "\n", 2)[0]
	addresses := regexp.MustCompile(`http://[^ ,;()]+`).FindAllString(said, -1)
	if len(addresses) != 3 {
		t.Errorf("kg serve gave %d addresses, want 3: %s", len(addresses), said)
	}
	for _, address := range addresses {
		if !strings.HasPrefix(address, url+"/") {
			t.Errorf("%s is not on the server's %s", address, url)
			continue
		}
		response, err := http.Get(address)
		if err != nil {
			t.Fatal(err)
		}
		response.Body.Close()
		if response.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d, want 200", address, response.StatusCode)
		}
	}
	child.Process.Signal(syscall.SIGTERM)
	if err := <-exited; err != nil {
		t.Errorf("exit %v\n%s", err, stderr)
	}
}

// TestServeRefusesBadFlags: a negative --cache, --workers or a --max-body
// below 1 is a usage error, before the store is opened.
func TestServeRefusesBadFlags(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	for _, flags := range [][]string{{"--cache", "-1"}, {"--workers", "-1"}, {"--max-body", "0"}} {
		run := runKG(t, append([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, flags...)...)
		if run.code != exitUsage || !strings.Contains(string(run.stderr), flags[0]) {
			t.Errorf("%v: exit %d, %s", flags, run.code, run.stderr)
		}
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a refused kg serve made the store: %v", err)
	}
}

// TestServeAnswersAsTheCommands: the API's neighbours, top and path of a
// store are those kg neighbours, kg top and kg path print as JSON.
func TestServeAnswersAsTheCommands(t *testing.T) {
	db := analystStore(t)
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	server, err := serve.New(st, serve.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ask := func(target string, into any) {
		t.Helper()
		recorder := httptest.NewRecorder()
		server.Handler().ServeHTTP(recorder, httptest.NewRequest(http.MethodGet, target, nil))
		if recorder.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", target, recorder.Code, recorder.Body)
		}
		if err := json.Unmarshal(recorder.Body.Bytes(), into); err != nil {
			t.Fatal(err)
		}
	}
	command := func(run func(stdout io.Writer) error, into any) {
		t.Helper()
		var out outputs
		if err := run(&out.stdout); err != nil {
			t.Fatalf("%v\n%s", err, out.stderr.String())
		}
		if err := json.Unmarshal(out.stdout.Bytes(), into); err != nil {
			t.Fatal(err)
		}
	}

	var rows []neighbourRow
	command(func(stdout io.Writer) error {
		return runNeighbours(context.Background(), neighboursOptions{DB: db, Depth: 2, Direction: "both", JSON: true}, []string{"Tony Blair"}, stdout, io.Discard)
	}, &rows)
	var served struct {
		Neighbours []struct {
			Name      string `json:"name"`
			Depth     int    `json:"depth"`
			Weight    int    `json:"weight"`
			Relations []struct {
				Predicate string `json:"predicate"`
				Direction string `json:"direction"`
			} `json:"relations"`
		} `json:"neighbours"`
	}
	ask("/api/neighbours?entity=Tony+Blair&depth=2", &served)
	var cli, api []string
	for _, row := range rows {
		for _, r := range row.Relations {
			cli = append(cli, fmt.Sprint(row.Name, row.Depth, row.Weight, r.Predicate, r.Direction))
		}
	}
	for _, row := range served.Neighbours {
		for _, r := range row.Relations {
			api = append(api, fmt.Sprint(row.Name, row.Depth, row.Weight, r.Predicate, r.Direction))
		}
	}
	if len(cli) == 0 || strings.Join(cli, "\n") != strings.Join(api, "\n") {
		t.Errorf("neighbours:\nkg   %q\nserve %q", cli, api)
	}

	var top []topRow
	command(func(stdout io.Writer) error {
		return runTop(context.Background(), topOptions{DB: db, By: "degree", N: 5, Exclude: defaultExclude, JSON: true}, nil, stdout, io.Discard)
	}, &top)
	var servedTop struct {
		Entities []struct {
			ID    uint64  `json:"id"`
			Value float64 `json:"value"`
		} `json:"entities"`
	}
	ask("/api/top?by=degree&n=5", &servedTop)
	cli, api = nil, nil
	for _, row := range top {
		cli = append(cli, fmt.Sprint(row.ID, row.Value))
	}
	for _, row := range servedTop.Entities {
		api = append(api, fmt.Sprint(row.ID, row.Value))
	}
	if len(cli) == 0 || strings.Join(cli, " ") != strings.Join(api, " ") {
		t.Errorf("top:\nkg    %v\nserve %v", cli, api)
	}

	var hops [][]hop
	command(func(stdout io.Writer) error {
		return runPath(context.Background(), pathOptions{DB: db, K: 2, Exclude: defaultExclude, JSON: true}, []string{"Peter Mandelson", "Gordon Brown"}, stdout, io.Discard)
	}, &hops)
	var servedPaths struct {
		Paths []struct {
			Nodes []struct {
				Name string `json:"name"`
			} `json:"nodes"`
			Steps []struct {
				Predicate string `json:"predicate"`
				Forward   bool   `json:"forward"`
				Evidence  struct {
					Text string `json:"text"`
				} `json:"evidence"`
			} `json:"steps"`
		} `json:"paths"`
	}
	ask("/api/path?from=Peter+Mandelson&to=Gordon+Brown&k=2", &servedPaths)
	cli, api = nil, nil
	for _, path := range hops {
		for _, h := range path {
			cli = append(cli, fmt.Sprint(h.From, h.Predicate, h.Forward, h.To, h.Evidence))
		}
	}
	for _, path := range servedPaths.Paths {
		for i, s := range path.Steps {
			api = append(api, fmt.Sprint(path.Nodes[i].Name, s.Predicate, s.Forward, path.Nodes[i+1].Name, s.Evidence.Text))
		}
	}
	if len(cli) == 0 || strings.Join(cli, "\n") != strings.Join(api, "\n") {
		t.Errorf("path:\nkg    %q\nserve %q", cli, api)
	}
}
