package parse_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/parse"
)

func TestReadSkipsSentenceOfEmptyNodes(t *testing.T) {
	sentences, err := readAll("1.1\tghost\t_\t_\t_\t_\t_\t_\t0:root\t_\n\n1\tReal\t_\t_\t_\t_\t0\troot\t_\t_\n")
	if err != nil || len(sentences) != 1 || sentences[0].Words[0].Form != "Real" {
		t.Errorf("read %+v, %v: want the one sentence with a word", sentences, err)
	}
}

func TestReadKeepsRangesAndDropsEmptyNodes(t *testing.T) {
	sentences := readSentences(t, "testdata/sample.conllu")
	if len(sentences) != 2 {
		t.Fatalf("%d sentences, want 2", len(sentences))
	}
	first := sentences[0]
	if got := first.Forms(); !reflect.DeepEqual(got, []string{"I", "do", "n't", "know", "."}) {
		t.Errorf("forms %q", got)
	}
	want := []parse.Range{{First: 2, Line: "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_"}}
	if !reflect.DeepEqual(first.Ranges, want) {
		t.Errorf("ranges %+v, want %+v", first.Ranges, want)
	}
	if w := first.Words[3]; w.Head != 0 || w.Deprel != "root" || w.Misc != "SpaceAfter=No" || w.XPOS != "VB" {
		t.Errorf("word 4: %+v", w)
	}
	if got := first.Comments; !reflect.DeepEqual(got, []string{" sent_id = one", " text = I don't know."}) {
		t.Errorf("comments %q", got)
	}
}

// TestRoundTrip writes what it read and reads it again: the sentences are
// the same, and the text is the input but for the empty node and the
// enhanced dependencies, which are not kept.
func TestRoundTrip(t *testing.T) {
	input, err := os.ReadFile("testdata/sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	sentences := readSentences(t, "testdata/sample.conllu")
	var out bytes.Buffer
	for _, sentence := range sentences {
		if err := parse.WriteSentence(&out, sentence); err != nil {
			t.Fatal(err)
		}
	}
	var want strings.Builder
	for line := range strings.SplitAfterSeq(string(input), "\n") {
		fields := strings.Split(line, "\t")
		if strings.HasPrefix(line, "4.1\t") {
			continue
		}
		if len(fields) == 10 && !strings.Contains(fields[0], "-") {
			fields[8] = "_"
		}
		want.WriteString(strings.Join(fields, "\t"))
	}
	if out.String() != want.String() {
		t.Errorf("wrote\n%s\nwant\n%s", out.String(), want.String())
	}
	again, err := readAll(out.String())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, sentences) {
		t.Errorf("read back %+v, want %+v", again, sentences)
	}
}

func readAll(text string) ([]*parse.Sentence, error) {
	reader := parse.NewReader(strings.NewReader(text))
	var sentences []*parse.Sentence
	for {
		sentence, err := reader.Read()
		if err == io.EOF {
			return sentences, nil
		}
		if err != nil {
			return sentences, err
		}
		sentences = append(sentences, sentence)
	}
}

func TestReadMalformed(t *testing.T) {
	good := "1\tHello\t_\t_\t_\t_\t0\troot\t_\t_\n"
	tests := []struct {
		name  string
		input string
		line  int
	}{
		{"too few fields", "1\tHello\t_\t_\n", 1},
		{"word out of order", "# c\n1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n3\tB\t_\t_\t_\t_\t1\tdep\t_\t_\n", 3},
		{"bad head", "1\tA\t_\t_\t_\t_\tx\troot\t_\t_\n", 1},
		{"negative head", "1\tA\t_\t_\t_\t_\t-1\troot\t_\t_\n", 1},
		{"bad range", "1-x\tA\t_\t_\t_\t_\t_\t_\t_\t_\n", 1},
		{"range not before its first word", "1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n1-2\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n", 2},
		{"empty form", "1\t\t_\t_\t_\t_\t0\troot\t_\t_\n", 1},
		{"carriage return inside", "1\tA\t_\t_\t_\t\r\t0\troot\t_\t_\n", 1},
		{"binary", "1\tA\x00\xff\t_\t_\t_\t_\t0\troot\t_\t_\n", 1},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			// The malformed sentence is reported and skipped; the next
			// one is read.
			reader := parse.NewReader(strings.NewReader(test.input + "\n" + good))
			_, err := reader.Read()
			var syntax *parse.SyntaxError
			if !errors.As(err, &syntax) || syntax.Line != test.line {
				t.Fatalf("error %v, want a syntax error at line %d", err, test.line)
			}
			sentence, err := reader.Read()
			if err != nil || len(sentence.Words) != 1 || sentence.Words[0].Form != "Hello" {
				t.Fatalf("next sentence %+v, %v", sentence, err)
			}
			if _, err := reader.Read(); err != io.EOF {
				t.Errorf("after the last sentence: %v, want EOF", err)
			}
		})
	}
}

// FuzzReader checks that whatever the reader accepts, the writer writes so
// that the reader reads the same sentences back.
func FuzzReader(f *testing.F) {
	sample, err := os.ReadFile("testdata/sample.conllu")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(sample))
	f.Add("1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n\n\n1-2\tx\n")
	f.Add("# only a comment\n\n1\t\t\t\t\t\t\t\t\t\r\n")
	f.Fuzz(func(t *testing.T, text string) {
		reader := parse.NewReader(strings.NewReader(text))
		var sentences []*parse.Sentence
		for range len(text) + 1 {
			sentence, err := reader.Read()
			if err == io.EOF {
				break
			}
			var syntax *parse.SyntaxError
			if errors.As(err, &syntax) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			sentences = append(sentences, sentence)
		}
		var out bytes.Buffer
		for _, sentence := range sentences {
			if err := parse.WriteSentence(&out, sentence); err != nil {
				t.Fatal(err)
			}
		}
		again, err := readAll(out.String())
		if err != nil {
			t.Fatalf("reading what was written: %v\n%q", err, out.String())
		}
		if len(again) != len(sentences) {
			t.Fatalf("%d sentences written, %d read back", len(sentences), len(again))
		}
		for i := range again {
			if !reflect.DeepEqual(again[i].Words, sentences[i].Words) || len(again[i].Ranges) != len(sentences[i].Ranges) {
				t.Fatalf("sentence %d: read back %+v, want %+v", i, again[i], sentences[i])
			}
		}
	})
}
