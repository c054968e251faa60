package main

import (
	"errors"
	"fmt"

	"github.com/kg-project/kg/internal/wording"
)

var (
	// errUsage marks a command line kg cannot run: an unknown subcommand,
	// a bad flag or a missing argument.
	errUsage = errors.New("usage error")
	// errSkipped marks a run that did everything else but skipped some of
	// its input.
	errSkipped = errors.New("some input was skipped")
	// errAmbiguous marks an entity name that matches several nodes.
	errAmbiguous = errors.New("ambiguous entity")
	// errNoEntity marks an entity name that matches no node.
	errNoEntity = errors.New("no such entity")
	// errNoPredicate marks a predicate that no stored edge has.
	errNoPredicate = errors.New("no such predicate")
	// errUndated marks a date window asked of a store with no dated
	// evidence, which no edge can fall in.
	errUndated = errors.New("no dated evidence")
)

// failure is an error whose message stands on its own while errors.Is
// still matches its kind, one of the sentinels above.
type failure struct {
	kind    error
	message string
}

func (f *failure) Error() string { return f.message }
func (f *failure) Unwrap() error { return f.kind }

func fail(kind error, format string, args ...any) error {
	return &failure{kind: kind, message: fmt.Sprintf(format, args...)}
}

// skippedInputs reports a run that skipped n inputs (files, lines or
// sentences) and did the rest.
func skippedInputs(n int) error {
	return fail(errSkipped, "%s skipped", wording.Count(n, "input", "inputs"))
}

func usageError(format string, args ...any) error {
	return fail(errUsage, format, args...)
}
