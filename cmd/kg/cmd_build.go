package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/rules"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/ingest"
	"github.com/kg-project/kg/internal/lookup"
	"github.com/kg-project/kg/internal/wording"
	"github.com/kg-project/kg/store"
)

type buildOptions struct {
	DB       string
	Fields   corpus.Fields
	Workers  int    // extraction goroutines; <= 0: one per core (GOMAXPROCS)
	Rules    string // curation file to keep with the store and apply; "": the store's own
	Quiet    bool   // print only the problems with the input, and errors
	progress progressOptions
}

func (o *buildOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	addFieldFlags(fs, &o.Fields)
	fs.IntVar(&o.Workers, "workers", o.Workers, "articles extracted at once (0: one per core)")
	fs.StringVar(&o.Rules, "rules", o.Rules, "curation `file` to keep with the store and apply to every article, stored or new")
	fs.BoolVar(&o.Quiet, "quiet", o.Quiet, "print neither progress (shown once a build has run 2s) nor the summary, only problems with the input and errors")
}

func runBuild(ctx context.Context, opts buildOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) == 0 && opts.Rules == "" {
		return usageError("build: no PATH given")
	}
	if opts.Workers < 0 {
		return usageError("build: --workers must be 0 or more, not %d", opts.Workers)
	}
	if err := checkInputs(args); err != nil {
		return err
	}
	var curation []byte
	if opts.Rules != "" {
		if curation, err = os.ReadFile(opts.Rules); err != nil {
			return fmt.Errorf("build: read rules: %w", err)
		}
	}
	st, err := openStore(opts.DB, createStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	if opts.Rules != "" {
		if err := st.SetRules(opts.Rules, curation); err != nil {
			return err
		}
	}
	uncurated, err := applyRules(ctx, st, opts.Rules, opts.Quiet, stderr)
	switch {
	case err == nil && len(args) > 0:
		report := startProgress(stderr, opts.Quiet, opts.progress, inputSize(args))
		src := ingest.Files(args, corpus.Options{Fields: opts.Fields, Progress: report.bytesRead})
		err = buildOn(ctx, st, src, opts.Workers, report)
	case err == nil:
		// Curation alone changed articles: their entities are resolved
		// again, as a build does.
		err = st.Resolve()
	}
	if opts.Rules != "" && (err == nil || errors.Is(err, errSkipped)) {
		if err := warnIdleRules(st, opts.Rules, curation, stderr); err != nil {
			return err
		}
	}
	if err == nil && uncurated > 0 {
		return fail(errSkipped, "%s not curated", wording.Count(uncurated, "stored article", "stored articles"))
	}
	return err
}

// checkInputs refuses, before the store is opened or created, a PATH
// that names nothing: most likely a slip, which would otherwise leave an
// empty store, or build the rest without it.
func checkInputs(paths []string) error {
	for _, path := range paths {
		if path == "-" {
			continue
		}
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("build: %s does not exist; nothing was built", printable(path))
		}
	}
	return nil
}

// suggestedNames is how many stored entities a rule's unknown name is
// answered with.
const suggestedNames = 3

// warnIdleRules warns of the rules of a curation file, text, that name
// what kg has not found in the stored articles, predicates and names,
// and so change nothing: most likely slips. A store without articles has
// nothing to check against.
func warnIdleRules(st *store.Store, name string, text []byte, stderr io.Writer) error {
	parsed, err := rules.Parse(name, text)
	if err != nil {
		return err
	}
	if err := warnUnknownPredicates(st, name, parsed, stderr); err != nil {
		return err
	}
	return warnUnknownNames(st, name, parsed, stderr)
}

