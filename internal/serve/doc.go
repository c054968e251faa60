// Package serve answers kg's JSON API over HTTP from one store, and serves
// the web explorer built into the binary: the server of kg serve.
//
// # Routes
//
// Every route is listed, with its parameters and answers, in
// openapi.json, which the server serves at /api/openapi.json and a test
// keeps equal to the routes registered. Entities are taken as kg's
// commands take them (package internal/lookup); neighbours, evidence,
// paths, rankings, communities and exports are computed by the same
// packages as the commands' (store, internal/paths, internal/ranking,
// graph/subgraph, export), so that the API and the command line give the
// same answers.
//
// # Errors
//
// Every refusal is JSON, {"error": ...}, with the status that fits: 400
// for a bad query, 404 for an unknown entity (with the closest names) or
// route, 409 for an ambiguous name (with the candidates) or an ingest
// while another runs, 403 for an ingest on a read-only server, 405 for a
// wrong method, 413 for a body too large, 503 during shutdown. Only a
// failing store answers 500.
//
// # Ingest
//
// POST /api/articles runs kg build's pipeline (package internal/ingest)
// on the body, one ingest at a time; queries go on meanwhile, each in a
// read transaction of its own, and see the articles batch by batch as
// they are committed. Serve's shutdown waits for the ingest in progress.
//
// # Answers kept
//
// The answers of search, entities, neighbours, evidence and path depend
// on the store alone, which changes only when a write is committed: the
// server keeps each successful answer, by request, with the store's
// generation (store.Generation, which every commit advances) taken before
// the answer is read and, for entities, neighbours and evidence, what the
// answer read, recorded by a recording handle on the store
// (store.Recording): the nodes whose records, edges and evidence it read,
// every node a walk reached before the page was cut included, and the
// names it looked an entity up by. Asked again at a later generation, an
// answer is served when the store's log of recent writes (store.Changed)
// says none of the writes since touched what it read, and is then kept as
// of the later generation; otherwise it is dropped and read again. A
// search reads across the store, as does a predicate filter (checked
// against every predicate stored), and a path the graph analysed since
// the last ingest too: their answers are dropped by any commit. So a query
// never gets an answer that a commit has made stale. The keys, bodies and
// reads kept are bounded (Options.CacheBytes, kg serve --cache); past the
// bound, answers drawn at random are dropped. An answer asked again is
// then written from memory without reading the store or encoding JSON;
// an ingest commits every 64 articles, each batch touching a small part
// of the graph, and its resolution only the entities it joins otherwise,
// so most queries during one are answered from memory too.
//
// An ingest extracts its articles on one goroutine less than there are
// cores (Options.Workers), which leaves one to the queries.
//
// # Safety
//
// Bodies, parameters, depths and result sizes are bounded; the HTTP
// server times out slow clients; the explorer's files come from an
// embedded file system, with a Content-Security-Policy, so no URL
// reaches the disk.
package serve
