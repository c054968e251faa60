//go:build !amd64

package parse

// addRows adds to sums, by class, the dense rows of dense that start at
// starts, each len(sums) weights long.
func addRows(sums []int32, dense []int16, starts []int32) {
	addRowsGo(sums, dense, starts)
}
