// Package ingest extracts articles and stores them: the pipeline kg build
// runs, and kg serve runs on the articles posted to it.
//
// A Pipeline reads documents from a Source, extracts them on one goroutine
// per core and hands them on in input order, so that store ids do not
// depend on scheduling. Build runs it into a store: articles stored with
// the same text by the same extraction version are not extracted again,
// an id stored from another source is reported and skipped, one goroutine
// writes batches of articles while extraction goes on, and the entities
// are resolved once every article is in.
package ingest
