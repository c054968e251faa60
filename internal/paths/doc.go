// Package paths finds the shortest paths between two entities of a graph
// and the statement that makes each of their steps, for kg path and kg
// serve alike.
//
// A step between two nodes is made by the heaviest edge between them that
// the graph keeps, in either direction; of several as heavy, by the one
// whose earliest sentence comes first (by date, undated last, then
// document and position). Each step carries that sentence.
package paths
