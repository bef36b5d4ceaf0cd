package store_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/store"
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

// TestWarmPlansEveryList: Neo4j plans a Cypher text the first time it sees it, so a list's
// first reader waits for the plan unless the warm-up ran the same text. After Warm, each list
// in each of its orders, both ways, causes no Cypher text the warm-up did not run.
func TestWarmPlansEveryList(t *testing.T) {
	st := storetest.Open(t)
	ctx := context.Background()
	save(t, st, tourByOrganizer(), tourBySpeaker(), lisbonMeetup())
	var mu sync.Mutex
	seen := map[string]bool{}
	warming := true
	var unplanned []string
	st.Observe(func(op, cypher string, _ time.Duration, _ error) {
		mu.Lock()
		defer mu.Unlock()
		if warming {
			seen[cypher] = true
		} else if !seen[cypher] {
			unplanned = append(unplanned, op)
		}
	})
	keys, err := st.WarmKeys(ctx)
	if err != nil {
		t.Fatalf("WarmKeys: %v", err)
	}
	if err := st.Warm(ctx, keys); err != nil {
		t.Fatalf("Warm: %v", err)
	}
	mu.Lock()
	warming = false
	mu.Unlock()

	lists := []struct {
		name   string
		orders map[string]any
		read   func(store.ListArgs) error
	}{
		{"talks", store.TalkOrders, func(a store.ListArgs) error {
			_, err := st.Talks(ctx, a, store.TalkFilter{}, store.TalkWith{Cities: true, Speakers: true})
			return err
		}},
		{"people", store.PersonOrders, func(a store.ListArgs) error { _, err := st.People(ctx, a, store.PersonFilter{}); return err }},
		{"companies", store.CompanyOrders, func(a store.ListArgs) error { _, err := st.Companies(ctx, a, store.CompanyFilter{}); return err }},
		{"events", store.EventOrders, func(a store.ListArgs) error { _, err := st.Events(ctx, a, store.EventFilter{}); return err }},
		{"cities", store.CityOrders, func(a store.ListArgs) error { _, err := st.Cities(ctx, a, store.CityFilter{}); return err }},
		{"posts", store.PostOrders, func(a store.ListArgs) error { _, err := st.Posts(ctx, a); return err }},
	}
	for _, l := range lists {
		for by := range l.orders {
			for _, desc := range []bool{false, true} {
				mu.Lock()
				unplanned = nil
				mu.Unlock()
				if err := l.read(store.ListArgs{First: 7, Order: store.Order{By: by, Desc: desc}}); err != nil {
					t.Fatalf("%s by %s (desc %v): %v", l.name, by, desc, err)
				}
				mu.Lock()
				if len(unplanned) > 0 {
					t.Errorf("%s by %s (desc %v) ran Cypher the warm-up did not: %v", l.name, by, desc, unplanned)
				}
				mu.Unlock()
			}
		}
	}
}
