package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/loader"
)

func TestCommandLine(t *testing.T) {
	out := t.TempDir()
	tests := []struct {
		name       string
		args       []string
		wantErr    string // "" for success
		wantStdout string
		noStderr   string
	}{
		{"version prints the version", []string{"version"}, "", "talkgraph ", ""},
		{"-h on a subcommand prints its usage, not an error", []string{"load", "-h"}, "", "flags of load:", "help requested"},
		{"-h on serve prints its usage", []string{"serve", "-h"}, "", "-port", "help requested"},
		{"-h on extract prints its usage", []string{"extract", "-h"}, "", "-o string", "help requested"},
		{"extract takes a folder with -o", []string{"extract", "-o", out, "examples/posts"}, "", "", ""},
		{"extract of a folder of several posts without -o says what to do", []string{"extract", "examples/posts"}, "give one, or -o DIR", "", ""},
		{"extract of an empty folder fails clearly", []string{"extract", t.TempDir()}, "no post files found", "", ""},
		{"load refuses a site URL that is no URL before touching Neo4j", []string{"load", "-site-url", "blog.example.org", "examples/posts"}, "absolute http or https URL", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), tt.args, env(nil), &stdout, &stderr)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("run(%q) = %v, want success; stderr:\n%s", tt.args, err, stderr.String())
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("run(%q) = %v, want an error containing %q", tt.args, err, tt.wantErr)
			}
			if !strings.Contains(stdout.String(), tt.wantStdout) {
				t.Errorf("run(%q) stdout lacks %q:\n%s", tt.args, tt.wantStdout, stdout.String())
			}
			if tt.noStderr != "" && strings.Contains(stderr.String()+stdout.String(), tt.noStderr) {
				t.Errorf("run(%q) output says %q:\n%s%s", tt.args, tt.noStderr, stdout.String(), stderr.String())
			}
		})
	}
	files, err := filepath.Glob(filepath.Join(out, "*.json"))
	if err != nil || len(files) != 3 {
		t.Errorf("extract -o of the examples folder wrote %v (%v), want 3 files", files, err)
	}
}

func TestProgress(t *testing.T) {
	s := loader.Summary{Files: 200, Read: 100, Loaded: 80, Unchanged: 10, Failed: 2}
	if got, want := progressLine(s, 10*time.Second), "100/200 posts read, 80 written, 10 unchanged, 2 failed (9.0 posts/s)"; got != want {
		t.Errorf("progressLine = %q, want %q", got, want)
	}
	for _, tc := range []struct {
		done, total int
		want        string
	}{
		{0, 10, "[..........]"},
		{5, 10, "[#####.....]"},
		{10, 10, "[##########]"},
		{3, 0, "[..........]"},
	} {
		if got := bar(tc.done, tc.total, 10); got != tc.want {
			t.Errorf("bar(%d, %d) = %q, want %q", tc.done, tc.total, got, tc.want)
		}
	}

	// Off a terminal, a long load prints a line every few seconds, and nothing when short.
	var buf bytes.Buffer
	p := &progress{out: &buf, every: 10 * time.Millisecond, stop: make(chan struct{}), done: make(chan struct{}), starts: time.Now()}
	go p.loop()
	p.update(s)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		p.mu.Lock()
		shown := p.shown
		p.mu.Unlock()
		if shown {
			break
		}
	}
	p.finish()
	if !strings.Contains(buf.String(), "talkgraph: 100/200 posts read") {
		t.Errorf("progress off a terminal printed %q", buf.String())
	}
	buf.Reset()
	p = newProgress(&buf)
	p.finish()
	if buf.Len() != 0 {
		t.Errorf("a short load printed progress: %q", buf.String())
	}
	if isTerminal(&buf) {
		t.Error("isTerminal(a buffer) = true")
	}
}
