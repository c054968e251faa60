package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"testing"
)

// asKG, when set in a test binary's environment, makes it run kg's main
// instead of the tests, so that tests can run kg as a real process: kill
// it, signal it, or let it meet a full disk.
const asKG = "KG_TEST_AS_KG"

func TestMain(m *testing.M) {
	if os.Getenv(asKG) != "" {
		main()
	}
	os.Exit(m.Run())
}

// kgProcess returns a command that runs kg with args.
func kgProcess(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), asKG+"=1")
	return cmd
}

// ran is what a kg process printed and how it ended.
type ran struct {
	stdout, stderr []byte
	code           int // -1: ended by a signal
}

// runKG runs kg with args to its end.
func runKG(t *testing.T, args ...string) ran {
	t.Helper()
	cmd := kgProcess(args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("kg %q: %v", args, err)
	}
	return ran{stdout: stdout.Bytes(), stderr: stderr.Bytes(), code: cmd.ProcessState.ExitCode()}
}

// demoFiles is the embedded demo corpus as files for writeFiles.
func demoFiles(t *testing.T) map[string]string {
	t.Helper()
	names, err := fs.Glob(demoCorpus, "demo/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("demo corpus: %v", err)
	}
	files := make(map[string]string, len(names))
	for _, name := range names {
		data, err := demoCorpus.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		files[path.Base(name)] = string(data)
	}
	return files
}
