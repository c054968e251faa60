package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/kg-project/kg/store"
)

// Exit codes, documented in kg help and the README.
const (
	exitOK       = 0
	exitError    = 1
	exitUsage    = 2
	exitSkipped  = 3
	exitLocked   = 4
	defaultStore = "kg.db"
	storeEnv     = "KG_DB"
)

func main() {
	// Closing the terminal (SIGHUP) stops a build as Ctrl-C does: what was
	// extracted is stored and the store is closed cleanly.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	// A second Ctrl-C should end kg at once, the way it ends any program.
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command line and returns its exit code, after printing
// any error to stderr.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	err := dispatch(ctx, args, stdout, stderr)
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(stderr, "kg: %s\n", message(err))
		if errors.Is(err, errUsage) {
			fmt.Fprintln(stderr, "Run 'kg help' for usage.")
		}
	}
	return exitCode(err)
}

// message is what kg says of err: a command that Ctrl-C or a signal
// stopped says it was interrupted, not "context canceled".
func message(err error) string {
	text := err.Error()
	if errors.Is(err, context.Canceled) {
		if stopped, found := strings.CutSuffix(text, context.Canceled.Error()); found {
			return stopped + "interrupted"
		}
	}
	return text
}

// exitCode is the one place that maps errors to exit codes.
func exitCode(err error) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		return exitUsage
	case errors.Is(err, store.ErrLocked):
		return exitLocked
	case errors.Is(err, errSkipped):
		return exitSkipped
	default:
		return exitError
	}
}

// globalOptions are the flags every store-using subcommand shares; they may
// be given before the subcommand's name or among its own flags.
type globalOptions struct {
	DB string
	// dbGiven records an explicit --db, which matters to kg demo: it
	// builds into a temporary store unless told otherwise.
	dbGiven bool
}

func defaultGlobalOptions() globalOptions {
	if dir := os.Getenv(storeEnv); dir != "" {
		return globalOptions{DB: dir}
	}
	return globalOptions{DB: defaultStore}
}

// AddFlags registers the global flags on fs, defaulting to the current
// values.
func (o *globalOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
}

func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	global := defaultGlobalOptions()
	fs := newFlagSet("kg")
	global.AddFlags(fs)
	showVersion := fs.Bool("version", false, "say which kg this is (kg version)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout)
		}
		return flagError(fs, err)
	}
	if *showVersion {
		return runVersion(ctx, versionOptions{}, fs.Args(), stdout, stderr)
	}
	global.dbGiven = flagGiven(fs, "db")
	args = fs.Args()
	if len(args) == 0 {
		printUsage(stderr)
		return usageError("no command given")
	}
	name, args := args[0], args[1:]
	if name == "help" {
		return runHelp(args, stdout)
	}
	cmd, ok := lookupCommand(name)
	if !ok {
		return unknownCommand(name)
	}
	fs = newFlagSet("kg " + cmd.name)
	execute := cmd.prepare(fs, global)
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printCommandUsage(stdout, cmd, fs)
		}
		return flagError(fs, err)
	}
	return execute(ctx, rest, stdout, stderr)
}

// newFlagSet returns a flag set that reports nothing itself, so that every
// message goes through run and every failure through exitCode.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

func flagError(fs *flag.FlagSet, err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	if unknown := unknownFlag(fs, err); unknown != nil {
		return unknown
	}
	if bad := badFlagValue(fs, err); bad != nil {
		return bad
	}
	return usageError("%v", err)
}

// Package flag's messages for a flag given without its value or with one
// it cannot read.
const (
	missingValue    = "flag needs an argument: -"
	invalidValue    = "invalid value "
	invalidBoolean  = "invalid boolean value "
	flagValueBefore = " for flag -"
	boolValueBefore = " for -"
)

// badFlagValue rewords package flag's error for a flag given without a
// value or with one it cannot read, as kg's other errors read: the
// command, the flag as kg help writes it, and what the flag wants
// ("neighbours: --depth: invalid value "two": want a whole number");
// it returns nil for other errors.
func badFlagValue(fs *flag.FlagSet, err error) error {
	prefix := ""
	if command, ok := strings.CutPrefix(fs.Name(), "kg "); ok {
		prefix = command + ": "
	}
	message := err.Error()
	if name, found := strings.CutPrefix(message, missingValue); found {
		return usageError("%s--%s needs a value", prefix, name)
	}
	rest, found := strings.CutPrefix(message, invalidValue)
	before := flagValueBefore
	if !found {
		rest, found = strings.CutPrefix(message, invalidBoolean)
		before = boolValueBefore
	}
	if !found {
		return nil
	}
	// rest is "VALUE for flag -NAME: REASON", VALUE quoted.
	value, err := strconv.QuotedPrefix(rest)
	if err != nil {
		return nil
	}
	name, reason, found := strings.Cut(strings.TrimPrefix(rest[len(value):], before), ": ")
	f := fs.Lookup(name)
	if !found || f == nil {
		return nil
	}
	if getter, ok := f.Value.(flag.Getter); ok {
		switch getter.Get().(type) {
		case bool:
			reason = "want true or false"
		case int, int64:
			reason = "want a whole number"
		case uint, uint64:
			reason = "want a whole number, 0 or more"
		case float64:
			reason = "want a number"
		case time.Duration:
			reason = "want a duration such as 30s or 5m"
		}
	}
	return usageError("%s--%s: invalid value %s: %s", prefix, name, value, reason)
}

func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			given = true
		}
	})
	return given
}

// parseInterspersed parses flags wherever they stand among the positional
// arguments ("kg neighbours Putin --depth 2"), which package flag alone
// does not; "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil
		}
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}