// warnUnknownPredicates warns of each predicate the drop-relation rules
// name that kg has not produced: one the vocabulary does not list
// (graph.LookupPredicate) and no stored article's extraction holds,
// before curation (store.ExtractedPredicates), with the closest ones
// ("tel" for tell, or "met", a form of the verb, for meet).
func warnUnknownPredicates(st *store.Store, name string, parsed *rules.Rules, stderr io.Writer) error {
	stored, err := st.Predicates()
	if err != nil {
		return err
	}
	var unknown []rules.NamedPredicate
	for _, named := range parsed.Predicates() {
		_, listed := graph.LookupPredicate(named.Predicate)
		if _, found := slices.BinarySearch(stored, named.Predicate); !found && !listed {
			unknown = append(unknown, named)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	// The rules may have dropped every edge of a predicate extraction
	// gives: only the articles' extraction tells.
	extracted, err := st.ExtractedPredicates()
	if err != nil || len(extracted) == 0 {
		return err
	}
	for _, named := range unknown {
		if _, found := slices.BinarySearch(extracted, named.Predicate); found {
			continue
		}
		hint := "closest: " + strings.Join(closestPredicates(named.Predicate, extracted), ", ")
		if reading, found := lookup.Predicate(named.Predicate, extracted); found {
			hint = "did you mean " + reading + "?"
		}
		fmt.Fprintf(stderr, "kg: rules: %s:%d: drop-relation: no relation of the stored articles has predicate %s, so the rule drops nothing; %s\n",
			printable(name), named.Line, strconv.Quote(named.Predicate), printable(hint))
	}
	return nil
}

// warnUnknownNames warns of each name a rule looks for among the
// entities (rules.Names) that no merge rule gives and no stored
// article's extraction gives an entity, as its name or an alias, before
// curation (store.ExtractedNames), with the stored entities closest to
// it ("Tony Blaire" for Tony Blair).
func warnUnknownNames(st *store.Store, name string, parsed *rules.Rules, stderr io.Writer) error {
	var unknown []rules.NamedName
	for _, named := range parsed.Names() {
		if parsed.Canonical(named.Name) {
			continue
		}
		nodes, err := st.Lookup(named.Name)
		if err != nil {
			return err
		}
		if len(nodes) == 0 {
			unknown = append(unknown, named)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	// The rules may have dropped every entity of a name extraction
	// gives: only the articles' extraction tells.
	extracted, err := st.ExtractedNames()
	if err != nil || len(extracted) == 0 {
		return err
	}
	for _, named := range unknown {
		if _, found := slices.BinarySearch(extracted, graph.FoldName(named.Name)); found {
			continue
		}
		closest, err := st.Closest(named.Name, suggestedNames)
		if err != nil {
			return err
		}
		names := make([]string, len(closest))
		for i, node := range closest {
			names[i] = strconv.Quote(node.Name)
		}
		fmt.Fprintf(stderr, "kg: rules: %s:%d: %s: no entity of the stored articles is named %s, so the rule changes nothing; closest: %s\n",
			printable(name), named.Line, named.Keyword, strconv.Quote(named.Name), printable(strings.Join(names, ", ")))
	}
	return nil
}

// applyRules curates the stored articles by the store's rules if they
// changed since it last did, or if that was interrupted, and says what it
// did, unless quiet and all went well; interrupted, it says how to go on,
// by the curation file given (name), if any. It returns how many articles
// it could not curate.
func applyRules(ctx context.Context, st *store.Store, name string, quiet bool, stderr io.Writer) (int, error) {
	started := time.Now()
	done, err := st.ApplyRules(ctx)
	if done.Articles > 0 && !quiet || err != nil {
		fmt.Fprintf(stderr, "kg: curated %s by the store's rules in %s\n", wording.Count(done.Articles, "stored article", "stored articles"), time.Since(started).Round(time.Millisecond))
	}
	if done.Unextracted > 0 {
		fmt.Fprintf(stderr, "kg: %s before the store kept extractions, left as stored: build into a new store to curate\n", wording.Count(done.Unextracted, "article stored", "articles stored"))
	}
	for _, skipped := range done.Skipped {
		fmt.Fprintf(stderr, "kg: document %q kept as it was: too large to store under the rules (%s)\n", store.ClipID(skipped.ID), skipped.Reason)
	}
	if err != nil && ctx.Err() != nil {
		if name == "" {
			name = "FILE"
		}
		err = fail(err, "build: interrupted while curating the stored articles; kg build --rules %s, or a kg build of any PATH, goes on from there", printable(name))
	}
	return done.Unextracted + len(done.Skipped), err
}

// build reads src into st on one extraction goroutine per core.
func build(ctx context.Context, st *store.Store, src ingest.Source, stderr io.Writer) error {
	return buildOn(ctx, st, src, 0, startProgress(stderr, false, progressOptions{}, 0))
}

// buildOn reads src into st, extracting on workers goroutines (<= 0: one
// per core), and tells report of its problems, its progress and its
// summary.
func buildOn(ctx context.Context, st *store.Store, src ingest.Source, workers int, report *progress) error {
	summary, err := ingest.Build(ctx, st, src, ingest.Options{Workers: workers, Problem: report.problem, Article: report.article})
	summary.Elapsed = time.Since(report.started)
	summary.PeakMemory = peakMemory()
	report.finish(summary)
	switch {
	case err != nil && ctx.Err() != nil:
		return fail(err, "build: interrupted after storing %s; building the same PATHs again goes on from there", wording.Count(summary.Stored(), "article", "articles"))
	case err != nil:
		return err
	case summary.Skipped > 0:
		return skippedInputs(summary.Skipped)
	}
	return nil
}

// peakMemory is the most resident memory the process has used, in bytes,
// as Linux reports it; 0 where that is unknown.
func peakMemory() int64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(status)) {
		value, found := strings.CutPrefix(line, "VmHWM:")
		if !found {
			continue
		}
		kibibytes, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 10, 64)
		if err != nil {
			return 0
		}
		return kibibytes << 10
	}
	return 0
}
