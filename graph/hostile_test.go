package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/talkgraph/talkgraph/graph"
	"github.com/talkgraph/talkgraph/graph/attacks"
	"github.com/talkgraph/talkgraph/store"
)

// Hostile queries: each is refused before it costs anything, with its own extensions.code.
// `make hostile` sends the same attacks to a real server and prints how long each refusal
// took and the server's peak memory.

// unreachableStore is a store whose Neo4j does not exist: requests refused before execution
// never notice.
func unreachableStore(t *testing.T) *store.Store {
	t.Helper()
	d, err := neo4j.NewDriverWithContext("bolt://127.0.0.1:1", neo4j.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	return store.New(d, "")
}

type gqlResponse struct {
	Data   json.RawMessage
	Errors []struct {
		Message    string
		Extensions map[string]any
	}
	Extensions map[string]any
}

func postHostile(t *testing.T, h http.Handler, query string) (*httptest.ResponseRecorder, gqlResponse) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var resp gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatalf("response is not JSON: %v\n%s", err, rec.Body)
	}
	return rec, resp
}

func firstCode(r gqlResponse) string {
	if len(r.Errors) == 0 {
		return ""
	}
	code, _ := r.Errors[0].Extensions["code"].(string)
	return code
}

func TestHostileQueriesAreRefusedWithTheirCode(t *testing.T) {
	h := graph.NewHandler(unreachableStore(t), graph.Options{Logger: slog.New(slog.DiscardHandler)})
	tests := []struct {
		name  string
		query string
		code  string
	}{
		{"fragments spreading each other twice, 26 levels deep, are refused before they are expanded", attacks.FanOut(26), graph.CodeFieldLimit},
		{"fragments spreading each other twice, 60 levels deep, are refused too", attacks.FanOut(60), graph.CodeFieldLimit},
		{"3,000 aliases of stats are refused as too many database queries", attacks.Aliased(3000, "stats{talks}"), graph.CodeQueryLimit},
		{"1,200 aliases of search are refused as too many database queries", attacks.Aliased(1200, `search(text: "go") { __typename }`), graph.CodeQueryLimit},
		{"aliases spread through a fragment count as root fields", "{ ...F } fragment F on Query { " + attacks.Aliased(60, "stats { talks }")[1:], graph.CodeQueryLimit},
		{"nested lists that each read the graph count once per occurrence", "{ talks { edges { node { " + attacks.Aliased(60, "speakers { id }")[1:] + " } } }", graph.CodeQueryLimit},
		{"a query nested deeper than the limit is refused", attacks.Deep(12), graph.CodeDepthLimit},
		{"a fragment cycle is refused without looping", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", graph.CodeDepthLimit},
		{"the largest page of the largest page of ... is refused by its cost", `{ talks(first: 100) { edges { node { speakers { talks(first: 100) { speakers { talks(first: 100) { id } } } } } } } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The second time, the handler has the query's shape cached (OperationLimits
			// parses a query once): it must be refused all the same.
			for _, attempt := range []string{"first", "second"} {
				rec, resp := postHostile(t, h, tt.query)
				if got := firstCode(resp); got != tt.code {
					t.Fatalf("%s attempt: extensions.code = %q, want %q (status %d, body %.300s)", attempt, got, tt.code, rec.Code, rec.Body)
				}
				if len(resp.Errors) != 1 {
					t.Errorf("%s attempt: %d errors, want the one refusal", attempt, len(resp.Errors))
				}
				if resp.Data != nil && string(resp.Data) != "null" {
					t.Errorf("%s attempt: a refused operation answered data %.100s", attempt, resp.Data)
				}
			}
		})
	}
}

func TestAllowedShapesPassTheOperationLimits(t *testing.T) {
	h := graph.NewHandler(unreachableStore(t), graph.Options{Logger: slog.New(slog.DiscardHandler)})
	tests := []struct{ name, query string }{
		{"schema introspection, as the playground sends it", introspectionQuery},
		{"a fragment spread many times is measured once", "{ __typename ...F ...F ...F } fragment F on Query { __typename }"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, resp := postHostile(t, h, tt.query)
			if rec.Code != http.StatusOK || len(resp.Errors) > 0 {
				t.Fatalf("status %d, errors %+v, want an answer", rec.Code, resp.Errors)
			}
		})
	}
}

func TestResponsesOverTheSizeLimitAreRefused(t *testing.T) {
	h := graph.NewHandler(unreachableStore(t), graph.Options{Logger: slog.New(slog.DiscardHandler), MaxResponseSize: 512})
	_, resp := postHostile(t, h, `{ __schema { types { name description fields { name description } } } }`)
	if got := firstCode(resp); got != graph.CodeResponseTooLarge {
		t.Fatalf("extensions.code = %q, want %q", got, graph.CodeResponseTooLarge)
	}
	if resp.Data != nil && string(resp.Data) != "null" {
		t.Errorf("a refused response carries data %.100s", resp.Data)
	}
	_, small := postHostile(t, h, `{ __typename }`)
	if len(small.Errors) > 0 {
		t.Errorf("a small response was refused: %+v", small.Errors)
	}
}

// silentNeo4j accepts connections and never answers: every query waits until its deadline.
func silentNeo4j(t *testing.T) *store.Store {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	d, err := neo4j.NewDriverWithContext("bolt://"+ln.Addr().String(), neo4j.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		d.Close(context.Background())
	})
	return store.New(d, "")
}

func TestAdmissionRefusesExpensiveWorkBeyondItsSlotsWith503(t *testing.T) {
	h := graph.NewHandler(silentNeo4j(t), graph.Options{
		Logger:    slog.New(slog.DiscardHandler),
		Timeout:   time.Second,
		WorkSlots: 1, QueueLength: 1, QueueWait: 50 * time.Millisecond,
	})
	const expensive = `{ talks(first: 100) { edges { node { id speakers { name } } } } }`
	const cheap = `{ stats { talks } }`

	// The first expensive query holds the only slot while its database query hangs.
	started := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		close(started)
		postHostile(t, h, expensive)
	}()
	<-started
	time.Sleep(100 * time.Millisecond)

	rec, resp := postHostile(t, h, expensive)
	if rec.Code != http.StatusServiceUnavailable || firstCode(resp) != graph.CodeOverloaded {
		t.Errorf("second expensive query: status %d code %q, want 503 %s", rec.Code, firstCode(resp), graph.CodeOverloaded)
	}
	if rec.Header().Get("Retry-After") == "" {
		t.Error("a 503 without Retry-After")
	}
	rec, resp = postHostile(t, h, cheap)
	if rec.Code == http.StatusServiceUnavailable || firstCode(resp) == graph.CodeOverloaded {
		t.Errorf("a cheap query was refused as overloaded (status %d): cheap queries take no slot", rec.Code)
	}
	<-done
	rec, resp = postHostile(t, h, expensive)
	if firstCode(resp) == graph.CodeOverloaded {
		t.Errorf("an expensive query after the slot was freed: status %d code %q, want it admitted", rec.Code, firstCode(resp))
	}
}

func TestNestedFirstZeroReadsNothing(t *testing.T) {
	_, st := openAPI(t)
	h := graph.NewHandler(st, graph.Options{Logger: slog.New(slog.DiscardHandler)})
	// The 176-byte query: priced as nothing, it must read nothing.
	const q = `{ cities(first:100, orderBy:{field:TALK_COUNT,direction:DESC}){ edges{ node{ talks(first:0){ cities { talks(first:0){ cities { talks(first:0){ id } } } } } } } } }`
	rec, resp := postHostile(t, h, q)
	if rec.Code != http.StatusOK || len(resp.Errors) > 0 {
		t.Fatalf("status %d errors %+v", rec.Code, resp.Errors)
	}
	var data struct {
		Cities struct {
			Edges []struct {
				Node struct{ Talks []any }
			}
		}
	}
	if err := json.Unmarshal(resp.Data, &data); err != nil {
		t.Fatal(err)
	}
	if len(data.Cities.Edges) == 0 {
		t.Fatal("no cities: the example posts did not load")
	}
	for i, e := range data.Cities.Edges {
		if len(e.Node.Talks) != 0 {
			t.Errorf("city %d: talks(first: 0) gave %d talks, want none", i, len(e.Node.Talks))
		}
	}
	if got := resp.Extensions["cypherQueries"]; got != float64(1) {
		t.Errorf("cypherQueries = %v, want 1 (the cities; a page of 0 talks runs no query)", got)
	}

	t.Run("every nested list of size 0 is empty", func(t *testing.T) {
		for _, q := range []string{
			`{ people(first: 100) { nodes { talks(first: 0) { id } coSpeakers(first: 0) { id } } } }`,
			`{ person(id: "mara-ellison") { talks(first: 0) { id } } }`,
			`{ companies(first: 100) { nodes { people(first: 0) { id } hostedEvents(first: 0) { id } } } }`,
			`{ events(first: 100) { nodes { talks(first: 0) { id } } } }`,
			`{ cities(first: 100) { nodes { events(first: 0) { id } talks(first: 0) { id } } } }`,
		} {
			_, resp := postHostile(t, h, q)
			if len(resp.Errors) > 0 {
				t.Fatalf("%s: %+v", q, resp.Errors)
			}
			if strings.Contains(string(resp.Data), `"id"`) {
				t.Errorf("%s answered items: %.200s", q, resp.Data)
			}
		}
	})
}

func TestAliasesOfOneListGetTheirOwnPageSize(t *testing.T) {
	_, st := openAPI(t)
	ctx := context.Background()
	city := &store.CityInput{ID: "oslo-no", Name: "Oslo", Country: "NO"}
	in := store.PostInput{
		Post:        store.Post{ID: "alias-test", File: "alias-test.md"},
		ContentHash: "v1",
		People:      []store.PersonInput{{Name: "Ida Prolific"}},
		Events:      []store.EventInput{{Name: "Alias Meetup", Date: "2024-05-01", City: city}},
	}
	for _, title := range []string{"Alpha talk", "Beta talk", "Gamma talk"} {
		in.Talks = append(in.Talks, store.TalkInput{Title: title, Speakers: []string{"Ida Prolific"}, Appearances: []store.AppearanceInput{{Event: 0}}})
	}
	if _, err := st.SavePost(ctx, in); err != nil {
		t.Fatal(err)
	}
	h := graph.NewHandler(st, graph.Options{Logger: slog.New(slog.DiscardHandler)})
	for _, q := range []string{
		`{ person(id: "ida-prolific") { a: talks(first: 1) { title } b: talks(first: 50) { title } } }`,
		`{ person(id: "ida-prolific") { b: talks(first: 50) { title } a: talks(first: 1) { title } } }`,
		`{ people(filter: {text: "Ida"}) { nodes { a: talks(first: 1) { title } b: talks(first: 50) { title } } } }`,
	} {
		_, resp := postHostile(t, h, q)
		if len(resp.Errors) > 0 {
			t.Fatalf("%s: %+v", q, resp.Errors)
		}
		var data map[string]any
		_ = json.Unmarshal(resp.Data, &data)
		s := string(resp.Data)
		if got := strings.Count(s, `"title"`); got != 4 {
			t.Errorf("%s: %d titles, want 1 for a and 3 for b: %s", q, got, s)
		}
	}
}

func TestSmallerHolesAreClosed(t *testing.T) {
	_, st := openAPI(t)
	h := graph.NewHandler(st, graph.Options{Logger: slog.New(slog.DiscardHandler)})
	tests := []struct {
		name, query, code, data string // data: a fragment the answer must contain
	}{
		{"an object is connected to itself by a path of length 0",
			`{ connection(from: "mara-ellison", to: "mara-ellison") { length nodes { __typename } } }`, "", `"length":0`},
		{"an unknown id in a connection is NOT_FOUND, not 'not connected'",
			`{ connection(from: "mara-ellison", to: "no-such-person") { length } }`, graph.CodeNotFound, ""},
		{"two objects that are not connected answer null",
			`{ connection(from: "mara-ellison", to: "olga-kundzich") { length } }`, "", `"connection":null`},
		{"a date that does not exist is refused",
			`{ talks(filter: {from: "2020-13-45"}) { totalCount } }`, graph.CodeBadUserInput, ""},
		{"an event date that does not exist is refused",
			`{ events(filter: {to: "2020-02-30"}) { totalCount } }`, graph.CodeBadUserInput, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, resp := postHostile(t, h, tt.query)
			if got := firstCode(resp); got != tt.code {
				t.Fatalf("extensions.code = %q, want %q (%+v)", got, tt.code, resp.Errors)
			}
			if tt.data != "" && !strings.Contains(string(resp.Data), tt.data) {
				t.Errorf("data = %s, want it to contain %s", resp.Data, tt.data)
			}
		})
	}
}
