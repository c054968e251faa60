package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/parse"
)

// shortHash is how many hex digits of a model's hash the table shows;
// --json gives them all.
const shortHash = 12

type versionOptions struct {
	JSON bool
}

func (o *versionOptions) AddFlags(fs *flag.FlagSet) {
	fs.BoolVar(&o.JSON, "json", o.JSON, "print JSON instead of a table")
}

// versionReport says which kg this is: the build of the program and what
// decides what it extracts from a text.
type versionReport struct {
	Module     string `json:"module"`
	Version    string `json:"version"`            // the module's, "(devel)" when built from a work tree without one
	Commit     string `json:"commit,omitempty"`   // the revision built, when the build recorded it
	Modified   bool   `json:"modified,omitempty"` // the work tree had changes not committed
	Go         string `json:"go"`
	Extraction string `json:"extraction"` // extract.Version: stores record it with each article
	NER        string `json:"ner_model"`  // SHA-256 of the entity tagger's model
	Parser     string `json:"parser_model"`
}

func runVersion(ctx context.Context, opts versionOptions, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		return usageError("version: unexpected argument %q", args[0])
	}
	report := currentVersion()
	if opts.JSON {
		return writeJSON(stdout, report)
	}
	table := newTable(stdout)
	fmt.Fprintf(table, "kg\t%s\n", report.Version)
	fmt.Fprintf(table, "module\t%s\n", report.Module)
	if report.Commit != "" {
		modified := ""
		if report.Modified {
			modified = " (with changes not committed)"
		}
		fmt.Fprintf(table, "commit\t%s%s\n", report.Commit, modified)
	}
	fmt.Fprintf(table, "go\t%s\n", report.Go)
	fmt.Fprintf(table, "extraction\t%s\n", report.Extraction)
	fmt.Fprintf(table, "entity model\tsha256:%s\n", report.NER[:shortHash])
	fmt.Fprintf(table, "parser model\tsha256:%s\n", report.Parser[:shortHash])
	return table.Flush()
}

func currentVersion() versionReport {
	report := versionReport{
		Module:     "github.com/kg-project/kg",
		Version:    "(unknown)",
		Go:         runtime.Version(),
		Extraction: extract.Version,
		NER:        ner.DefaultHash(),
		Parser:     parse.DefaultHash(),
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return report
	}
	report.Module, report.Version = info.Main.Path, info.Main.Version
	for _, setting := range info.Settings {
		switch setting.Key {
		case "vcs.revision":
			report.Commit = setting.Value
		case "vcs.modified":
			report.Modified = setting.Value == "true"
		}
	}
	return report
}
