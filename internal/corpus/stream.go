package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
)

// stream is one input open for reading: a file, or standard input.
type stream struct {
	in     io.Reader
	file   string // names the input in Problems: its path, or "stdin"
	source string // Document.Source: the path as given, or "-"
	id     string // the input's id, which the ids of its documents extend
	pipe   bool   // a named pipe, which reads as empty when nothing writes to it
	size   int64  // the bytes to come when known beforehand, else -1
	walked bool   // met in a walk rather than named on the command line
}

// readFile reads the file at path, whose id is id, as its kind says;
// walked says that it was met in a walk.
func (r *reader) readFile(path, id string, kind kind, walked bool) error {
	in, err := r.open(path)
	if err != nil {
		r.skip(path, err)
		return nil
	}
	defer in.Close()
	s := stream{in: in, file: path, source: path, id: id, pipe: in.pipe, size: -1, walked: walked}
	if info, err := in.Stat(); err == nil && info.Mode().IsRegular() {
		s.size = info.Size()
	}
	if kind.gzipped {
		return r.readGzip(s, func(s stream) error { return r.readStream(s, kind.format) })
	}
	return r.readStream(s, kind.format)
}

func (r *reader) readStream(s stream, f format) error {
	switch f {
	case plainText:
		return r.readText(s)
	case jsonLines:
		return r.readJSONL(s)
	case reutersSGML:
		return r.readSGML(s)
	case newsFeed:
		return r.readFeed(s)
	case htmlPage:
		return r.readHTML(s)
	case csvTable:
		return r.readCSV(s)
	case warcArchive:
		return r.readWARC(s)
	}
	return nil
}

// readGzip decompresses s, all of its gzip members one after the other,
// and passes the result to read.
func (r *reader) readGzip(s stream, read func(stream) error) error {
	unzipped, err := gzip.NewReader(s.in)
	if err == io.EOF {
		r.warn(Problem{File: s.file, Reason: r.emptyReason(s), Skipped: true})
		return nil
	}
	if err != nil {
		return r.failed(s.file, 0, err)
	}
	defer unzipped.Close()
	s.in, s.size = unzipped, -1
	return read(s)
}

// failed handles an error reading the input file at line (0 when it
// concerns the whole file): it returns the context's error when the run
// was cancelled, else reports the input skipped and returns nil.
func (r *reader) failed(file string, line int, err error) error {
	if ctxErr := r.ctx.Err(); ctxErr != nil {
		return ctxErr
	}
	r.warn(Problem{File: file, Line: line, Reason: reasonOf(err), Skipped: true})
	return nil
}

// emptyReason words the report of an input that held nothing.
func (r *reader) emptyReason(s stream) string {
	if s.pipe {
		return reasonEmptyPipe
	}
	return reasonEmpty
}

// readStdin reads standard input: as one text article when asked to, else
// in the format its first bytes show.
func (r *reader) readStdin() error {
	s := stream{in: interruptible(r.ctx, r.stdin), file: "stdin", source: "-", id: "stdin", size: -1}
	if r.stdinText {
		return r.readText(s)
	}
	return r.readSniffed(s)
}

var gzipMagic = []byte{0x1f, 0x8b}

// readSniffed reads s in the format its first bytes show, undoing gzip
// first. It looks only at what one read brings, so that a slow writer of
// JSON Lines is not kept waiting for more.
func (r *reader) readSniffed(s stream) error {
	buffered := bufio.NewReaderSize(s.in, 64<<10)
	if _, err := buffered.Peek(1); err != nil && err != io.EOF {
		return r.failed(s.file, 0, err)
	}
	head, _ := buffered.Peek(buffered.Buffered())
	s.in = buffered
	if bytes.HasPrefix(head, gzipMagic) {
		return r.readGzip(s, r.readSniffed)
	}
	return r.readStream(s, sniff(head))
}

// sniff tells the format of an input from its first bytes: WARC, a news
// feed, Reuters SGML or HTML by their opening, JSON Lines otherwise.
func sniff(head []byte) format {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, byteOrderMark), " \t\r\n")
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return warcArchive
	}
	if !bytes.HasPrefix(head, []byte("<")) {
		return jsonLines
	}
	lower := bytes.ToLower(head)
	for _, opening := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.Contains(lower, []byte(opening)) {
			return newsFeed
		}
	}
	if bytes.Contains(lower, []byte("<reuters")) {
		return reutersSGML
	}
	return htmlPage
}

// boundedReader fails with errTooLarge once more than maxDocumentBytes
// have been read since it was last reset, so that one row of a table or
// one item of a feed cannot take unbounded memory.
type boundedReader struct {
	in   io.Reader
	read int
}

func (b *boundedReader) Read(p []byte) (int, error) {
	if b.read > maxDocumentBytes {
		return 0, errTooLarge
	}
	n, err := b.in.Read(p)
	b.read += n
	return n, err
}

// reset starts a new record.
func (b *boundedReader) reset() {
	b.read = 0
}
