package store

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
)

func TestArticleRecordRoundTrip(t *testing.T) {
	tests := []articleRecord{
		{Manifest: [][]byte{}},
		{Hash: "abc", Title: "Putin at Versailles", Date: time.Date(2017, 5, 29, 10, 30, 0, 5, time.UTC), URL: "https://example.org/a", Manifest: [][]byte{{1, 2}, {0}, nodeKey(3)}},
		{Hash: "abc", DuplicateOf: "first", Date: time.Date(1066, 10, 14, 0, 0, 0, 0, time.UTC), Manifest: [][]byte{}},
		{Hash: "abc", Manifest: [][]byte{{1, 2}, nodeKey(3)}, Source: "/data/bbc/politics/001.txt"},
		{Hash: "abc", Manifest: [][]byte{}, Extraction: encodeExtraction(&graph.Article{Entities: []graph.Entity{{ID: "e1", Name: "A"}}})},
		{Hash: "abc", Manifest: [][]byte{}, Source: "-", Extraction: []byte{0, 0}},
	}
	for _, want := range tests {
		got, err := decodeArticle(want.encode())
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("decode(encode(%+v)) = %+v", want, got)
		}
		source, err := decodeArticleSource(want.encode())
		if err != nil || source != want.Source {
			t.Errorf("decodeArticleSource(encode(%+v)) = %q, %v", want, source, err)
		}
	}
}

// Records written before sources were recorded end after the manifest;
// they still decode, as articles of unknown source.
func TestDecodeArticleWithoutSource(t *testing.T) {
	// The layout of such a record: DuplicateOf, Hash, Title, a zero
	// Date, URL, and a manifest of one key.
	old := []byte{0, 1, 'h', 1, 't', 0, 0, 1, 2, 7, 8}
	want := articleRecord{Hash: "h", Title: "t", Manifest: [][]byte{{7, 8}}}
	got, err := decodeArticle(old)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("decodeArticle = %+v, %v; want %+v", got, err, want)
	}
	if source, err := decodeArticleSource(old); source != "" || err != nil {
		t.Errorf("decodeArticleSource = %q, %v; want \"\"", source, err)
	}
	if _, err := decodeArticleSource(old[:len(old)-1]); !errors.Is(err, ErrCorrupt) {
		t.Errorf("decodeArticleSource of a truncated record: %v, want ErrCorrupt", err)
	}
}

func TestDecodeRejectsTruncated(t *testing.T) {
	full := evidenceValue{Kind: "event", Date: time.Unix(1e9, 0).UTC(), End: 40, Text: "Macron met Putin."}.encode()
	for n := range len(full) {
		if _, err := decodeEvidence(full[:n]); !errors.Is(err, ErrCorrupt) {
			t.Errorf("decodeEvidence of %d of %d bytes: %v, want ErrCorrupt", n, len(full), err)
		}
	}
	if _, err := decodeEvidence(append(full, 0)); !errors.Is(err, ErrCorrupt) {
		t.Errorf("decodeEvidence with a trailing byte: %v, want ErrCorrupt", err)
	}
}

func FuzzEvidenceValueRoundTrip(f *testing.F) {
	f.Add("event", int64(1e9), int64(5), 40, "Macron met Putin.")
	f.Add("", int64(-1e12), int64(0), -1, "\x00\xff")
	f.Fuzz(func(t *testing.T, kind string, seconds, nanos int64, end int, text string) {
		want := evidenceValue{Kind: graph.Kind(kind), End: end, Text: text}
		if seconds != 0 || nanos != 0 {
			want.Date = time.Unix(seconds, nanos).UTC()
		}
		got, err := decodeEvidence(want.encode())
		if err != nil {
			t.Fatal(err)
		}
		if !got.Date.Equal(want.Date) || got.Kind != want.Kind || got.End != want.End || got.Text != want.Text {
			t.Fatalf("decode(encode(%+v)) = %+v", want, got)
		}
	})
}

