package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/talkgraph/talkgraph/loader"
	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/floor"
)

// The comparison benchmarks run against a Neo4j that scripts/bench.sh starts and names in
// TALKGRAPH_BENCH_NEO4J (host:port); without it they skip.

var (
	clients  = envInt("TALKGRAPH_BENCH_CLIENTS", 32)
	duration = time.Duration(envInt("TALKGRAPH_BENCH_SECONDS", 10)) * time.Second
	warmup   = time.Duration(envInt("TALKGRAPH_BENCH_WARMUP_SECONDS", 3)) * time.Second
)

func envInt(key string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(key)); err == nil && n > 0 {
		return n
	}
	return def
}

func benchNeo4j(b *testing.B) string {
	addr := os.Getenv("TALKGRAPH_BENCH_NEO4J")
	if addr == "" {
		b.Skip("TALKGRAPH_BENCH_NEO4J is not set: run make bench")
	}
	return addr
}

// benchCorpus writes the synthetic corpus (at TALKGRAPH_BENCH_SCALE) into .bench/NAME, afresh,
// and opens a driver on the bench Neo4j, closed when the benchmark ends.
func benchCorpus(b *testing.B, name string) (addr string, c *Corpus, dir string, driver neo4j.DriverWithContext) {
	b.Helper()
	addr = benchNeo4j(b)
	dir = filepath.Join(root(), ".bench", name)
	os.RemoveAll(dir)
	c = Generate(scaled(DefaultSizes), 1)
	if err := c.Write(dir); err != nil {
		b.Fatal(err)
	}
	driver, err := neo4j.NewDriverWithContext("bolt://"+addr, neo4j.NoAuth())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { driver.Close(context.Background()) })
	return addr, c, dir, driver
}

// root is the repository's top folder.
func root() string {
	wd, _ := os.Getwd()
	return filepath.Dir(wd)
}

// BenchmarkLoad generates the synthetic corpus and loads it with `talkgraph load` into an
// empty database, reporting posts per second and the loader's peak memory, each next to the
// loader's floor under the same conditions.
func BenchmarkLoad(b *testing.B) {
	addr, c, dir, driver := benchCorpus(b, "corpus")
	ctx := context.Background()
	// TALKGRAPH_BENCH_BIN names another build of talkgraph to load with (one built from an
	// earlier commit, to measure a change against it on the same machine state).
	bin := filepath.Join(root(), "bin", "talkgraph")
	if other := os.Getenv("TALKGRAPH_BENCH_BIN"); other != "" {
		bin = other
	}
	// Each system loads twice: first on a Neo4j whose JVM has compiled nothing and planned
	// none of its queries ("cold"), then again into the emptied graph on the same Neo4j
	// ("warm", as a server that has been up for a while takes it). The loader's floor, the
	// same posts extracted beforehand and written with one bulk query per batch
	// (store/floor/load.go), goes first, on the Neo4j scripts/bench.sh has just started
	// ("floor-cold", then "floor"); Neo4j is then restarted for talkgraph's "cold" load, and
	// "warm" follows. (Run in the other order, talkgraph's warm load met a Neo4j that had
	// planned and compiled the floor's queries but not its own, and measured its start-up
	// again: half of Neo4j's CPU in that "warm" load was the JIT compiler's.) The schema is
	// created before the floor's first load, outside its clock; talkgraph's loads create it
	// themselves (IF NOT EXISTS). The graph is emptied before each load but the first, and
	// the last load leaves the graph the comparison queries read.
	posts := extractAll(b, c, dir)
	workers := envInt("TALKGRAPH_BENCH_LOAD_WORKERS", 2)
	// On the cold JVM a batch of the floor's can take longer than the driver's 30 s of
	// retries, in which its two writers' deadlocks would not be retried.
	newDriver := func() neo4j.DriverWithContext {
		d, err := neo4j.NewDriverWithContext("bolt://"+addr, neo4j.NoAuth(), func(c *neo4j.Config) {
			c.MaxTransactionRetryTime = 10 * time.Minute
		})
		if err != nil {
			b.Fatal(err)
		}
		return d
	}
	driver.Close(ctx)
	driver = newDriver()
	defer func() { driver.Close(ctx) }()
	if err := store.New(driver, "").EnsureSchema(ctx); err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		for _, run := range []string{"floor-cold", "floor", "cold", "warm"} {
			if run == "cold" {
				if !restartNeo4j(b) {
					continue
				}
				// The old driver's connections died with the old process.
				driver.Close(ctx)
				driver = newDriver()
			}
			if run != "floor-cold" {
				if err := floor.Reset(ctx, driver); err != nil {
					b.Fatal(err)
				}
			}
			if strings.HasPrefix(run, "floor") {
				start, db, jit := time.Now(), neo4jCPU(), neo4jJIT()
				if err := (floor.Floor{Driver: driver}).Load(ctx, posts, loader.DefaultBatch, workers); err != nil {
					b.Fatalf("floor load: %v", err)
				}
				elapsed, db, jit := time.Since(start), neo4jCPU()-db, neo4jJIT()-jit
				rate := float64(len(posts)) / elapsed.Seconds()
				b.ReportMetric(rate, run+"-posts/s")
				fmt.Printf("LOAD %-10s posts=%d seconds=%.1f posts_per_s=%.0f neo4j_cpu_s=%.1f neo4j_jit_s=%.1f load_avg=%s (bulk UNWIND, one query per batch of %d, extraction not counted)\n",
					run, len(posts), elapsed.Seconds(), rate, db.Seconds(), jit.Seconds(), loadAverage(), loader.DefaultBatch)
				continue
			}
			cmd := exec.Command(bin, "load", "-workers", strconv.Itoa(workers), dir)
			cmd.Env = append(os.Environ(), "NEO4J_URI=bolt://"+addr)
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			start, db, jit := time.Now(), neo4jCPU(), neo4jJIT()
			if err := cmd.Run(); err != nil {
				b.Fatalf("talkgraph load: %v\n%s", err, out.String())
			}
			elapsed, db, jit := time.Since(start), neo4jCPU()-db, neo4jJIT()-jit
			rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss // KiB on Linux
			rate := float64(len(c.Files)) / elapsed.Seconds()
			b.ReportMetric(rate, run+"-posts/s")
			b.ReportMetric(float64(rss)/1024, run+"-peak-MB")
			b.Logf("%s: %s", run, strings.TrimSpace(out.String()))
			cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
			fmt.Printf("LOAD %-10s posts=%d seconds=%.1f posts_per_s=%.0f neo4j_cpu_s=%.1f neo4j_jit_s=%.1f loader_cpu_s=%.1f peak_rss_mb=%.0f load_avg=%s\n",
				run, len(c.Files), elapsed.Seconds(), rate, db.Seconds(), jit.Seconds(), cpu.Seconds(), float64(rss)/1024, loadAverage())
		}
	}
}

