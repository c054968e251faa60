package main

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSignalStopsBuildWithinASecond: SIGINT, SIGTERM and SIGHUP stop a
// build that is extracting an article of megabytes at once, rather than
// when the article is done, store the articles read before it and leave
// the store to open cleanly.
func TestSignalStopsBuildWithinASecond(t *testing.T) {
	files := map[string]string{}
	const before = 5
	for i := range before {
		files[fmt.Sprintf("%02d.txt", i)] = fmt.Sprintf("Tony Blair met Gordon Brown in London on day %d.\n\nMr Brown said the talks went well.", i)
	}
	files["10-long.txt"] = strings.Repeat("Tony Blair met Gordon Brown in London on Monday, and Mr Brown praised Charles Kennedy of the Liberal Democrats.\n\n", 50000)
	files["20.txt"] = "Vladimir Putin met Jacques Chirac in Paris."
	corpus := writeFiles(t, files)
	for _, signal := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(signal.String(), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "kg.db")
			var stderr bytes.Buffer
			child := kgProcess("build", "--db", db, corpus)
			child.Stderr = &stderr
			if err := child.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- child.Wait() }()
			// Loading the models and the short articles take a second or
			// two; the long article takes far longer than the wait.
			select {
			case err := <-exited:
				t.Fatalf("the build ended (%v) before the signal: nothing to test\n%s", err, stderr.String())
			case <-time.After(5 * time.Second):
			}
			if err := child.Process.Signal(signal); err != nil {
				t.Fatal(err)
			}
			sent := time.Now()
			select {
			case err := <-exited:
				t.Logf("exited %v after the signal (%v)", time.Since(sent).Round(time.Millisecond), err)
				var exit *exec.ExitError
				if !errors.As(err, &exit) || exit.ExitCode() != exitError {
					t.Errorf("exit %v, want code %d\n%s", err, exitError, stderr.String())
				}
			case <-time.After(2 * time.Second):
				child.Process.Kill()
				<-exited
				t.Fatalf("the build went on for 2s after %v\n%s", signal, stderr.String())
			}
			if !strings.Contains(stderr.String(), "interrupted after storing") {
				t.Errorf("stderr does not say the build was interrupted:\n%s", stderr.String())
			}
			if stats := storeStats(t, db); stats.Documents != before {
				t.Errorf("the store holds %d documents, want the %d read before the long one", stats.Documents, before)
			}
		})
	}
}
