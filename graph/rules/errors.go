package rules

import "fmt"

// SyntaxError is a line of a curation file that is not a rule, or that
// contradicts an earlier one.
type SyntaxError struct {
	File    string // the name Parse was given
	Line    int    // 1-based
	Message string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("rules: %s:%d: %s", e.File, e.Line, e.Message)
}
