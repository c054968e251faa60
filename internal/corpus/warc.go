package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kg-project/kg/internal/wording"
)

// maxWARCLine bounds a line of WARC headers.
const maxWARCLine = 64 << 10

var errWARCLongLine = errors.New("WARC header line longer than 64 KiB")

// warcScanner reads a WARC file line by line and block by block, counting
// lines so that problems can be placed.
type warcScanner struct {
	in   *bufio.Reader
	line int // lines read so far
}

// nextLine returns the next line without its line ending.
func (w *warcScanner) nextLine() (string, error) {
	text, err := w.in.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		for err == bufio.ErrBufferFull {
			_, err = w.in.ReadSlice('\n')
		}
		w.line++
		if err == nil || err == io.EOF {
			err = errWARCLongLine
		}
		return "", err
	}
	if len(text) == 0 && err == io.EOF {
		return "", io.EOF
	}
	if err != nil && err != io.EOF {
		return "", err
	}
	w.line++
	return strings.TrimRight(string(text), "\r\n"), nil
}

// headers reads "Name: value" lines up to a blank line; names are
// folded to lower case, and a line starting with a space or a tab
// continues the value before it.
func (w *warcScanner) headers() (map[string]string, error) {
	headers := map[string]string{}
	last := ""
	for {
		text, err := w.nextLine()
		if err == io.EOF {
			return nil, io.ErrUnexpectedEOF
		}
		if err != nil {
			return nil, err
		}
		if text == "" {
			return headers, nil
		}
		if (text[0] == ' ' || text[0] == '\t') && last != "" {
			headers[last] += " " + strings.TrimSpace(text)
			continue
		}
		name, value, found := strings.Cut(text, ":")
		if !found {
			return nil, fmt.Errorf("WARC header line %q has no colon", clip(text))
		}
		last = strings.ToLower(strings.TrimSpace(name))
		headers[last] = strings.TrimSpace(value)
	}
}

// block reads a record's block of length bytes. One larger than
// maxDocumentBytes is passed over and errTooLarge returned.
func (w *warcScanner) block(length int64) ([]byte, error) {
	if length > int64(maxDocumentBytes) {
		counter := &newlineCounter{}
		_, err := io.CopyN(counter, w.in, length)
		w.line += counter.newlines
		if err != nil {
			return nil, err
		}
		return nil, errTooLarge
	}
	// The block grows as it is read, as the length may be a lie.
	block, err := readLimited(io.LimitReader(w.in, length), -1)
	w.line += bytes.Count(block, []byte("\n"))
	if err == nil && int64(len(block)) < length {
		err = io.ErrUnexpectedEOF
	}
	return block, err
}

// newlineCounter counts the newlines written to it.
type newlineCounter struct{ newlines int }

