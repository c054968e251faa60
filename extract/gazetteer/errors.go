package gazetteer

import (
	"errors"
	"fmt"
)

// Causes of a dataError.
var (
	errFieldCount = errors.New("want 4 tab-separated fields: name, type, aliases, demonyms")
	errEmptyName  = errors.New("empty name")
	errSpace      = errors.New("name with leading or trailing white space")
	errType       = errors.New("type must be GPE, LOC or ORG")
	errDemonym    = errors.New(`demonym may end in "(s)" but hold no other parenthesis`)
	errEncoding   = errors.New("not valid UTF-8")
)

// dataError locates a fault in one of the gazetteer's data files.
type dataError struct {
	File string
	Line int
	Err  error
}

func (e *dataError) Error() string {
	return fmt.Sprintf("gazetteer: %s:%d: %v", e.File, e.Line, e.Err)
}

func (e *dataError) Unwrap() error { return e.Err }
