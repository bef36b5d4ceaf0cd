package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/graph/attacks"
)

// BenchmarkHostile plays a hostile client against a real server on the corpus scripts/hostile.sh
// loaded: each attack of issue 8, the time the server takes to refuse it and its extensions.code,
// the server's peak memory throughout, and the latency of a cheap query while 100 clients send
// allowed expensive queries. The targets: every refusal under 100 ms, RSS under 300 MB, the
// cheap query's p99 under 200 ms. A wrong answer to an attack fails the run; missed targets are
// printed as MISS.
func BenchmarkHostile(b *testing.B) {
	addr := os.Getenv("TALKGRAPH_HOSTILE_NEO4J")
	if addr == "" {
		b.Skip("TALKGRAPH_HOSTILE_NEO4J is not set: run make hostile")
	}
	// The answer cache is off: the cheap query measured under the flood must reach Neo4j
	// through admission control like any other, not be served from memory.
	base, pid, stop := startTalkgraph(b, addr, "TALKGRAPH_ANSWER_CACHE_MB=0")
	defer stop()
	done := make(chan struct{})
	peak := make(chan int64, 1)
	go func() { peak <- sampleRSS(pid, done) }()
	client := &http.Client{Timeout: 60 * time.Second}

	type attack struct {
		name   string
		do     func() (*http.Response, error)
		status int    // expected HTTP status
		code   string // expected extensions.code of the first error ("" for an answer)
	}
	postQ := func(q string) func() (*http.Response, error) {
		body, _ := json.Marshal(map[string]string{"query": q})
		return func() (*http.Response, error) {
			return client.Post(base+"/graphql", "application/json", bytes.NewReader(body))
		}
	}
	attacks := []attack{
		{"fragment fan-out, 26 levels", postQ(attacks.FanOut(26)), 200, "FIELD_LIMIT_EXCEEDED"},
		{"fragment fan-out, 40 levels", postQ(attacks.FanOut(40)), 200, "FIELD_LIMIT_EXCEEDED"},
		{"3,000 aliased stats", postQ(attacks.Aliased(3000, "stats{talks}")), 200, "QUERY_LIMIT_EXCEEDED"},
		{"1,200 aliased search", postQ(attacks.Aliased(1200, `search(text:"go"){__typename}`)), 200, "QUERY_LIMIT_EXCEEDED"},
		{"nesting 30 deep", postQ(attacks.Deep(30)), 200, "DEPTH_LIMIT_EXCEEDED"},
		{"largest page of largest pages", postQ(`{ talks(first: 100) { edges { node { speakers { talks(first: 100) { speakers { talks(first: 100) { id } } } } } } } }`), 200, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"body of 200 KB", func() (*http.Response, error) {
			body := `{"query":"{ stats { talks } }","variables":{"pad":"` + strings.Repeat("x", 200<<10) + `"}}`
			return client.Post(base+"/graphql", "application/json", strings.NewReader(body))
		}, 413, "BODY_TOO_LARGE"},
		{"GET with a 70 KB URL", func() (*http.Response, error) {
			return client.Get(base + "/graphql?query=" + url.QueryEscape("{ stats { talks } }"+strings.Repeat(" ", 70<<10)))
		}, 414, "URI_TOO_LONG"},
	}
	fmt.Printf("%-32s %6s %-28s %10s %s\n", "attack", "status", "code", "ms (max)", "target")

	// The 176-byte query that once took the server down is allowed: nested first:0 reads
	// nothing, so it must be answered with one Cypher query (the cities).
	{
		var worst time.Duration
		var queries float64
		for range 3 {
			start := time.Now()
			resp, err := postQ(`{ cities(first:100, orderBy:{field:TALK_COUNT,direction:DESC}){ edges{ node{ talks(first:0){ cities { talks(first:0){ cities { talks(first:0){ id } } } } } } } } }`)()
			if err != nil {
				b.Fatalf("nested first:0: %v", err)
			}
			var r struct {
				Errors     []any
				Extensions struct{ CypherQueries float64 }
			}
			_ = json.NewDecoder(resp.Body).Decode(&r)
			resp.Body.Close()
			worst = max(worst, time.Since(start))
			queries = r.Extensions.CypherQueries
			if resp.StatusCode != 200 || len(r.Errors) > 0 || queries != 1 {
				b.Errorf("nested first:0: status %d, %d errors, %v Cypher queries; want an answer from 1 query", resp.StatusCode, len(r.Errors), queries)
			}
		}
		verdict := "ok"
		if worst > 100*time.Millisecond {
			verdict = "MISS (100 ms)"
		}
		fmt.Printf("%-32s %6d %-28s %10.1f %s (was: minutes, GBs)\n", "nested first:0 (176 bytes)", 200, fmt.Sprintf("answered, %v Cypher query", queries), ms(worst), verdict)
	}
	for _, a := range attacks {
		var worst time.Duration
		var status int
		var code string
		for range 3 {
			start := time.Now()
			resp, err := a.do()
			if err != nil {
				b.Fatalf("%s: %v", a.name, err)
			}
			status, code = readCode(resp)
			worst = max(worst, time.Since(start))
		}
		verdict := "ok"
		if worst > 100*time.Millisecond {
			verdict = "MISS (100 ms)"
		}
		fmt.Printf("%-32s %6d %-28s %10.1f %s\n", a.name, status, code, ms(worst), verdict)
		if status != a.status || code != a.code {
			b.Errorf("%s: status %d code %q, want %d %q", a.name, status, code, a.status, a.code)
		}
	}

	// Files that sank the loader: a link to /dev/zero, a named pipe, a sparse 3 GiB file.
	dir := b.TempDir()
	_ = os.Symlink("/dev/zero", filepath.Join(dir, "zero.md"))
	_ = syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644)
	if f, err := os.Create(filepath.Join(dir, "sparse.md")); err == nil {
		_ = f.Truncate(3 << 30)
		f.Close()
	}
	cmd := exec.Command(filepath.Join(root(), "bin", "talkgraph"), "load", dir)
	cmd.Env = append(os.Environ(), "NEO4J_URI=bolt://"+addr)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	took := time.Since(start)
	rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss
	verdict := "ok"
	if took > 100*time.Millisecond {
		verdict = "MISS (100 ms)"
	}
	fmt.Printf("%-32s %6s %-28s %10.1f %s; loader peak RSS %d MB (whole process: nothing to write, no connection)\n", "loader: /dev/zero, FIFO, sparse", exitText(err), "3 files refused", ms(took), verdict, rss/1024)
	if err == nil || strings.Count(out.String(), "not a regular file")+strings.Count(out.String(), "too large") != 3 {
		b.Errorf("loader on hostile files: %v\n%s", err, out.String())
	}

	// A flood of allowed expensive queries, and a cheap query and /healthz beside it.
	expensive := [][]byte{
		mustJSON(`{ talks(first: 100, orderBy: {field: CITY_COUNT, direction: DESC}) { edges { node { title cities { name } speakers { name companies { name } } } } } }`),
		mustJSON(`{ cities(first: 100) { edges { node { name talks(first: 20) { title cities { name } } } } } }`),
		mustJSON(`{ people(first: 100, orderBy: {field: CITY_COUNT, direction: DESC}) { edges { node { name cities { name } talks(first: 10) { title events { name } } } } } }`),
	}
	cheap := mustJSON(`{ stats { talks } }`)
	ctx, cancel := context.WithCancel(context.Background())
	var sent, overloaded, failed atomic.Int64
	var codesMu sync.Mutex
	codes := map[string]int{} // other failures, by status and code
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/graphql", bytes.NewReader(expensive[i%len(expensive)]))
				req.Header.Set("Content-Type", "application/json")
				resp, err := client.Do(req)
				if err != nil {
					continue
				}
				status, code := readCode(resp)
				sent.Add(1)
				switch {
				case status == http.StatusServiceUnavailable && code == "OVERLOADED":
					overloaded.Add(1)
					time.Sleep(time.Second) // as Retry-After says
				case code != "" || status != http.StatusOK:
					failed.Add(1)
					codesMu.Lock()
					codes[fmt.Sprintf("%d %s", status, code)]++
					codesMu.Unlock()
				}
			}
		}()
	}
	time.Sleep(2 * time.Second)
	measure := func(fn func(context.Context) error) Result {
		return Run(ctx, 2, 0, 10*time.Second, fn)
	}
	cheapRes := measure(func(ctx context.Context) error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/graphql", bytes.NewReader(cheap))
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		if status, code := readCode(resp); status != 200 || code != "" {
			return fmt.Errorf("status %d code %s", status, code)
		}
		return nil
	})
	healthRes := measure(func(ctx context.Context) error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/healthz", nil)
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return nil
	})
	cancel()
	wg.Wait()
	verdict = "ok"
	if cheapRes.P99 > 200*time.Millisecond {
		verdict = "MISS (200 ms)"
	}
	codesMu.Lock()
	fmt.Printf("flood: 100 clients sent %d expensive queries: %d refused OVERLOADED (503), %d other errors %v\n", sent.Load(), overloaded.Load(), failed.Load(), codes)
	codesMu.Unlock()
	fmt.Printf("cheap query { stats { talks } } under the flood: %d requests, %d errors, p50 %.1f ms, p99 %.1f ms %s\n", cheapRes.Requests, cheapRes.Errors, ms(cheapRes.P50), ms(cheapRes.P99), verdict)
	fmt.Printf("/healthz under the flood: %d requests, p50 %.1f ms, p99 %.1f ms\n", healthRes.Requests, ms(healthRes.P50), ms(healthRes.P99))
	// Under the flood, an admitted expensive query may still run out of its 10 s on a machine
	// whose cores Neo4j shares: printed as a MISS with its code, like a missed time, since it
	// measures the machine as much as the server. A cheap query must never fail.
	if failed.Load() > 0 {
		fmt.Printf("MISS: %d admitted expensive queries failed under the flood %v\n", failed.Load(), codes)
	}
	if cheapRes.Errors > 0 {
		b.Errorf("under the flood: %d cheap queries failed", cheapRes.Errors)
	}
	close(done)
	p := <-peak
	verdict = "ok"
	if p > 300<<20 {
		verdict = "MISS (300 MB)"
	}
	fmt.Printf("server peak RSS throughout: %.0f MB %s\n", float64(p)/(1<<20), verdict)
}