// restartNeo4j stops and starts the benchmark's Neo4j (scripts/neo4j.sh, instance
// NEO4J_INSTANCE), so that what runs next meets a JVM that has compiled nothing yet. Without
// NEO4J_INSTANCE (the benchmark run by hand on a Neo4j of its own) it restarts nothing and
// returns false.
func restartNeo4j(b *testing.B) bool {
	b.Helper()
	if os.Getenv("NEO4J_INSTANCE") == "" || os.Getenv("NEO4J_BOLT_PORT") == "" {
		fmt.Println("LOAD cold skipped: NEO4J_INSTANCE and NEO4J_BOLT_PORT do not name the bench Neo4j to restart")
		return false
	}
	for _, verb := range []string{"stop", "start"} {
		cmd := exec.Command(filepath.Join(root(), "scripts", "neo4j.sh"), verb)
		cmd.Dir = root()
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("scripts/neo4j.sh %s: %v\n%s", verb, err, out)
		}
	}
	return true
}

// extractAll extracts every post of the corpus written to dir, as the loader would.
func extractAll(b *testing.B, c *Corpus, dir string) []store.PostInput {
	files, err := loader.Files([]string{dir})
	if err != nil {
		b.Fatal(err)
	}
	posts := make([]store.PostInput, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		r, err := loader.Extract(f, data)
		if err != nil {
			b.Fatalf("extract %s: %v", f, err)
		}
		posts = append(posts, loader.Input(r, loader.ContentHash(data)))
	}
	return posts
}

// scaled multiplies the corpus's posts, talks, people and companies by
// TALKGRAPH_BENCH_SCALE (default 1; `make bench-10x` sets 10). The cities stay those of the
// gazetteer the generator draws from.
func scaled(sz Sizes) Sizes {
	f, err := strconv.ParseFloat(os.Getenv("TALKGRAPH_BENCH_SCALE"), 64)
	if err != nil || f <= 0 {
		return sz
	}
	n := func(v int) int { return max(1, int(float64(v)*f)) }
	return Sizes{Posts: n(sz.Posts), Talks: n(sz.Talks), People: n(sz.People), Cities: sz.Cities, Companies: n(sz.Companies)}
}

