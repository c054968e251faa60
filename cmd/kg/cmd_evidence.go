package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/wording"
	"github.com/kg-project/kg/store"
)

type evidenceOptions struct {
	DB        string
	Predicate string
	endTypes
	Limit int
	JSON  bool
}

func (o *evidenceOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.StringVar(&o.Predicate, "predicate", o.Predicate, "only sentences stating these predicates, comma-separated")
	o.endTypes.AddFlags(fs)
	fs.IntVar(&o.Limit, "limit", o.Limit, "show at most this many sentences (0: all)")
	fs.BoolVar(&o.JSON, "json", o.JSON, "print one JSON object per sentence and line")
}

// evidenceLine is one sentence of kg evidence --json: the statement it
// makes about the pair and where it stands. Start and End are byte
// offsets into the document's text.
type evidenceLine struct {
	Subject   string     `json:"subject"`
	Predicate string     `json:"predicate"`
	Object    string     `json:"object"`
	Negated   bool       `json:"negated"`
	Kind      graph.Kind `json:"kind"`
	Direction string     `json:"direction"` // "out": the first entity is the subject; "in": the second is
	Document  string     `json:"document"`
	Date      string     `json:"date,omitempty"` // YYYY-MM-DD
	Start     int        `json:"start"`
	End       int        `json:"end"`
	Sentence  string     `json:"sentence"`
}

func runEvidence(ctx context.Context, opts evidenceOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) != 2 {
		return usageError("evidence: want two entities, A and B, not %s (quote a name of several words)", wording.Count(len(args), "argument", "arguments"))
	}
	if opts.Limit < 0 {
		return usageError("evidence: --limit must be at least 0, not %d", opts.Limit)
	}
	from, to, err := opts.ends("evidence")
	if err != nil {
		return err
	}
	types := [2]typeChoice{from, to}
	st, err := openStore(opts.DB, readStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	var pair [2]graph.Node
	for i, name := range args {
		if pair[i], err = resolveEntity(st, "evidence", name, types[i], stderr); err != nil {
			return err
		}
	}
	predicates, err := predicateList(st, "evidence", "predicate", opts.Predicate, stderr)
	if err != nil {
		return err
	}
	if pair[0].ID == pair[1].ID {
		return usageError("evidence: %q and %q are one entity, %s", args[0], args[1], pair[0].Name)
	}
	statements, err := st.PairEvidence(pair[0].ID, pair[1].ID, predicates)
	if err != nil {
		return err
	}
	total, sentences := len(statements), countSentences(statements)
	if opts.Limit > 0 {
		statements = statements[:min(opts.Limit, total)]
	}
	lines := make([]evidenceLine, len(statements))
	for i, s := range statements {
		lines[i] = newEvidenceLine(pair, s)
	}
	out := bufio.NewWriter(stdout)
	if opts.JSON {
		encoder := json.NewEncoder(out)
		encoder.SetEscapeHTML(false)
		for _, line := range lines {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := encoder.Encode(line); err != nil {
				return err
			}
		}
	} else if err := writeEvidenceTable(out, pair, lines, total, sentences); err != nil {
		return err
	}
	return out.Flush()
}

// countSentences counts the distinct sentences of statements: one
// sentence may state several relations of the pair.
func countSentences(statements []store.Statement) int {
	type sentence struct {
		document string
		start    int
	}
	seen := make(map[sentence]bool, len(statements))
	for _, s := range statements {
		seen[sentence{s.Evidence.Document, s.Evidence.Sentence.Start}] = true
	}
	return len(seen)
}

func newEvidenceLine(pair [2]graph.Node, s store.Statement) evidenceLine {
	subject, object, direction := pair[0].Name, pair[1].Name, "out"
	if s.From == pair[1].ID {
		subject, object, direction = object, subject, "in"
	}
	return evidenceLine{
		Subject:   subject,
		Predicate: s.Predicate,
		Object:    object,
		Negated:   s.Negated,
		Kind:      s.Kind,
		Direction: direction,
		Document:  s.Evidence.Document,
		Date:      formatDay(s.Evidence.Date),
		Start:     s.Evidence.Sentence.Start,
		End:       s.Evidence.Sentence.End,
		Sentence:  s.Evidence.Text,
	}
}

// writeEvidenceTable prints lines, the first of total statements in
// sentences distinct sentences, each sentence in full.
func writeEvidenceTable(w io.Writer, pair [2]graph.Node, lines []evidenceLine, total, sentences int) error {
	count := wording.Count(total, "statement", "statements")
	if len(lines) < total {
		count = fmt.Sprintf("%d of %s", len(lines), count)
	}
	fmt.Fprintf(w, "%s (%s) and %s (%s): %s in %s\n\n",
		printable(pair[0].Name), pair[0].Type, printable(pair[1].Name), pair[1].Type, count, wording.Count(sentences, "sentence", "sentences"))
	if len(lines) == 0 {
		return nil
	}
	table := newTable(w)
	fmt.Fprintln(table, "DATE\tDOCUMENT\tBYTES\tPREDICATE\tDIR\tSENTENCE")
	for _, line := range lines {
		fmt.Fprintf(table, "%s\t%s\t%d-%d\t%s\t%s\t%s\n", cmp.Or(line.Date, "-"), printable(line.Document), line.Start, line.End,
			printable(statedPredicate(line.Predicate, line.Negated)), arrow(line.Predicate, line.Direction), printable(line.Sentence))
	}
	return table.Flush()
}
