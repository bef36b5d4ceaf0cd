package graph_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"
)

// TestEveryPathReadsTheSameList checks the seams between the ways a request can reach one
// relation: read along with its parent (the look-ahead of a top-level talk or person, the
// ready lists kept on talks), batched over every parent a list handed out, or paged by its
// connection; with aliases of other page sizes beside it. Whatever the path, a relation's list
// field is its connection's first page.
func TestEveryPathReadsTheSameList(t *testing.T) {
	c := openSynthetic(t, 30)
	sizes := []int{0, 1, 3, 100}
	paged := []struct {
		relation string
		truth    string   // every parent with the whole list, through its connection
		paths    []string // %d is the page size; the list read is aliased x
	}{
		{"a person's talks",
			`{ people(first: 100) { nodes { id x: talksConnection(first: 100) { nodes { id } } } } }`,
			[]string{
				`{ person(id: "speaker-a") { id x: talks(first: %d) { id } } }`,
				`{ person(id: "speaker-b") { id a: talks(first: 1) { id } x: talks(first: %d) { id } } }`,
				`{ person(id: "speaker-c") { id x: talks(first: %d) { id } a: talks(first: 2) { id title } } }`,
				`{ people(first: 100) { nodes { id x: talks(first: %d) { id } } } }`,
				`{ company(id: "company-a") { people { id x: talks(first: %d) { id } } } }`,
				`{ talks(first: 30) { nodes { speakers { id x: talks(first: %d) { id } } } } }`,
			}},
		{"a company's people",
			`{ companies(first: 100) { nodes { id x: peopleConnection(first: 100) { nodes { id } } } } }`,
			[]string{
				`{ company(id: "company-a") { id x: people(first: %d) { id } } }`,
				`{ companies(first: 100) { nodes { id x: people(first: %d) { id } } } }`,
				`{ person(id: "speaker-a") { companies { id x: people(first: %d) { id } } } }`,
				`{ talks(first: 30) { nodes { speakers { companies { id x: people(first: %d) { id } } } } } }`,
			}},
		{"an event's talks",
			`{ events(first: 100) { nodes { id x: talksConnection(first: 100) { nodes { id } } } } }`,
			[]string{
				`{ events(first: 100) { nodes { id x: talks(first: %d) { id } } } }`,
				`{ city(id: "lisbon-pt") { events(first: 100) { id x: talks(first: %d) { id } } } }`,
				`{ talks(first: 30) { nodes { events { id x: talks(first: %d) { id } } } } }`,
			}},
		{"a city's talks",
			`{ cities(first: 100) { nodes { id x: talksConnection(first: 100) { nodes { id } } } } }`,
			[]string{
				`{ city(id: "oslo-no") { id x: talks(first: %d) { id } } }`,
				`{ cities(first: 100) { nodes { id x: talks(first: %d) { id } } } }`,
				`{ person(id: "speaker-d") { cities { id x: talks(first: %d) { id } } } }`,
				`{ talks(first: 30) { nodes { cities { id x: talks(first: %d) { id } } } } }`,
			}},
		{"a city's events",
			`{ cities(first: 100) { nodes { id x: eventsConnection(first: 100) { nodes { id } } } } }`,
			[]string{
				`{ city(id: "pune-in") { id x: events(first: %d) { id } } }`,
				`{ cities(first: 100) { nodes { id x: events(first: %d) { id } } } }`,
				`{ talks(first: 30) { nodes { events { city { id x: events(first: %d) { id } } } } } }`,
			}},
	}
	for _, tt := range paged {
		t.Run(tt.relation, func(t *testing.T) {
			truth := listsOf(t, c, tt.truth)
			if len(truth) == 0 {
				t.Fatal("the truth query found no parents")
			}
			for _, path := range tt.paths {
				for _, n := range sizes {
					got := listsOf(t, c, fmt.Sprintf(path, n))
					if len(got) == 0 {
						t.Fatalf("%s: no parent answered", fmt.Sprintf(path, n))
					}
					for parent, items := range got {
						want, ok := truth[parent]
						if !ok {
							t.Fatalf("%s: parent %s is not in the truth", fmt.Sprintf(path, n), parent)
						}
						want = want[:min(n, len(want))]
						if diff := cmp.Diff(want, items); diff != "" {
							t.Errorf("%s: %s reads (+), its connection's first page is (-):\n%s", fmt.Sprintf(path, n), parent, diff)
						}
					}
				}
			}
		})
	}

	// A talk's cities, speakers (with their companies) and events have no page size: every
	// path must read the whole list, the same one.
	whole := []struct {
		relation, sel string
	}{
		{"a talk's cities", `x: cities { id }`},
		{"a talk's cities with more than names", `x: cities { id talkCount }`},
		{"a talk's speakers and their companies", `x: speakers { id name companies { id name } }`},
		{"a talk's speakers with their talks", `x: speakers { id talkCount companies { id } }`},
		{"a talk's events", `x: events { id date city { id } }`},
	}
	parents := []string{
		`{ talks(first: 100) { nodes { id %s } } }`,
		`{ talks(first: 100) { edges { node { id %s } } } }`,
		`{ talksInSeveralCities(minCities: 1, first: 100) { id %s } }`,
		`{ person(id: "speaker-e") { talks(first: 100) { id %s } } }`,
		`{ city(id: "denver-us") { talks(first: 100) { id %s } } }`,
		`{ events(first: 100) { nodes { talks { id %s } } } }`,
	}
	for _, tt := range whole {
		t.Run(tt.relation, func(t *testing.T) {
			// The truth is read talk by talk, so that nothing is batched or read ahead.
			var ids struct {
				Talks struct{ Nodes []struct{ ID string } }
			}
			c.MustPost(`{ talks(first: 100) { nodes { id } } }`, &ids)
			truth := map[string][]string{}
			for _, n := range ids.Talks.Nodes {
				for k, v := range listsOf(t, c, fmt.Sprintf(`{ talk(id: %q) { id %s } }`, n.ID, tt.sel)) {
					truth[k] = v
				}
			}
			if len(truth) != 30 {
				t.Fatalf("read %d talks one by one, want 30", len(truth))
			}
			for _, p := range parents {
				q := fmt.Sprintf(p, tt.sel)
				got := listsOf(t, c, q)
				if len(got) == 0 {
					t.Fatalf("%s: no talk answered", q)
				}
				for talk, items := range got {
					if diff := cmp.Diff(truth[talk], items); diff != "" {
						t.Errorf("%s: talk %s reads (+), read alone it reads (-):\n%s", q, talk, diff)
					}
				}
			}
		})
	}
}

// listsOf runs query and returns, for every object in the answer that has an id and a field
// aliased x, the items of x (a list, or a connection's nodes) as JSON, by the object's id.
func listsOf(t *testing.T, c *client.Client, query string) map[string][]string {
	t.Helper()
	var resp map[string]any
	if err := c.Post(query, &resp); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	out := map[string][]string{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			id, hasID := v["id"].(string)
			x, hasX := v["x"]
			if hasID && hasX {
				if conn, ok := x.(map[string]any); ok {
					x = conn["nodes"]
				}
				items := []string{}
				for _, it := range x.([]any) {
					b, err := json.Marshal(it)
					if err != nil {
						t.Fatal(err)
					}
					items = append(items, string(b))
				}
				if prev, seen := out[id]; seen && !cmp.Equal(prev, items) {
					t.Errorf("%s: %s answers two lists in one response:\n%v\n%v", query, id, prev, items)
				}
				out[id] = items
			}
			for k, e := range v {
				if k != "x" {
					walk(e)
				}
			}
		}
	}
	walk(resp)
	return out
}