// system is one of the systems compared.
type system struct {
	name string
	do   func(ctx context.Context, query string) (cypher int64, err error) // one request
}

// BenchmarkCompare runs each benchmark query at 32 concurrent clients against talkgraph over
// HTTP, the hand-written Cypher floor in process, and the @neo4j/graphql peer, one after the
// other on the same Neo4j, and prints the table of throughput, latency, ratios, Cypher queries
// per request (counted by a Bolt proxy) and errors.
func BenchmarkCompare(b *testing.B) {
	addr := benchNeo4j(b)
	proxy, err := NewProxy(fmt.Sprintf("127.0.0.1:%d", freePort(b)), addr)
	if err != nil {
		b.Fatal(err)
	}
	defer proxy.Close()
	ctx := context.Background()

	// talkgraph as the ratios judge it, without its answer cache; and two replicas with it,
	// which the "talkgraph+cache" row sends requests to in turn.
	// The replicas poll the graph version: they reach Neo4j through a proxy of their own, so
	// that the polls do not count as the other systems' queries.
	tg, tgPID, stopTG := startTalkgraph(b, proxy.Addr(), "TALKGRAPH_ANSWER_CACHE_MB=0", "TALKGRAPH_VERSION_POLL=off")
	defer stopTG()
	cacheProxy, err := NewProxy(fmt.Sprintf("127.0.0.1:%d", freePort(b)), addr)
	if err != nil {
		b.Fatal(err)
	}
	defer cacheProxy.Close()
	var replicas []string
	for range 2 {
		url, _, stop := startTalkgraph(b, cacheProxy.Addr(), "TALKGRAPH_ANSWER_CACHE_MB=32")
		defer stop()
		replicas = append(replicas, url)
	}
	var turn atomic.Int64
	peerURL, stopPeer := startPeer(b, proxy.Addr())
	defer stopPeer()
	driver, err := neo4j.NewDriverWithContext("bolt://"+proxy.Addr(), neo4j.NoAuth(), func(c *neo4j.Config) { c.MaxConnectionPoolSize = 64 })
	if err != nil {
		b.Fatal(err)
	}
	defer driver.Close(ctx)
	fl := floor.Floor{Driver: driver}

	params := pickParams(b, tg)
	bodies := map[string]map[string][]byte{}
	for _, q := range queryNames {
		bodies[q] = map[string][]byte{"talkgraph": peerQueryBody(b, "talkgraph", q, params), "peer": peerQueryBody(b, "peer", q, params)}
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients * 2}, Timeout: 30 * time.Second}
	systems := []system{
		{"talkgraph", func(ctx context.Context, q string) (int64, error) {
			return postJSON(ctx, client, tg+"/graphql", bodies[q]["talkgraph"])
		}},
		{"floor", func(ctx context.Context, q string) (int64, error) { return -1, fl.Query(ctx, q, params) }},
		{"peer", func(ctx context.Context, q string) (int64, error) {
			return postJSON(ctx, client, peerURL, bodies[q]["peer"])
		}},
		{"talkgraph+cache", func(ctx context.Context, q string) (int64, error) {
			url := replicas[turn.Add(1)%int64(len(replicas))]
			return postJSON(ctx, client, url+"/graphql", bodies[q]["talkgraph"])
		}},
	}
	// The replicas answer what talkgraph without a cache answers.
	for _, q := range queryNames {
		want := answer(b, client, tg, bodies[q]["talkgraph"])
		for _, r := range replicas {
			for range 2 { // from the graph, then from the cache
				if got := answer(b, client, r, bodies[q]["talkgraph"]); !bytes.Equal(got, want) {
					b.Fatalf("%s: replica %s answers\n%s\nwant\n%s", q, r, got, want)
				}
			}
		}
	}

	results := map[string]map[string]measured{}
	var peakRSS int64
	for _, q := range selectedQueries() {
		results[q] = map[string]measured{}
		for _, sys := range systems {
			// check the answer once, and count its Cypher queries over a few requests (for the
			// replicas, with their version polls)
			counter := proxy
			if sys.name == "talkgraph+cache" {
				counter = cacheProxy
			}
			before := counter.Runs()
			for i := 0; i < 10; i++ {
				if _, err := sys.do(ctx, q); err != nil {
					b.Fatalf("%s %s: %v", sys.name, q, err)
				}
			}
			perRequest := float64(counter.Runs()-before) / 10
			done := make(chan struct{})
			rss := make(chan int64, 1)
			go func() { rss <- sampleRSS(tgPID, done) }()
			r := Run(ctx, clients, warmup, duration, func(ctx context.Context) error { _, err := sys.do(ctx, q); return err })
			close(done)
			peakRSS = max(peakRSS, <-rss)
			results[q][sys.name] = measured{Result: r, Cypher: perRequest}
			b.ReportMetric(r.RPS(), q+"/"+sys.name+"-req/s")
		}
	}
	printTable(os.Stdout, results, peakRSS)
	b.ReportMetric(float64(peakRSS)/(1<<20), "talkgraph-peak-MB")
}

