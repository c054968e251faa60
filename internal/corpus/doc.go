// Package corpus reads the inputs of kg build and kg extract (text files,
// directories of them, and JSON Lines) into documents, reporting every input
// it cannot use instead of failing on it.
//
// # Inputs
//
// Read takes paths in order. A directory is walked recursively in sorted
// order; hidden entries (names starting with ".") are skipped, symbolic links
// are followed, and a directory reached a second time (a symbolic link loop,
// or two links to one directory) is reported and not read again. Directories
// are known by device and inode, so walking costs the same at any depth. A
// directory holding a Badger database (a MANIFEST or KEYREGISTRY beside
// .sst, .vlog or .mem files), such as a kg store inside the folder being
// built, is noted and not read. Inside a walked directory only text files
// (.txt, .md or no extension) and JSON Lines files (.jsonl, .ndjson) are
// read, any case; documentation files named README, LICENSE, LICENCE,
// COPYING, SOURCE or CHANGELOG are left out. A file named on the command
// line is always read when its extension is accepted. The path "-" is
// standard input, read as JSON Lines.
//
// Regular files and named pipes are read; devices and sockets, named or
// met in a directory, are reported and never opened. A named pipe is
// opened without waiting for a writer: with none it reads as empty, and
// is reported so. Cancelling the context stops a read from a named pipe
// or from standard input that is waiting for data.
//
// # Ids
//
// A text file's id is its slash-separated path relative to the parent of
// the arguments' common root: the deepest directory that holds the parent
// directory of every argument. So "data/bbc" gives "bbc/politics/001.txt";
// "bbc/politics bbc/business" gives "politics/001.txt" and
// "business/001.txt"; "a/news b/news" gives "a/news/x.txt" and
// "b/news/x.txt"; a file named alone gives its base name. A JSON Lines
// document without an id gets "<the file's id>:<line>" ("stdin:<line>" on
// standard input).
//
// Ids are unique in one Read: a document whose id was already read is
// reported ("document "ID" skipped: id already read from FILE:LINE") and
// skipped, never passed on. So is a document whose id is longer than 1,024
// bytes, is not UTF-8 or holds control characters.
//
// # Text files
//
// A text file is one article whose text is the whole file, byte for byte, so
// that offsets computed downstream point into the file; only a leading UTF-8
// byte order mark is removed. Its title is the first line when the second line
// is blank, as in the BBC corpus.
//
// # JSON Lines
//
// Each non-blank line is one JSON object. Its "text" member is required and
// must be a non-blank string; "id" (string or number), "title", "date" and
// "url" are optional, and Fields renames any of them. A number id keeps its
// literal form, so {"id":7} and {"id":"7"} have one id. A date is RFC 3339
// or YYYY-MM-DD. Lines may be up to 256 MiB long; a longer one is reported
// as soon as it passes the limit and skipped up to its newline without
// being held in memory.
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
// warn callback as a Problem that prints as "file:line: reason", on one
// line: a file name holding control, bidi or zero-width characters is
// quoted, and such characters in the reason are escaped.
package corpus
