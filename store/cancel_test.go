package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/store/storetest"
)

// slowQuery keeps Neo4j busy for minutes, sending nothing back until it ends; the marker lets
// the test find its transaction.
const slowQuery = `UNWIND range(1, 10000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n, $marker AS marker`

// TestAbandonedReadsStopInNeo4j: a read whose request ends (its deadline passes, or its client
// goes away) does not keep running in Neo4j.
func TestAbandonedReadsStopInNeo4j(t *testing.T) {
	st := storetest.Open(t)
	d := storetest.Driver(t)
	tests := []struct {
		name string
		// end returns the request's context and what ends it; within is how long Neo4j may
		// keep the transaction after that.
		end    func() (context.Context, func())
		within time.Duration
	}{
		{"the client goes away", func() (context.Context, func()) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			return ctx, func() { cancel() }
		}, 10 * time.Second},
		{"the request's deadline passes", func() (context.Context, func()) {
			ctx, cancel := context.WithTimeout(context.Background(), 6*time.Second)
			return ctx, func() { <-ctx.Done(); cancel() }
		}, 5 * time.Second},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			marker := "abandoned-" + time.Now().Format("150405.000000") + string(rune('a'+i))
			ctx, end := tt.end()
			errc := make(chan error, 1)
			go func() {
				_, err := st.ReadForTest(ctx, slowQuery, map[string]any{"marker": marker})
				errc <- err
			}()
			seen := false
			for start := time.Now(); time.Since(start) < 5*time.Second && !seen; time.Sleep(50 * time.Millisecond) {
				seen = storetest.RunningQueries(t, d, marker) > 0
			}
			if !seen {
				t.Fatal("the slow query never showed among Neo4j's transactions")
			}
			end()
			ended := time.Now()
			select {
			case err := <-errc:
				if err == nil {
					t.Fatal("the abandoned read returned no error")
				}
			case <-time.After(tt.within):
				t.Fatalf("the read did not return within %s of its request ending", tt.within)
			}
			for ; ; time.Sleep(50 * time.Millisecond) {
				if storetest.RunningQueries(t, d, marker) == 0 {
					break
				}
				if time.Since(ended) > tt.within {
					t.Fatalf("Neo4j still runs the abandoned query %s after its request ended", tt.within)
				}
			}
			t.Logf("Neo4j stopped the query %s after its request ended", time.Since(ended).Round(10*time.Millisecond))
		})
	}
}
