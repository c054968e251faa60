package ner

import (
	"errors"
	"fmt"
)

var (
	// ErrUnknownLabel is returned for a training label that is not an IOB2
	// label of PER, ORG, LOC or MISC.
	ErrUnknownLabel = errors.New("ner: unknown label")
	// ErrBadOptions is returned by Train for options that do not fit the
	// training data.
	ErrBadOptions = errors.New("ner: bad training options")
	// ErrBadModel is returned when a model file is not one this package
	// wrote or is damaged.
	ErrBadModel = errors.New("ner: not a valid model")
)

// SyntaxError reports a malformed line of CoNLL input.
type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("ner: line %d: %s", e.Line, e.Msg)
}
