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
	}
	for _, want := range tests {
		got, err := decodeArticle(want.encode())
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("decode(encode(%+v)) = %+v", want, got)
		}
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
	f.Fuzz(func(t *testing.T, buf []byte) {
		record, err := decodeArticle(buf)
		if err != nil {
			return
		}
		again, err := decodeArticle(record.encode())
		if err != nil || !reflect.DeepEqual(again, record) {
			t.Fatalf("re-decoding %+v: %+v, %v", record, again, err)
		}
	})
}
