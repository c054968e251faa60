package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kg-project/kg/extract/ner"
)

type options struct {
	csvPath, dataDir, outPath string
	nasdaqPath, otherPath     string
	bbcDir, reutersDir        string
	conllPath                 string
}

func (o *options) addFlags(flags *flag.FlagSet) {
	flags.StringVar(&o.csvPath, "csv", "", "S&P 500 constituents `file` (data/constituents.csv of datasets/s-and-p-500-companies)")
	flags.StringVar(&o.nasdaqPath, "nasdaq", "", "NASDAQ symbol directory `file` (data/nasdaq-listed.csv of datasets/nasdaq-listings)")
	flags.StringVar(&o.otherPath, "other", "", "symbol directory `file` of the other US exchanges (data/other-listed.csv of datasets/nyse-other-listings)")
	flags.StringVar(&o.dataDir, "data", "extract/gazetteer/data", "`dir` of the gazetteer's other data files, whose names are left out")
	flags.StringVar(&o.outPath, "out", "extract/gazetteer/data/listed.tsv", "`file` to write")
	flags.StringVar(&o.bbcDir, "bbc", "../shared/data/bbc", "`dir` of BBC News text")
	flags.StringVar(&o.reutersDir, "reuters", "../shared/data/reuters21578", "`dir` of Reuters-21578 SGML")
	flags.StringVar(&o.conllPath, "conll", "../shared/data/conll2003/train.txt", "CoNLL-2003 training `file`")
}

// run writes the data file as opts say, and logs each name left out and why.
func run(opts options, log io.Writer) error {
	rows, err := readTable(opts.csvPath)
	if err != nil {
		return fmt.Errorf("gazetteerdata: %w", err)
	}
	index := len(rows)
	for _, path := range []string{opts.nasdaqPath, opts.otherPath} {
		if path == "" {
			continue
		}
		listed, err := readListings(path)
		if err != nil {
			return fmt.Errorf("gazetteerdata: %w", err)
		}
		rows = append(rows, listed...)
	}
	known, companies, err := readGazetteer(opts.dataDir, filepath.Base(opts.outPath))
	if err != nil {
		return fmt.Errorf("gazetteerdata: %w", err)
	}
	model, err := ner.Default()
	if err != nil {
		return fmt.Errorf("gazetteerdata: %w", err)
	}
	ev := newEvidence(model.Prior)
	var phrases []string
	for i, listed := range rows {
		for _, name := range forms(listed, i < index) {
			words, _ := tokenise(name)
			phrases = append(append(phrases, name), words...)
		}
	}
	counter := newPhraseCounter(phrases, ev)
	if err := counter.countCoNLL(opts.conllPath); err != nil {
		return fmt.Errorf("gazetteerdata: %w", err)
	}
	if err := counter.countBBC(opts.bbcDir); err != nil {
		return fmt.Errorf("gazetteerdata: %w", err)
	}
	if err := counter.countReuters(opts.reutersDir); err != nil {
		return fmt.Errorf("gazetteerdata: %w", err)
	}
	entries := ev.entries(rows, index, known, companies, log)
	var out bytes.Buffer
	fmt.Fprint(&out, header)
	for _, e := range entries {
		fmt.Fprintf(&out, "%s\tORG\t%s\t\n", e[0], strings.Join(e[1:], "|"))
	}
	if err := os.WriteFile(opts.outPath, out.Bytes(), 0o644); err != nil {
		return fmt.Errorf("gazetteerdata: %w", err)
	}
	fmt.Fprintf(log, "%d of %d companies written to %s\n", len(entries), len(rows), opts.outPath)
	return nil
}

const header = `# Companies of the S&P 500 index, then the other companies whose shares
# trade on the US exchanges, as English-language news names them. Written
# by internal/gazetteerdata from the S&P 500 constituents table of the
# datasets/s-and-p-500-companies project and the symbol directories of the
# datasets/nasdaq-listings and datasets/nyse-other-listings projects (all
# ODC-PDDL-1.0); SOURCES.md gives the versions read and the command. Do
# not edit: change the program and run it again. Columns as in
# countries.tsv.
`

// entries returns, for each company of rows in order, its names, the
// canonical one first: the shortest name kept, then the others from the
// fullest. A company one of whose names companies holds is left out
// whole, being there already; one with no name kept is left out too. No
// name is given to two companies: the first in rows keeps it. The first
// index rows are the S&P 500's, which may go by a short name.
func (ev *evidence) entries(rows []string, index int, known, companies map[string]bool, log io.Writer) [][]string {
	var entries [][]string
	taken := map[string]bool{}
	for i, listed := range rows {
		names := forms(listed, i < index)
		if i := slices.IndexFunc(names, func(name string) bool { return companies[key(name)] }); i >= 0 {
			fmt.Fprintf(log, "%s: left out, the gazetteer has %q\n", listed, names[i])
			continue
		}
		var kept []string
		for _, name := range names {
			why := ev.judge(name, known)
			if why == keep && taken[key(name)] {
				why = "an earlier company's name"
			}
			if why != keep {
				fmt.Fprintf(log, "%s: %q left out: %s\n", listed, name, why)
				continue
			}
			kept = append(kept, name)
		}
		if len(kept) == 0 {
			continue
		}
		for _, name := range kept {
			taken[key(name)] = true
		}
		last := len(kept) - 1
		entries = append(entries, append([]string{kept[last]}, kept[:last]...))
	}
	return entries
}

// readTable returns the Security column of the constituents table.
func readTable(path string) ([]string, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	records, err := csv.NewReader(file).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(records) < 2 || len(records[0]) < 2 || records[0][1] != "Security" {
		return nil, fmt.Errorf("%s: no Security column second", path)
	}
	var names []string
	for _, record := range records[1:] {
		names = append(names, record[1])
	}
	return names, nil
}

// readGazetteer returns the keys of every name and alias of the entry
// files in dir but skip, and of the names of ambiguous.txt, and
// separately those of organisations.
func readGazetteer(dir, skip string) (known, organisations map[string]bool, err error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, nil, err
	}
	known, organisations = map[string]bool{}, map[string]bool{}
	for _, path := range paths {
		if filepath.Base(path) == skip {
			continue
		}
		text, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, err
		}
		for line := range strings.Lines(string(text)) {
			fields := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
			if len(fields) != 4 || strings.HasPrefix(fields[0], "#") {
				continue
			}
			for _, name := range append([]string{fields[0]}, strings.Split(fields[2], "|")...) {
				if name == "" {
					continue
				}
				known[key(name)] = true
				if fields[1] == "ORG" {
					organisations[key(name)] = true
				}
			}
		}
	}
	text, err := os.ReadFile(filepath.Join(dir, "ambiguous.txt"))
	if err != nil {
		return nil, nil, err
	}
	for line := range strings.Lines(string(text)) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			known[key(line)] = true
		}
	}
	return known, organisations, nil
}
