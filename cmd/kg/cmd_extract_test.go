package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
)

var extractInputs = []struct{ id, text string }{
	{"first", "Russian President Vladimir Putin met French President Emmanuel Macron at the Palace of Versailles.\n\nMr Putin said Russia wanted better relations with France."},
	{"second", "The United Nations called for a ceasefire. The UN said aid must reach Syria."},
	{"third", "Nothing of note happened here."},
	{"fourth", "Microsoft's chief executive Satya Nadella visited Helsinki — the Finnish capital — on Monday."},
}

func extractJSONL() string {
	var lines strings.Builder
	for _, input := range extractInputs {
		line, _ := json.Marshal(map[string]string{"id": input.id, "text": input.text})
		lines.Write(line)
		lines.WriteByte('\n')
	}
	return lines.String()
}

func TestExtractOutputShape(t *testing.T) {
	dir := writeFiles(t, map[string]string{"docs.jsonl": extractJSONL()})
	for _, tc := range []struct {
		name string
		opts extractOptions
		path string
	}{
		{"file", extractOptions{}, filepath.Join(dir, "docs.jsonl")},
		{"stdin", extractOptions{Stdin: strings.NewReader(extractJSONL())}, "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out outputs
			if err := runExtract(context.Background(), tc.opts, []string{tc.path}, &out.stdout, &out.stderr); err != nil {
				t.Fatalf("extract: %v\n%s", err, out.stderr.String())
			}
			checkExtractOutput(t, out.stdout.Bytes())
		})
	}
}

func checkExtractOutput(t *testing.T, output []byte) {
	t.Helper()
	scanner := bufio.NewScanner(bytes.NewReader(output))
	scanner.Buffer(nil, 1<<24)
	line := 0
	for scanner.Scan() {
		if line >= len(extractInputs) {
			t.Fatalf("more lines than documents: %s", scanner.Text())
		}
		input := extractInputs[line]
		line++
		var raw map[string]json.RawMessage
		decodeJSON(t, scanner.Bytes(), &raw)
		for _, list := range []string{"entities", "relations"} {
			if !bytes.HasPrefix(raw[list], []byte("[")) {
				t.Errorf("%s: %q is %s, want a JSON array", input.id, list, raw[list])
			}
		}
		var article graph.Article
		decodeJSON(t, scanner.Bytes(), &article)
		if article.ID != input.id {
			t.Errorf("line %d has id %q, want %q (input order)", line, article.ID, input.id)
		}
		for _, entity := range article.Entities {
			for _, mention := range entity.Mentions {
				if mention.Start < 0 || mention.End > len(input.text) || mention.Start >= mention.End {
					t.Errorf("%s: mention %+v of %q lies outside the text (%d bytes)", input.id, mention, entity.Name, len(input.text))
					continue
				}
				if got := input.text[mention.Start:mention.End]; got != mention.Text {
					t.Errorf("%s: text[%d:%d] = %q, mention says %q", input.id, mention.Start, mention.End, got, mention.Text)
				}
			}
		}
		for _, relation := range article.Relations {
			if article.Entity(relation.Subject) == nil || article.Entity(relation.Object) == nil {
				t.Errorf("%s: relation %+v names an entity the article lacks", input.id, relation)
			}
		}
	}
	if err := scanner.Err(); err != nil {
		t.Fatal(err)
	}
	if line != len(extractInputs) {
		t.Errorf("%d lines for %d documents", line, len(extractInputs))
	}
}

func TestExtractFindsTheNamedPeople(t *testing.T) {
	var out outputs
	opts := extractOptions{Stdin: strings.NewReader(extractJSONL())}
	if err := runExtract(context.Background(), opts, []string{"-"}, &out.stdout, &out.stderr); err != nil {
		t.Fatal(err)
	}
	var first graph.Article
	decodeJSON(t, bytes.SplitN(out.stdout.Bytes(), []byte("\n"), 2)[0], &first)
	names := map[string]bool{}
	for _, entity := range first.Entities {
		names[entity.Name] = true
	}
	for _, want := range []string{"Vladimir Putin", "Emmanuel Macron"} {
		if !names[want] {
			t.Errorf("entities of %q lack %q: %v", first.ID, want, names)
		}
	}
}

func TestExtractSkippedInputExitsThree(t *testing.T) {
	var out outputs
	opts := extractOptions{Stdin: strings.NewReader("{\"id\": \"ok\", \"text\": \"Paris is in France.\"}\nnot json\n")}
	err := runExtract(context.Background(), opts, []string{"-"}, &out.stdout, &out.stderr)
	if code := exitCode(err); code != exitSkipped {
		t.Errorf("exit code %d (%v), want %d", code, err, exitSkipped)
	}
	if want := "kg: stdin:2: "; !strings.Contains(out.stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, out.stderr.String())
	}
	if lines := bytes.Count(out.stdout.Bytes(), []byte("\n")); lines != 1 {
		t.Errorf("%d output lines, want 1 for the good document", lines)
	}
}

// With --text, standard input is one plain-text article, as in
// echo "Macron met Putin." | kg extract --text -
func TestExtractText(t *testing.T) {
	var out outputs
	opts := extractOptions{Text: true, Stdin: strings.NewReader("Macron met Putin.\n")}
	if err := runExtract(context.Background(), opts, []string{"-"}, &out.stdout, &out.stderr); err != nil {
		t.Fatalf("%v\n%s", err, out.stderr.String())
	}
	var article graph.Article
	decodeJSON(t, bytes.TrimSpace(out.stdout.Bytes()), &article)
	names := map[string]bool{}
	for _, entity := range article.Entities {
		names[entity.Name] = true
	}
	if article.ID != "stdin" || !names["Macron"] || !names["Putin"] {
		t.Errorf("article %q with entities %v, want \"stdin\" with Macron and Putin", article.ID, names)
	}
}
