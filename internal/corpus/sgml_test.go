package corpus_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/sharedtest"
)

const reutersFixture = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<TEXT>&#2;
<TITLE>BAHIA COCOA &lt;REVIEW&gt;</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued in
the Bahia cocoa zone, &lt;Comissaria Smith&gt; said &amp; more.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="2">
<DATE> 2-MAR-1987 08:22:03.13</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>BRIEF WITHOUT A BODY</TITLE>
&#3;</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="3">
<DATE>31-MAR-1987 605:12:19.12</DATE>
<TEXT><BODY>M` + "\xfc" + `nchen said the cocoa
was late.</BODY></TEXT>
</REUTERS>
<REUTERS NEWID="4"><TEXT><BODY>Cut short`

func TestReutersSGML(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".", map[string]string{"reuters/reut2-000.sgm": reutersFixture})
	got := readAll(t, []string{"reuters"}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	want := []corpus.Document{
		{ID: "reuters/reut2-000.sgm#NEWID=1", Title: "BAHIA COCOA <REVIEW>", Date: time.Date(1987, 2, 26, 15, 1, 1, 790000000, time.UTC),
			Text: "Showers continued in\nthe Bahia cocoa zone, <Comissaria Smith> said & more.\n Reuter\n", Line: 2},
		{ID: "reuters/reut2-000.sgm#NEWID=3", Text: "München said the cocoa\nwas late.", Line: 18},
	}
	if len(got.documents) != len(want) {
		t.Fatalf("read %d documents, want %d: %+v", len(got.documents), len(want), got.documents)
	}
	for i, document := range got.documents {
		want[i].Source = filepath.Join("reuters", "reut2-000.sgm")
		if !document.Date.Equal(want[i].Date) {
			t.Errorf("document %d: date %v, want %v", i, document.Date, want[i].Date)
		}
		document.Date = want[i].Date
		if document != want[i] {
			t.Errorf("document %d =\n%+v, want\n%+v", i, document, want[i])
		}
	}
	file := filepath.Join("reuters", "reut2-000.sgm")
	wantProblems := []string{
		file + `:18: not UTF-8; read as Latin-1`,
		file + `:18: bad <DATE> "31-MAR-1987 605:12:19.12" (want like 26-FEB-1987 15:01:01.79); ignored`,
		file + `:23: story not closed by </REUTERS>; read to the end of the file`,
		file + `: 2 of 4 stories have no body; not read`,
	}
	if !slices.Equal(got.problems, wantProblems) {
		t.Errorf("problems =\n%q, want\n%q", got.problems, wantProblems)
	}
}

// Every Reuters-21578 story with a body is read, with its date, and its
// text is the body as the quality tests take it: character references
// removed, &lt; &gt; &amp; unescaped.
func TestReuters21578(t *testing.T) {
	dir := sharedtest.Path(t, "data", "reuters21578")
	got := readAll(t, []string{dir}, corpus.Options{})
	if got.err != nil {
		t.Fatalf("Read: %v", got.err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.sgm"))
	if err != nil {
		t.Fatal(err)
	}
	newID := regexp.MustCompile(`NEWID="(\d+)"`)
	characterReference := regexp.MustCompile(`&#\d+;`)
	unescape := strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")
	bodies := map[string]string{}
	stories := 0
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, story := range strings.Split(latin1(raw), "</REUTERS>") {
			id := newID.FindStringSubmatch(story)
			if id == nil {
				continue
			}
			stories++
			_, body, found := strings.Cut(story, "<BODY>")
			body, _, _ = strings.Cut(body, "</BODY>")
			if found {
				bodies["reuters21578/"+filepath.Base(file)+"#NEWID="+id[1]] = unescape.Replace(characterReference.ReplaceAllString(body, ""))
			}
		}
	}
	t.Logf("%d stories in %d files, %d with a body", stories, len(files), len(bodies))
	if len(got.documents) != len(bodies) {
		t.Errorf("read %d documents, want the %d stories with a body", len(got.documents), len(bodies))
	}
	badDates := map[string]bool{}
	notes, latin1Warnings := 0, 0
	for _, problem := range got.problems {
		switch {
		case strings.Contains(problem, "stories have no body; not read"):
			notes++
		case strings.Contains(problem, ": bad <DATE> "):
			place, _, _ := strings.Cut(problem, ": bad <DATE> ")
			badDates[place] = true
		case strings.HasSuffix(problem, ": not UTF-8; read as Latin-1"):
			latin1Warnings++
		default:
			t.Errorf("unexpected problem %q", problem)
		}
	}
	if notes != len(files) || latin1Warnings != 1 {
		t.Errorf("%d notes of stories without a body and %d Latin-1 warnings, want %d and 1", notes, latin1Warnings, len(files))
	}
	wrong := 0
	for _, document := range got.documents {
		if document.Date.IsZero() && !badDates[document.Source+":"+strconv.Itoa(document.Line)] {
			t.Errorf("document %q has no date, and no bad date was reported", document.ID)
		}
		if body, ok := bodies[document.ID]; !ok || document.Text != body {
			wrong++
			if wrong <= 3 {
				t.Errorf("document %q: text %q is no story's body (found: %v)", document.ID, clipped(document.Text), ok)
			}
		}
	}
	t.Logf("%d documents, %d of them without a date", len(got.documents), len(badDates))
}

func clipped(text string) string {
	if len(text) > 80 {
		return text[:80] + "..."
	}
	return text
}

// latin1 decodes bytes as ISO 8859-1, as the quality tests read Reuters.
func latin1(raw []byte) string {
	runes := make([]rune, len(raw))
	for i, b := range raw {
		runes[i] = rune(b)
	}
	return string(runes)
}

func BenchmarkReadReuters(b *testing.B) {
	dir := sharedtest.Path(b, "data", "reuters21578")
	benchmarkRead(b, dir)
}
