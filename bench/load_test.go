package bench

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunCountsRequestsAndErrors(t *testing.T) {
	var n atomic.Int64
	r := Run(context.Background(), 4, 0, 200*time.Millisecond, func(context.Context) error {
		// Every second call fails, so that the four workers' first calls already include a
		// failure however slow the machine is.
		if n.Add(1)%2 == 0 {
			return errors.New("every second fails")
		}
		time.Sleep(time.Millisecond)
		return nil
	})
	total := int64(r.Requests + r.Errors)
	if total != n.Load() {
		t.Errorf("Run counted %d requests and errors, fn ran %d times", total, n.Load())
	}
	if r.Errors == 0 || r.Requests == 0 || r.P50 < time.Millisecond || r.P99 < r.P50 || r.RPS() <= 0 {
		t.Errorf("Run = %+v, want requests, errors and latencies of a millisecond or more", r)
	}
}
