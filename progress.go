package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/talkgraph/talkgraph/loader"
)

// progress shows how a long load is going: on a terminal a bar redrawn in place a few times a
// second, otherwise (a log, CI) one line every few seconds. Short loads print nothing: the
// summary says it all.
type progress struct {
	out      io.Writer
	terminal bool
	every    time.Duration

	mu     sync.Mutex
	last   loader.Summary
	shown  bool
	stop   chan struct{}
	done   chan struct{}
	starts time.Time
}

// newProgress starts reporting to out; call update with each new total and finish at the end.
func newProgress(out io.Writer) *progress {
	p := &progress{out: out, terminal: isTerminal(out), every: 5 * time.Second, stop: make(chan struct{}), done: make(chan struct{}), starts: time.Now()}
	if p.terminal {
		p.every = 200 * time.Millisecond
	}
	go p.loop()
	return p
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0 && os.Getenv("TERM") != "dumb"
}

// update records the latest totals (loader.Options.Report).
func (p *progress) update(s loader.Summary) {
	p.mu.Lock()
	p.last = s
	p.mu.Unlock()
}

func (p *progress) loop() {
	defer close(p.done)
	// Wait a moment before the first report, so that a load of a few posts stays quiet.
	first := time.NewTimer(min(p.every*5, 2*time.Second))
	defer first.Stop()
	select {
	case <-p.stop:
		return
	case <-first.C:
	}
	t := time.NewTicker(p.every)
	defer t.Stop()
	for {
		p.print()
		select {
		case <-p.stop:
			return
		case <-t.C:
		}
	}
}

func (p *progress) print() {
	p.mu.Lock()
	defer p.mu.Unlock()
	line := progressLine(p.last, time.Since(p.starts))
	if p.terminal {
		fmt.Fprintf(p.out, "\r%s %s\x1b[K", bar(p.last.Read+failedReads(p.last), p.last.Files, 24), line)
	} else {
		fmt.Fprintf(p.out, "talkgraph: %s\n", line)
	}
	p.shown = true
}

// clearLine erases the bar, if one is shown, so that a message can take its line; the next
// tick redraws it.
func (p *progress) clearLine() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.terminal && p.shown {
		fmt.Fprint(p.out, "\r\x1b[K")
	}
}

// failedReads is the number of files that failed (they count as done for the bar).
func failedReads(s loader.Summary) int { return s.Failed }

// finish stops reporting and ends the bar's line.
func (p *progress) finish() {
	close(p.stop)
	<-p.done
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.terminal && p.shown {
		fmt.Fprintln(p.out)
	}
}

// progressLine says what a load has done so far.
func progressLine(s loader.Summary, elapsed time.Duration) string {
	rate := 0.0
	if secs := elapsed.Seconds(); secs > 0 {
		rate = float64(s.Loaded+s.Unchanged) / secs
	}
	return fmt.Sprintf("%d/%d posts read, %d written, %d unchanged, %d failed (%.1f posts/s)",
		s.Read, s.Files, s.Loaded, s.Unchanged, s.Failed, rate)
}

// bar draws done out of total as a bar of width cells.
func bar(done, total, width int) string {
	filled := 0
	if total > 0 {
		filled = min(width, done*width/total)
	}
	return "[" + strings.Repeat("#", filled) + strings.Repeat(".", width-filled) + "]"
}
