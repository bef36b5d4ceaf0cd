package graph_test

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"

	"github.com/talkgraph/talkgraph/graph"
	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/storetest"
)

// openSynthetic saves a made-up graph with known shape: talk i (0..n-1) is given by speaker
// i%7 in (i%4)+1 cities on distinct dates, speaker j works for company j%3.
func openSynthetic(t *testing.T, n int) *client.Client {
	t.Helper()
	st := storetest.Open(t)
	cities := []store.CityInput{{ID: "lisbon-pt", Name: "Lisbon", Country: "PT"}, {ID: "oslo-no", Name: "Oslo", Country: "NO"},
		{ID: "denver-us", Name: "Denver", Country: "US"}, {ID: "pune-in", Name: "Pune", Country: "IN"}}
	for i := 0; i < n; i++ {
		in := store.PostInput{Post: store.Post{ID: fmt.Sprintf("post-%02d", i), File: "x"}, ContentHash: "1"}
		speaker := fmt.Sprintf("Speaker %c", 'A'+i%7)
		in.People = []store.PersonInput{{Name: speaker, Affiliations: []store.AffiliationInput{{Company: fmt.Sprintf("Company %c", 'A'+(i%7)%3)}}}}
		talk := store.TalkInput{Title: fmt.Sprintf("Talk %02d about Go", i), Speakers: []string{speaker}}
		for c := 0; c <= i%4; c++ {
			city := cities[c]
			in.Events = append(in.Events, store.EventInput{Name: fmt.Sprintf("Meetup %d %s", i, city.Name), City: &city,
				Date: fmt.Sprintf("2024-%02d-%02d", 1+c, 1+i), Host: fmt.Sprintf("Host %d", c)})
			talk.Appearances = append(talk.Appearances, store.AppearanceInput{Event: c})
		}
		in.Talks = []store.TalkInput{talk}
		if _, err := st.SavePost(context.Background(), in); err != nil {
			t.Fatalf("SavePost: %v", err)
		}
	}
	return client.New(graph.NewHandler(st, graph.Options{Timeout: testTimeout}))
}

type talkPage struct {
	Talks struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				ID         string
				CityCount  int
				EventCount int
			}
		}
		PageInfo struct {
			HasNextPage bool
			EndCursor   *string
		}
	}
}

// pageAll pages through talks with the given arguments, 7 at a time.
func pageAll(t *testing.T, c *client.Client, args string) (ids []string, counts []int, total int) {
	t.Helper()
	after := ""
	for i := 0; i < 50; i++ {
		var resp talkPage
		q := `query($after: String) { talks(first: 7, after: $after` + args + `) { totalCount edges { node { id cityCount eventCount } } pageInfo { hasNextPage endCursor } } }`
		c.MustPost(q, &resp, client.Var("after", after))
		total = resp.Talks.TotalCount
		for _, e := range resp.Talks.Edges {
			ids = append(ids, e.Node.ID)
			counts = append(counts, e.Node.CityCount)
		}
		if !resp.Talks.PageInfo.HasNextPage {
			return ids, counts, total
		}
		after = *resp.Talks.PageInfo.EndCursor
	}
	t.Fatal("paging did not end")
	return nil, nil, 0
}

// TestLists checks paging, filters and orderings on one synthetic graph.
func TestLists(t *testing.T) {
	c := openSynthetic(t, 30)
	t.Run("pages have no gaps or repeats", func(t *testing.T) { testPaging(t, c) })
	t.Run("filters select what they say", func(t *testing.T) { testFilters(t, c) })
	t.Run("orderings order what they say", func(t *testing.T) { testOrderings(t, c) })
	t.Run("nested connections page through a parent's list", func(t *testing.T) { testNestedConnections(t, c) })
}

func testPaging(t *testing.T, c *client.Client) {
	tests := []struct {
		name, args string
		want       int
		sorted     func(counts []int) bool
	}{
		{"by title", "", 30, nil},
		{"by city count, most first", ", orderBy: {field: CITY_COUNT, direction: DESC}", 30, func(c []int) bool {
			return sort.SliceIsSorted(c, func(i, j int) bool { return c[i] > c[j] })
		}},
		{"by city count, fewest first", ", orderBy: {field: CITY_COUNT}", 30, sort.IntsAreSorted},
		{"by date", ", orderBy: {field: DATE, direction: DESC}", 30, nil},
		{"filtered to a city", `, filter: {city: "pune-in"}`, 7, nil},
		{"filtered to a minimum of cities", `, filter: {minCities: 3}, orderBy: {field: EVENT_COUNT}`, 14, sort.IntsAreSorted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids, counts, total := pageAll(t, c, tt.args)
			seen := map[string]bool{}
			for _, id := range ids {
				if seen[id] {
					t.Errorf("talk %s on two pages", id)
				}
				seen[id] = true
			}
			if len(ids) != tt.want || total != tt.want {
				t.Errorf("paged through %d talks (totalCount %d), want %d", len(ids), total, tt.want)
			}
			if tt.sorted != nil && !tt.sorted(counts) {
				t.Errorf("city counts out of order: %v", counts)
			}
		})
	}
}

