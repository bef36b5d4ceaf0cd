package httpapi_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/talkgraph/talkgraph/httpapi"
	"github.com/talkgraph/talkgraph/loader"
	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/storetest"
	"github.com/talkgraph/talkgraph/web"
)

// TestWarmPlansEveryDashboardPage: Neo4j plans a Cypher text the first time it sees it, so a
// warm-up spares a page's first visitor that wait only if it ran every text the page causes.
// After WarmPages on the example graph, each dashboard operation, asked about other objects than
// the warm-up read, causes no Cypher text the warm-up did not run.
func TestWarmPlansEveryDashboardPage(t *testing.T) {
	st := storetest.Open(t)
	ctx := context.Background()
	if _, err := loader.Load(ctx, st, []string{"../examples/posts"}, loader.Options{}); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	seen := map[string]string{} // Cypher text -> the operation that ran it first
	phase := "warm-up"
	st.Observe(func(op, cypher string, _ time.Duration, _ error) {
		mu.Lock()
		defer mu.Unlock()
		if _, ok := seen[cypher]; !ok {
			seen[cypher] = phase + ": " + op
		}
	})
	h := httpapi.New(st, httpapi.Options{})
	if _, err := httpapi.WarmPages(ctx, st, h); err != nil {
		t.Fatalf("WarmPages: %v", err)
	}
	warmed := len(seen)

	keys, err := st.WarmKeys(ctx)
	if err != nil {
		t.Fatal(err)
	}
	last := func(ids []string) string {
		if len(ids) == 0 {
			t.Fatal("the example graph lacks an object of a kind the dashboard shows")
		}
		return ids[len(ids)-1]
	}
	vars := map[string]map[string]any{
		"Overview":   {},
		"Search":     {"q": "gophers", "first": 8},
		"Talk":       {"id": last(keys.Talks)},
		"Person":     {"id": last(keys.People)},
		"Company":    {"id": last(keys.Companies)},
		"Event":      {"id": last(keys.Events)},
		"City":       {"id": last(keys.Cities)},
		"Connection": {"from": last(keys.People), "to": last(keys.Cities)},
	}
	for _, op := range web.Operations() {
		t.Run("the "+op.Name+" page", func(t *testing.T) {
			v, ok := vars[op.Name]
			if !ok {
				t.Fatalf("the test has no variables for the dashboard operation %s", op.Name)
			}
			mu.Lock()
			phase = op.Name + " page"
			before := len(seen)
			mu.Unlock()
			asked := st.Queries()
			body, _ := json.Marshal(map[string]any{"query": op.Query, "variables": v})
			req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
			req.Header.Set("Content-Type", "application/json")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			var res struct {
				Data   map[string]any
				Errors []struct{ Message string }
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil || rec.Code != http.StatusOK || len(res.Errors) > 0 {
				t.Fatalf("%s = %d %s", op.Name, rec.Code, rec.Body.String())
			}
			if st.Queries() == asked {
				t.Fatalf("%s ran no Cypher query; the test asks about nothing", op.Name)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(seen) != before {
				for text, by := range seen {
					if strings.HasPrefix(by, phase) {
						t.Errorf("%s ran a Cypher text the warm-up did not:\n%s", op.Name, text)
					}
				}
			}
		})
	}
	t.Logf("the warm-up ran %d distinct Cypher texts", warmed)
}

// TestWarmOnAnEmptyGraph: a server started on an empty graph warms up without an error and
// without asking any page about objects that do not exist.
func TestWarmOnAnEmptyGraph(t *testing.T) {
	st := storetest.Open(t)
	keys, err := httpapi.WarmPages(context.Background(), st, httpapi.New(st, httpapi.Options{}))
	if err != nil {
		t.Fatalf("WarmPages: %v", err)
	}
	if err := st.Warm(context.Background(), keys); err != nil {
		t.Fatalf("Warm: %v", err)
	}
	if keys.PersonName != "" || len(keys.Talks)+len(keys.People)+len(keys.Companies)+len(keys.Events)+len(keys.Cities) > 0 {
		t.Errorf("WarmPages on an empty graph = %+v, want no keys", keys)
	}
}

// TestWarmPagesReportsNeo4jDown: a warm-up against a Neo4j that does not answer ends, quickly,
// with an error saying so, for the server to log.
func TestWarmPagesReportsNeo4jDown(t *testing.T) {
	d, err := neo4j.NewDriverWithContext("bolt://127.0.0.1:1", neo4j.NoAuth(), func(c *config.Config) {
		c.MaxTransactionRetryTime = 100 * time.Millisecond
		c.SocketConnectTimeout = 200 * time.Millisecond
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	st := store.New(d, "")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err = httpapi.WarmPages(ctx, st, httpapi.New(st, httpapi.Options{}))
	if err == nil || !strings.Contains(err.Error(), "unavailable") {
		t.Errorf("WarmPages with Neo4j down = %v, want an error saying Neo4j is unavailable", err)
	}
}
