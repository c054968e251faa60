package corpus

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/internal/wording"
)

// csvTextColumns are the names a table's text column goes by, in the
// order they are looked for, when Fields.Text does not name it.
var csvTextColumns = []string{"text", "body", "content"}

// csvColumns says which column of a table holds each member of a
// document; -1 for none.
type csvColumns struct {
	id, title, text, date, url int
}

// columnsOf finds the columns in a header row, by name and whatever the
// case. Only the text column is required.
func columnsOf(header []string, fields Fields) (csvColumns, bool) {
	find := func(names ...string) int {
		for _, name := range names {
			for i, column := range header {
				if strings.EqualFold(strings.TrimSpace(column), name) {
					return i
				}
			}
		}
		return -1
	}
	textNames := csvTextColumns
	if fields.Text != "text" {
		textNames = []string{fields.Text}
	}
	columns := csvColumns{
		id:    find(fields.ID),
		title: find(fields.Title),
		text:  find(textNames...),
		date:  find(fields.Date),
		url:   find(fields.URL),
	}
	return columns, columns.text >= 0
}

// readCSV reads s as a table of comma-separated values whose first row
// names the columns: each further row is one document. A row that cannot
// be read is reported and skipped, and the rest is read.
func (r *reader) readCSV(s stream) error {
	bounded := &boundedReader{in: s.in}
	table := csv.NewReader(bounded)
	table.ReuseRecord = true
	header, err := table.Read()
	if err == io.EOF {
		r.warn(Problem{File: s.file, Reason: r.emptyReason(s), Skipped: true})
		return nil
	}
	if err != nil {
		if parseErr, ok := errors.AsType[*csv.ParseError](err); ok {
			err = errors.New("bad CSV header: " + parseErr.Err.Error())
		}
		return r.failed(s.file, 1, err)
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\uFEFF")
	}
	columns, ok := columnsOf(header, r.fields)
	if !ok {
		want := strings.Join(csvTextColumns, ", ")
		if r.fields.Text != "text" {
			want = r.fields.Text
		}
		r.warn(Problem{File: s.file, Line: 1, Reason: fmt.Sprintf("no text column in the header (want %s, any case)", want), Skipped: true})
		return nil
	}
	table.FieldsPerRecord = len(header)
	lastLine := 1 // the line where the last row read ends, or near it
	for {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		bounded.reset()
		row, err := table.Read()
		if err == io.EOF {
			return nil
		}
		if errors.Is(err, errTooLarge) {
			r.warn(Problem{File: s.file, Line: lastLine, Skipped: true,
				Reason: "the row after this line is larger than " + sizeOf(maxDocumentBytes) + "; the rest of the file is not read"})
			return nil
		}
		if parseErr, ok := errors.AsType[*csv.ParseError](err); ok {
			reason := "bad CSV: " + parseErr.Err.Error()
			if errors.Is(err, csv.ErrFieldCount) {
				reason = fmt.Sprintf("%s, but the header has %d", wording.Count(len(row), "field", "fields"), table.FieldsPerRecord)
			}
			r.warn(Problem{File: s.file, Line: parseErr.StartLine, Reason: reason + "; row skipped", Skipped: true})
			continue
		}
		if err != nil {
			return r.failed(s.file, 0, err)
		}
		line, _ := table.FieldPos(0)
		lastLine, _ = table.FieldPos(len(row) - 1)
		if err := r.readRow(row, columns, line, s); err != nil {
			return err
		}
	}
}

func (r *reader) readRow(row []string, columns csvColumns, line int, s stream) error {
	latin1 := false
	cell := func(column int) string {
		if column < 0 {
			return ""
		}
		value := row[column]
		if !utf8.ValidString(value) {
			value, latin1 = decodeWindows1252([]byte(value)), true
		}
		return value
	}
	document := Document{
		ID:     strings.TrimSpace(cell(columns.id)),
		Title:  strings.TrimSpace(cell(columns.title)),
		Text:   cell(columns.text),
		URL:    strings.TrimSpace(cell(columns.url)),
		Source: s.source,
		Line:   line,
	}
	if latin1 {
		r.warn(Problem{File: s.file, Line: line, Reason: reasonLatin1})
	}
	if strings.TrimSpace(document.Text) == "" {
		r.warn(Problem{File: s.file, Line: line, Reason: "text is blank", Skipped: true})
		return nil
	}
	if date := strings.TrimSpace(cell(columns.date)); date != "" {
		var ok bool
		if document.Date, ok = parseAnyDate(date); !ok {
			r.warn(Problem{File: s.file, Line: line, Reason: fmt.Sprintf("bad date %q; ignored", date)})
		}
	}
	if document.ID == "" {
		document.ID = fmt.Sprintf("%s:%d", s.id, line)
	}
	return r.admit(document, s.file)
}
