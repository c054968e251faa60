package main

import (
	"os"

	"golang.org/x/sys/unix"
)

// fileIsTerminal reports whether file is a terminal, which /dev/null, also
// a character device, is not.
func fileIsTerminal(file *os.File) bool {
	_, err := unix.IoctlGetTermios(int(file.Fd()), unix.TCGETS)
	return err == nil
}
