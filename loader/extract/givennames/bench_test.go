package givennames

import (
	"runtime"
	"testing"
)

// BenchmarkLoad measures decompressing and indexing the embedded data, the
// cost of the first Is or Strong, and reports the heap the index keeps
// (MB-heap).
func BenchmarkLoad(b *testing.B) {
	var x *index
	for b.Loop() {
		var err error
		if x, err = load(namesGz); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	var before, after runtime.MemStats
	x = nil
	runtime.GC()
	runtime.ReadMemStats(&before)
	x, _ = load(namesGz)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(x)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "MB-heap")
}

// BenchmarkIs measures Is on a warm index, for a name, an accented name, a
// word that is no name and a long title-like string.
func BenchmarkIs(b *testing.B) {
	get()
	for _, name := range []string{"Mara", "Zoë", "Kubernetes", "Scaling-Ingest-Pipelines"} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Is(name)
			}
		})
	}
}

// BenchmarkStrong measures Strong on a warm index for a weak name.
func BenchmarkStrong(b *testing.B) {
	get()
	for b.Loop() {
		Strong("Will")
	}
}
