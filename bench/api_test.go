package bench

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/talkgraph/talkgraph/graph"
	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/floor"
)

// BenchmarkAPI runs each benchmark query through the GraphQL handler in process, one at a
// time, on the benchmark Neo4j: where a request's time goes without HTTP and concurrency. It
// reports the Cypher time per request next to the total.
func BenchmarkAPI(b *testing.B) {
	addr := benchNeo4j(b)
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext("bolt://"+addr, neo4j.NoAuth())
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close(ctx)
	st := store.New(d, "")
	var cypher time.Duration
	byOp := map[string]time.Duration{}
	st.Observe(func(op, _ string, dur time.Duration, _ error) { cypher += dur; byOp[op] += dur })
	h := graph.NewHandler(st, graph.Options{})
	do := func(body string) []byte {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Body.Bytes()
	}
	var top struct {
		Data struct{ SpeakersInSeveralCities []struct{ ID, Name string } }
	}
	json.Unmarshal(do(`{"query":"{ speakersInSeveralCities(first: 1) { id name } }"}`), &top)
	p := floor.Params{PersonID: top.Data.SpeakersInSeveralCities[0].ID, SearchText: "Elisonn"}
	fl := floor.Floor{Driver: d}
	for _, q := range queryNames {
		b.Run(q+"/floor", func(b *testing.B) {
			for b.Loop() {
				if err := fl.Query(ctx, q, p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, q := range queryNames {
		body := string(peerQueryBody(b, "talkgraph", q, p))
		b.Run(q, func(b *testing.B) {
			cypher = 0
			for b.Loop() {
				do(body)
			}
			b.ReportMetric(float64(cypher.Microseconds())/1000/float64(b.N), "cypher-ms/op")
			for op, dur := range byOp {
				b.Logf("%s: %.2f ms/op", op, float64(dur.Microseconds())/1000/float64(b.N))
			}
			clear(byOp)
		})
	}
}
