package bench

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/loader"
	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/floor"
)

// BenchmarkLoadProfile says where the loader's time goes: it extracts the synthetic corpus
// alone (CPU, one core), then loads it in process into an emptied graph twice (the second
// run, on a graph emptied again, is the one printed: Neo4j has planned the queries by then),
// timing every Cypher query of the saves by its operation name (Store.Observe);
// TALKGRAPH_BENCH_PROFILE_RUNS=1 prints the first run instead. A query's
// time is from sending it to reading its last record; the rest of a batch's time is the
// commit and the driver's session work.
func BenchmarkLoadProfile(b *testing.B) {
	_, c, dir, driver := benchCorpus(b, "profile-corpus")
	ctx := context.Background()

	start := time.Now()
	posts := extractAll(b, c, dir)
	extract := time.Since(start)
	fmt.Printf("PROFILE extraction posts=%d seconds=%.1f posts_per_s=%.0f (one goroutine)\n",
		len(posts), extract.Seconds(), float64(len(posts))/extract.Seconds())

	workers := envInt("TALKGRAPH_BENCH_LOAD_WORKERS", 2)
	batch := envInt("TALKGRAPH_BENCH_LOAD_BATCH", loader.DefaultBatch)
	runs := envInt("TALKGRAPH_BENCH_PROFILE_RUNS", 2)
	for i := 0; i < b.N; i++ {
		for run := range runs {
			if err := floor.Reset(ctx, driver); err != nil {
				b.Fatal(err)
			}
			var mu sync.Mutex
			type stat struct {
				n          int
				total      time.Duration
				first, max time.Duration
			}
			stats := map[string]*stat{}
			st := store.New(driver, "")
			st.Observe(func(op, _ string, d time.Duration, err error) {
				mu.Lock()
				defer mu.Unlock()
				s := stats[op]
				if s == nil {
					s = &stat{}
					stats[op] = s
				}
				if s.n == 0 {
					s.first = d
				}
				s.n++
				s.total += d
				s.max = max(s.max, d)
			})
			if err := st.EnsureSchema(ctx); err != nil {
				b.Fatal(err)
			}
			start, db, self, jit := time.Now(), neo4jCPU(), selfCPU(), neo4jJIT()
			sum, err := loader.Load(ctx, st, []string{dir}, loader.Options{Workers: workers, Batch: batch})
			if err != nil {
				b.Fatal(err)
			}
			elapsed, db, self, jit := time.Since(start), neo4jCPU()-db, selfCPU()-self, neo4jJIT()-jit
			if run < runs-1 {
				continue
			}
			fmt.Printf("PROFILE load posts=%d seconds=%.1f posts_per_s=%.0f workers=%d batch=%d neo4j_cpu_s=%.1f neo4j_jit_s=%.1f loader_cpu_s=%.1f load_avg=%s\n",
				sum.Loaded, elapsed.Seconds(), float64(sum.Loaded)/elapsed.Seconds(), workers, batch, db.Seconds(), jit.Seconds(), self.Seconds(), loadAverage())
			ops := make([]string, 0, len(stats))
			var all time.Duration
			for op, s := range stats {
				ops = append(ops, op)
				all += s.total
			}
			sort.Slice(ops, func(i, j int) bool { return stats[ops[i]].total > stats[ops[j]].total })
			for _, op := range ops {
				s := stats[op]
				fmt.Printf("PROFILE %-22s calls=%5d total_s=%7.1f share=%5.1f%% ms_per_call=%7.1f first_ms=%7.1f max_ms=%7.1f\n",
					op, s.n, s.total.Seconds(), 100*float64(s.total)/float64(all), float64(s.total.Milliseconds())/float64(s.n),
					float64(s.first.Microseconds())/1000, float64(s.max.Microseconds())/1000)
			}
			fmt.Printf("PROFILE queries total_s=%.1f (summed over %d writers; wall %.1f s)\n", all.Seconds(), workers, elapsed.Seconds())
		}
	}
}

// neo4jPid is the process id of the benchmark's Neo4j, read from its pid file (instance
// NEO4J_INSTANCE, as scripts/neo4j.sh names it; "bench" by default).
func neo4jPid() (string, bool) {
	instance := os.Getenv("NEO4J_INSTANCE")
	if instance == "" {
		instance = "bench"
	}
	pid, err := os.ReadFile(filepath.Join(root(), ".data", "neo4j", instance, "run", "neo4j.pid"))
	if err != nil {
		return "", false
	}
	return strings.TrimSpace(string(pid)), true
}

// neo4jCPU is the CPU time the benchmark's Neo4j process has used so far, read from its pid
// file (instance NEO4J_INSTANCE, as scripts/neo4j.sh names it; "bench" by default), or -1
// when it cannot be read. CPU time, unlike wall time, barely moves with what else the machine
// runs, so it compares runs made under different loads.
func neo4jCPU() time.Duration {
	pid, ok := neo4jPid()
	if !ok {
		return -1
	}
	stat, err := os.ReadFile(filepath.Join("/proc", pid, "stat"))
	if err != nil {
		return -1
	}
	// The fields after the command name (which is in parentheses): utime and stime are the
	// 12th and 13th, in clock ticks of 1/100 s.
	f := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
	if len(f) < 13 {
		return -1
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	s, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(u+s) * 10 * time.Millisecond
}

// neo4jJIT is the CPU time the benchmark's Neo4j has spent so far in the JVM's just-in-time
// compiler threads (C1 and C2), or -1 when it cannot be read: on a freshly started Neo4j it
// is much of the CPU a load costs, and none of it is the load's own work.
func neo4jJIT() time.Duration {
	pid, ok := neo4jPid()
	if !ok {
		return -1
	}
	tasks, err := filepath.Glob(filepath.Join("/proc", pid, "task", "*"))
	if err != nil || len(tasks) == 0 {
		return -1
	}
	var ticks int64
	for _, task := range tasks {
		comm, _ := os.ReadFile(filepath.Join(task, "comm"))
		if !bytes.HasPrefix(comm, []byte("C1 Compiler")) && !bytes.HasPrefix(comm, []byte("C2 Compiler")) {
			continue
		}
		stat, err := os.ReadFile(filepath.Join(task, "stat"))
		if err != nil {
			continue
		}
		f := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
		if len(f) < 13 {
			continue
		}
		u, _ := strconv.ParseInt(f[11], 10, 64)
		s, _ := strconv.ParseInt(f[12], 10, 64)
		ticks += u + s
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}

// selfCPU is the CPU time this process has used so far.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return -1
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadAverage is the machine's load average over the last minute, as /proc/loadavg says, or
// "?": the figures of a run mean little without it on a shared machine.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) > 0 {
		return f[0]
	}
	return "?"
}