func (c *newlineCounter) Write(p []byte) (int, error) {
	c.newlines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

// clip shortens text for a report.
func clip(text string) string {
	const shown = 40
	if len(text) <= shown {
		return text
	}
	return strings.ToValidUTF8(text[:shown], "") + "…"
}

// readWARC reads s as a WARC file (WARC/1.0 or 1.1, as Common Crawl's
// CC-NEWS writes them): each response record holding an HTML page is one
// document, whose id and URL are the record's WARC-Target-URI and whose
// date is its WARC-Date. Other records (requests, metadata) are passed
// over. A record that cannot be parsed is reported by its first line, and
// reading goes on from the next "WARC/" line.
func (r *reader) readWARC(s stream) error {
	scanner := &warcScanner{in: bufio.NewReaderSize(s.in, maxWARCLine)}
	records, notPages := 0, 0
	lost := false // between a bad record and the next version line
	for {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		text, err := scanner.nextLine()
		if err == io.EOF {
			break
		}
		if err != nil && !errors.Is(err, errWARCLongLine) {
			return r.failed(s.file, scanner.line+1, err)
		}
		if err == nil && strings.TrimSpace(text) == "" {
			continue
		}
		start := scanner.line
		if !strings.HasPrefix(text, "WARC/") {
			if !lost {
				r.warn(Problem{File: s.file, Line: start, Skipped: true,
					Reason: "not the start of a WARC record (want a WARC/1.0 line); read on from the next one"})
			}
			lost = true
			continue
		}
		lost = false
		headers, err := scanner.headers()
		if errors.Is(err, io.ErrUnexpectedEOF) {
			r.warn(Problem{File: s.file, Line: start, Reason: "WARC record cut short", Skipped: true})
			break
		}
		if err != nil {
			if ctxErr := r.ctx.Err(); ctxErr != nil {
				return ctxErr
			}
			r.warn(Problem{File: s.file, Line: start, Reason: reasonOf(err) + "; read on from the next record", Skipped: true})
			lost = true
			continue
		}
		length, err := strconv.ParseInt(headers["content-length"], 10, 64)
		if err != nil || length < 0 {
			r.warn(Problem{File: s.file, Line: start, Skipped: true,
				Reason: fmt.Sprintf("bad WARC Content-Length %q; read on from the next record", headers["content-length"])})
			lost = true
			continue
		}
		block, err := scanner.block(length)
		records++
		switch {
		case errors.Is(err, errTooLarge):
			r.warn(Problem{File: s.file, Line: start, Reason: "WARC record " + reasonOf(err) + "; skipped", Skipped: true})
			continue
		case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
			r.warn(Problem{File: s.file, Line: start, Reason: "WARC record cut short", Skipped: true})
			return nil
		case err != nil:
			return r.failed(s.file, start, err)
		}
		if headers["warc-type"] != "response" {
			continue
		}
		page, err := r.readResponse(headers, block, start, s)
		if err != nil {
			return err
		}
		if !page {
			notPages++
		}
	}
	switch {
	case records == 0 && scanner.line == 0:
		r.warn(Problem{File: s.file, Reason: r.emptyReason(s), Skipped: true})
	case records == 0:
		r.warn(Problem{File: s.file, Reason: "no WARC record", Skipped: true})
	case notPages > 0:
		r.warn(Problem{File: s.file, Reason: wording.Count(notPages, "response is not an HTML page", "responses are not HTML pages") + " with status 200; not read"})
	}
	return nil
}

// headerEnd returns the offset of an HTTP message's body: past the blank
// line that ends its header, or the end when there is none.
func headerEnd(message []byte) int {
	at := bytes.Index(message, []byte("\r\n\r\n"))
	if at < 0 {
		if at = bytes.Index(message, []byte("\n\n")); at < 0 {
			return len(message)
		}
		return at + 2
	}
	return at + 4
}

// readResponse reads a response record, which starts on line, and
// reports whether it holds an HTML page.
func (r *reader) readResponse(headers map[string]string, block []byte, line int, s stream) (page bool, err error) {
	skip := func(reason string) (bool, error) {
		r.warn(Problem{File: s.file, Line: line, Reason: reason, Skipped: true})
		return true, nil
	}
	if !strings.HasPrefix(strings.ToLower(headers["content-type"]), "application/http") {
		return false, nil
	}
	response, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return skip("bad HTTP response: " + err.Error())
	}
	contentType := response.Header.Get("Content-Type")
	if response.StatusCode != http.StatusOK || contentType != "" && !strings.Contains(strings.ToLower(contentType), "html") {
		return false, nil
	}
	// The body is the rest of the block: crawlers store it decoded and
	// keep the Content-Length of the transfer, which no longer fits it.
	var body io.Reader = bytes.NewReader(block[headerEnd(block):])
	if slices.Contains(response.TransferEncoding, "chunked") {
		body = response.Body
	}
	if strings.EqualFold(response.Header.Get("Content-Encoding"), "gzip") {
		unzipped, err := gzip.NewReader(body)
		if err != nil {
			return skip("bad gzip content: " + err.Error())
		}
		body = unzipped
	}
	content, err := readLimited(body, -1)
	if err != nil {
		return skip("HTTP body: " + reasonOf(err))
	}
	target := headers["warc-target-uri"]
	pageURL, err := url.Parse(target)
	if err != nil {
		pageURL = nil
	}
	document, reason := pageDocument(content, contentType, pageURL)
	if reason != "" {
		return skip(reason)
	}
	document.URL, document.Source, document.Line = target, s.source, line
	for _, id := range []string{target, headers["warc-record-id"], fmt.Sprintf("%s:%d", s.id, line)} {
		if id != "" {
			document.ID = id
			break
		}
	}
	if date := headers["warc-date"]; date != "" {
		if document.Date, err = time.Parse(time.RFC3339, date); err != nil {
			r.warn(Problem{File: s.file, Line: line, Reason: fmt.Sprintf("bad WARC-Date %q; ignored", date)})
		}
	}
	return true, r.admit(document, s.file)
}
