// Package corpus reads the inputs of kg build and kg extract (text files,
// JSON Lines, Reuters-21578 SGML, RSS and Atom feeds, HTML pages, CSV
// tables and WARC archives, each maybe gzipped, and directories of them)
// into documents, reporting every input it cannot use instead of failing
// on it.
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
// built, is noted and not read.
//
// A file's format is told by its extension, any case: text (.txt, .md or
// none), JSON Lines (.jsonl, .ndjson), Reuters-21578 SGML (.sgm, .sgml),
// a news feed (.rss, .atom, .xml), an HTML page (.html, .htm, .xhtml), a
// CSV table (.csv) or a WARC archive (.warc). Any of them followed by .gz
// is read through gzip, all its members one after the other. Inside a
// walked directory, files of any other extension, and XML files that are
// no feed, are counted in one note per argument ("3 files of unknown kind
// skipped (...)"), and documentation files named README, LICENSE,
// LICENCE, COPYING, SOURCE or CHANGELOG are left out. A file named on the
// command line is always read when its extension is accepted, and
// reported when it is not.
//
// The path "-" is standard input, whose format is told by its first bytes
// (those of the first read, so that a slow writer is not waited for):
// gzip's magic number, "WARC/", an opening <rss, <feed or <rdf:RDF, an
// opening <REUTERS, any other markup for HTML, and JSON Lines otherwise.
// With Options.StdinText it is one plain-text article whose id is
// "stdin".
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
// standard input); the other formats make ids as their sections say.
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
// literal form, so {"id":7} and {"id":"7"} have one id. A date is RFC
// 3339, RFC 1123 or YYYY-MM-DD. Lines may be up to 256 MiB long; a longer
// one is reported as soon as it passes the limit and skipped up to its
// newline without being held in memory.
//
// # Reuters-21578 SGML
//
// Each <REUTERS> story with a <BODY> is one document, whose id is the
// file's id followed by "#NEWID=" and the story's NEWID attribute
// ("reuters21578/reut2-003.sgm#NEWID=1234"), whose line is that of its
// opening tag, and whose text is the body with numeric character
// references removed (they stand for the wire's control codes) and &lt;
// &gt; &amp; unescaped, so that offsets match the project's gold
// annotations. The title comes from <TITLE>, the date from <DATE>
// ("26-FEB-1987 15:01:01.79"). The stories without a body are counted in
// one note per file.
//
// # Feeds
//
// RSS (2.0 and 1.0) items and Atom entries are documents. The URL is the
// item's link (Atom's alternate link), the id is the link, else the guid or
// Atom id, else "<the file's id>:<line>". The text is the fullest at hand,
// content:encoded, Atom content, description or summary, HTML turned into
// text; the date is pubDate, published, dc:date or updated, in RFC 1123 or
// RFC 3339 form. The feed's declared character set is honoured and HTML
// entities are known. Malformed XML ends the feed with a report of its
// line; the items before it are kept.
//
// # HTML pages
//
// A page's main text is found by readability (a port of Mozilla's
// Readability): navigation, share bars, footers and scripts are dropped,
// blocks are set apart by blank lines. The title and the publication date
// come from the page's metadata when it has them; its character set from
// its meta tags.
//
// # CSV tables
//
// The first row names the columns, matched whatever their case: id,
// title, text (or body, or content), date and url, or the names Fields
// gives. A row whose field count differs from the header's, or that
// cannot be parsed, is reported by its line and skipped; the rest is
// read. A row without an id gets "<the file's id>:<line>".
//
// # WARC archives
//
// WARC/1.0 and 1.1 files as Common Crawl's CC-NEWS writes them: each
// response record holding an HTML page with status 200 is one document,
// read as an HTML page, with the record's WARC-Target-URI as id and URL
// and its WARC-Date (the crawl's time) as date. Requests, metadata and
// other records are passed over; responses that are no HTML page are
// counted in a note. A record that cannot be parsed is reported by its
// first line, and reading goes on from the next "WARC/" line.
//
// # Encodings
//
// Text that is not valid UTF-8 is decoded as Windows-1252 (Latin-1 with the
// printable characters Windows puts at 0x80-0x9F) and reported, in text
// files, Reuters stories and CSV cells; feeds and pages are decoded by the
// character set they declare. The formats of files are never sniffed from
// content: a text file is rejected as binary only when it holds NUL
// bytes, and a JSON Lines file only when its first line does (no JSON
// holds one), rather than each of its lines reported.
//
// # Problems
//
// Every input that is skipped, and every doubtful decision, is passed to the
// warn callback as a Problem that prints as "file:line: reason", on one
// line: a file name holding control, bidi or zero-width characters is
// quoted, and such characters in the reason are escaped. A CSV row or a
// feed item larger than 256 MiB ends the reading of its file, with a
// report.
package corpus
