package gazetteer

import (
	"runtime"
	"sync"
	"testing"
)

// BenchmarkLoad measures decompressing and indexing the embedded data, the
// cost of the first Lookup, and reports the heap the index keeps (MB-heap).
func BenchmarkLoad(b *testing.B) {
	var x *index
	for b.Loop() {
		var err error
		if x, err = load(citiesGz); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	var before, after runtime.MemStats
	x = nil
	runtime.GC()
	runtime.ReadMemStats(&before)
	x, _ = load(citiesGz)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(x)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "MB-heap")
}

// BenchmarkLookup measures Lookup on a warm index, for names found by their
// own name, through an alternate name, with accents, and not found at all.
func BenchmarkLookup(b *testing.B) {
	get()
	for _, name := range []string{"London", "Montréal", "Bangalore", "Kubernetes"} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Lookup(name)
			}
		})
	}
}

// BenchmarkLookupTwin measures the slower path of twin cities, which are
// tried only after the whole name fails.
func BenchmarkLookupTwin(b *testing.B) {
	get()
	for b.Loop() {
		Lookup("Kitchener-Waterloo")
	}
}

// BenchmarkFuzzy measures correcting a typo on a warm fuzzy index.
func BenchmarkFuzzy(b *testing.B) {
	Fuzzy("Monteral")
	for b.Loop() {
		Fuzzy("Monteral")
	}
}

// BenchmarkFuzzyIndex measures building the index of big cities' names that
// the first Fuzzy call pays for, and reports the heap it keeps (MB-heap).
func BenchmarkFuzzyIndex(b *testing.B) {
	x, err := load(citiesGz)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		x.fuzzyOnce, x.fuzzy = sync.Once{}, nil
		x.fuzzyNames()
	}
	b.StopTimer()
	var before, after runtime.MemStats
	x.fuzzyOnce, x.fuzzy = sync.Once{}, nil
	runtime.GC()
	runtime.ReadMemStats(&before)
	x.fuzzyNames()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(x)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "MB-heap")
}
