package corpus

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxIDBytes bounds an id: ids become store keys and are printed in
// reports, and no real article needs a longer one.
const maxIDBytes = 1024

// origin is where a document was read: its file as reported, and its
// line, 0 for a text file.
type origin struct {
	file string
	line int
}

// IDBase returns the directory the ids of text files read from paths are
// relative to (see idBase): reading each of paths alone with it as
// Options.IDBase gives the ids that reading them all at once gives.
func IDBase(paths []string) string { return idBase(paths) }

// idBase returns the directory text-file ids are relative to: the
// deepest directory holding the parent directory of every path but "-".
// Each argument thus keeps at least its own name in the ids of its files
// ("kg build data/bbc" gives "bbc/politics/001.txt"), and arguments that
// share a name keep what tells them apart ("a/news" and "b/news" give
// "a/news/x.txt" and "b/news/x.txt").
func idBase(paths []string) string {
	base, found := "", false
	for _, path := range paths {
		if path == "-" {
			continue
		}
		parent := filepath.Dir(absolute(path))
		if !found {
			base, found = parent, true
			continue
		}
		for !within(parent, base) {
			up := filepath.Dir(base)
			if up == base {
				break
			}
			base = up
		}
	}
	return base
}

// idOf returns the id of the file or directory at path, which Read was
// given: its slash-separated path relative to the base.
func (r *reader) idOf(path string) string {
	rel, err := filepath.Rel(r.base, absolute(path))
	if err != nil {
		rel = filepath.Base(path)
	}
	return filepath.ToSlash(rel)
}

// absolute is path made absolute and clean, or only clean when the
// working directory is unknown.
func absolute(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}

// within reports whether path is dir or lies under it; both are clean.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// admit emits a document unless its id is unusable or was already read in
// this run, in which case it reports the document, found in file, and
// skips it: a run never gives one id to two documents.
func (r *reader) admit(document Document, file string) error {
	if reason := idProblem(document.ID); reason != "" {
		r.warn(Problem{File: file, Line: document.Line, Skipped: true,
			Reason: fmt.Sprintf("document %s skipped: %s", quoteID(document.ID), reason)})
		return nil
	}
	if first, seen := r.seen[document.ID]; seen {
		r.warn(repeat(document.ID, file, document.Line, first))
		return nil
	}
	r.seen[document.ID] = origin{file: file, line: document.Line}
	return r.emit(document)
}

// Repeat is the problem reported for document, skipped because first,
// read before it in the same run, has its id: what Read reports when it
// meets an id again, for readers of several inputs apart.
func Repeat(document, first Document) Problem {
	return repeat(document.ID, document.Source, document.Line, origin{file: first.Source, line: first.Line})
}

func repeat(id, file string, line int, first origin) Problem {
	return Problem{File: file, Line: line, Skipped: true,
		Reason: fmt.Sprintf("document %s skipped: id already read from %s", quoteID(id), location(first.file, first.line))}
}

// idProblem says why id cannot be a document's id, or returns "".
func idProblem(id string) string {
	switch {
	case len(id) > maxIDBytes:
		return fmt.Sprintf("id longer than %d bytes", maxIDBytes)
	case !utf8.ValidString(id):
		return "id is not UTF-8"
	case strings.ContainsFunc(id, unicode.IsControl):
		return "id holds control characters"
	}
	return ""
}

// quoteID quotes id for a report, clipped to its first 64 bytes.
func quoteID(id string) string {
	const shown = 64
	if len(id) <= shown {
		return strconv.Quote(id)
	}
	cut := shown
	for cut > 0 && !utf8.RuneStart(id[cut]) {
		cut--
	}
	return strconv.Quote(id[:cut]) + fmt.Sprintf("… (%d bytes)", len(id))
}
