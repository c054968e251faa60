package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// directoryNames lists dir.
func directoryNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, entry := range entries {
		names = append(names, entry.Name())
	}
	return names
}

// writeChunks writes content in four pieces, meeting at the barrier after
// the first so that two writers are sure to overlap.
func writeChunks(content []byte, barrier *sync.WaitGroup) func(io.Writer) error {
	return func(w io.Writer) error {
		quarter := len(content) / 4
		if _, err := w.Write(content[:quarter]); err != nil {
			return err
		}
		barrier.Done()
		barrier.Wait()
		_, err := w.Write(content[quarter:])
		return err
	}
}

func TestConcurrentExportsToOnePathLeaveOneWholeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.graphml")
	contents := [][]byte{
		bytes.Repeat([]byte("<node>first</node>\n"), 50000),
		bytes.Repeat([]byte("<n>second</n>\n"), 20000),
	}
	var barrier, done sync.WaitGroup
	barrier.Add(len(contents))
	errs := make([]error, len(contents))
	for i, content := range contents {
		done.Add(1)
		go func() {
			defer done.Done()
			errs[i] = writeFile(context.Background(), path, writeChunks(content, &barrier))
		}()
	}
	done.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("writer %d: %v", i, err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, contents[0]) && !bytes.Equal(got, contents[1]) {
		t.Errorf("the file is neither writer's whole output: %d bytes, %d NULs", len(got), bytes.Count(got, []byte{0}))
	}
	if names := directoryNames(t, filepath.Dir(path)); !slices.Equal(names, []string{"graph.graphml"}) {
		t.Errorf("directory holds %q, want only graph.graphml", names)
	}
}

func TestExportDoesNotWriteThroughASymlink(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	mustBuild(t, db, writeFiles(t, smallCorpus))
	victim := filepath.Join(dir, "victim")
	if err := os.WriteFile(victim, []byte("precious"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "graph.graphml")
	if err := os.Symlink(victim, path+".tmp"); err != nil {
		t.Fatal(err)
	}
	var out outputs
	if err := runExport(context.Background(), exportOptions{DB: db, Format: "graphml", Output: path}, nil, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("export: %v", err)
	}
	if got, _ := os.ReadFile(victim); string(got) != "precious" {
		t.Errorf("the symlink's target was written through: it holds %d bytes", len(got))
	}
	if target, err := os.Readlink(path + ".tmp"); err != nil || target != victim {
		t.Errorf("the symlink is now %q, %v", target, err)
	}
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	if nodes, _ := graphMLCounts(t, file); nodes == 0 {
		t.Error("the export holds no node")
	}
}

func TestFailedExportLeavesNoTemporaryFileAndTheTargetAlone(t *testing.T) {
	errInjected := errors.New("injected write error")
	tests := []struct {
		name  string
		write func(ctx context.Context, cancel context.CancelFunc) func(io.Writer) error
		want  error
	}{
		{"writer error halfway", func(context.Context, context.CancelFunc) func(io.Writer) error {
			return func(w io.Writer) error {
				w.Write(bytes.Repeat([]byte("x"), 100000))
				return errInjected
			}
		}, errInjected},
		{"cancelled after writing", func(_ context.Context, cancel context.CancelFunc) func(io.Writer) error {
			return func(w io.Writer) error {
				_, err := w.Write(bytes.Repeat([]byte("x"), 100000))
				cancel()
				return err
			}
		}, context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "graph.graphml")
			if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if err := writeFile(ctx, path, tc.write(ctx, cancel)); !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
			if got, _ := os.ReadFile(path); string(got) != "old" {
				t.Errorf("the target now holds %d bytes, want its old content", len(got))
			}
			if names := directoryNames(t, dir); !slices.Equal(names, []string{"graph.graphml"}) {
				t.Errorf("directory holds %q, want only graph.graphml", names)
			}
		})
	}
}

func TestCancelledExportLeavesNoTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	largeStore(t, db, 20, 10)
	path := filepath.Join(dir, "out", "graph.graphml")
	if err := os.Mkdir(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		// Cancel once the export has begun writing.
		for {
			matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*"))
			if len(matches) > 0 {
				cancel()
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	var out outputs
	err := runExport(ctx, exportOptions{DB: db, Format: "graphml", Output: path}, nil, &out.stdout, &out.stderr)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("the target now holds %d bytes, want its old content", len(got))
	}
	if names := directoryNames(t, filepath.Dir(path)); !slices.Equal(names, []string{"graph.graphml"}) {
		t.Errorf("directory holds %q, want only graph.graphml", names)
	}
}

func TestExportedFileMode(t *testing.T) {
	umask := syscall.Umask(0o022)
	defer syscall.Umask(umask)
	dir := t.TempDir()
	write := func(w io.Writer) error {
		_, err := io.WriteString(w, "graph")
		return err
	}
	fresh := filepath.Join(dir, "fresh")
	if err := writeFile(context.Background(), fresh, write); err != nil {
		t.Fatal(err)
	}
	private := filepath.Join(dir, "private")
	if err := os.WriteFile(private, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := writeFile(context.Background(), private, write); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]fs.FileMode{fresh: 0o644, private: 0o600} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s: mode %v, want %v", filepath.Base(path), got, want)
		}
	}
}

