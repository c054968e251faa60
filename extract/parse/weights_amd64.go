package parse

import "golang.org/x/sys/cpu"

// addRows adds to sums, by class, the dense rows of dense that start at
// starts, each len(sums) weights long; len(sums) is a multiple of 8.
func addRows(sums []int32, dense []int16, starts []int32) {
	if cpu.X86.HasAVX2 {
		addRowsAVX2(sums, dense, starts)
		return
	}
	addRowsGo(sums, dense, starts)
}

// addRowsAVX2 is addRows eight classes at a time. It reads dense without
// bounds checks: the caller's rows must lie inside it.
//
//go:noescape
func addRowsAVX2(sums []int32, dense []int16, starts []int32)
