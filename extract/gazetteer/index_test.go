package gazetteer

import (
	"errors"
	"strings"
	"testing"
)

// TestDataHasNoConflicts fails when the data gives one name, alias or
// demonym to two entries (or twice to one), when a demonym names one place
// and Lookup another, or when an acronym and a name fold to the same key.
// Where a name could mean two places the data lists it under one only;
// SOURCES.md records those choices.
func TestDataHasNoConflicts(t *testing.T) {
	ix, err := buildIndex()
	if err != nil {
		t.Fatal(err)
	}
	for _, problem := range ix.problems {
		t.Error(problem)
	}
}

// TestEveryCountryHasADemonym checks that each UN member, listed first in
// the data, has a demonym, and that every demonym finds its own entry.
func TestEveryCountryHasADemonym(t *testing.T) {
	// Their demonyms belong to larger namesakes: "Dominican" to the
	// Dominican Republic, "Congolese" to the Democratic Republic.
	exempt := map[string]bool{"Dominica": true, "Republic of the Congo": true}
	text, err := dataFiles.ReadFile("data/countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	records, err := parseEntries("data/countries.tsv", string(text))
	if err != nil {
		t.Fatal(err)
	}
	const unMembers = 193
	if len(records) <= unMembers || records[unMembers].entry.Name != "Taiwan" {
		t.Fatalf("the 193 UN members should come first, then Taiwan")
	}
	for i, rec := range records {
		if i < unMembers && len(rec.demonyms) == 0 && !exempt[rec.entry.Name] {
			t.Errorf("%s has no demonym", rec.entry.Name)
		}
		for _, word := range rec.demonyms {
			if got, ok := Demonym(word); !ok || got.Name != rec.entry.Name {
				t.Errorf("Demonym(%q) = %q, %v; want %q", word, got.Name, ok, rec.entry.Name)
			}
		}
	}
}

func TestNewIndexReportsConflicts(t *testing.T) {
	records := []record{
		{entry: Entry{Name: "Nice", Type: "GPE"}, file: "a", line: 1},
		{entry: Entry{Name: "National Institute", Type: "ORG", Aliases: []string{"NICE", "National institute"}}, file: "a", line: 2},
		{entry: Entry{Name: "Georgia", Type: "GPE"}, demonyms: []string{"Georgian"}, file: "a", line: 3},
		{entry: Entry{Name: "Georgia (US state)", Type: "GPE", Aliases: []string{"Georgia"}}, demonyms: []string{"Georgian"}, file: "a", line: 4},
		{entry: Entry{Name: "Caribbean", Type: "LOC"}, demonyms: []string{"Georgia"}, file: "a", line: 5},
		{entry: Entry{Name: "Kiribati", Type: "GPE"}, demonyms: []string{"I-KIRIBATI"}, file: "a", line: 6},
		{entry: Entry{Name: "Gilbert Islands", Type: "GPE"}, demonyms: []string{"I-Kiribati"}, file: "a", line: 7},
	}
	ix := newIndex(records, nil)
	want := []string{
		`a:2: acronym "NICE" of "National Institute" also belongs to "Nice" (a:1)`,
		`a:2: name "National institute" of "National Institute" also belongs to the same entry already`,
		`a:4: demonym "Georgian" of "Georgia (US state)" also belongs to "Georgia" (a:3)`,
		`a:4: name "Georgia" of "Georgia (US state)" also belongs to "Georgia" (a:3)`,
		`a:5: demonym "Georgia" of "Caribbean" also belongs to "Georgia" (a:3)`,
		`a:7: demonym "I-KIRIBATI" of "Gilbert Islands" also belongs to "Kiribati" (a:6)`,
	}
	if got := strings.Join(ix.problems, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	if id, ok := ix.names.find("Georgia"); !ok || ix.entries[id].Name != "Georgia" {
		t.Errorf("first claim should win: Georgia resolves to %v, %v", id, ok)
	}
}

func TestParseEntries(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		wantErr  error
		wantLine int
		want     []record
	}{
		{
			name: "full line with plurals",
			text: "# comment\n\nRussia\tGPE\tRussian Federation|Rossiya\tRussian(s)|Muscovy\n",
			want: []record{{
				entry:    Entry{Name: "Russia", Type: "GPE", Aliases: []string{"Russian Federation", "Rossiya"}},
				demonyms: []string{"Russian", "Russians", "Muscovy"},
				file:     "test.tsv", line: 3,
			}},
		},
		{
			name: "empty lists and CRLF",
			text: "Alps\tloc\t\t\r\nUnited Nations\tORGANIZATION\tUN\t\r\n",
			want: []record{
				{entry: Entry{Name: "Alps", Type: "LOC"}, file: "test.tsv", line: 1},
				{entry: Entry{Name: "United Nations", Type: "ORG", Aliases: []string{"UN"}}, file: "test.tsv", line: 2},
			},
		},
		{name: "three fields", text: "ok\tGPE\t\t\nRussia\tGPE\tRussian Federation\n", wantErr: errFieldCount, wantLine: 2},
		{name: "person", text: "Vladimir Putin\tPERSON\t\t\n", wantErr: errType, wantLine: 1},
		{name: "unknown type", text: "Mars\tPLANET\t\t\n", wantErr: errType, wantLine: 1},
		{name: "empty name", text: "\tGPE\t\t\n", wantErr: errEmptyName, wantLine: 1},
		{name: "empty alias", text: "Russia\tGPE\tRossiya||USSR\t\n", wantErr: errEmptyName, wantLine: 1},
		{name: "padded alias", text: "Russia\tGPE\t Rossiya\t\n", wantErr: errSpace, wantLine: 1},
		{name: "stray parenthesis", text: "Russia\tGPE\t\tRussian(es)\n", wantErr: errDemonym, wantLine: 1},
		{name: "bare plural marker", text: "Russia\tGPE\t\t(s)\n", wantErr: errEmptyName, wantLine: 1},
		{name: "invalid UTF-8", text: "Russ\xffia\tGPE\t\t\n", wantErr: errEncoding, wantLine: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseEntries("test.tsv", tt.text)
			if tt.wantErr != nil {
				var located *dataError
				if !errors.Is(err, tt.wantErr) || !errors.As(err, &located) || located.Line != tt.wantLine {
					t.Fatalf("err = %v, want %v on line %d", err, tt.wantErr, tt.wantLine)
				}
				if !strings.HasPrefix(err.Error(), "gazetteer: test.tsv:") {
					t.Errorf("message %q lacks package and location", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !equalRecords(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func equalRecords(a, b []record) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.entry.Name != y.entry.Name || x.entry.Type != y.entry.Type || x.file != y.file || x.line != y.line ||
			strings.Join(x.entry.Aliases, "|") != strings.Join(y.entry.Aliases, "|") ||
			strings.Join(x.demonyms, "|") != strings.Join(y.demonyms, "|") {
			return false
		}
	}
	return true
}

func TestParseNames(t *testing.T) {
	names, err := parseNames("list.txt", "# words\nChad\n\nTurkey\r\n")
	if err != nil || strings.Join(names, ",") != "Chad,Turkey" {
		t.Errorf("parseNames = %q, %v", names, err)
	}
	if _, err := parseNames("list.txt", "Chad\n Turkey\n"); !errors.Is(err, errSpace) {
		t.Errorf("padded name: err = %v, want %v", err, errSpace)
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Russia", "russia"},
		{"  United \t\n Kingdom ", "united kingdom"},
		{"São Tomé and Príncipe", "sao tome and principe"},
		{"SÃO PAULO", "sao paulo"},
		{"Sa\u0303o Paulo", "sao paulo"},
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"Guinea–Bissau", "guinea-bissau"},
		{"Łódź", "lodz"},
		{"Düsseldorf", "dusseldorf"},
		{"Færøerne", "faeroerne"},
		{"Straße", "strasse"},
		{"İstanbul", "istanbul"},
		{"Москва", "москва"},
		{"", ""},
		{"\xff", "\uFFFD"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsAcronym(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"US", true}, {"U.S.", true}, {"G7", true}, {"G-20", true}, {"NATO", true},
		{"Nato", false}, {"DR Congo", false}, {"us", false}, {"7", false}, {"", false}, {"...", false},
	}
	for _, tt := range tests {
		if got := isAcronym(tt.in); got != tt.want {
			t.Errorf("isAcronym(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzParseEntries(f *testing.F) {
	for _, file := range entryFiles {
		text, err := dataFiles.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(text[:min(len(text), 2000)]))
	}
	f.Add("Russia\tGPE\tRussian Federation\tRussian(s)\n")
	f.Add("\t\t\t\n(s)\n")
	f.Fuzz(func(t *testing.T, text string) {
		records, err := parseEntries("fuzz.tsv", text)
		if err != nil {
			var located *dataError
			if !errors.As(err, &located) || located.Line < 1 {
				t.Fatalf("error without location: %v", err)
			}
			return
		}
		for _, rec := range records {
			if rec.entry.Name == "" || (rec.entry.Type != "GPE" && rec.entry.Type != "LOC" && rec.entry.Type != "ORG") {
				t.Fatalf("accepted bad record %+v", rec)
			}
			for _, word := range append(rec.entry.Aliases, rec.demonyms...) {
				if word == "" || strings.TrimSpace(word) != word {
					t.Fatalf("accepted bad name %q in %+v", word, rec)
				}
			}
		}
		// The index must accept whatever the parser accepts.
		newIndex(records, nil)
	})
}

// BenchmarkBuildIndex measures the one-time cost of the first query.
func BenchmarkBuildIndex(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := buildIndex(); err != nil {
			b.Fatal(err)
		}
	}
}
