package parse

import (
	"errors"
	"fmt"
)

var (
	// ErrBadModel is returned when a model file is not one this package
	// wrote or is damaged.
	ErrBadModel = errors.New("parse: not a valid model")
	// ErrBadOptions is returned by Train for options or data it cannot
	// train on.
	ErrBadOptions = errors.New("parse: bad training options")
)

// SyntaxError reports a malformed line of CoNLL-U input.
type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("parse: line %d: %s", e.Line, e.Msg)
}