var queryNames = []string{"multiCity", "talksPage", "personProfile", "search"}

// selectedQueries are the benchmark queries TALKGRAPH_BENCH_QUERIES names (comma-separated),
// or all of them: a run of one query while working on it.
func selectedQueries() []string {
	env := os.Getenv("TALKGRAPH_BENCH_QUERIES")
	if env == "" {
		return queryNames
	}
	var qs []string
	for _, q := range queryNames {
		if slices.Contains(strings.Split(env, ","), q) {
			qs = append(qs, q)
		}
	}
	return qs
}

type measured struct {
	Result
	Cypher float64
}

// printTable prints one block per query: each system's throughput and latency, the ratios
// a/b (talkgraph p50 over the floor's) and a/c (talkgraph throughput over the peer's), the
// Cypher queries per request and the errors.
func printTable(w io.Writer, results map[string]map[string]measured, peakRSS int64) {
	fmt.Fprintf(w, "\n%-14s %-16s %10s %9s %9s %8s %7s\n", "query", "system", "req/s", "p50 ms", "p99 ms", "cypher", "errors")
	for _, q := range selectedQueries() {
		for _, s := range []string{"talkgraph", "floor", "peer", "talkgraph+cache"} {
			m := results[q][s]
			fmt.Fprintf(w, "%-14s %-16s %10.0f %9.2f %9.2f %8.1f %7d\n", q, s, m.RPS(), ms(m.P50), ms(m.P99), m.Cypher, m.Errors)
		}
		a, fl, peer, c := results[q]["talkgraph"], results[q]["floor"], results[q]["peer"], results[q]["talkgraph+cache"]
		fmt.Fprintf(w, "%-14s cache off: p50 talkgraph/floor = %.2fx   throughput talkgraph/peer = %.2fx\n", q, ratio(ms(a.P50), ms(fl.P50)), ratio(a.RPS(), peer.RPS()))
		fmt.Fprintf(w, "%-14s cache on:  p50 talkgraph/floor = %.2fx   throughput talkgraph/peer = %.2fx\n\n", q, ratio(ms(c.P50), ms(fl.P50)), ratio(c.RPS(), peer.RPS()))
	}
	fmt.Fprintf(w, "talkgraph server peak RSS during the run: %.0f MB\n", float64(peakRSS)/(1<<20))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// answer returns the body of a GraphQL request's answer.
func answer(b *testing.B, c *http.Client, url string, body []byte) []byte {
	resp, err := c.Post(url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		b.Fatalf("%s: %s %v", url, resp.Status, err)
	}
	return data
}

// postJSON sends a GraphQL request and fails on HTTP or GraphQL errors. It returns the Cypher
// count talkgraph reports (or -1).
func postJSON(ctx context.Context, c *http.Client, url string, body []byte) (int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	var r struct {
		Errors     []json.RawMessage
		Extensions struct{ CypherQueries *int64 }
	}
	if err := json.Unmarshal(data, &r); err != nil {
		return 0, fmt.Errorf("%s: %v", resp.Status, err)
	}
	if resp.StatusCode != http.StatusOK || len(r.Errors) > 0 {
		return 0, fmt.Errorf("%s: %s", resp.Status, bytes.TrimSpace(data))
	}
	if r.Extensions.CypherQueries != nil {
		return *r.Extensions.CypherQueries, nil
	}
	return -1, nil
}

// ports is the range the benchmark's own listeners (Bolt proxy, servers, peer) take their
// ports from, from TALKGRAPH_BENCH_PORTS ("8481-8499"), so that runs next to other services on
// one machine stay on ports set aside for them; without it, free ports the system picks.
var ports struct {
	sync.Mutex
	read       bool
	next, last int
}

// freePort returns the next port of TALKGRAPH_BENCH_PORTS that nothing listens on, or a free
// port the system picks.
func freePort(b *testing.B) int {
	ports.Lock()
	defer ports.Unlock()
	if !ports.read {
		ports.read = true
		var lo, hi int
		if _, err := fmt.Sscanf(os.Getenv("TALKGRAPH_BENCH_PORTS"), "%d-%d", &lo, &hi); err == nil && lo > 0 && hi >= lo {
			ports.next, ports.last = lo, hi
		}
	}
	for ports.next > 0 && ports.next <= ports.last {
		p := ports.next
		ports.next++
		if ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p)); err == nil {
			ln.Close()
			return p
		}
	}
	if ports.next > 0 {
		b.Fatalf("TALKGRAPH_BENCH_PORTS: no free port left in %q", os.Getenv("TALKGRAPH_BENCH_PORTS"))
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// startTalkgraph starts `talkgraph serve` on a free port, with env added to its environment,
// and waits until it is ready.
func startTalkgraph(b *testing.B, neo string, env ...string) (url string, pid int, stop func()) {
	port := freePort(b)
	cmd := exec.Command(filepath.Join(root(), "bin", "talkgraph"), "serve", "-port", strconv.Itoa(port))
	cmd.Env = append(append(os.Environ(), "NEO4J_URI=bolt://"+neo, "GOMAXPROCS="+strconv.Itoa(runtime.NumCPU())), env...)
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	url = fmt.Sprintf("http://127.0.0.1:%d", port)
	waitReady(b, url+"/readyz")
	return url, cmd.Process.Pid, func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }
}

