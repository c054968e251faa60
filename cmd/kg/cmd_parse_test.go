package main

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// conlluInput has gold columns that kg parse must replace, a multiword
// token and an empty node.
const conlluInput = `# sent_id = a
1	I	GOLD	GOLD	GOLD	_	9	gold	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	GOLD	GOLD	GOLD	_	9	gold	_	_
3	n't	GOLD	GOLD	GOLD	_	9	gold	_	_
4	know	GOLD	GOLD	GOLD	_	9	gold	_	SpaceAfter=No
4.1	knows	_	_	_	_	_	_	4:conj	_
5	.	GOLD	GOLD	GOLD	_	9	gold	_	_

1	Putin	_	_	_	_	_	_	_	_
2	met	_	_	_	_	_	_	_	_
3	Macron	_	_	_	_	_	_	_	_
4	.	_	_	_	_	_	_	_	_

`

// parsedLine is a word line of kg parse's output.
type parsedLine struct {
	id, form, lemma, upos, xpos, head, deprel, misc string
}

// readOutput splits CoNLL-U output into sentences of lines.
func readOutput(t *testing.T, output string) [][]string {
	t.Helper()
	if !strings.HasSuffix(output, "\n\n") {
		t.Fatalf("output does not end with a blank line:\n%s", output)
	}
	var sentences [][]string
	for block := range strings.SplitSeq(strings.TrimSuffix(output, "\n\n"), "\n\n") {
		sentences = append(sentences, strings.Split(block, "\n"))
	}
	return sentences
}

// checkTree checks that the word lines of a sentence form one tree with one
// root and that every column kg writes is filled.
func checkTree(t *testing.T, lines []string) []parsedLine {
	t.Helper()
	var words []parsedLine
	for _, line := range lines {
		fields := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || strings.Contains(fields[0], "-") {
			continue
		}
		if len(fields) != 10 {
			t.Fatalf("line %q has %d fields", line, len(fields))
		}
		words = append(words, parsedLine{fields[0], fields[1], fields[2], fields[3], fields[4], fields[6], fields[7], fields[9]})
	}
	roots := 0
	for i, word := range words {
		head, err := strconv.Atoi(word.head)
		if word.id != strconv.Itoa(i+1) || err != nil || head < 0 || head > len(words) || head == i+1 {
			t.Errorf("word %+v: bad ID or head", word)
		}
		if head == 0 {
			roots++
			if word.deprel != "root" {
				t.Errorf("root %+v has relation %q", word, word.deprel)
			}
		}
		for _, column := range []string{word.lemma, word.upos, word.xpos, word.deprel} {
			if column == "_" || column == "" || column == "GOLD" || column == "gold" {
				t.Errorf("word %+v: column not filled by kg", word)
			}
		}
	}
	if roots != 1 {
		t.Errorf("%d roots in %q", roots, lines)
	}
	return words
}

func TestParseCoNLLU(t *testing.T) {
	dir := writeFiles(t, map[string]string{"in.conllu": conlluInput})
	for _, tc := range []struct {
		name string
		opts parseOptions
		path string
	}{
		{"file", parseOptions{}, filepath.Join(dir, "in.conllu")},
		{"stdin", parseOptions{Stdin: strings.NewReader(conlluInput)}, "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out outputs
			if err := runParse(context.Background(), tc.opts, []string{tc.path}, &out.stdout, &out.stderr); err != nil {
				t.Fatalf("parse: %v\n%s", err, out.stderr.String())
			}
			sentences := readOutput(t, out.stdout.String())
			if len(sentences) != 2 {
				t.Fatalf("%d sentences, want 2:\n%s", len(sentences), out.stdout.String())
			}
			first := sentences[0]
			if first[0] != "# sent_id = a" || first[2] != "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_" {
				t.Errorf("comment or multiword-token line not kept:\n%s", strings.Join(first, "\n"))
			}
			var forms []string
			for _, word := range checkTree(t, first) {
				forms = append(forms, word.form)
			}
			if !slices.Equal(forms, []string{"I", "do", "n't", "know", "."}) {
				t.Errorf("forms %q: the empty node must go, every word stay", forms)
			}
			words := checkTree(t, sentences[1])
			if words[1].lemma != "meet" || words[1].upos != "VERB" || words[1].head != "0" {
				t.Errorf("met: %+v, want the root verb meet", words[1])
			}
			if words[0].head != "2" || words[0].deprel != "nsubj" || words[2].head != "2" || words[2].deprel != "obj" {
				t.Errorf("Putin met Macron: %+v", words)
			}
		})
	}
}

