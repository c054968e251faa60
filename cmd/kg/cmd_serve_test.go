package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-project/kg/internal/serve"
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
