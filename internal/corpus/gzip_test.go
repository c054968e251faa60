package corpus_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/corpus"
)

// samples holds a small file of every format, by extension.
var samples = map[string]string{
	".txt":   "Headline\n\nParis is in France.\n",
	".jsonl": `{"id":"j1","text":"Rome is in Italy."}` + "\n",
	".sgm":   reutersFixture,
	".rss":   `<rss version="2.0"><channel><item><link>https://example.com/r1</link><description>Oslo is in Norway.</description></item></channel></rss>`,
	".html":  `<html><head><title>Madrid</title></head><body><article><p>Madrid is the capital of Spain, and the largest city of the country by far.</p></article></body></html>`,
	".csv":   "id,text\nc1,Lisbon is in Portugal.\n",
	".warc":  string(warcRecord("response", "https://example.com/w1", "2005-04-01T00:00:00Z", "application/http; msgtype=response", httpResponse("200 OK", "text/html", `<html><body><article><p>Vienna is the capital of Austria, on the Danube, and its largest city.</p></article></body></html>`))),
}

// A gzipped file reads as the file it was made of, whatever its format.
func TestGzip(t *testing.T) {
	t.Chdir(t.TempDir())
	for ext, content := range samples {
		writeTree(t, ".", map[string]string{"plain/sample" + ext: content, "packed/sample" + ext + ".gz": string(gzipMembers(t, []byte(content)))})
	}
	plain := readAll(t, []string{"plain"}, corpus.Options{})
	packed := readAll(t, []string{"packed"}, corpus.Options{})
	if plain.err != nil || packed.err != nil {
		t.Fatalf("Read: %v, %v", plain.err, packed.err)
	}
	if len(plain.documents) < len(samples) || len(plain.documents) != len(packed.documents) {
		t.Fatalf("%d documents from plain files, %d from gzipped ones, want as many and at least %d", len(plain.documents), len(packed.documents), len(samples))
	}
	for i, document := range packed.documents {
		want := plain.documents[i]
		// The id keeps the file's name, .gz and all.
		if document.Text != want.Text || strings.Replace(strings.TrimPrefix(document.ID, "packed/"), ".gz", "", 1) != strings.TrimPrefix(want.ID, "plain/") {
			t.Errorf("gzipped document %q = %q, want %q = %q", document.ID, document.Text, want.ID, want.Text)
		}
	}
}

// Standard input is read in the format its first bytes show, gzipped or
// not; JSON Lines when they show none.
func TestStdinFormats(t *testing.T) {
	for ext, content := range samples {
		if ext == ".txt" || ext == ".csv" {
			continue // no opening tells them from JSON Lines
		}
		for _, input := range []string{content, string(gzipMembers(t, []byte(content)))} {
			got := readAll(t, []string{"-"}, corpus.Options{Stdin: strings.NewReader(input)})
			file := readFileSample(t, ext, content)
			if got.err != nil || len(got.documents) == 0 || !slices.Equal(texts(got.documents), texts(file)) {
				t.Errorf("%s on standard input: %d documents (%v), want the %d of the file", ext, len(got.documents), got.err, len(file))
			}
		}
	}
}

func TestStdinText(t *testing.T) {
	got := readAll(t, []string{"-"}, corpus.Options{StdinText: true, Stdin: strings.NewReader("Macron met Putin.\n")})
	if got.err != nil || len(got.problems) > 0 {
		t.Fatalf("Read: %v, problems %q", got.err, got.problems)
	}
	if len(got.documents) != 1 || got.documents[0].ID != "stdin" || got.documents[0].Text != "Macron met Putin.\n" || got.documents[0].Source != "-" {
		t.Errorf("documents = %+v, want one with id \"stdin\"", got.documents)
	}
}

func readFileSample(t *testing.T, ext, content string) []corpus.Document {
	t.Helper()
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"sample" + ext: content})
	return readAll(t, []string{dir + "/sample" + ext}, corpus.Options{}).documents
}

func texts(documents []corpus.Document) []string {
	result := make([]string, len(documents))
	for i, document := range documents {
		result[i] = document.Text
	}
	return result
}
