package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/talkgraph/talkgraph/bench"
	"github.com/talkgraph/talkgraph/store/storetest"
)

// TestCrashedLoadsAreRepairedByARerun kills the loader with SIGKILL at several points of a
// load, and Neo4j once, then runs the same load again and compares the graph with a clean
// load's, node for node and property for property (counts included). `make chaos` runs it on
// a Neo4j instance of its own (it kills and restarts that instance); elsewhere it skips.
func TestCrashedLoadsAreRepairedByARerun(t *testing.T) {
	instance := os.Getenv("TALKGRAPH_CHAOS_NEO4J_INSTANCE")
	if instance == "" {
		t.Skip("kills its Neo4j: run with `make chaos`")
	}
	d := storetest.Driver(t)
	storetest.Open(t)
	uri := os.Getenv("TALKGRAPH_TEST_NEO4J_URI")

	posts := 40
	if n, err := strconv.Atoi(os.Getenv("TALKGRAPH_CHAOS_POSTS")); err == nil {
		posts = n
	}
	dir := t.TempDir()
	sz := bench.Sizes{Posts: posts, Talks: posts * 5, People: posts * 5 / 2, Cities: 40, Companies: posts / 2}
	if err := bench.Generate(sz, 8).Write(dir); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "talkgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	// One writer, small batches: posts commit in the order of their files (the loader hands
	// them on in that order), so a crashed load and its re-run write the same posts in the
	// same order as a clean load, and the graphs must be equal.
	load := func() *exec.Cmd {
		cmd := exec.Command(bin, "load", "-workers", "1", "-batch", "2", dir)
		cmd.Env = append(os.Environ(), "NEO4J_URI="+uri)
		return cmd
	}

	start := time.Now()
	if out, err := load().CombinedOutput(); err != nil {
		t.Fatalf("clean load: %v\n%s", err, out)
	}
	clean := time.Since(start)
	want := storetest.Dump(t, d)
	t.Logf("clean load of %d posts: %s, %d nodes and relationships", posts, clean.Round(time.Millisecond), len(want))

	// postsIn counts the posts in the graph; -1 when Neo4j does not answer.
	postsIn := func() int {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		n, err := storetest.PostCount(ctx, d)
		if err != nil {
			return -1
		}
		return n
	}
	// startUntil starts a load and returns once the graph holds frac of the posts: the load is
	// then still running (or the test fails), ready to be killed at that point of its work.
	startUntil := func(t *testing.T, frac float64) (*exec.Cmd, chan error) {
		t.Helper()
		cmd := load()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		waited := make(chan error, 1)
		go func() { waited <- cmd.Wait() }()
		target := int(frac * float64(posts))
		for postsIn() < target {
			select {
			case err := <-waited:
				t.Fatalf("the load ended (%v) before the graph held %d posts", err, target)
			case <-time.After(20 * time.Millisecond):
			}
		}
		select {
		case err := <-waited:
			t.Fatalf("the load ended (%v) before it could be killed at %d posts", err, target)
		default:
		}
		return cmd, waited
	}
	// crash kills a load with SIGKILL once the graph holds frac of the posts.
	crash := func(t *testing.T, frac float64) {
		t.Helper()
		cmd, waited := startUntil(t, frac)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		<-waited
		t.Logf("loader killed with %d of %d posts in the graph", postsIn(), posts)
	}
	rerun := func(t *testing.T, what string) {
		t.Helper()
		if out, err := load().CombinedOutput(); err != nil {
			t.Fatalf("%s: the re-run failed: %v\n%s", what, err, out)
		}
		if diff := cmp.Diff(want, storetest.Dump(t, d)); diff != "" {
			t.Errorf("%s: the graph after a re-run differs from a clean load's (-clean +re-run):\n%s", what, firstLines(diff, 40))
		}
	}

	for _, kills := range [][]float64{nil, {0.15}, {0.4}, {0.65}, {0.9}, {0.3, 0.6}} {
		what := fmt.Sprintf("loader killed with %v of the posts written", kills)
		if kills == nil {
			what = "a second clean load"
		}
		t.Run(what, func(t *testing.T) {
			storetest.Wipe(t, d)
			for _, f := range kills {
				crash(t, f)
			}
			rerun(t, what)
		})
	}

	t.Run("Neo4j killed mid-load", func(t *testing.T) {
		storetest.Wipe(t, d)
		cmd, waited := startUntil(t, 0.25)
		pidFile := filepath.Join(".data", "neo4j", instance, "run", "neo4j.pid")
		b, err := os.ReadFile(pidFile)
		if err != nil {
			t.Fatal(err)
		}
		pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
		if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
			t.Fatalf("kill Neo4j (pid %d): %v", pid, err)
		}
		select {
		case err := <-waited:
			if err == nil {
				t.Error("the load whose Neo4j was killed exited 0")
			}
		case <-time.After(2 * time.Minute):
			_ = cmd.Process.Kill()
			t.Error("the load did not stop within 2 minutes of Neo4j dying")
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		restart := exec.CommandContext(ctx, "scripts/neo4j.sh", "start")
		restart.Env = append(os.Environ(), "NEO4J_INSTANCE="+instance)
		if out, err := restart.CombinedOutput(); err != nil {
			t.Fatalf("restart Neo4j: %v\n%s", err, out)
		}
		// Bolt may answer before the database has recovered: wait for a query to succeed.
		for i := 0; ; i++ {
			vctx, vcancel := context.WithTimeout(ctx, 10*time.Second)
			err := d.VerifyConnectivity(vctx)
			vcancel()
			if err == nil {
				storetest.Counts(t, d)
				break
			}
			if i == 30 {
				t.Fatalf("Neo4j did not come back after its restart: %v", err)
			}
			time.Sleep(2 * time.Second)
		}
		rerun(t, "Neo4j killed mid-load")
	})
}

func firstLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = append(lines[:n], fmt.Sprintf("... and %d more lines", len(lines)-n))
	}
	return strings.Join(lines, "\n")
}
