package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/internal/lookup"
	"github.com/kg-project/kg/internal/serve"
)

// command is one subcommand of kg.
type command struct {
	name     string
	synopsis string // the arguments after the name
	summary  string
	// prepare registers the subcommand's flags on fs and returns the
	// function that runs it once fs has parsed the command line.
	prepare func(fs *flag.FlagSet, global globalOptions) func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// flagAdder is an options struct of a subcommand.
type flagAdder[O any] interface {
	*O
	AddFlags(fs *flag.FlagSet)
}

// define builds a command from an options type: initial gives the options'
// defaults from the global flags, run executes the parsed options.
func define[O any, P flagAdder[O]](name, synopsis, summary string, initial func(globalOptions) O,
	run func(ctx context.Context, opts O, args []string, stdout, stderr io.Writer) error) command {
	return command{
		name:     name,
		synopsis: synopsis,
		summary:  summary,
		prepare: func(fs *flag.FlagSet, global globalOptions) func(context.Context, []string, io.Writer, io.Writer) error {
			opts := initial(global)
			P(&opts).AddFlags(fs)
			return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
				return run(ctx, opts, args, stdout, stderr)
			}
		},
	}
}

// commands lists the subcommands in the order kg help shows them.
func commands() []command {
	return []command{
		define("build", "[flags] PATH...", "read articles into the store",
			func(g globalOptions) buildOptions { return buildOptions{DB: g.DB} }, runBuild),
		define("load", "[flags] BUNDLE", "make a new store from a graph bundle (as kg-beam build writes)",
			func(g globalOptions) loadOptions { return loadOptions{DB: g.DB} }, runLoad),
		define("extract", "[flags] PATH...", "print each article's entities and relations as JSON Lines",
			func(globalOptions) extractOptions { return extractOptions{} }, runExtract),
		define("parse", "[flags] PATH...", "parse sentences (CoNLL-U, or plain text with --text) and print them as CoNLL-U",
			func(globalOptions) parseOptions { return parseOptions{} }, runParse),
		define("neighbours", "[flags] ENTITY", "show what the store knows about an entity",
			func(g globalOptions) neighboursOptions {
				return neighboursOptions{DB: g.DB, Depth: 1, Direction: "both"}
			}, runNeighbours),
		define("evidence", "[flags] A B", "list every sentence stating a relation between two entities",
			func(g globalOptions) evidenceOptions { return evidenceOptions{DB: g.DB} }, runEvidence),
		define("entities", "[flags] [PREFIX | id:N]", "list the entities, those whose name or an alias starts with PREFIX, or the one with id N",
			func(g globalOptions) entitiesOptions { return entitiesOptions{DB: g.DB} }, runEntities),
		define("analyse", "[flags]", "measure the graph (PageRank, betweenness, communities, ...) and store the results",
			func(g globalOptions) analyseOptions {
				return analyseOptions{DB: g.DB, Resolution: analysis.DefaultResolution, Seed: analysis.DefaultSeed, Exclude: defaultExclude}
			}, runAnalyse),
		define("top", "[flags]", "list the most central entities",
			func(g globalOptions) topOptions {
				return topOptions{DB: g.DB, By: "pagerank", N: 10, Exclude: defaultExclude}
			}, runTop),
		define("communities", "[flags]", "list the communities of entities, largest first",
			func(g globalOptions) communitiesOptions {
				return communitiesOptions{DB: g.DB, N: 10, Members: 5, Exclude: defaultExclude}
			}, runCommunities),
		define("path", "[flags] A B", "show the shortest chains of statements linking two entities",
			func(g globalOptions) pathOptions { return pathOptions{DB: g.DB, K: 1, Exclude: defaultExclude} }, runPath),
		define("export", "[flags]", "write the graph, or part of it, as GraphML, GEXF or DOT",
			func(g globalOptions) exportOptions {
				return exportOptions{DB: g.DB, Metrics: true, Evidence: export.DefaultEvidence}
			}, runExport),
		define("stats", "[flags]", "count the store's documents, entities and edges",
			func(g globalOptions) statsOptions { return statsOptions{DB: g.DB} }, runStats),
		define("serve", "[flags]", "answer a JSON API and a web explorer over the store, storing posted articles",
			func(g globalOptions) serveOptions {
				return serveOptions{DB: g.DB, Addr: defaultAddr, MaxBody: serve.DefaultMaxIngestBytes, Cache: serve.DefaultCacheBytes}
			}, runServe),
		define("render", "[flags] -o FILE.svg|FILE.png", "draw the graph, or part of it, as a picture",
			func(g globalOptions) renderOptions {
				return renderOptions{DB: g.DB, Seed: 1, Updates: 400, Filter: filterOptions{Top: defaultRenderTop, Exclude: defaultExclude}}
			}, runRender),
		define("demo", "[flags]", "build and show the graph of a sample corpus built into kg",
			func(g globalOptions) demoOptions {
				if g.dbGiven {
					return demoOptions{DB: g.DB, Output: demoOutput}
				}
				return demoOptions{Output: demoOutput}
			}, runDemo),
		define("version", "[flags]", "say which kg this is: its version, and those of its extraction and models",
			func(globalOptions) versionOptions { return versionOptions{} }, runVersion),
	}
}

