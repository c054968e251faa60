package parse_test

import (
	"syscall"
	"testing"
	"time"
)

// BenchmarkParse tags and parses all of EWT dev, one sentence at a time.
// Besides words per second of wall-clock time it reports words per second
// of the process's CPU time, which a machine busy with other work does not
// lower.
func BenchmarkParse(b *testing.B) {
	sentences := devSentences(b)
	model := defaultModel(b)
	words := 0
	for _, sentence := range sentences {
		words += len(sentence.Words)
	}
	started := cpuTime(b)
	b.ResetTimer()
	for b.Loop() {
		for _, sentence := range sentences {
			model.ParseSentence(sentence)
		}
	}
	b.StopTimer()
	parsed := float64(words) * float64(b.N)
	b.ReportMetric(parsed/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(parsed/(cpuTime(b)-started).Seconds(), "words/cpu-s")
}

// cpuTime returns the CPU time the process has used.
func cpuTime(b *testing.B) time.Duration {
	var usage syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &usage); err != nil {
		b.Fatal(err)
	}
	return time.Duration(usage.Utime.Nano() + usage.Stime.Nano())
}
