package store_test

import (
	"context"
	"testing"

	"github.com/talkgraph/talkgraph/store/storetest"
)

// TestWarmRunsEveryReadWithoutError: warming up reads nothing but its lists on an empty graph,
// and on a loaded one runs each kind of read the API makes (lists, counts, each object with
// its relations, search, connection) without an error.
func TestWarmRunsEveryReadWithoutError(t *testing.T) {
	st := storetest.Open(t)
	ctx := context.Background()
	tests := []struct {
		name       string
		load       func()
		minQueries int64
	}{
		{"an empty graph", func() {}, 15},
		{"a loaded graph", func() { save(t, st, tourByOrganizer(), tourBySpeaker(), lisbonMeetup()) }, 45},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.load()
			before := st.Queries()
			keys, err := st.WarmKeys(ctx)
			if err != nil {
				t.Fatalf("WarmKeys: %v", err)
			}
			if err := st.Warm(ctx, keys); err != nil {
				t.Fatalf("Warm: %v", err)
			}
			if n := st.Queries() - before; n < tt.minQueries {
				t.Errorf("Warm ran %d Cypher queries, want at least %d", n, tt.minQueries)
			}
		})
	}
}