// FuzzDecodeArticle feeds arbitrary bytes to the article decoder, which
// must fail cleanly rather than panic or allocate without bound.
func FuzzDecodeArticle(f *testing.F) {
	f.Add((&articleRecord{Hash: "h", Manifest: [][]byte{{1}}}).encode())
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Add((&articleRecord{Hash: "h", Manifest: [][]byte{{1}}, Source: "/a.txt"}).encode())
	f.Add((&articleRecord{Hash: "h", Manifest: [][]byte{{1}}, Extraction: []byte{0, 0}}).encode())
	f.Fuzz(func(t *testing.T, buf []byte) {
		record, err := decodeArticle(buf)
		source, sourceErr := decodeArticleSource(buf)
		if (err == nil) != (sourceErr == nil) || err == nil && source != record.Source {
			t.Fatalf("decodeArticle: %+v, %v; decodeArticleSource: %q, %v", record, err, source, sourceErr)
		}
		if err != nil {
			return
		}
		again, err := decodeArticle(record.encode())
		if err != nil || !reflect.DeepEqual(again, record) {
			t.Fatalf("re-decoding %+v: %+v, %v", record, again, err)
		}
	})
}

func TestAggregateRecordsRoundTrip(t *testing.T) {
	dated := time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC)
	nodes := []nodeRecord{
		{Type: graph.Person, Name: "Vladimir Putin"},
		{Type: graph.GPE, Name: "Côte d'Ivoire", Mentions: 1 << 40, Documents: 3},
	}
	for _, want := range nodes {
		if got, err := decodeNode(want.encode()); err != nil || got != want {
			t.Errorf("decodeNode(encode(%+v)) = %+v, %v", want, got, err)
		}
	}
	spellings := []spellingRecord{
		{},
		{Documents: 12, Article: "bbc/politics/001.txt", Spelling: "Mr\x00Blair"},
	}
	for _, want := range spellings {
		if got, err := decodeSpelling(want.encode()); err != nil || got != want {
			t.Errorf("decodeSpelling(encode(%+v)) = %+v, %v", want, got, err)
		}
	}
	edges := []edgeRecord{
		{},
		{Weight: 3, First: dated, Last: dated.AddDate(1, 0, 0), Earliest: evidenceRef{
			Article: "a", Start: -4, evidenceValue: evidenceValue{Kind: graph.Role, Date: dated, End: 90, Text: "Putin, president of Russia, spoke."},
		}},
	}
	for _, want := range edges {
		got, err := decodeEdge(want.encode())
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("decodeEdge(encode(%+v)) = %+v, %v", want, got, err)
		}
	}
	full := edges[1].encode()
	for n := range len(full) {
		if _, err := decodeEdge(full[:n]); !errors.Is(err, ErrCorrupt) {
			t.Errorf("decodeEdge of %d of %d bytes: %v, want ErrCorrupt", n, len(full), err)
		}
	}
}

func TestEdgeRecordAdd(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2005, 1, d, 0, 0, 0, 0, time.UTC) }
	evidence := func(article string, start int, date time.Time) evidenceRef {
		return evidenceRef{Article: article, Start: start, evidenceValue: evidenceValue{Kind: graph.Event, Date: date}}
	}
	tests := []struct {
		name     string
		added    []evidenceRef
		earliest evidenceRef
		first    time.Time
		last     time.Time
	}{
		{"undated only", []evidenceRef{evidence("b", 0, time.Time{}), evidence("a", 5, time.Time{})}, evidence("a", 5, time.Time{}), time.Time{}, time.Time{}},
		{"dated before undated", []evidenceRef{evidence("a", 0, time.Time{}), evidence("z", 0, day(9))}, evidence("z", 0, day(9)), day(9), day(9)},
		{"by date, then article, then start", []evidenceRef{evidence("b", 3, day(2)), evidence("a", 9, day(5)), evidence("b", 1, day(2))}, evidence("b", 1, day(2)), day(2), day(5)},
	}
	for _, test := range tests {
		var record edgeRecord
		for _, e := range test.added {
			record.add(e)
		}
		if record.Weight != len(test.added) || record.Earliest != test.earliest || !record.First.Equal(test.first) || !record.Last.Equal(test.last) {
			t.Errorf("%s: %+v; want weight %d, earliest %+v, first %v, last %v", test.name, record, len(test.added), test.earliest, test.first, test.last)
		}
	}
}

