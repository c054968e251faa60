// Command kg turns news articles into a knowledge graph and answers
// questions about it.
//
// # Subcommands
//
// kg build reads articles (text files, directories of them, or JSON Lines)
// into a store; kg extract prints what extraction makes of each article as
// JSON Lines without storing anything; kg entities, kg neighbours, kg
// evidence (every sentence behind the relations of two entities), kg stats
// and kg export read the store; kg build --rules curates it by a file the
// user edits; kg load makes a new store from a graph bundle (package
// bundle), as kg-beam build writes one; kg demo runs the whole pipeline on a sample corpus built
// into the binary; kg version names the build and its models; kg serve
// answers a JSON API and a web explorer over HTTP and stores the articles
// posted to it (package internal/serve). Run kg help for the flags and the
// exit codes.
//
// A build reports its progress on standard error once it has run for two
// seconds (progress.go), as a line rewritten in place on a terminal and as
// plain lines elsewhere. A mistyped command or flag is refused with the
// name it most likely stands for (suggest.go).
//
// Every command that takes an entity resolves it in one place, package
// internal/lookup, which kg serve shares, and words its failures in
// entity.go: a name or an alias, narrowed by a type flag, or an id written
// id:N; an ambiguous name lists its candidates with their ids.
// kg path, top, communities, analyse, export and render leave kinds,
// predicates and entities out of the graph by one --exclude flag
// (exclude.go), by default the reports (export: nothing). Errors start
// "COMMAND: ", and those of an entity or a predicate also name the flag
// that gave it.
//
// # Layout
//
// Each subcommand lives in its own cmd_<name>.go with an options struct
// whose AddFlags registers its flags and a run function that takes the
// parsed options, the remaining arguments and the two output streams, so
// tests drive the subcommands without the flag library. main.go owns the
// dispatch and the one mapping from errors to exit codes.
package main
