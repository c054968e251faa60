package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/internal/sharedtest"
)

// BenchmarkExtractBBC extracts every article of ../shared/data/bbc and
// reports words per second, and words per second of the process's CPU
// time, which other work on the machine lowers less; run it on one core
// with
//
//	GOMAXPROCS=1 go test -run '^$' -bench ExtractBBC -benchtime 1x ./extract
func BenchmarkExtractBBC(b *testing.B) {
	shared := sharedtest.Path(b)
	paths, err := filepath.Glob(filepath.Join(shared, "data/bbc/*/*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skip("no BBC articles")
	}
	sort.Strings(paths)
	texts := make([]string, len(paths))
	for i, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if utf8.Valid(raw) {
			texts[i] = string(raw)
		} else {
			texts[i] = latin1(raw)
		}
	}
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu := cpuTime()
	words := 0
	for range b.N {
		for i, text := range texts {
			words += x.Extract(extract.Document{ID: paths[i], Text: text}).Words
		}
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(words)/(float64(cpuTime()-cpu)/1e9), "words/cpu-s")
}

// BenchmarkExtractLarge extracts one article of 1, 4 and 16 MB made of
// BBC articles run together: as they are (lines), on one line with no
// line break to cut it (oneline), and on one line without full stops,
// question or exclamation marks, with nothing to end a sentence
// (nostops). It reports nanoseconds per byte, which stay flat when
// extraction is linear in the article, and the bytes allocated and the
// peak of the live heap per byte. On a machine shared with other work the
// processor time per byte (cpu-ns/byte: all threads, the collector's
// included) is the steadier measure. Run it with
//
//	go test -run '^$' -bench ExtractLarge -benchtime 1x -benchmem ./extract
func BenchmarkExtractLarge(b *testing.B) {
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	corpus := largeCorpus(b)
	// The first article read pays for loading the models.
	x.Extract(extract.Document{ID: "warm", Text: corpus[:min(len(corpus), 1<<16)]})
	for _, size := range []int{1 << 20, 4 << 20, 16 << 20} {
		text := repeatTo(corpus, size)
		for _, layout := range []struct {
			name string
			text string
		}{
			{"lines", text},
			{"oneline", strings.Join(strings.Fields(text), " ")},
			{"nostops", strings.Join(strings.Fields(strings.NewReplacer(".", "", "!", "", "?", "").Replace(text)), " ")},
		} {
			b.Run(fmt.Sprintf("%s/%dMB", layout.name, size>>20), func(b *testing.B) {
				b.SetBytes(int64(len(layout.text)))
				peak := watchHeap()
				cpu := cpuTime()
				for range b.N {
					x.Extract(extract.Document{ID: "large", Text: layout.text})
				}
				perByte := float64(b.N) * float64(len(layout.text))
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/perByte, "ns/byte")
				b.ReportMetric(float64(cpuTime()-cpu)/perByte, "cpu-ns/byte")
				b.ReportMetric(float64(peak())/float64(len(layout.text)), "peak-heap/byte")
			})
		}
	}
}

// largeCorpus is the BBC articles joined by blank lines, a business
// article, then one on entertainment, politics, sport and technology in
// turn, so that a text cut from its start at any length has the same mix;
// or, where ../shared is absent, generated news-like text.
func largeCorpus(b *testing.B) string {
	// The module root is the parent of this package, and ../shared sits
	// beside it.
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "data/bbc/*/*.txt"))
	sort.Strings(paths)
	byTopic := map[string][]string{}
	var topics []string
	for _, p := range paths {
		topic := filepath.Base(filepath.Dir(p))
		if byTopic[topic] == nil {
			topics = append(topics, topic)
		}
		byTopic[topic] = append(byTopic[topic], p)
	}
	var mixed []string
	for i := 0; len(mixed) < len(paths); i++ {
		for _, topic := range topics {
			if i < len(byTopic[topic]) {
				mixed = append(mixed, byTopic[topic][i])
			}
		}
	}
	var text strings.Builder
	for _, p := range mixed {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if utf8.Valid(raw) {
			text.Write(raw)
		} else {
			text.WriteString(latin1(raw))
		}
		text.WriteString("\n\n")
	}
	if text.Len() > 0 {
		return text.String()
	}
	return generatedNews(1 << 20)
}

// repeatTo repeats text, whole articles at a time, until it is size bytes
// long.
func repeatTo(text string, size int) string {
	var out strings.Builder
	for out.Len() < size {
		rest := text[:min(len(text), size-out.Len())]
		if k := strings.LastIndex(rest, "\n\n"); k > 0 && len(rest) < len(text) {
			rest = rest[:k+2]
		}
		out.WriteString(rest)
	}
	return out.String()
}

// generatedNews writes size bytes of sentences in which people,
// organisations and places act on one another.
func generatedNews(size int) string {
	people := []string{"Tony Blair", "Gordon Brown", "Michael Howard", "Charles Kennedy", "Vladimir Putin", "George Bush", "Jacques Chirac", "Gerhard Schroeder"}
	orgs := []string{"Yukos", "Gazprom", "Microsoft", "the BBC", "Deutsche Bank", "the Labour Party", "Sony", "Google"}
	places := []string{"London", "Moscow", "Paris", "Berlin", "Washington", "Tokyo", "Brussels", "Madrid"}
	verbs := []string{"met", "criticised", "praised", "visited", "sued", "joined", "thanked", "warned"}
	var out strings.Builder
	for i := 0; out.Len() < size; i++ {
		fmt.Fprintf(&out, "%s %s %s in %s on Monday, and %s said %d jobs would go.",
			people[i%len(people)], verbs[i/3%len(verbs)], orgs[i/5%len(orgs)], places[i/7%len(places)], orgs[i/11%len(orgs)], i%900+100)
		if i%6 == 5 {
			out.WriteString("\n\n")
		} else {
			out.WriteString(" ")
		}
	}
	return out.String()
}

// watchHeap samples the live heap until the function it returns is
// called, which returns the most it saw, in bytes.
func watchHeap() func() uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	done := make(chan struct{})
	result := make(chan uint64)
	go func() {
		var most uint64
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			most = max(most, sample[0].Value.Uint64())
			select {
			case <-tick.C:
			case <-done:
				result <- most
				return
			}
		}
	}()
	return func() uint64 {
		close(done)
		return <-result
	}
}

// cpuTime is the processor time the process has used, in nanoseconds.
func cpuTime() int64 {
	var usage syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &usage); err != nil {
		return 0
	}
	return usage.Utime.Nano() + usage.Stime.Nano()
}
