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
// # Safety
//
// Bodies, parameters, depths and result sizes are bounded; the HTTP
// server times out slow clients; the explorer's files come from an
// embedded file system, with a Content-Security-Policy, so no URL
// reaches the disk.
package serve