// lookupCommand finds the command name names, or stands for as an alias.
func lookupCommand(name string) (command, bool) {
	if canonical, ok := aliases[name]; ok {
		name = canonical
	}
	for _, cmd := range commands() {
		if cmd.name == name {
			return cmd, true
		}
	}
	return command{}, false
}

const exitCodesHelp = `Exit codes:
  0  success
  1  error
  2  usage error: unknown command, bad flag, missing argument
  3  finished, but some input was skipped or unreadable (the rest was done)
  4  the store is in use by another kg process (kg serve: the message gives its address)
`

func printUsage(w io.Writer) {
	var text strings.Builder
	text.WriteString("kg turns news articles into a knowledge graph.\n\nUsage:\n  kg [--db DIR] COMMAND [flags] [arguments]\n  kg --version\n\nCommands:\n")
	for _, cmd := range commands() {
		fmt.Fprintf(&text, "  %-12s %s\n", cmd.name, cmd.summary)
	}
	text.WriteString("  help         show this text, or a command's flags: kg help COMMAND\n\n")
	spellings := make([]string, 0, len(aliases))
	for alias, name := range aliases {
		spellings = append(spellings, "kg "+alias+" for kg "+name)
	}
	slices.Sort(spellings)
	text.WriteString("American spellings work too: " + strings.Join(spellings, ", ") + ".\n")
	text.WriteString("An entity is given by a name or an alias (--type narrows it), or by its id as " + lookup.IDPrefix + "N, which\nkg entities prints.\n")
	text.WriteString("The store is the directory given by --db, else $" + storeEnv + ", else " + defaultStore + ".\n")
	text.WriteString("Data goes to standard output, diagnostics to standard error.\n\n")
	text.WriteString(exitCodesHelp)
	io.WriteString(w, text.String())
}

func printCommandUsage(w io.Writer, cmd command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: kg %s %s\n\n%s.\n\nFlags:\n", cmd.name, cmd.synopsis, capitalise(cmd.summary))
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	fmt.Fprintf(w, "\n%s", exitCodesHelp)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// runHelp prints the general usage, or one command's. Help asked of
// help itself ("kg help help", "kg help --help") is the general usage.
func runHelp(args []string, stdout io.Writer) error {
	switch {
	case len(args) == 0, len(args) == 1 && slices.Contains([]string{"help", "-h", "-help", "--help"}, args[0]):
		printUsage(stdout)
		return nil
	case len(args) == 1:
		cmd, ok := lookupCommand(args[0])
		if !ok {
			return unknownCommand(args[0])
		}
		fs := newFlagSet("kg " + cmd.name)
		cmd.prepare(fs, defaultGlobalOptions())
		printCommandUsage(stdout, cmd, fs)
		return nil
	default:
		return usageError("help takes at most one command name")
	}
}
