// Command kg-beam runs kg build as an Apache Beam pipeline and writes a
// graph bundle, which kg load turns into a store:
//
//	kg-beam build [flags] PATH...
//
// Beam's own flags (--runner, --endpoint, Dataflow's --project, --region,
// --staging_location, ...) pass through to Beam. The runner is Prism, in
// process, unless --runner names another.
//
// Exit codes: 0 success, 1 error, 2 usage error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/kg-project/kg/internal/wording"
)

// Exit codes, as kg's.
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitSkipped = 3
)

// errUsage marks a command line kg-beam cannot run.
var errUsage = errors.New("usage error")

// skipped is the error of a build that wrote its bundle but skipped that
// many inputs, each reported as kg build reports it.
type skipped int64

func (n skipped) Error() string {
	return wording.Count(int(n), "input", "inputs") + " skipped"
}

func usageError(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errUsage}, args...)...)
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command line and returns its exit code, after printing
// any error to stderr. Beam's flags live in the process's flag set, so
// kg-beam's are registered there too.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	err := dispatch(ctx, args, stdout, stderr)
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(stderr, "kg-beam: %v\n", err)
	}
	return exitCode(err)
}

// exitCode is the one place that maps errors to exit codes.
func exitCode(err error) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		return exitUsage
	case errors.As(err, new(skipped)):
		return exitSkipped
	default:
		return exitError
	}
}

func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "build" {
		// A remote runner starts this binary as a worker, with Beam's
		// worker flags and no command: beam.Init then runs the worker and
		// does not return.
		flag.CommandLine.SetOutput(io.Discard)
		if err := flag.CommandLine.Parse(args); err == nil {
			beam.Init()
		}
		fmt.Fprintln(stderr, "usage: kg-beam build [flags] PATH...")
		return usageError("want the command build")
	}
	opts := buildOptions{}
	opts.AddFlags(flag.CommandLine)
	flag.CommandLine.SetOutput(stderr)
	if err := flag.CommandLine.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError("%v", err)
	}
	beam.Init()
	return runBuild(ctx, opts, flag.CommandLine.Args(), stdout, stderr)
}
