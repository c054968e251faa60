// Package pipeline is kg build as an Apache Beam pipeline: it reads the
// inputs kg build reads, extracts each article in parallel with kg's
// extractor, sums what the articles contribute to the graph with
// CombinePerKey, resolves the entities over the whole corpus as kg build
// does, and writes the store's records as a graph bundle (package
// bundle), which kg load turns into a store.
//
// # Stages
//
//  1. Read: each input path (a file, a folder, or the files a glob
//     pattern matches) is read by one worker, with the ids kg build
//     gives.
//  2. Ids: the documents of one id meet, which deals them across
//     workers; the first in input order is read, the others are reported
//     and skipped, as kg build does.
//  3. Extract: kg's extractor, loaded once per worker process, reads each
//     document into an article; a document the extractor fails on is
//     reported and skipped, as kg build does.
//  4. Duplicates: articles are grouped by the hash of their text; the
//     first in input order is the original, as kg build keeps it, the
//     others are recorded as its duplicates.
//  5. Nodes: the distinct (type, normalised name) pairs of the originals
//     are sorted and numbered from 1 in one global step, so that node ids
//     do not depend on the order of the input; the numbering is a side
//     input of the next stages.
//  6. Records: each original gives its own records and its contributions
//     to aggregate records (store.ArticleRecords); CombinePerKey sums the
//     contributions (store.MergeAggregate).
//  7. Resolution: each node's summary is gathered from its records
//     (store.FinishNode), and one global step resolves the entities from
//     all of them (store.Resolution), the planning kg build's Resolve runs.
//  8. Write: the records are dealt to shards by a hash of their key, and
//     each shard is sorted and written as one bundle file.
//
// The resolution, like kg build's, reads every node's summary at once:
// its global step holds them all (counts, aliases and the ids of the
// node's articles) in one worker's memory.
//
// BUG(pipeline): Inputs are read with kg's own readers, from paths the
// launcher and every worker can read (a local disk, a shared mount), not
// from Beam's file systems: the bundle may go to Cloud Storage, the
// inputs may not.
package pipeline
