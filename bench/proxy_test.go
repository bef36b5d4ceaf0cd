package bench

import (
	"context"
	"os"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestProxyCountsQueries runs queries through the proxy to the test Neo4j and checks it counts
// one RUN per query.
func TestProxyCountsQueries(t *testing.T) {
	uri := os.Getenv("TALKGRAPH_TEST_NEO4J_URI")
	if uri == "" {
		t.Skip("no test Neo4j")
	}
	p, err := NewProxy("127.0.0.1:0", uri[len("bolt://"):])
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext("bolt://"+p.Addr(), neo4j.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	before := p.Runs()
	for i := 0; i < 5; i++ {
		if _, err := neo4j.ExecuteQuery(ctx, d, "RETURN $i AS i", map[string]any{"i": i}, neo4j.EagerResultTransformer); err != nil {
			t.Fatalf("query through the proxy: %v", err)
		}
	}
	if got := p.Runs() - before; got != 5 {
		t.Errorf("proxy counted %d queries, want 5", got)
	}
}
