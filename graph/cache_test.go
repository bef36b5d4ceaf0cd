package graph_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/graph"
	"github.com/talkgraph/talkgraph/store"
)

// newTalkPost is a post we wrote for these tests: a talk given in two cities that the
// example posts do not have.
func newTalkPost() store.PostInput {
	a := &store.CityInput{ID: "lisbon-pt", Name: "Lisbon", Country: "PT"}
	b := &store.CityInput{ID: "porto-pt", Name: "Porto", Country: "PT"}
	return store.PostInput{
		Post:        store.Post{ID: "iberian-tour", File: "iberian-tour.md"},
		ContentHash: "i1",
		People:      []store.PersonInput{{Name: "Rita Calado"}},
		Events:      []store.EventInput{{Name: "Lisbon Gophers", Date: "2025-03-01", City: a}, {Name: "Porto Gophers", Date: "2025-03-08", City: b}},
		Talks: []store.TalkInput{{Title: "Answers kept warm", Speakers: []string{"Rita Calado"},
			Appearances: []store.AppearanceInput{{Event: 0}, {Event: 1}}}},
	}
}

// replica is one server process's GraphQL handler: its own version watch and answer cache.
func replica(t *testing.T, st *store.Store, cacheBytes int64) http.Handler {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	w := graph.WatchVersion(ctx, st, 20*time.Millisecond, nil)
	waitFor(t, "the first graph version", func() bool { _, ok := w.Current(); return ok })
	return graph.NewHandler(st, graph.Options{Version: w.Current, AnswerCacheBytes: cacheBytes})
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

const multiCityQuery = `{ talksInSeveralCities { displayTitle cityCount cities { name } speakers { name companies { name } } } }`

func postQuery(h http.Handler, query string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":`+quote(query)+`}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func getQuery(h http.Handler, query, ifNoneMatch string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(query), nil)
	req.Header.Set("Accept", "application/json")
	if ifNoneMatch != "" {
		req.Header.Set("If-None-Match", ifNoneMatch)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func TestAnswerCacheServesTheSameAnswerUntilALoad(t *testing.T) {
	_, st := openAPI(t)
	a, b := replica(t, st, 1<<20), replica(t, st, 1<<20)
	uncached := graph.NewHandler(st, graph.Options{})

	fresh := postQuery(uncached, multiCityQuery).Body.String()
	for name, h := range map[string]http.Handler{"a": a, "b": b} {
		first, second := postQuery(h, multiCityQuery), postQuery(h, multiCityQuery)
		if first.Code != http.StatusOK || first.Header().Get("X-Talkgraph-Cache") != "" {
			t.Fatalf("replica %s: first answer = %d cache %q, want 200 from the graph", name, first.Code, first.Header().Get("X-Talkgraph-Cache"))
		}
		if second.Header().Get("X-Talkgraph-Cache") != "hit" {
			t.Errorf("replica %s: the same request again was not served from the cache", name)
		}
		if second.Body.String() != fresh {
			t.Errorf("replica %s: cached answer differs from an uncached one:\n%s\nwant\n%s", name, second.Body.String(), fresh)
		}
		if got := second.Header().Get("Content-Type"); got != first.Header().Get("Content-Type") {
			t.Errorf("replica %s: cached Content-Type = %q, want %q", name, got, first.Header().Get("Content-Type"))
		}
	}

	t.Run("answers with errors are not kept", func(t *testing.T) {
		bad := `{ talksInSeveralCities(minCities: 0) { displayTitle } }`
		postQuery(a, bad)
		if r := postQuery(a, bad); r.Header().Get("X-Talkgraph-Cache") != "" || !strings.Contains(r.Body.String(), `"errors"`) {
			t.Errorf("an answer with errors came from the cache: %s", r.Body.String())
		}
	})

	t.Run("a load seen by every replica replaces their answers", func(t *testing.T) {
		if _, err := st.SavePost(context.Background(), newTalkPost()); err != nil {
			t.Fatalf("SavePost: %v", err)
		}
		for name, h := range map[string]http.Handler{"a": a, "b": b} {
			waitFor(t, "replica "+name+" to answer with the new talk", func() bool {
				return strings.Contains(postQuery(h, multiCityQuery).Body.String(), "Answers kept warm")
			})
		}
		if got, want := postQuery(a, multiCityQuery).Body.String(), postQuery(uncached, multiCityQuery).Body.String(); got != want {
			t.Errorf("after the load, replica a answers\n%s\nwant\n%s", got, want)
		}
	})
}

func TestETagAnswersNotModifiedUntilALoad(t *testing.T) {
	_, st := openAPI(t)
	h := replica(t, st, 0) // ETags need no server-side cache
	first := getQuery(h, multiCityQuery, "")
	etag := first.Header().Get("ETag")
	if first.Code != http.StatusOK || etag == "" {
		t.Fatalf("GET = %d with ETag %q, want 200 with an ETag", first.Code, etag)
	}
	if r := getQuery(h, multiCityQuery, etag); r.Code != http.StatusNotModified || r.Body.Len() != 0 {
		t.Errorf("GET with If-None-Match %s = %d (%d bytes), want 304 and no body", etag, r.Code, r.Body.Len())
	}
	if r := getQuery(h, `{ talksInSeveralCities { displayTitle } }`, etag); r.Code != http.StatusOK {
		t.Errorf("another query with the first one's ETag = %d, want 200", r.Code)
	}
	if r := postQuery(h, multiCityQuery); r.Header().Get("ETag") != "" {
		t.Errorf("a POST without a persisted query got ETag %q, want none", r.Header().Get("ETag"))
	}
	if _, err := st.SavePost(context.Background(), newTalkPost()); err != nil {
		t.Fatalf("SavePost: %v", err)
	}
	var after *httptest.ResponseRecorder
	waitFor(t, "the load to change the answer", func() bool {
		after = getQuery(h, multiCityQuery, etag)
		return after.Code != http.StatusNotModified
	})
	if after.Code != http.StatusOK || after.Header().Get("ETag") == etag || !strings.Contains(after.Body.String(), "Answers kept warm") {
		t.Errorf("after a load, GET with the old ETag = %d, ETag %q, body %s; want 200 with the new talk and a new ETag", after.Code, after.Header().Get("ETag"), after.Body.String())
	}
}
