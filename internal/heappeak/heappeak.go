// Package heappeak measures the most heap a piece of work takes, for the memory tests and
// benchmarks of the loader and the store.
package heappeak

import (
	"runtime"
	"runtime/metrics"
	"time"
)

// Of runs f and returns the most heap its objects took above what they took before, live or
// not yet collected, as a sampler reading the runtime's metrics every 100µs saw it.
func Of(f func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	base := read()
	done := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		most := base
		tick := time.NewTicker(100 * time.Microsecond)
		defer tick.Stop()
		for {
			if h := read(); h > most {
				most = h
			}
			select {
			case <-done:
				peak <- most
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(done)
	return <-peak - base
}
