package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// maxDocumentBytes bounds a text file and a JSON Lines line, so that one
// runaway input (a file without newlines, a device) cannot exhaust memory.
var maxDocumentBytes = 256 << 20

// Document is one article read from the inputs.
type Document struct {
	// ID is, for a text file, its path relative to the parent of the
	// arguments' common root (slash-separated); for JSON Lines, the id
	// member, else "<the file's id>:<line>". Ids are unique in one Read.
	ID    string
	Title string
	Date  time.Time // zero when unknown
	URL   string
	// Text is valid UTF-8. For a text file in UTF-8 it is the file's
	// content byte for byte, without a leading byte order mark.
	Text   string
	Source string // the file path as given, or "-" for standard input
	Line   int    // the JSON Lines line number; 0 for text files
}

// Problem is a warning about an input or the report of a skipped one.
type Problem struct {
	File    string
	Line    int // 0 when the problem concerns the whole file
	Reason  string
	Skipped bool // the input, or the line, gave no document
}

// Error returns "file:line: reason", leaving out ":line" when Line is 0.
// A file name holding characters that are not printable (control, bidi
// or zero-width characters, bytes that are not UTF-8) is quoted Go-style,
// and such characters in the reason are escaped, so that the message is
// one line that shows what it names.
func (p Problem) Error() string {
	return location(p.File, p.Line) + ": " + escape(p.Reason)
}

// location is "file:line", or "file" when line is 0, with file quoted
// when it holds characters that are not printable.
func location(file string, line int) string {
	if escape(file) != file {
		file = strconv.Quote(file)
	}
	if line == 0 {
		return file
	}
	return file + ":" + strconv.Itoa(line)
}

// escape replaces every character of s that is not printable, and every
// byte that is not UTF-8, with its Go escape sequence.
func escape(s string) string {
	var escaped strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], string(utf8.RuneError)):
			fmt.Fprintf(&escaped, `\x%02x`, s[i])
		case strconv.IsPrint(r):
			escaped.WriteRune(r)
		default:
			quoted := strconv.QuoteRune(r)
			escaped.WriteString(quoted[1 : len(quoted)-1])
		}
	}
	return escaped.String()
}

// Fields names the JSON Lines members read into a Document. An empty name
// stands for the default: id, title, text, date and url.
type Fields struct {
	ID, Title, Text, Date, URL string
}

func (f Fields) withDefaults() Fields {
	orDefault := func(name, fallback string) string {
		if name == "" {
			return fallback
		}
		return name
	}
	return Fields{
		ID:    orDefault(f.ID, "id"),
		Title: orDefault(f.Title, "title"),
		Text:  orDefault(f.Text, "text"),
		Date:  orDefault(f.Date, "date"),
		URL:   orDefault(f.URL, "url"),
	}
}

// Options tune Read.
type Options struct {
	Fields Fields
	Stdin  io.Reader // read for the path "-"; nil means os.Stdin

	// Progress, when set, is told how many bytes each read from an
	// input file gave, as Read goes: a build compares their sum with
	// the size of its files to say how far it has come.
	Progress func(bytes int)
}

// Read walks paths in order and calls emit for each document and warn for
// each problem; warn may be nil. It stops early only when ctx is cancelled
// (returning ctx.Err()) or emit returns an error (returned as is). Inputs
// that cannot be read, including paths that do not exist, are Problems, not
// errors; so are documents whose id is unusable or was already read.
func Read(ctx context.Context, paths []string, opts Options, emit func(Document) error, warn func(Problem)) error {
	r := reader{
		ctx:    ctx,
		fields: opts.Fields.withDefaults(),
		stdin:  opts.Stdin,
		emit:   emit,
		warn:   warn,
		base:   idBase(paths),
		seen:   map[string]origin{},
		read:   opts.Progress,
	}
	if r.stdin == nil {
		r.stdin = os.Stdin
	}
	if r.warn == nil {
		r.warn = func(Problem) {}
	}
	if r.read == nil {
		r.read = func(int) {}
	}
	for _, path := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.readArgument(path); err != nil {
			return err
		}
	}
	return nil
}

// reader holds what every input of one Read call shares.
type reader struct {
	ctx    context.Context
	fields Fields
	stdin  io.Reader
	emit   func(Document) error
	warn   func(Problem)
	base   string            // the directory text-file ids are relative to
	seen   map[string]origin // where each id of the run was read
	read   func(bytes int)   // Options.Progress
}

// format is how a file's content is read.
type format int

const (
	unsupported format = iota
	plainText
	jsonLines
)

func formatOf(name string) format {
	switch strings.ToLower(filepath.Ext(name)) {
	case "", ".txt", ".md":
		return plainText
	case ".jsonl", ".ndjson":
		return jsonLines
	}
	return unsupported
}

// isDocumentation reports whether a file name belongs to the notes that
// accompany a data set rather than to its articles.
func isDocumentation(name string) bool {
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	switch strings.ToLower(stem) {
	case "readme", "license", "licence", "copying", "source", "changelog":
		return true
	}
	return false
}

func (r *reader) readArgument(path string) error {
	if path == "-" {
		return r.readJSONL(interruptible(r.ctx, r.stdin), "-", "stdin", false)
	}
	info, err := os.Stat(path)
	if err != nil {
		r.skip(path, err)
		return nil
	}
	id := r.idOf(path)
	if info.IsDir() {
		return r.walk(path, id, info)
	}
	if reason := refusal(info.Mode()); reason != "" {
		r.warn(Problem{File: path, Reason: reason, Skipped: true})
		return nil
	}
	kind := formatOf(path)
	if kind == unsupported {
		r.warn(Problem{File: path, Reason: reasonUnsupported, Skipped: true})
		return nil
	}
	return r.readFile(path, id, kind)
}

// readFile reads one file whose id is id.
func (r *reader) readFile(path, id string, kind format) error {
	switch kind {
	case plainText:
		return r.readTextFile(path, id)
	case jsonLines:
		return r.readJSONLFile(path, id)
	}
	return nil
}

// skip reports a file that could not be read because of err.
func (r *reader) skip(path string, err error) {
	r.warn(Problem{File: path, Reason: reasonOf(err), Skipped: true})
}

// reasonOf words err for a Problem, which already names the file.
func reasonOf(err error) string {
	if pathErr, ok := errors.AsType[*fs.PathError](err); ok {
		return pathErr.Err.Error()
	}
	if errors.Is(err, errTooLarge) {
		return "larger than " + sizeOf(maxDocumentBytes)
	}
	return err.Error()
}

func sizeOf(bytes int) string {
	if bytes >= 1<<20 && bytes%(1<<20) == 0 {
		return strconv.Itoa(bytes>>20) + " MiB"
	}
	return strconv.Itoa(bytes) + " bytes"
}