func testFilters(t *testing.T, c *client.Client) {
	count := func(q string) int {
		t.Helper()
		var resp map[string]struct{ TotalCount int }
		c.MustPost(q, &resp)
		for _, v := range resp {
			return v.TotalCount
		}
		return -1
	}
	tests := []struct {
		name, query string
		want        int
	}{
		{"talks by a person", `{ talks(filter: {person: "speaker-a"}) { totalCount } }`, 5},
		{"talks by a company's people", `{ talks(filter: {company: "company-b"}) { totalCount } }`, 9},
		{"talks in a date range", `{ talks(filter: {from: "2024-04-01", to: "2024-04-30"}) { totalCount } }`, 7},
		{"talks whose title has a word", `{ talks(filter: {text: "talk 1"}) { totalCount } }`, 10},
		{"talks at an event", `{ talks(filter: {event: "oslo-no-2024-02-02"}) { totalCount } }`, 1},
		{"people who spoke in a city", `{ people(filter: {city: "pune-in"}) { totalCount } }`, 7},
		{"people of a company", `{ people(filter: {company: "company-a"}) { totalCount } }`, 3},
		{"people by name", `{ people(filter: {text: "speaker b"}) { totalCount } }`, 1},
		{"people in at least four cities", `{ people(filter: {minCities: 4}) { totalCount } }`, 7},
		{"companies whose people spoke in a city or that hosted there", `{ companies(filter: {city: "lisbon-pt"}) { totalCount } }`, 4},
		{"companies a person works for", `{ companies(filter: {person: "speaker-c"}) { totalCount } }`, 1},
		{"events in a city", `{ events(filter: {city: "denver-us"}) { totalCount } }`, 14},
		{"events a company hosted", `{ events(filter: {host: "host-0"}) { totalCount } }`, 30},
		{"events where a person spoke", `{ events(filter: {person: "speaker-a"}) { totalCount } }`, 11},
		{"events in a date range", `{ events(filter: {from: "2024-01-01", to: "2024-01-31"}) { totalCount } }`, 30},
		{"cities of a country", `{ cities(filter: {country: "no"}) { totalCount } }`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := count(tt.query); got != tt.want {
				t.Errorf("%s: totalCount = %d, want %d", tt.query, got, tt.want)
			}
		})
	}
}

func testOrderings(t *testing.T, c *client.Client) {
	tests := []struct {
		name, query string
		want        []string
	}{
		{"people by talk count then name", `{ people(first: 3, orderBy: {field: TALK_COUNT, direction: DESC}) { nodes { id } } }`, []string{"speaker-a", "speaker-b", "speaker-c"}},
		{"companies ranked by speakers", `{ companies(first: 3, orderBy: {field: SPEAKER_COUNT, direction: DESC}) { nodes { id } } }`, []string{"company-a", "company-b", "company-c"}},
		{"cities by talk count", `{ cities(first: 4, orderBy: {field: TALK_COUNT, direction: DESC}) { nodes { id } } }`, []string{"lisbon-pt", "oslo-no", "denver-us", "pune-in"}},
		{"events by date, latest first", `{ events(first: 1, orderBy: {field: DATE, direction: DESC}) { nodes { id } } }`, []string{"pune-in-2024-04-28"}},
		{"talks by event count, fewest first, ties by key", `{ talks(first: 2, orderBy: {field: EVENT_COUNT}) { nodes { id } } }`, []string{"talk-00-about-go", "talk-04-about-go"}},
		{"posts by title descending", `{ posts(first: 1, orderBy: {field: TITLE, direction: DESC}) { nodes { id } } }`, []string{"post-00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp map[string]struct{ Nodes []struct{ ID string } }
			c.MustPost(tt.query, &resp)
			var got []string
			for _, v := range resp {
				for _, n := range v.Nodes {
					got = append(got, n.ID)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.query, diff)
			}
		})
	}
}

// testNestedConnections pages through each nested connection and checks that the pages
// join up into its list field, in the same order: a list is the connection's first page.
func testNestedConnections(t *testing.T, c *client.Client) {
	tests := []struct {
		name, parent, list string
		total              int
	}{
		{"a city's talks", `city(id: "lisbon-pt")`, "talks", 30},
		{"a city's events, most recent first", `city(id: "lisbon-pt")`, "events", 30},
		{"a person's talks", `person(id: "speaker-a")`, "talks", 5},
		{"a company's people", `company(id: "company-a")`, "people", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := func(r map[string]any) map[string]any {
				for _, v := range r {
					m, _ := v.(map[string]any)
					return m
				}
				return nil
			}
			ids := func(v any) []string {
				var out []string
				items, _ := v.([]any)
				for _, it := range items {
					out = append(out, it.(map[string]any)["id"].(string))
				}
				return out
			}
			var r map[string]any
			c.MustPost(fmt.Sprintf(`{ %s { %s(first: 100) { id } } }`, tt.parent, tt.list), &r)
			want := ids(parent(r)[tt.list])
			if len(want) != tt.total {
				t.Fatalf("the list has %d items, want %d", len(want), tt.total)
			}
			var all []string
			after := ""
			for i := 0; i < 50; i++ {
				var r map[string]any
				c.MustPost(fmt.Sprintf(`query($after: String) { %s { %sConnection(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`, tt.parent, tt.list),
					&r, client.Var("after", after))
				conn := parent(r)[tt.list+"Connection"].(map[string]any)
				if n := int(conn["totalCount"].(float64)); n != len(want) {
					t.Errorf("totalCount = %d, want %d", n, len(want))
				}
				all = append(all, ids(conn["nodes"])...)
				info := conn["pageInfo"].(map[string]any)
				if !info["hasNextPage"].(bool) {
					break
				}
				after = info["endCursor"].(string)
			}
			if diff := cmp.Diff(want, all); diff != "" {
				t.Errorf("pages of %sConnection joined (+) differ from %s (-):\n%s", tt.list, tt.list, diff)
			}
		})
	}
}
