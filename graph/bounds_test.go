package graph_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/graph"
	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/storetest"
)

// TestUnpagedListsArePricedAtTheGraphsLongest: a list without a page size (a talk's cities)
// costs, in the complexity estimate, the longest such list the graph holds, read again when a
// load moves the graph version. `{ talks(first: 10) { nodes { cities { id } } } }` costs
// 1 + 10 × (2 + n) for talks in at most n cities (n at least 1), so under a limit of 50 it is
// answered while no talk has more than 2 cities, and refused once one has 7.
func TestUnpagedListsArePricedAtTheGraphsLongest(t *testing.T) {
	st := storetest.Open(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := graph.WatchVersion(ctx, st, 20*time.Millisecond, nil)
	h := graph.NewHandler(st, graph.Options{Version: w.Current, MaxComplexity: 50})
	const q = `{ talks(first: 10) { nodes { cities { id } } } }`
	refused := func() bool { return strings.Contains(postQuery(h, q).Body.String(), graph.CodeComplexityLimit) }

	// Before the bounds are read each unpaged list is priced at a guess of 5 (cost 71): the
	// request that notices reads them, and the next ones are priced on them.
	waitLong(t, "the query to be priced on an empty graph's bounds", func() bool { return !refused() })

	if _, err := st.SavePost(context.Background(), newTalkPost()); err != nil { // a talk in 2 cities
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // a few polls of the version
	for range 5 {
		if refused() {
			t.Fatalf("a graph whose talks are in at most 2 cities (cost 41) refused %s", q)
		}
	}

	if _, err := st.SavePost(context.Background(), tourOfCities(7)); err != nil {
		t.Fatal(err)
	}
	waitLong(t, "the query to be refused once a talk is in 7 cities (cost 91)", refused)
}

// waitLong waits for ok up to a minute: reading the bounds is a query Neo4j plans once, which
// a busy machine may take seconds to do.
func waitLong(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// tourOfCities is one talk given in n cities.
func tourOfCities(n int) store.PostInput {
	in := store.PostInput{
		Post:        store.Post{ID: "long-tour", File: "long-tour.md"},
		ContentHash: "t1",
		People:      []store.PersonInput{{Name: "Noor Haddad"}},
		Talks:       []store.TalkInput{{Title: "Seven ways to test a parser", Speakers: []string{"Noor Haddad"}}},
	}
	for i := range n {
		city := fmt.Sprintf("Tourville %c", 'A'+i)
		in.Events = append(in.Events, store.EventInput{Name: "Parser tour " + city, Date: fmt.Sprintf("2025-04-%02d", i+1),
			City: &store.CityInput{ID: fmt.Sprintf("tourville-%d", i), Name: city, Country: "NO"}})
		in.Talks[0].Appearances = append(in.Talks[0].Appearances, store.AppearanceInput{Event: i})
	}
	return in
}
