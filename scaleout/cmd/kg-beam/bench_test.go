package main

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/kg-project/kg/internal/sharedtest"
)

// BenchmarkLoadVersusBuild times, in one run, kg build of the BBC corpus
// into a new store and kg load of the bundle kg-beam makes of it (made
// once, untimed), and reports both and how many times faster the load
// is.
func BenchmarkLoadVersusBuild(b *testing.B) {
	bbc := sharedtest.Path(b, "data", "bbc")
	dir := beamBuild(b, buildOptions{}, bbc)
	var build, load time.Duration
	n := 0
	for b.Loop() {
		stores := b.TempDir()
		started := time.Now()
		kgBuild(b, filepath.Join(stores, "built"), bbc)
		build += time.Since(started)
		started = time.Now()
		kgLoad(b, filepath.Join(stores, "loaded"), dir)
		load += time.Since(started)
		n++
	}
	b.ReportMetric(build.Seconds()/float64(n), "build-s")
	b.ReportMetric(load.Seconds()/float64(n), "load-s")
	b.ReportMetric(float64(build)/float64(load), "load-speedup")
}