// startPeer starts the @neo4j/graphql peer (bench/peer) on a free port.
func startPeer(b *testing.B, neo string) (url string, stop func()) {
	dir := filepath.Join(root(), "bench", "peer")
	port := freePort(b)
	cmd := exec.Command("node", "server.mjs")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NEO4J_URI=bolt://"+neo, "PORT="+strconv.Itoa(port))
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatalf("start the peer (node bench/peer/server.mjs): %v", err)
	}
	ready := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "ready on") {
				ready <- true
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(60 * time.Second):
		b.Fatal("the peer did not start within 60s")
	}
	return fmt.Sprintf("http://127.0.0.1:%d/", port), func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }
}

func waitReady(b *testing.B, url string) {
	deadline := time.Now().Add(4 * time.Minute) // readiness waits for the warm-up of the dashboard's pages (at most 3 minutes)
	for time.Now().Before(deadline) {
		if resp, err := http.Get(url); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	b.Fatalf("%s not ready within 4 minutes", url)
}

// pickParams chooses the person whose profile is asked for (the one who spoke in the most
// cities) and a search text that misspells their surname.
func pickParams(b *testing.B, tg string) floor.Params {
	resp, err := http.Post(tg+"/graphql", "application/json", strings.NewReader(`{"query":"{ speakersInSeveralCities(minCities: 2, first: 1) { id name } }"}`))
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	var r struct {
		Data struct {
			SpeakersInSeveralCities []struct{ ID, Name string }
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil || len(r.Data.SpeakersInSeveralCities) == 0 {
		b.Fatalf("no speaker in several cities: %v", err)
	}
	p := r.Data.SpeakersInSeveralCities[0]
	surname := p.Name[strings.LastIndex(p.Name, " ")+1:]
	typo := surname[:len(surname)-2] + surname[len(surname)-1:] // drop one letter
	return floor.Params{PersonID: p.ID, SearchText: typo}
}

// peerQueryBody asks bench/peer/queries.mjs for a request body: one place holds both
// dialects of every benchmark query.
func peerQueryBody(b *testing.B, side, name string, p floor.Params) []byte {
	cmd := exec.Command("node", "queries.mjs", "body", side, name, "--person", p.PersonID, "--text", p.SearchText)
	cmd.Dir = filepath.Join(root(), "bench", "peer")
	out, err := cmd.Output()
	if err != nil {
		b.Fatalf("queries.mjs body %s %s: %v", side, name, err)
	}
	return bytes.TrimSpace(out)
}

// sampleRSS polls a process's resident memory until done and returns the peak, in bytes.
func sampleRSS(pid int, done <-chan struct{}) int64 {
	var peak int64
	re := regexp.MustCompile(`VmRSS:\s+(\d+) kB`)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
		if err == nil {
			if m := re.FindSubmatch(data); m != nil {
				kb, _ := strconv.ParseInt(string(m[1]), 10, 64)
				peak = max(peak, kb*1024)
			}
		}
		select {
		case <-done:
			return peak
		case <-tick.C:
		}
	}
}
