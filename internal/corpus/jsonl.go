package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// readJSONL reads s as JSON Lines, one document a line.
func (r *reader) readJSONL(s stream) error {
	file := s.file
	lines := bufio.NewReaderSize(s.in, 64<<10)
	var buffer []byte
	nonBlank, number := 0, 1
	for ; ; number++ {
		line, tooLong, readErr := r.readLine(lines, buffer[:0], file, number)
		buffer = line
		if readErr != nil && readErr != io.EOF {
			if ctxErr := r.ctx.Err(); ctxErr != nil {
				return ctxErr
			}
			r.warn(Problem{File: file, Line: number, Reason: reasonOf(readErr), Skipped: true})
			return nil
		}
		if readErr == io.EOF && len(line) == 0 && !tooLong {
			break
		}
		if number == 1 {
			line = bytes.TrimPrefix(line, byteOrderMark)
		}
		line = bytes.Trim(line, " \t\r")
		switch {
		case tooLong:
			nonBlank++
		case len(line) > 0 && nonBlank == 0 && bytes.IndexByte(line, 0) >= 0:
			// A first line no JSON can hold: a binary file, whose every
			// line would be reported.
			r.warn(Problem{File: file, Reason: reasonBinary, Skipped: true})
			return nil
		case len(line) > 0:
			nonBlank++
			if err := r.readRecord(line, number, s); err != nil {
				return err
			}
		}
		if readErr == io.EOF {
			break
		}
	}
	if nonBlank == 0 {
		reason := reasonEmpty
		// Nothing at all came, not even a newline.
		if number == 1 {
			reason = r.emptyReason(s)
		}
		r.warn(Problem{File: file, Reason: reason, Skipped: true})
	}
	return nil
}

// readLine appends the next line of in to buffer, without its newline,
// checking for cancellation between reads. A line longer than
// maxDocumentBytes is reported as soon as it is found to be, and the rest
// of it is read and dropped up to its newline, however long it runs:
// tooLong is then set, and no more than maxDocumentBytes are ever held.
func (r *reader) readLine(in *bufio.Reader, buffer []byte, file string, number int) (line []byte, tooLong bool, err error) {
	for {
		if err := r.ctx.Err(); err != nil {
			return nil, tooLong, err
		}
		chunk, err := in.ReadSlice('\n')
		chunk = bytes.TrimSuffix(chunk, []byte("\n"))
		if !tooLong {
			if len(buffer)+len(chunk) > maxDocumentBytes {
				tooLong, buffer = true, buffer[:0]
				r.warn(Problem{File: file, Line: number, Reason: "line longer than " + sizeOf(maxDocumentBytes) + "; skipped", Skipped: true})
			} else {
				if len(buffer)+len(chunk) > cap(buffer) {
					buffer = slices.Grow(buffer, min(max(cap(buffer), len(chunk)), maxDocumentBytes-len(buffer)))
				}
				buffer = append(buffer, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			return buffer, tooLong, err
		}
	}
}

func (r *reader) readRecord(line []byte, number int, s stream) error {
	file := s.file
	document, warnings, err := parseRecord(line, r.fields)
	if err != nil {
		r.warn(Problem{File: file, Line: number, Reason: err.Error(), Skipped: true})
		return nil
	}
	for _, warning := range warnings {
		r.warn(Problem{File: file, Line: number, Reason: warning})
	}
	if document.ID == "" {
		document.ID = s.id + ":" + strconv.Itoa(number)
	}
	document.Source, document.Line = s.source, number
	return r.admit(document, file)
}

// parseRecord decodes one JSON object into a Document without Source, Line
// or a default ID. An error, worded as a Problem's reason, means the line
// gives no document; warnings are about members that were ignored.
func parseRecord(line []byte, fields Fields) (document Document, warnings []string, err error) {
	var members map[string]json.RawMessage
	if err := json.Unmarshal(line, &members); err != nil {
		if _, isTypeErr := errors.AsType[*json.UnmarshalTypeError](err); isTypeErr {
			return Document{}, nil, errors.New(reasonNotObject)
		}
		return Document{}, nil, fmt.Errorf("bad JSON: %w", err)
	}
	if members == nil {
		return Document{}, nil, errors.New(reasonNotObject)
	}

	text, present, ok := stringMember(members, fields.Text)
	switch {
	case !present:
		return Document{}, nil, fmt.Errorf("%q is missing", fields.Text)
	case !ok:
		return Document{}, nil, fmt.Errorf("%q is not a string", fields.Text)
	case strings.TrimSpace(text) == "":
		return Document{}, nil, fmt.Errorf("%q is blank", fields.Text)
	}
	document.Text = text

	document.ID, ok = idMember(members, fields.ID)
	if !ok {
		return Document{}, nil, fmt.Errorf("%q is not a string or number", fields.ID)
	}

	optional := func(field string) string {
		value, _, ok := stringMember(members, field)
		if !ok {
			warnings = append(warnings, fmt.Sprintf("%q is not a string; ignored", field))
		}
		return strings.TrimSpace(value)
	}
	document.Title = optional(fields.Title)
	document.URL = optional(fields.URL)
	if date := optional(fields.Date); date != "" {
		if document.Date, ok = parseAnyDate(date); !ok {
			warnings = append(warnings, fmt.Sprintf("bad %q %q (want RFC 3339, RFC 1123 or YYYY-MM-DD); ignored", fields.Date, date))
		}
	}
	return document, warnings, nil
}

// stringMember returns the string member field. present is false when the
// member is absent or null; ok is false when it is present but no string.
func stringMember(members map[string]json.RawMessage, field string) (value string, present, ok bool) {
	raw := members[field]
	if raw == nil || string(raw) == "null" {
		return "", false, true
	}
	if raw[0] != '"' {
		return "", true, false
	}
	if err := json.Unmarshal(raw, &value); err != nil {
		return "", true, false
	}
	return value, true, true
}

// idMember returns the id member as written: a number keeps its literal
// form, so that 1.50 and 1e3 are not rewritten. A blank id counts as none.
func idMember(members map[string]json.RawMessage, field string) (id string, ok bool) {
	raw := members[field]
	if len(raw) > 0 && (raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9') {
		return string(raw), true
	}
	id, _, ok = stringMember(members, field)
	if strings.TrimSpace(id) == "" {
		id = ""
	}
	return id, ok
}
