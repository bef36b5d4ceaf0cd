package bench

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

	"github.com/talkgraph/talkgraph/graph"
	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/floor"
)

// BenchmarkAPI runs each benchmark query through the GraphQL handler in process, one at a
// time, on the benchmark Neo4j: where a request's time goes without HTTP and concurrency. It
// reports the Cypher time per request next to the total, and the CPU time per request of this
// process (go-cpu-ms/op: the driver's decoding, GraphQL execution, JSON) and of Neo4j's
// (neo4j-cpu-ms/op, with NEO4J_INSTANCE naming the instance): on a shared machine the wall
// time moves with everyone else's work, CPU time much less.
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
	// gqlgenOnly is the same handler without the direct encoding (graph/direct.go): the
	// "/gqlgen" runs measure what it saves.
	gqlgenOnly := graph.NewHandler(st, graph.Options{GQLGenOnly: true})
	do := func(h http.Handler, body string) []byte {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Body.Bytes()
	}
	var top struct {
		Data struct{ SpeakersInSeveralCities []struct{ ID, Name string } }
	}
	json.Unmarshal(do(h, `{"query":"{ speakersInSeveralCities(first: 1) { id name } }"}`), &top)
	p := floor.Params{PersonID: top.Data.SpeakersInSeveralCities[0].ID, SearchText: "Elisonn"}
	fl := floor.Floor{Driver: d}
	for _, q := range queryNames {
		b.Run(q+"/floor", func(b *testing.B) {
			cpu := startCPU()
			for b.Loop() {
				if err := fl.Query(ctx, q, p); err != nil {
					b.Fatal(err)
				}
			}
			cpu.report(b)
		})
	}
	for _, q := range queryNames {
		for _, v := range []struct {
			name string
			h    http.Handler
		}{{q, h}, {q + "/gqlgen", gqlgenOnly}} {
			runQuery(b, v.name, v.h, do, string(peerQueryBody(b, "talkgraph", q, p)), &cypher, byOp)
		}
	}
}

// runQuery runs one benchmark query through h.
func runQuery(b *testing.B, name string, h http.Handler, do func(http.Handler, string) []byte, body string, cypher *time.Duration, byOp map[string]time.Duration) {
	b.Run(name, func(b *testing.B) {
		*cypher = 0
		cpu := startCPU()
		for b.Loop() {
			do(h, body)
		}
		cpu.report(b)
		b.ReportMetric(float64(cypher.Microseconds())/1000/float64(b.N), "cypher-ms/op")
		for op, dur := range byOp {
			b.Logf("%s: %.2f ms/op", op, float64(dur.Microseconds())/1000/float64(b.N))
		}
		clear(byOp)
	})
}

// cpuClock measures the CPU time this process and Neo4j's use from its start.
type cpuClock struct{ self, neo4j time.Duration }

func startCPU() cpuClock { return cpuClock{selfCPU(), neo4jCPU()} }

// report adds the CPU time per operation since the start to b's metrics.
func (c cpuClock) report(b *testing.B) {
	perOp := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
	b.ReportMetric(perOp(selfCPU()-c.self), "go-cpu-ms/op")
	if c.neo4j >= 0 {
		b.ReportMetric(perOp(neo4jCPU()-c.neo4j), "neo4j-cpu-ms/op")
	}
}

// BenchmarkHTTP runs each benchmark query (TALKGRAPH_BENCH_QUERIES, default all) at
// TALKGRAPH_BENCH_CLIENTS concurrent clients against the GraphQL handler served over HTTP in
// this process, next to the floor, and reports throughput, p50 and the CPU per request of
// this process (server and clients) and of Neo4j. With -cpuprofile it is the server's profile
// under the comparison's load, the clients' HTTP and JSON work included (their frames are the
// bench package's and net/http's client side).
func BenchmarkHTTP(b *testing.B) {
	addr := benchNeo4j(b)
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext("bolt://"+addr, neo4j.NoAuth(), func(c *neo4j.Config) { c.MaxConnectionPoolSize = 64 })
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close(ctx)
	st := store.New(d, "")
	var mu sync.Mutex
	byOp := map[string]int{}
	st.Observe(func(op, _ string, _ time.Duration, _ error) { mu.Lock(); byOp[op]++; mu.Unlock() })
	srv := httptest.NewServer(graph.NewHandler(st, graph.Options{}))
	defer srv.Close()
	p := pickParams(b, srv.URL)
	fl := floor.Floor{Driver: d}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients * 2}, Timeout: 30 * time.Second}
	for _, q := range selectedQueries() {
		body := peerQueryBody(b, "talkgraph", q, p)
		for _, sys := range []system{
			{"talkgraph", func(ctx context.Context, _ string) (int64, error) {
				return postJSON(ctx, client, srv.URL+"/graphql", body)
			}},
			{"floor", func(ctx context.Context, q string) (int64, error) { return -1, fl.Query(ctx, q, p) }},
		} {
			b.Run(q+"/"+sys.name, func(b *testing.B) {
				for b.Loop() {
					cpu := startCPU()
					r := Run(ctx, clients, warmup, duration, func(ctx context.Context) error { _, err := sys.do(ctx, q); return err })
					b.ReportMetric(r.RPS(), "req/s")
					b.ReportMetric(ms(r.P50), "p50-ms")
					perReq := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(max(r.Requests, 1)) }
					b.ReportMetric(perReq(selfCPU()-cpu.self), "go-cpu-ms/req")
					if cpu.neo4j >= 0 {
						b.ReportMetric(perReq(neo4jCPU()-cpu.neo4j), "neo4j-cpu-ms/req")
					}
					b.ReportMetric(float64(r.Errors), "errors")
					mu.Lock()
					for op, n := range byOp {
						b.Logf("%s: %d queries", op, n)
					}
					clear(byOp)
					mu.Unlock()
				}
			})
		}
	}
}
