// Command kg turns news articles into a knowledge graph and answers
// questions about it.
//
// # Subcommands
//
// kg build reads articles (text files, directories of them, or JSON Lines)
// into a store; kg extract prints what extraction makes of each article as
// JSON Lines without storing anything; kg entities, kg neighbours, kg stats
// and kg export read the store; kg build --rules curates it by a file the
// user edits; kg demo runs the whole pipeline on a sample corpus built
// into the binary. Run kg help for the flags and the exit codes.
//
// # Layout
//
// Each subcommand lives in its own cmd_<name>.go with an options struct
// whose AddFlags registers its flags and a run function that takes the
// parsed options, the remaining arguments and the two output streams, so
// tests drive the subcommands without the flag library. main.go owns the
// dispatch and the one mapping from errors to exit codes.
package main
