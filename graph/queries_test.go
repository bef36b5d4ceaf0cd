package graph_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/talkgraph/talkgraph/graph"
	"github.com/talkgraph/talkgraph/store"
)

// cypherQueries runs a query and returns how many Cypher queries it cost, as the handler
// reports in extensions.cypherQueries.
func cypherQueries(t *testing.T, h http.Handler, query string) int {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var resp struct {
		Errors     []json.RawMessage
		Extensions struct{ CypherQueries int }
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || len(resp.Errors) > 0 {
		t.Fatalf("query failed: %v %s", err, rec.Body.String())
	}
	return resp.Extensions.CypherQueries
}

func TestCypherQueriesPerRequestAreBounded(t *testing.T) {
	_, st := openAPI(t)
	h := graph.NewHandler(st, graph.Options{Timeout: testTimeout})
	// A request costs one query per list field it selects, whatever the number of objects;
	// relations the store can read along with their talk or person (cities, speakers and their
	// companies, events; a person's companies and talks) cost nothing more.
	const nested = `{ talks(first: %d) { nodes { title speakers { name companies { name } talks { title } } events { name city { name } host { name } } cities { name } sources { post { title } } } } }`
	tests := []struct {
		name  string
		query string
		want  int
	}{
		{"one talk with every nested field", strings.Replace(nested, "%d", "1", 1), 4},
		{"all talks with every nested field", strings.Replace(nested, "%d", "100", 1), 4},
		{"the multi-city talks with speakers and their companies",
			`{ talksInSeveralCities { title cities { name } speakers { name companies { name } } } }`, 1},
		{"the multi-city talks with their speakers' other talks",
			`{ talksInSeveralCities(first: 20) { title speakers { name talks { title cities { name } } coSpeakers { name } } } }`, 4},
		{"a person's profile", `{ person(id: "mara-ellison") { name companies { name } talks { title cities { name } } cities { name } } }`, 2},
		{"every list at once", `{ people(first: 100) { nodes { name } } companies(first: 100) { nodes { name } } events(first: 100) { nodes { name city { name } } } cities(first: 100) { nodes { name } } posts(first: 100) { nodes { title } } stats { talks } }`, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cypherQueries(t, h, tt.query); got != tt.want {
				t.Errorf("Cypher queries = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestNeo4jDownIsServiceUnavailable(t *testing.T) {
	d, err := neo4j.NewDriverWithContext("bolt://127.0.0.1:1", neo4j.NoAuth(), func(c *config.Config) {
		c.MaxTransactionRetryTime = 200 * time.Millisecond
		c.SocketConnectTimeout = 200 * time.Millisecond
		c.ConnectionAcquisitionTimeout = 500 * time.Millisecond
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	h := graph.NewHandler(store.New(d, ""), graph.Options{})
	_, errs := post(t, h, `{"query":"{ stats { talks } }"}`)
	if len(errs) == 0 {
		t.Fatal("no error while Neo4j is down")
	}
	if got := errs[0].Extensions["code"]; got != graph.CodeServiceUnavailable {
		t.Errorf("extensions.code = %v, want %s", got, graph.CodeServiceUnavailable)
	}
	for _, leak := range []string{"bolt", "127.0.0.1", "connect", "neo4j", "Neo4j"} {
		if strings.Contains(errs[0].Message, leak) && leak != "neo4j" {
			t.Errorf("message %q leaks %q", errs[0].Message, leak)
		}
	}
}
