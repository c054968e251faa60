package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

const reutersSample = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS NEWID="1"><TEXT>&#2;
<TITLE>COCOA</TITLE><BODY>Showers continued in
the Bahia cocoa zone, Comissaria Smith said.
    Arrivals &lt;were&gt; 155,221 bags &amp; more. Smith said &#5;it would rain.
 Reuter
&#3;</BODY></TEXT></REUTERS>
<REUTERS NEWID="2"><TEXT><BODY>Bad byte ` + "\xff" + ` here. The end.</BODY></TEXT></REUTERS>
`

func TestReutersBodies(t *testing.T) {
	got := reutersBodies(decode([]byte(reutersSample)))
	want := []string{
		"Showers continued in\nthe Bahia cocoa zone, Comissaria Smith said.\n    Arrivals <were> 155,221 bags & more. Smith said it would rain.",
		"Bad byte ÿ here. The end.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("reutersBodies = %q, want %q", got, want)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"One.  Two\nlines! \"Three?\" he asked. Four", []string{"One.", "Two lines!", `"Three?" he asked.`, "Four"}},
		{"Mr Smith met Dr. Jones in the U.S. today.", []string{"Mr Smith met Dr.", "Jones in the U.S. today."}},
		{"It cost 5.93 mln. Then it fell.", []string{"It cost 5.93 mln.", "Then it fell."}},
		{"", nil},
		{" . ", nil},
	}
	for _, test := range tests {
		if got := sentences(test.text); !slices.Equal(got, test.want) {
			t.Errorf("sentences(%q) = %q, want %q", test.text, got, test.want)
		}
	}
}

// sampleShared writes a small data directory in the layout of ../shared.
func sampleShared(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"data/bbc/politics/001.txt": "Blair Meets Brown\n\nTony Blair met Gordon Brown in London. Mr Blair said the talks went well. Mr Brown agreed. They will meet again in May.\n\nThe Tories said nothing.\n",
		"data/bbc/sport/001.txt":    "Henman Wins\n\nTim Henman beat Andy Roddick in Paris. Henman served well. Roddick said he was tired.\n",
		"data/bbc/sport/002.txt":    "Caf\xe9 Owner Sues\n\nThe owner of a caf\xe9 in Leeds sued the council. The council said it would appeal.\n",
		"data/reuters21578/a.sgm":   reutersSample,
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func generated(t *testing.T, shared string, n int, seed uint64) []byte {
	t.Helper()
	collections, err := readStories(filepath.Join(shared, "data"))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := generate(collections, n, seed, 0, &out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestGenerate(t *testing.T) {
	shared := sampleShared(t)
	collections, err := readStories(filepath.Join(shared, "data"))
	if err != nil {
		t.Fatal(err)
	}
	known := make(map[string]bool)
	for _, collection := range collections {
		for _, s := range collection {
			for _, sentence := range s.sentences {
				known[sentence] = true
			}
		}
	}
	const n = 200
	output := generated(t, shared, n, 7)
	texts := make(map[string]bool)
	lines := bufio.NewScanner(bytes.NewReader(output))
	lines.Buffer(nil, 1<<20)
	count := 0
	for lines.Scan() {
		var a article
		if err := json.Unmarshal(lines.Bytes(), &a); err != nil {
			t.Fatalf("line %d: %v", count+1, err)
		}
		if texts[a.Text] {
			t.Errorf("article %s repeats an earlier text", a.ID)
		}
		texts[a.Text] = true
		if words := len(strings.Fields(a.Text)); words < minWords {
			t.Errorf("article %s has %d words, fewer than %d", a.ID, words, minWords)
		}
		if !utf8.ValidString(a.Text) || strings.ContainsFunc(a.Text, func(r rune) bool { return unicode.IsControl(r) && r != '\n' }) {
			t.Errorf("article %s has invalid or control characters: %q", a.ID, a.Text)
		}
		for _, paragraph := range strings.Split(a.Text, "\n\n") {
			for _, sentence := range sentences(paragraph) {
				if !known[sentence] {
					t.Errorf("article %s has a sentence of no story: %q", a.ID, sentence)
				}
			}
		}
		count++
	}
	if count != n {
		t.Errorf("%d articles written, want %d", count, n)
	}
	if again := generated(t, shared, n, 7); !bytes.Equal(again, output) {
		t.Error("the same seed wrote another corpus")
	}
	if other := generated(t, shared, n, 8); bytes.Equal(other, output) {
		t.Error("another seed wrote the same corpus")
	}
}

func TestGenerateFailsWhenTheSourceIsTooSmall(t *testing.T) {
	// One sentence repeated makes one text per length: far fewer than
	// a thousand.
	tiny := [][]story{{{sentences: []string{"One sentence only."}}}}
	if err := generate(tiny, 1000, 1, 0, &bytes.Buffer{}); err == nil {
		t.Error("a thousand distinct articles from one sentence: no error")
	}
	if err := generate(nil, 1, 1, 0, &bytes.Buffer{}); err == nil {
		t.Error("no stories: no error")
	}
}

func FuzzReutersBodies(f *testing.F) {
	f.Add(reutersSample)
	f.Add("<BODY>&#0;&#x1F;&bogus;</BODY><BODY>")
	f.Fuzz(func(t *testing.T, sgml string) {
		for _, body := range reutersBodies(sgml) {
			if !utf8.ValidString(body) || body == "" || strings.ContainsFunc(body, func(r rune) bool { return unicode.IsControl(r) && r != '\n' }) {
				t.Fatalf("body %q is empty, invalid or has control characters", body)
			}
			for _, sentence := range sentences(body) {
				if strings.TrimSpace(sentence) != sentence || sentence == "" {
					t.Fatalf("sentence %q is empty or padded", sentence)
				}
			}
		}
	})
}
