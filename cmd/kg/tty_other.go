//go:build !linux

package main

import "os"

// fileIsTerminal reports false where kg does not know how to ask: progress
// is then written as plain lines.
func fileIsTerminal(*os.File) bool { return false }