// FuzzDecodeEdge feeds arbitrary bytes to the edge record decoder, which
// must fail cleanly or decode a record that encodes back to them.
func FuzzDecodeEdge(f *testing.F) {
	f.Add(edgeRecord{Weight: 2, Earliest: evidenceRef{Article: "a", evidenceValue: evidenceValue{Text: "Macron met Putin."}}}.encode())
	f.Add([]byte{1, 1, 0, 0, 0})
	f.Fuzz(func(t *testing.T, buf []byte) {
		record, err := decodeEdge(buf)
		if err != nil {
			return
		}
		again, err := decodeEdge(record.encode())
		if err != nil || !reflect.DeepEqual(again, record) {
			t.Fatalf("re-decoding %+v: %+v, %v", record, again, err)
		}
	})
}

func TestExtractionRoundTrip(t *testing.T) {
	articles := []*graph.Article{
		{},
		{
			Entities: []graph.Entity{
				{ID: "e1", Name: "Vladimir Putin", Type: graph.Person, Aliases: []string{"Putin", "Mr Putin"},
					Mentions: []graph.Mention{{Start: 0, End: 14, Text: "Vladimir Putin", Via: "name"}, {Start: 40, End: 42, Text: "he", Via: "pronoun"}}},
				{ID: "e2", Name: "Côte d'Ivoire", Type: graph.GPE},
			},
			Relations: []graph.Relation{
				{Subject: "e1", Predicate: "visit", Object: "e2", Kind: graph.Event, Sentence: graph.Span{Start: 0, End: 50}, Evidence: "Putin visited."},
				{Subject: "e2", Predicate: "host", Object: "e1", Negated: true, Kind: graph.Event, Sentence: graph.Span{Start: 0, End: 50}, Evidence: "Putin visited."},
				{Subject: "e1", Predicate: "president", Object: "e2", Kind: graph.Role, Sentence: graph.Span{Start: 51, End: 60}, Evidence: ""},
			},
		},
	}
	for _, want := range articles {
		got := &graph.Article{}
		if err := decodeExtraction(encodeExtraction(want), got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("decode(encode(%+v)) = %+v", want, got)
		}
	}
}

// FuzzDecodeExtraction feeds arbitrary bytes to the extraction decoder,
// which must fail cleanly, or decode what encodes back to the same bytes'
// meaning.
func FuzzDecodeExtraction(f *testing.F) {
	f.Add(encodeExtraction(&graph.Article{
		Entities:  []graph.Entity{{ID: "e1", Name: "A", Type: graph.Person, Aliases: []string{"B"}, Mentions: []graph.Mention{{Start: 1, End: 2, Text: "A", Via: "name"}}}},
		Relations: []graph.Relation{{Subject: "e1", Predicate: "p", Object: "e1", Evidence: "s"}, {Subject: "e1", Predicate: "q", Object: "e1", Evidence: "s"}},
	}))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, buf []byte) {
		var a graph.Article
		if err := decodeExtraction(buf, &a); err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v is not ErrCorrupt", err)
			}
			return
		}
		var again graph.Article
		if err := decodeExtraction(encodeExtraction(&a), &again); err != nil || !reflect.DeepEqual(again, a) {
			t.Fatalf("re-decoding %+v: %+v, %v", a, again, err)
		}
	})
}
