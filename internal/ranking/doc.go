// Package ranking reads the analysis of a store's graph and ranks its
// entities by it: kg top and kg communities, and kg serve's routes of the
// same names, so that both give the same answers.
//
// The analysis is the one kg analyse stored when it belongs to the graph
// asked about (same version, same exclusion); otherwise it is computed
// with the defaults, and Analysed.Computed says so. Rankings compare
// measures rounded to 12 significant digits, so that nodes in symmetric
// places of the graph tie and fall to their names.
package ranking
