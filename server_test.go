package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/store/storetest"
)

// env is a fake environment for run.
func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestServeAnswersQueries(t *testing.T) {
	storetest.Open(t) // an empty, schema-ready test database
	uri := os.Getenv("TALKGRAPH_TEST_NEO4J_URI")
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, env(map[string]string{"PORT": "0", "NEO4J_URI": uri}), pw, io.Discard)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("reading the serve banner: %v", err)
	}
	go io.Copy(io.Discard, pr)
	m := regexp.MustCompile(`http://localhost:(\d+)/`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("banner %q has no URL", line)
	}
	base := "http://localhost:" + m[1]

	deadline := time.Now().Add(4 * time.Minute) // readiness waits for the warm-up of the dashboard's pages (at most 3 minutes)
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("server not ready within 4 minutes: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	resp, err := http.Post(base+"/graphql", "application/json", strings.NewReader(`{"query":"{ stats { posts talks } }"}`))
	if err != nil {
		t.Fatalf("POST /graphql: %v", err)
	}
	var body struct {
		Data struct{ Stats struct{ Posts, Talks int } }
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /graphql = %d, %v", resp.StatusCode, err)
	}
	resp.Body.Close()
	resp, err = http.Get(base + "/graphql?query=%7Bstats%7Bposts%7D%7D")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /graphql = %v, %v", resp, err)
	}
	resp.Body.Close()

	cancel() // as SIGINT does
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("run returned %v after shutdown, want nil", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("server did not shut down within 20s")
	}
}

func TestExtractPrintsJSONWithoutNeo4j(t *testing.T) {
	var out bytes.Buffer
	err := run(context.Background(), []string{"extract", "examples/posts/helsinki-gophers-january-2025.md"},
		env(map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1"}), &out, io.Discard)
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	var res struct {
		ID    string
		Talks []struct{ Title string }
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if res.ID != "helsinki-gophers-january-2025" || len(res.Talks) != 3 {
		t.Errorf("extract = %+v, want the post's three talks", res)
	}
}

func TestLoadReportsBadFiles(t *testing.T) {
	storetest.Open(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bad.md"), []byte{0, 1, 2, 3}, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"load", "examples/posts", dir},
		env(map[string]string{"NEO4J_URI": os.Getenv("TALKGRAPH_TEST_NEO4J_URI")}), &out, &errOut)
	if err == nil {
		t.Fatal("load with a bad file succeeded")
	}
	if !strings.Contains(out.String(), "3 posts loaded") || !strings.Contains(out.String(), "1 failed") {
		t.Errorf("summary = %q, want 3 loaded and 1 failed", out.String())
	}
	// Progress lines (a long load off a terminal prints one every few seconds) are not errors.
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(errOut.String()), "\n") {
		if !strings.Contains(l, " posts read, ") {
			lines = append(lines, l)
		}
	}
	if len(lines) != 1 || !strings.Contains(lines[0], "bad.md") {
		t.Errorf("errors = %q, want one line naming bad.md", errOut.String())
	}
}

func TestLoadWithNeo4jDownSaysSo(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"load", "examples/posts"},
		env(map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1"}), &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "does not answer") {
		t.Errorf("load with Neo4j down: err = %v, want a clear message", err)
	}
}

// TestLoadRefusesFilesWithoutNeo4j: files the loader refuses are reported without a
// connection, so a load with nothing to write fails on the files, not on a missing database.
func TestLoadRefusesFilesWithoutNeo4j(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.md")); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"load", dir},
		env(map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1"}), &out, &errOut)
	if err == nil || strings.Contains(err.Error(), "does not answer") || !strings.Contains(err.Error(), "1 of 1 posts failed") {
		t.Errorf("load of a link to /dev/zero with Neo4j down: err = %v, want the file's failure alone", err)
	}
	if !strings.Contains(errOut.String(), "not a regular file") {
		t.Errorf("errors = %q, want the refused file named", errOut.String())
	}
}

func TestUsage(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), nil, env(nil), &out, &out); err == nil {
		t.Error("run with no command succeeded")
	}
	if err := run(context.Background(), []string{"frobnicate"}, env(nil), &out, &out); err == nil {
		t.Error("run with an unknown command succeeded")
	}
}
