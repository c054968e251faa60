package gazetteer

import (
	"embed"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/graph"
)

//go:embed data/*.tsv data/ambiguous.txt
var dataFiles embed.FS

// entryFiles lists the data files in the order Entries reports them.
var entryFiles = []string{
	"data/countries.tsv",
	"data/subdivisions.tsv",
	"data/cities.tsv",
	"data/geography.tsv",
	"data/organisations.tsv",
	"data/agencies.tsv",
	"data/companies.tsv",
	"data/listed.tsv",
	"data/parties.tsv",
}

// fileKinds gives the kind of organisation each file of organisations
// lists.
var fileKinds = map[string]string{
	"data/organisations.tsv": KindOrganisation,
	"data/agencies.tsv":      KindAgency,
	"data/companies.tsv":     KindCompany,
	"data/listed.tsv":        KindCompany,
	"data/parties.tsv":       KindParty,
}

const ambiguousFile = "data/ambiguous.txt"

// record is one parsed line of an entry file.
type record struct {
	entry    Entry
	demonyms []string
	file     string
	line     int
}

// pluralSuffix marks a demonym that also stands for its plural:
// "Russian(s)" is "Russian" and "Russians".
const pluralSuffix = "(s)"

// parseEntries reads an entry file: one entry a line, four tab-separated
// fields (name, type, aliases, demonyms), aliases and demonyms separated
// by "|", blank lines and lines starting with "#" ignored.
func parseEntries(file, text string) ([]record, error) {
	var records []record
	for number, line := range lines(text) {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fail := func(err error) ([]record, error) {
			return nil, &dataError{File: file, Line: number, Err: err}
		}
		if !utf8.ValidString(line) {
			return fail(errEncoding)
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 4 {
			return fail(errFieldCount)
		}
		typ, err := graph.ParseType(fields[1])
		if err != nil || typ == graph.Person {
			return fail(errType)
		}
		aliases := splitList(fields[2])
		for _, name := range append([]string{fields[0]}, aliases...) {
			if err := checkName(name); err != nil {
				return fail(err)
			}
		}
		var demonyms []string
		for _, word := range splitList(fields[3]) {
			singular, plural := strings.CutSuffix(word, pluralSuffix)
			if strings.ContainsAny(singular, "()") {
				return fail(errDemonym)
			}
			if err := checkName(singular); err != nil {
				return fail(err)
			}
			demonyms = append(demonyms, singular)
			if plural {
				demonyms = append(demonyms, singular+"s")
			}
		}
		records = append(records, record{
			entry:    Entry{Name: fields[0], Type: typ, Aliases: slices.Clip(aliases), Kind: fileKinds[file]},
			demonyms: demonyms,
			file:     file,
			line:     number,
		})
	}
	return records, nil
}

// parseNames reads a list of names, one a line, with blank lines and lines
// starting with "#" ignored.
func parseNames(file, text string) ([]string, error) {
	var names []string
	for number, line := range lines(text) {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, &dataError{File: file, Line: number, Err: errEncoding}
		}
		if err := checkName(line); err != nil {
			return nil, &dataError{File: file, Line: number, Err: err}
		}
		names = append(names, line)
	}
	return names, nil
}

// lines yields each line of text with its 1-based number, without its
// line ending.
func lines(text string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		number := 0
		for line := range strings.Lines(text) {
			number++
			line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
			if !yield(number, line) {
				return
			}
		}
	}
}

// splitList splits a "|"-separated field; an empty field is an empty list.
func splitList(field string) []string {
	if field == "" {
		return nil
	}
	return strings.Split(field, "|")
}

func checkName(name string) error {
	if name == "" {
		return errEmptyName
	}
	if strings.TrimSpace(name) != name {
		return errSpace
	}
	return nil
}
