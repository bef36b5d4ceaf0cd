// Package storetest opens a real Neo4j for tests. It reads TALKGRAPH_TEST_NEO4J_URI (and
// _USER, _PASSWORD, _DATABASE), a different variable from the service's NEO4J_URI so that a
// test can never wipe a real database. Without it tests skip, unless
// TALKGRAPH_TEST_REQUIRE_NEO4J=1, in which case they fail; `make test` sets both.
package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/talkgraph/talkgraph/store"
)

// Driver returns a driver to the test Neo4j, closed when the test ends, or skips (or fails)
// the test when none is configured.
func Driver(t testing.TB) neo4j.DriverWithContext {
	t.Helper()
	uri := os.Getenv("TALKGRAPH_TEST_NEO4J_URI")
	if uri == "" {
		if os.Getenv("TALKGRAPH_TEST_REQUIRE_NEO4J") == "1" {
			t.Fatal("TALKGRAPH_TEST_NEO4J_URI is not set but TALKGRAPH_TEST_REQUIRE_NEO4J=1: run the tests with `make test`")
		}
		t.Skip("no test Neo4j: set TALKGRAPH_TEST_NEO4J_URI (make test does)")
	}
	auth := neo4j.NoAuth()
	if user := os.Getenv("TALKGRAPH_TEST_NEO4J_USER"); user != "" {
		auth = neo4j.BasicAuth(user, os.Getenv("TALKGRAPH_TEST_NEO4J_PASSWORD"), "")
	}
	d, err := neo4j.NewDriverWithContext(uri, auth, func(c *config.Config) {
		// Tests that load posts with several workers meet deadlocks, which Neo4j reports as
		// transient and the driver retries; on a busy machine one attempt alone can take longer
		// than a few seconds, so the retries get a minute.
		c.MaxTransactionRetryTime = time.Minute
	})
	if err != nil {
		t.Fatalf("neo4j driver for %s: %v", uri, err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := d.VerifyConnectivity(ctx); err != nil {
		t.Fatalf("test Neo4j at %s does not answer: %v", uri, err)
	}
	return d
}

// Database is the database tests use ("" for the server's default).
func Database() string { return os.Getenv("TALKGRAPH_TEST_NEO4J_DATABASE") }

// Open returns a Store on an empty test database with the schema applied.
func Open(t testing.TB) *store.Store {
	t.Helper()
	d := Driver(t)
	st := store.New(d, Database())
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := st.EnsureSchema(ctx); err != nil {
		t.Fatalf("EnsureSchema: %v", err)
	}
	Wipe(t, d)
	return st
}

// Wipe deletes every node and relationship of the test database.
func Wipe(t testing.TB, d neo4j.DriverWithContext) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// CALL { } IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.Run.
	sess := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: Database()})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("wipe test database: %v", err)
	}
}

// Counts returns the number of nodes and relationships in the test database.
func Counts(t testing.TB, d neo4j.DriverWithContext) (nodes, rels int64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, d,
		"CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(Database()))
	if err != nil {
		t.Fatalf("count nodes and relationships: %v", err)
	}
	nodes, _ = res.Records[0].Values[0].(int64)
	rels, _ = res.Records[0].Values[1].(int64)
	return nodes, rels
}

// Dump returns the whole test database as sorted lines, one per node (labels and properties)
// and one per relationship (type, properties, and the keys of its ends), so that two graphs
// can be compared node for node and count for count. Nodes are named by their id property.
// Bookkeeping that says when the graph was written, not what it holds, is left out: the
// GraphVersion node (a new epoch per database, a number that counts writes) and the time a
// post was loaded (loadedAt).
func Dump(t testing.TB, d neo4j.DriverWithContext) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out []string
	nodes, err := neo4j.ExecuteQuery(ctx, d, dumpNodesQuery, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(Database()))
	if err != nil {
		t.Fatalf("dump nodes: %v", err)
	}
	for _, rec := range nodes.Records {
		props, _ := rec.Values[1].(map[string]any)
		delete(props, "loadedAt")
		out = append(out, fmt.Sprintf("node %v %s", rec.Values[0], canonical(props)))
	}
	rels, err := neo4j.ExecuteQuery(ctx, d, dumpRelsQuery, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(Database()))
	if err != nil {
		t.Fatalf("dump relationships: %v", err)
	}
	for _, rec := range rels.Records {
		out = append(out, fmt.Sprintf("rel (%v)-[%v %s]->(%v)", rec.Values[0], rec.Values[1], canonical(rec.Values[2]), rec.Values[3]))
	}
	sort.Strings(out)
	return out
}

const (
	dumpNodesQuery = `MATCH (n) WHERE NOT n:GraphVersion WITH n, labels(n) AS ls UNWIND ls AS l WITH n, l ORDER BY l RETURN collect(l), properties(n)`
	dumpRelsQuery  = `MATCH (a)-[r]->(b) RETURN a.id, type(r), properties(r), b.id`
)

// canonical prints a value with map keys sorted, so equal values print equal.
func canonical(v any) string {
	b, _ := json.Marshal(v) // encoding/json sorts map keys
	return string(b)
}

// PostCount returns how many posts the test database holds; unlike the helpers above it
// returns an error instead of failing the test, for callers that poll a database they kill.
func PostCount(ctx context.Context, d neo4j.DriverWithContext) (int, error) {
	res, err := neo4j.ExecuteQuery(ctx, d, "MATCH (p:Post) RETURN count(p)", nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(Database()))
	if err != nil {
		return 0, err
	}
	if len(res.Records) == 0 {
		return 0, nil
	}
	n, _ := res.Records[0].Values[0].(int64)
	return int(n), nil
}

// RunningQueries counts the transactions Neo4j is running with marker among their query's
// parameters (this query, which has it too, left out).
func RunningQueries(t testing.TB, d neo4j.DriverWithContext, marker string) int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, d, `SHOW TRANSACTIONS YIELD currentQuery, parameters
WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
  AND any(k IN keys(parameters) WHERE parameters[k] = $marker)
RETURN count(*)`, map[string]any{"marker": marker}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(Database()))
	if err != nil {
		t.Fatalf("show transactions: %v", err)
	}
	n, _ := res.Records[0].Values[0].(int64)
	return int(n)
}
