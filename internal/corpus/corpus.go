package corpus

import (
	"cmp"
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
	// ID is, for a text file or an HTML page, its path relative to the
	// parent of the arguments' common root (slash-separated); for JSON
	// Lines and CSV, the id member or column, else "<the file's
	// id>:<line>"; for a Reuters story "<the file's id>#NEWID=<n>"; for a
	// feed item its link, guid or Atom id; for a WARC record its target
	// URI. Ids are unique in one Read.
	ID    string
	Title string
	Date  time.Time // zero when unknown
	URL   string
	// Text is valid UTF-8. For a text file in UTF-8 it is the file's
	// content byte for byte, without a leading byte order mark.
	Text   string
	Source string // the file path as given, or "-" for standard input
	// Line is where the document starts in its file: the line of a JSON
	// Lines or CSV row, a Reuters story, a feed item or a WARC record (in
	// the decompressed content of a gzipped file); 0 for a text file or an
	// HTML page.
	Line int
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

// Fields names the JSON Lines members, and the CSV columns, read into a
// Document. An empty name stands for the default: id, title, text, date
// and url.
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
	// StdinText reads standard input as one plain-text article, whose id
	// is "stdin", instead of telling its format from its first bytes.
	StdinText bool

	// IDBase, when set, is the directory the ids of text files are
	// relative to, instead of the parent of the paths' common root (see
	// IDBase).
	IDBase string

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
		ctx:       ctx,
		fields:    opts.Fields.withDefaults(),
		stdin:     opts.Stdin,
		stdinText: opts.StdinText,
		emit:      emit,
		warn:      warn,
		base:      cmp.Or(opts.IDBase, idBase(paths)),
		seen:      map[string]origin{},
		read:      opts.Progress,
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
	ctx       context.Context
	fields    Fields
	stdin     io.Reader
	stdinText bool
	emit      func(Document) error
	warn      func(Problem)
	base      string            // the directory text-file ids are relative to
	seen      map[string]origin // where each id of the run was read
	unknown   unknownFiles      // the files of unknown kind met in a walk
	read      func(bytes int)   // Options.Progress
}

// format is how a file's content is read.
type format int

const (
	unsupported format = iota
	plainText
	jsonLines
	reutersSGML
	newsFeed
	htmlPage
	csvTable
	warcArchive
)

// extensions maps every file extension Read knows, in lower case, to the
// format of the files that carry it.
var extensions = map[string]format{
	"":        plainText,
	".txt":    plainText,
	".md":     plainText,
	".jsonl":  jsonLines,
	".ndjson": jsonLines,
	".sgm":    reutersSGML,
	".sgml":   reutersSGML,
	".rss":    newsFeed,
	".atom":   newsFeed,
	".xml":    newsFeed,
	".html":   htmlPage,
	".htm":    htmlPage,
	".xhtml":  htmlPage,
	".csv":    csvTable,
	".warc":   warcArchive,
}

// kind is how a file is read: its format, and whether it is compressed
// with gzip first.
type kind struct {
	format  format
	gzipped bool
}

// kindOf tells a file's kind by its name: ".gz" after any known
// extension (or none) means gzip.
func kindOf(name string) kind {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".gz" {
		inner := strings.TrimSuffix(name, filepath.Ext(name))
		return kind{format: extensions[strings.ToLower(filepath.Ext(inner))], gzipped: true}
	}
	return kind{format: extensions[ext]}
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
		return r.readStdin()
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
	kind := kindOf(path)
	if kind.format == unsupported {
		r.warn(Problem{File: path, Reason: reasonUnsupported, Skipped: true})
		return nil
	}
	return r.readFile(path, id, kind, false)
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
