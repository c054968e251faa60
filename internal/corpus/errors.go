package corpus

import "errors"

// errTooLarge reports an input larger than maxDocumentBytes.
var errTooLarge = errors.New("corpus: input too large")

// Reasons given in Problems that are not built from other errors.
const (
	reasonEmpty            = "empty"
	reasonBinary           = "contains NUL bytes; binary file?"
	reasonLatin1           = "not UTF-8; read as Latin-1"
	reasonNotObject        = "not a JSON object"
	reasonUnsupported      = "unsupported file type (want .txt, .md, no extension, .jsonl, .ndjson, .sgm, .rss, .atom, .xml, .html, .htm, .csv or .warc, each maybe with .gz)"
	reasonDevice           = "a device, not a file; skipped"
	reasonSocket           = "a socket, not a file; skipped"
	reasonIrregular        = "not a regular file; skipped"
	reasonReplaced         = "replaced while being opened; skipped"
	reasonEmptyPipe        = "empty: a named pipe with no writer, or one that wrote nothing"
	reasonStore            = "a database (a kg store?); not read"
	reasonUnknownDirectory = "directory of unknown identity; skipped"
	reasonNoArticle        = "no article text found"
)
