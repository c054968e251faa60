package main

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"
)

// newTable returns the writer of a table's aligned columns, its cells
// ended by tabs, to w. A line's last cells may be empty (an entity
// without aliases): the padding that would stand at its end is left
// out, so that no line ends in spaces.
func newTable(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(&trailingSpaceCutter{w: w}, 0, 4, 2, ' ', 0)
}

// trailingSpaceCutter writes what it is given to w but the spaces that
// end a line, holding spaces back until it sees what follows them.
type trailingSpaceCutter struct {
	w      io.Writer
	spaces int // held back
}

func (c *trailingSpaceCutter) Write(p []byte) (int, error) {
	var out []byte
	for rest := p; len(rest) > 0; {
		i := bytes.IndexFunc(rest, func(r rune) bool { return r != ' ' })
		if i < 0 {
			c.spaces += len(rest)
			break
		}
		if rest[i] != '\n' {
			out = append(out, bytes.Repeat([]byte{' '}, c.spaces+i)...)
		}
		c.spaces = 0
		end := bytes.IndexByte(rest[i:], ' ')
		if end < 0 {
			end = len(rest) - i
		}
		out = append(out, rest[i:i+end]...)
		rest = rest[i+end:]
	}
	if _, err := c.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

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