func TestKilledExportLeavesTheTargetAlone(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	largeStore(t, db, 100, 10)
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(out, "graph.graphml")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	command := kgProcess("export", "--db", db, "-o", path)
	if err := command.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill the export once it has written some of its output.
	var partial string
	for partial == "" {
		for _, name := range directoryNames(t, out) {
			if info, err := os.Stat(filepath.Join(out, name)); name != "graph.graphml" && err == nil && info.Size() > 0 {
				partial = name
			}
		}
		time.Sleep(time.Millisecond)
	}
	if err := command.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	err := command.Wait()
	if status, ok := command.ProcessState.Sys().(syscall.WaitStatus); !ok || !status.Signaled() {
		t.Fatalf("the export ended before it was killed (%v); the store is too small to catch it writing", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("the target now holds %d bytes, want its old content", len(got))
	}
	for _, name := range directoryNames(t, out) {
		if name != "graph.graphml" && (!strings.HasPrefix(name, ".") || name == "graph.graphml.tmp") {
			t.Errorf("the killed export left %q, a name that shows beside the target or that the next export reuses", name)
		}
	}
	if output, err := kgProcess("export", "--db", db, "-o", path).CombinedOutput(); err != nil {
		t.Fatalf("export after the kill: %v\n%s", err, output)
	}
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	if nodes, _ := graphMLCounts(t, file); nodes != 1000 {
		t.Errorf("the export after the kill holds %d nodes, want 1000", nodes)
	}
}

func TestExportToAFullDiskExitsOneAndLeavesTheTargetAlone(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	largeStore(t, db, 5, 10)
	path := filepath.Join(dir, "graph.graphml")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A file size limit of 100 KiB fails the write the way a full disk
	// does; Go ignores SIGXFSZ, so the write returns EFBIG.
	kg := kgProcess("export", "--db", db, "--metrics=false", "-o", path)
	command := exec.Command("/bin/sh", append([]string{"-c", `ulimit -f 100 && exec "$@"`, "sh"}, kg.Args...)...)
	command.Env = kg.Env
	var stderr bytes.Buffer
	command.Stderr = &stderr
	err := command.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitError {
		t.Fatalf("export to a full disk: %v, want exit code %d\n%s", err, exitError, stderr.String())
	}
	if !strings.Contains(stderr.String(), "file too large") {
		t.Errorf("stderr does not say why:\n%s", stderr.String())
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("the target now holds %d bytes, want its old content", len(got))
	}
	if names := directoryNames(t, dir); !slices.Equal(names, []string{"graph.graphml", "kg.db"}) {
		t.Errorf("directory holds %q, want only graph.graphml and kg.db", names)
	}
}

// failingWriter fails every write, as standard output on a full disk does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

func TestExportToAFailingStandardOutputExitsOne(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	largeStore(t, db, 2, 10)
	var stderr bytes.Buffer
	code := run(context.Background(), []string{"export", "--db", db}, failingWriter{}, &stderr)
	if code != exitError || !strings.Contains(stderr.String(), "no space left on device") {
		t.Errorf("exit code %d, want %d with the reason; stderr:\n%s", code, exitError, stderr.String())
	}
}

func TestExportToAClosedPipeEndsQuietly(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	largeStore(t, db, 10, 10)
	command := kgProcess("export", "--db", db, "--metrics=false")
	stdout, err := command.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	command.Stderr = &stderr
	if err := command.Start(); err != nil {
		t.Fatal(err)
	}
	// Read a little, as head does, then close the pipe.
	if _, err := io.ReadFull(stdout, make([]byte, 100)); err != nil {
		t.Fatal(err)
	}
	stdout.Close()
	command.Wait()
	if status, ok := command.ProcessState.Sys().(syscall.WaitStatus); !ok || !status.Signaled() || status.Signal() != syscall.SIGPIPE {
		t.Errorf("kg export to a closed pipe ended with %v, want SIGPIPE", command.ProcessState)
	}
	if stderr.Len() > 0 {
		t.Errorf("kg export to a closed pipe printed:\n%s", stderr.String())
	}
}

func TestConcurrentKGExportsToOnePath(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	largeStore(t, db, 20, 10)
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(out, "graph.graphml")
	var commands []*exec.Cmd
	var outputs []*bytes.Buffer
	for range 2 {
		command := kgProcess("export", "--db", db, "--metrics=false", "-o", path)
		output := &bytes.Buffer{}
		command.Stdout, command.Stderr = output, output
		if err := command.Start(); err != nil {
			t.Fatal(err)
		}
		commands, outputs = append(commands, command), append(outputs, output)
	}
	for i, command := range commands {
		if err := command.Wait(); err != nil {
			t.Errorf("export %d: %v\n%s", i, err, outputs[i].String())
		}
	}
	content, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.IndexByte(content, 0) >= 0 {
		t.Error("the export holds NUL bytes")
	}
	if nodes, _ := graphMLCounts(t, bytes.NewReader(content)); nodes != 200 {
		t.Errorf("the export holds %d nodes, want 200", nodes)
	}
	if names := directoryNames(t, out); !slices.Equal(names, []string{"graph.graphml"}) {
		t.Errorf("directory holds %q, want only graph.graphml", names)
	}
}

// TestOutputThatCannotBeWritten: a -o naming a directory is a usage
// error, and one in a directory that does not exist an error, each said
// before the command does its work; an -o kg may not create is reported
// by its own name, not that of the temporary file.
func TestOutputThatCannotBeWritten(t *testing.T) {
	db := demoStore(t)
	dir := t.TempDir()
	missing := filepath.Join(dir, "none", "graph.graphml")
	pictures := filepath.Join(t.TempDir(), "pictures.svg")
	if err := os.Mkdir(pictures, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"export", "--db", db, "-o", dir}, exitUsage, "kg: export: -o " + dir + " is a directory; name a file\n"},
		{[]string{"render", "--db", db, "-o", pictures}, exitUsage, "kg: render: -o " + pictures + " is a directory; name a file\n"},
		{[]string{"demo", "-o", dir}, exitUsage, "kg: demo: -o " + dir + " is a directory; name a file\n"},
		{[]string{"export", "--db", db, "-o", missing}, exitError, "kg: export: -o " + missing + ": the directory " + filepath.Dir(missing) + " does not exist\n"},
	}
	for _, tc := range tests {
		var out outputs
		code := run(context.Background(), tc.args, &out.stdout, &out.stderr)
		if code != tc.code || !strings.HasPrefix(out.stderr.String(), tc.stderr) {
			t.Errorf("kg %q: exit %d, said:\n%s\nwant exit %d and:\n%s", tc.args, code, out.stderr.String(), tc.code, tc.stderr)
		}
	}
	if names := directoryNames(t, dir); len(names) != 0 {
		t.Errorf("the directory holds %q, want nothing", names)
	}
	err := writeFile(context.Background(), missing, func(io.Writer) error { return nil })
	if want := "write " + missing + ": no such file or directory"; err == nil || err.Error() != want {
		t.Errorf("writeFile(%s) = %v, want %s", missing, err, want)
	}
}
