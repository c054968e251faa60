// Package corpus reads the inputs of kg build and kg extract (text files,
// directories of them, and JSON Lines) into documents, reporting every input
// it cannot use instead of failing on it.
//
// # Inputs
//
// Read takes paths in order. A directory is walked recursively in sorted
// order; hidden entries (names starting with ".") are skipped, symbolic links
// are followed, and a directory reached a second time (a symbolic link loop,
// or two links to one directory) is reported and not read again. Inside a
// walked directory only text files (.txt, .md or no extension) and JSON Lines
// files (.jsonl, .ndjson) are read, any case; documentation files named
// README, LICENSE, LICENCE, COPYING, SOURCE or CHANGELOG are left out. A file
// named on the command line is always read when its extension is accepted.
// The path "-" is standard input, read as JSON Lines.
//
// # Text files
//
// A text file is one article whose text is the whole file, byte for byte, so
// that offsets computed downstream point into the file; only a leading UTF-8
// byte order mark is removed. Its title is the first line when the second line
// is blank, as in the BBC corpus. Its id is its path relative to the directory
// argument, slash-separated, or its base name when the file itself was named.
//
// # JSON Lines
//
// Each non-blank line is one JSON object. Its "text" member is required and
// must be a non-blank string; "id" (string or number), "title", "date" and
// "url" are optional, and Fields renames any of them. A date is RFC 3339 or
// YYYY-MM-DD. A document without an id gets "<base name>:<line>" ("stdin:<line>"
// on standard input). Lines may be up to 256 MiB long.
//
// # Encodings
//
// Text that is not valid UTF-8 is decoded as Windows-1252 (Latin-1 with the
// printable characters Windows puts at 0x80-0x9F) and reported. Types are
// never sniffed from content: a text file is rejected as binary only when it
// holds NUL bytes.
//
// # Problems
//
// Every input that is skipped, and every doubtful decision, is passed to the
// warn callback as a Problem that prints as "file:line: reason".
//
// BUG(kg): cancelling the context does not interrupt a read from standard
// input that is waiting for data; Read returns when the next line arrives or
// the input ends.
package corpus