func TestParseText(t *testing.T) {
	text := "The European Union imposed new sanctions on Russia. Putin met Macron in Paris on Tuesday."
	dir := writeFiles(t, map[string]string{"in.txt": text})
	for _, tc := range []struct {
		name string
		opts parseOptions
		path string
	}{
		{"file", parseOptions{Text: true}, filepath.Join(dir, "in.txt")},
		{"stdin", parseOptions{Text: true, Stdin: strings.NewReader(text)}, "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out outputs
			if err := runParse(context.Background(), tc.opts, []string{tc.path}, &out.stdout, &out.stderr); err != nil {
				t.Fatalf("parse: %v\n%s", err, out.stderr.String())
			}
			sentences := readOutput(t, out.stdout.String())
			if len(sentences) != 2 {
				t.Fatalf("%d sentences, want 2:\n%s", len(sentences), out.stdout.String())
			}
			if sentences[0][1] != "# text = The European Union imposed new sanctions on Russia." {
				t.Errorf("text comment %q", sentences[0][1])
			}
			words := checkTree(t, sentences[0])
			if len(words) != 9 || words[3].form != "imposed" || words[3].head != "0" ||
				words[2].head != "4" || words[2].deprel != "nsubj" || words[5].head != "4" || words[5].deprel != "obj" {
				t.Errorf("The European Union imposed new sanctions on Russia: %+v", words)
			}
		})
	}
}

func TestParseMalformedLine(t *testing.T) {
	input := "1\tGood\t_\t_\t_\t_\t_\t_\t_\t_\n\n" +
		"1\tBad\t_\t_\n2\tline\t_\t_\t_\t_\t_\t_\t_\t_\n\n" +
		"1\tAlso\t_\t_\t_\t_\t_\t_\t_\t_\n2\tgood\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	dir := writeFiles(t, map[string]string{"bad.conllu": input})
	path := filepath.Join(dir, "bad.conllu")
	var out outputs
	err := runParse(context.Background(), parseOptions{}, []string{path}, &out.stdout, &out.stderr)
	if !errors.Is(err, errSkipped) || exitCode(err) != exitSkipped {
		t.Fatalf("error %v, want a skip (exit 3)", err)
	}
	if !strings.Contains(out.stderr.String(), path+":3: ") {
		t.Errorf("stderr does not name %s:3:\n%s", path, out.stderr.String())
	}
	sentences := readOutput(t, out.stdout.String())
	if len(sentences) != 2 || !strings.HasPrefix(sentences[1][1], "2\tgood\t") {
		t.Errorf("the sentences around the bad one are not all parsed:\n%s", out.stdout.String())
	}
}

// TestParseEmptyAndBinaryInputs: an empty file and a binary one are each
// reported by name, the run ending with exit 3, never in silence.
func TestParseEmptyAndBinaryInputs(t *testing.T) {
	dir := writeFiles(t, map[string]string{"empty.conllu": "", "binary.conllu": "\x7fELF\x00\x01\xff\xfe\n"})
	for name, want := range map[string]string{"empty.conllu": ": empty", "binary.conllu": ":1: not UTF-8 text"} {
		path := filepath.Join(dir, name)
		var out outputs
		err := runParse(context.Background(), parseOptions{}, []string{path}, &out.stdout, &out.stderr)
		if exitCode(err) != exitSkipped || !strings.Contains(out.stderr.String(), path+want) {
			t.Errorf("kg parse %s: exit %d, stderr %q; want exit %d and %q", name, exitCode(err), out.stderr.String(), exitSkipped, path+want)
		}
	}
}

// TestParseSkipsAMissingPathAndADirectory: a path that names nothing and
// a directory are each reported by name with the reason, as kg extract
// reports them, and the files given with them are still parsed (exit 3).
func TestParseSkipsAMissingPathAndADirectory(t *testing.T) {
	dir := writeFiles(t, map[string]string{"good.conllu": "1\tGood\t_\t_\t_\t_\t_\t_\t_\t_\n\n"})
	missing := filepath.Join(dir, "missing.conllu")
	var out outputs
	err := runParse(context.Background(), parseOptions{}, []string{missing, dir, filepath.Join(dir, "good.conllu")}, &out.stdout, &out.stderr)
	if exitCode(err) != exitSkipped {
		t.Errorf("exit %d, want %d", exitCode(err), exitSkipped)
	}
	want := "kg: " + missing + ": no such file or directory\nkg: " + dir + ": is a directory\n"
	if out.stderr.String() != want {
		t.Errorf("stderr %q, want %q", out.stderr.String(), want)
	}
	if sentences := readOutput(t, out.stdout.String()); len(sentences) != 1 {
		t.Errorf("%d sentences parsed, want the one of good.conllu", len(sentences))
	}
}

func TestParseNoPath(t *testing.T) {
	var out outputs
	code := run(context.Background(), []string{"parse"}, &out.stdout, &out.stderr)
	if code != exitUsage || !strings.Contains(out.stderr.String(), "no PATH given") {
		t.Errorf("exit %d, stderr %q", code, out.stderr.String())
	}
}
