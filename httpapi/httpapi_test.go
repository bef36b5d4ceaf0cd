package httpapi_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/talkgraph/talkgraph/graph"
	"github.com/talkgraph/talkgraph/httpapi"
	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/storetest"
)

func TestCORS(t *testing.T) {
	h := httpapi.New(storetest.Open(t), httpapi.Options{CORSOrigins: []string{"https://dash.example.org", "http://localhost:3000/"}})
	tests := []struct {
		name, origin string
		allowed      bool
	}{
		{"an origin on the list is allowed", "https://dash.example.org", true},
		{"an origin listed with a trailing slash is allowed", "http://localhost:3000", true},
		{"a lookalike origin is denied", "https://dash.example.org.evil.test", false},
		{"another scheme is denied", "http://dash.example.org", false},
		{"an unknown origin is denied", "https://elsewhere.test", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// a preflight, as browsers send before a JSON POST
			req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
			req.Header.Set("Origin", tt.origin)
			req.Header.Set("Access-Control-Request-Method", "POST")
			req.Header.Set("Access-Control-Request-Headers", "content-type")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			got := rec.Header().Get("Access-Control-Allow-Origin")
			if tt.allowed && got != tt.origin || !tt.allowed && got != "" {
				t.Errorf("preflight from %s: Access-Control-Allow-Origin = %q, allowed %v", tt.origin, got, tt.allowed)
			}
			// the request itself
			req = httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ stats { talks } }"}`))
			req.Header.Set("Origin", tt.origin)
			req.Header.Set("Content-Type", "application/json")
			rec = httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			got = rec.Header().Get("Access-Control-Allow-Origin")
			if tt.allowed && got != tt.origin || !tt.allowed && got != "" {
				t.Errorf("POST from %s: Access-Control-Allow-Origin = %q, allowed %v", tt.origin, got, tt.allowed)
			}
		})
	}

	t.Run("with no origins configured every cross-origin request is denied", func(t *testing.T) {
		h := httpapi.New(storetest.Open(t), httpapi.Options{})
		req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
		req.Header.Set("Origin", "https://dash.example.org")
		req.Header.Set("Access-Control-Request-Method", "POST")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "" {
			t.Errorf("Access-Control-Allow-Origin = %q, want none", got)
		}
	})
}

func TestProbes(t *testing.T) {
	st := storetest.Open(t)
	h := httpapi.New(st, httpapi.Options{})
	for _, path := range []string{"/healthz", "/readyz"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			t.Errorf("GET %s = %d, want 200", path, rec.Code)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "/graphql") {
		t.Errorf("GET / = %d, want the playground pointing at /graphql", rec.Code)
	}

	t.Run("readyz answers 503 within its timeout when Neo4j is down, healthz stays 200", func(t *testing.T) {
		d, err := neo4j.NewDriverWithContext("bolt://127.0.0.1:1", neo4j.NoAuth(), func(c *config.Config) {
			c.MaxTransactionRetryTime = 100 * time.Millisecond
			c.SocketConnectTimeout = 200 * time.Millisecond
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { d.Close(context.Background()) })
		h := httpapi.New(store.New(d, ""), httpapi.Options{ReadyTimeout: time.Second})
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
		if rec.Code != http.StatusServiceUnavailable {
			t.Errorf("GET /readyz = %d, want 503", rec.Code)
		}
		rec = httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
		if rec.Code != http.StatusOK {
			t.Errorf("GET /healthz = %d, want 200", rec.Code)
		}
	})
}

func TestMetrics(t *testing.T) {
	st := storetest.Open(t)
	m := httpapi.NewMetrics()
	st.Observe(m.Cypher)
	h := httpapi.New(st, httpapi.Options{Metrics: m, GraphQL: graph.Options{OnOperationDone: m.Operation}})
	for _, body := range []string{
		`{"query":"query Dashboard { stats { talks } }","operationName":"Dashboard"}`,
		`{"query":"query Broken { talks(first: 5000) { nodes { id } } }"}`,
	} {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	out := rec.Body.String()
	for _, want := range []string{
		`talkgraph_graphql_operation_duration_seconds_count{operation="Dashboard"} 1`,
		`talkgraph_graphql_operation_errors_total{operation="Broken"} 1`,
		`talkgraph_graphql_operation_cypher_queries_sum{operation="Dashboard"} 1`,
		`talkgraph_cypher_query_duration_seconds_count{query="stats"} 1`,
		`go_goroutines`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}
