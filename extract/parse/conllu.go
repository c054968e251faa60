package parse

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Sentence is one sentence of CoNLL-U: its comment lines, its words, and
// the multiword-token range lines ("4-5 don't") that stand before some of
// them. Empty nodes ("8.1") belong to enhanced dependencies only and are
// dropped on reading.
type Sentence struct {
	Comments []string // without the leading "#"
	Words    []Word
	Ranges   []Range
}

// Range is a multiword-token line, kept as it was read.
type Range struct {
	First int    // ID of the first word it spans; the line stands before it
	Line  string // the whole line, without its line break
}

// Word is one syntactic word with its analysis, as in a CoNLL-U line.
type Word struct {
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string // "" for none
	Head   int    // position of the head word from 1, 0 for the root
	Deprel string // a UD relation with its subtype, as "nsubj:pass"
	Misc   string // "" for none
}

// Forms returns the form of each word of the sentence.
func (s *Sentence) Forms() []string {
	forms := make([]string, len(s.Words))
	for i, word := range s.Words {
		forms[i] = word.Form
	}
	return forms
}

// Reader reads sentences of CoNLL-U.
type Reader struct {
	in   *bufio.Reader
	line int
}

// NewReader returns a Reader of CoNLL-U from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{in: bufio.NewReaderSize(r, 64<<10)}
}

// Read returns the next sentence, or io.EOF after the last. A malformed
// line gives a *SyntaxError with its line number; the rest of its sentence
// is skipped, so that reading may go on with the next sentence.
func (r *Reader) Read() (*Sentence, error) {
	var sentence *Sentence
	var bad *SyntaxError
	for {
		text, err := r.in.ReadString('\n')
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("parse: read line %d: %w", r.line+1, err)
		}
		end := err == io.EOF && text == ""
		if !end {
			r.line++
			text = strings.TrimRight(text, "\r\n")
		}
		if end || strings.TrimSpace(text) == "" {
			switch {
			case bad != nil:
				return nil, bad
			case sentence != nil && !sentence.empty():
				return sentence, nil
			case end:
				return nil, io.EOF
			}
			// Blank lines between sentences, or a sentence of empty
			// nodes only, which leaves nothing.
			sentence = nil
			continue
		}
		if sentence == nil {
			sentence = &Sentence{}
		}
		if bad != nil {
			continue
		}
		if !utf8.ValidString(text) || strings.ContainsRune(text, 0) {
			bad = &SyntaxError{Line: r.line, Msg: "not UTF-8 text (a binary file?)"}
			continue
		}
		if comment, ok := strings.CutPrefix(text, "#"); ok {
			sentence.Comments = append(sentence.Comments, comment)
			continue
		}
		if msg := sentence.addLine(text); msg != "" {
			bad = &SyntaxError{Line: r.line, Msg: msg}
		}
	}
}

// empty reports whether nothing of the sentence was kept.
func (s *Sentence) empty() bool {
	return len(s.Words) == 0 && len(s.Comments) == 0 && len(s.Ranges) == 0
}

// addLine adds a word, range or empty-node line to the sentence, or
// returns what is wrong with it.
func (s *Sentence) addLine(text string) string {
	if strings.ContainsRune(text, '\r') {
		return "carriage return inside the line"
	}
	fields := strings.Split(text, "\t")
	if len(fields) != 10 {
		return fmt.Sprintf("%d fields, want 10", len(fields))
	}
	id := fields[0]
	if strings.Contains(id, ".") {
		return "" // an empty node
	}
	if first, last, ok := strings.Cut(id, "-"); ok {
		from, err1 := strconv.Atoi(first)
		to, err2 := strconv.Atoi(last)
		if err1 != nil || err2 != nil || from != len(s.Words)+1 || to < from {
			return fmt.Sprintf("bad multiword token range %q", id)
		}
		s.Ranges = append(s.Ranges, Range{First: from, Line: text})
		return ""
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return fmt.Sprintf("word ID %q, want %d", id, len(s.Words)+1)
	}
	if fields[1] == "" {
		return "empty form"
	}
	head := -1
	if fields[6] != "_" {
		if head, err = strconv.Atoi(fields[6]); err != nil || head < 0 {
			return fmt.Sprintf("bad head %q", fields[6])
		}
	}
	s.Words = append(s.Words, Word{
		Form:   fields[1],
		Lemma:  underscoreless(fields[2]),
		UPOS:   underscoreless(fields[3]),
		XPOS:   underscoreless(fields[4]),
		Feats:  underscoreless(fields[5]),
		Head:   head,
		Deprel: underscoreless(fields[7]),
		Misc:   underscoreless(fields[9]),
	})
	return ""
}

// underscoreless reads CoNLL-U's "_" for an empty field as "".
func underscoreless(field string) string {
	if field == "_" {
		return ""
	}
	return field
}

// WriteSentence writes s as CoNLL-U, ending with the blank line that
// closes a sentence. Empty fields are written as "_"; a head below 0 (not
// given) too.
func WriteSentence(w io.Writer, s *Sentence) error {
	var b strings.Builder
	for _, comment := range s.Comments {
		b.WriteString("#")
		b.WriteString(comment)
		b.WriteByte('\n')
	}
	ranges := s.Ranges
	for i, word := range s.Words {
		for len(ranges) > 0 && ranges[0].First <= i+1 {
			b.WriteString(ranges[0].Line)
			b.WriteByte('\n')
			ranges = ranges[1:]
		}
		b.WriteString(strconv.Itoa(i + 1))
		for _, field := range [...]string{clean(word.Form), field(word.Lemma), field(word.UPOS), field(word.XPOS), field(word.Feats)} {
			b.WriteByte('\t')
			b.WriteString(field)
		}
		b.WriteByte('\t')
		if word.Head >= 0 {
			b.WriteString(strconv.Itoa(word.Head))
		} else {
			b.WriteByte('_')
		}
		b.WriteByte('\t')
		b.WriteString(field(word.Deprel))
		b.WriteString("\t_\t")
		b.WriteString(field(word.Misc))
		b.WriteByte('\n')
	}
	for _, r := range ranges {
		b.WriteString(r.Line)
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// field writes an empty value as "_" and keeps tabs and line breaks, which
// would break the line, out of the others.
func field(value string) string {
	if value == "" {
		return "_"
	}
	return clean(value)
}

func clean(value string) string {
	if !strings.ContainsAny(value, "\t\r\n") {
		return value
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, value)
}