func readCode(resp *http.Response) (int, string) {
	defer resp.Body.Close()
	var r struct {
		Errors []struct{ Extensions map[string]any }
	}
	_ = json.NewDecoder(resp.Body).Decode(&r)
	if len(r.Errors) == 0 {
		return resp.StatusCode, ""
	}
	code, _ := r.Errors[0].Extensions["code"].(string)
	return resp.StatusCode, code
}

func mustJSON(q string) []byte {
	b, _ := json.Marshal(map[string]string{"query": q})
	return b
}

func exitText(err error) string {
	if err == nil {
		return "exit 0"
	}
	return "exit>0"
}

// TestWriteHostileCorpus writes the corpus scripts/hostile.sh loads (TALKGRAPH_HOSTILE_POSTS
// posts into .bench/hostile-corpus); it does nothing elsewhere.
func TestWriteHostileCorpus(t *testing.T) {
	n := envInt("TALKGRAPH_HOSTILE_POSTS", 0)
	if n == 0 {
		t.Skip("TALKGRAPH_HOSTILE_POSTS is not set: run make hostile")
	}
	d := DefaultSizes
	sz := Sizes{Posts: n, Talks: d.Talks * n / d.Posts, People: d.People * n / d.Posts, Cities: max(20, d.Cities*n/d.Posts), Companies: max(20, d.Companies*n/d.Posts)}
	if err := Generate(sz, 1).Write(filepath.Join(root(), ".bench", "hostile-corpus")); err != nil {
		t.Fatal(err)
	}
}
