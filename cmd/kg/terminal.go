package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// printable makes untrusted text (a name, an alias, an evidence sentence,
// a document id) safe for one cell of a line on a terminal. Runs of white
// space, newlines and tabs included, become one space, so the text cannot
// break a table's rows or columns. Every other character that is not
// printable is written as a visible Go escape (\x1b, \u202e), and so is
// each byte of invalid UTF-8: control characters, escape sequences and
// carriage returns cannot move the cursor or clear the screen, bidi
// controls cannot reorder the line, and zero-width characters cannot make
// two different names look alike. JSON output and exports keep the text
// exact.
func printable(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) && r != ' ' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == ' ' || unicode.IsPrint(r):
			b.WriteString(s[i : i+size])
		default:
			quoted := strconv.QuoteRuneToASCII(r)
			b.WriteString(quoted[1 : len(quoted)-1])
		}
		i += size
	}
	return b.String()
}
