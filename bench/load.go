package bench

import (
	"context"
	"sort"
	"sync"
	"time"
)

// Result is what a load run measured.
type Result struct {
	Requests int
	Errors   int
	Elapsed  time.Duration
	P50, P99 time.Duration
}

// RPS is the throughput in requests per second.
func (r Result) RPS() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Requests) / r.Elapsed.Seconds()
}

// Run calls fn from clients goroutines at once, as fast as they can, for d (after a warm-up of
// warm), and returns the throughput and latency percentiles. An error from fn counts as an
// error and its latency is not recorded.
func Run(ctx context.Context, clients int, warm, d time.Duration, fn func(context.Context) error) Result {
	if warm > 0 {
		Run(ctx, clients, 0, warm, fn)
	}
	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      int
		wg        sync.WaitGroup
	)
	deadline := time.Now().Add(d)
	start := time.Now()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			bad := 0
			for time.Now().Before(deadline) && ctx.Err() == nil {
				t0 := time.Now()
				if err := fn(ctx); err != nil {
					bad++
					continue
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			errs += bad
			mu.Unlock()
		}()
	}
	wg.Wait()
	r := Result{Requests: len(latencies), Errors: errs, Elapsed: time.Since(start)}
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	r.P50 = percentile(latencies, 0.50)
	r.P99 = percentile(latencies, 0.99)
	return r
}

func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q * float64(len(sorted)-1))
	return sorted[i]
}
