package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/parse"
)

type parseOptions struct {
	// Text reads plain text, split into sentences and words by kg, rather
	// than CoNLL-U.
	Text bool
	// Stdin is read for the path "-"; nil means the process's standard
	// input.
	Stdin io.Reader
}

func (o *parseOptions) AddFlags(fs *flag.FlagSet) {
	fs.BoolVar(&o.Text, "text", false, "read plain text, split into sentences and words by kg, instead of CoNLL-U")
}

// runParse writes the parse of every sentence of the inputs as CoNLL-U.
// CoNLL-U input keeps its words, comments and multiword-token lines; its
// analysis columns are replaced. A malformed sentence is reported with its
// file and line and skipped.
func runParse(ctx context.Context, opts parseOptions, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError("parse: no PATH given (use - for standard input)")
	}
	model, err := parse.Default()
	if err != nil {
		return err
	}
	var splitter *extract.Extractor
	if opts.Text {
		if splitter, err = extract.New(); err != nil {
			return err
		}
	}
	out := bufio.NewWriter(stdout)
	skipped := 0
	for _, path := range args {
		if err := ctx.Err(); err != nil {
			return err
		}
		in, closeInput, err := openInput(path, opts.Stdin)
		if err != nil {
			// As kg extract and kg build word it: the path, then why.
			if pathErr, ok := errors.AsType[*fs.PathError](err); ok {
				err = pathErr.Err
			}
			fmt.Fprintf(stderr, "kg: %s: %v\n", printable(path), err)
			skipped++
			continue
		}
		if opts.Text {
			err = parseText(ctx, model, splitter, in, out)
		} else {
			err = parseCoNLLU(ctx, model, path, in, out, func(problem error) {
				fmt.Fprintf(stderr, "kg: %v\n", problem)
				skipped++
			})
		}
		closeInput()
		if err != nil {
			out.Flush()
			return fmt.Errorf("parse: %s: %w", path, err)
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if skipped > 0 {
		return skippedInputs(skipped)
	}
	return nil
}

// openInput opens path, or stdin for "-". A directory is refused: kg
// parse reads files.
func openInput(path string, stdin io.Reader) (io.Reader, func(), error) {
	if path == "-" {
		if stdin == nil {
			stdin = os.Stdin
		}
		return stdin, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	if info, err := f.Stat(); err == nil && info.IsDir() {
		f.Close()
		return nil, nil, &fs.PathError{Op: "read", Path: path, Err: syscall.EISDIR}
	}
	return f, func() { f.Close() }, nil
}

// parseCoNLLU parses every sentence of a CoNLL-U input; skip is told of
// each malformed sentence, as path:line, and of an input with none.
func parseCoNLLU(ctx context.Context, model *parse.Model, path string, in io.Reader, out io.Writer, skip func(error)) error {
	reader := parse.NewReader(in)
	for read := 0; ; read++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		sentence, err := reader.Read()
		var syntax *parse.SyntaxError
		switch {
		case err == io.EOF && read == 0:
			skip(fmt.Errorf("%s: empty: no sentence to parse", path))
			return nil
		case err == io.EOF:
			return nil
		case errors.As(err, &syntax):
			skip(fmt.Errorf("%s:%d: %s (sentence skipped)", path, syntax.Line, syntax.Msg))
			continue
		case err != nil:
			return err
		}
		model.ParseSentence(sentence)
		if err := parse.WriteSentence(out, sentence); err != nil {
			return err
		}
	}
}

// parseText splits plain text into sentences and parses each.
func parseText(ctx context.Context, model *parse.Model, splitter *extract.Extractor, in io.Reader, out io.Writer) error {
	text, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	for i, s := range splitter.Sentences(string(text)) {
		if err := ctx.Err(); err != nil {
			return err
		}
		sentence := &parse.Sentence{
			Comments: []string{fmt.Sprintf(" sent_id = %d", i+1), " text = " + s.Text},
			Words:    model.Parse(s.Tokens),
		}
		if err := parse.WriteSentence(out, sentence); err != nil {
			return err
		}
	}
	return nil
}
