package ner

import (
	"bufio"
	"io"
	"strings"
)

// ReadCoNLL reads documents in the CoNLL-2003 layout: one token a line with
// the word first and the IOB2 label last, blank lines between sentences,
// and a "-DOCSTART-" line opening each document.
func ReadCoNLL(r io.Reader) ([][][]Token, error) {
	var docs [][][]Token
	var doc [][]Token
	var sentence []Token
	endSentence := func() {
		if len(sentence) > 0 {
			doc = append(doc, sentence)
			sentence = nil
		}
	}
	endDoc := func() {
		endSentence()
		if len(doc) > 0 {
			docs = append(docs, doc)
			doc = nil
		}
	}
	scanner := bufio.NewScanner(r)
	scanner.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for scanner.Scan() {
		line++
		text := scanner.Text()
		if strings.HasPrefix(text, "-DOCSTART-") {
			endDoc()
			continue
		}
		fields := strings.Fields(text)
		switch len(fields) {
		case 0:
			endSentence()
		case 1:
			return nil, &SyntaxError{Line: line, Msg: "want a word and a label"}
		default:
			label := fields[len(fields)-1]
			if _, ok := labelIndex(label); !ok {
				return nil, &SyntaxError{Line: line, Msg: "unknown label " + label}
			}
			sentence = append(sentence, Token{Word: fields[0], Label: label})
		}
	}
	if err := scanner.Err(); err != nil {
		return nil, err
	}
	endDoc()
	return docs, nil
}
