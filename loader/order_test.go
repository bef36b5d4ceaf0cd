package loader

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"
)

// TestReadInOrderHandsPostsOnInFileOrder: reads finish in a random order, yet posts come out
// in the order of their files, failed reads left out, and no more than the window is read
// ahead of the first post not handed on.
func TestReadInOrderHandsPostsOnInFileOrder(t *testing.T) {
	tests := []struct {
		name             string
		files, readers   int
		window           int
		failEvery        int // every n-th file fails to read (0: none)
		consumerSleepsMs int
	}{
		{name: "one reader", files: 20, readers: 1, window: 1},
		{name: "four readers, small window", files: 200, readers: 4, window: 3},
		{name: "four readers, failures", files: 200, readers: 4, window: 8, failEvery: 7},
		{name: "slow consumer", files: 50, readers: 3, window: 5, consumerSleepsMs: 1},
		{name: "no files", files: 0, readers: 2, window: 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := make([]string, tt.files)
			for i := range files {
				files[i] = fmt.Sprintf("post-%04d.md", i)
			}
			var (
				mu              sync.Mutex
				started, handed int
				ahead           int
			)
			read := func(path string) (post, bool) {
				mu.Lock()
				started++
				ahead = max(ahead, started-handed)
				mu.Unlock()
				time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
				var i int
				fmt.Sscanf(path, "post-%d.md", &i)
				if tt.failEvery > 0 && i%tt.failEvery == 0 {
					mu.Lock()
					handed++ // a failed file is handed on as nothing
					mu.Unlock()
					return post{}, false
				}
				return post{path: path}, true
			}
			var got []string
			for p := range readInOrder(context.Background(), files, tt.readers, tt.window, read) {
				mu.Lock()
				handed++
				mu.Unlock()
				got = append(got, p.path)
				time.Sleep(time.Duration(tt.consumerSleepsMs) * time.Millisecond)
			}
			var want []string
			for i, f := range files {
				if tt.failEvery == 0 || i%tt.failEvery != 0 {
					want = append(want, f)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("posts out of order or missing: got %d posts, first %v", len(got), got[:min(5, len(got))])
			}
			// A failed read counts as handed on only when it finishes, so allow the readers'
			// own work on top of the window.
			if limit := tt.window + tt.readers; ahead > limit {
				t.Errorf("read %d files ahead, window %d", ahead, tt.window)
			}
		})
	}
}

// TestReadInOrderStopsStartingFilesWhenCancelled: after ctx is done no file is started, the
// files already started are handed on in order, and the channel closes.
func TestReadInOrderStopsStartingFilesWhenCancelled(t *testing.T) {
	files := make([]string, 1000)
	for i := range files {
		files[i] = fmt.Sprintf("post-%04d.md", i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var mu sync.Mutex
	started := 0
	read := func(path string) (post, bool) {
		mu.Lock()
		started++
		mu.Unlock()
		return post{path: path}, true
	}
	var got []string
	for p := range readInOrder(ctx, files, 2, 4, read) {
		got = append(got, p.path)
		if len(got) == 10 {
			cancel()
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if started > 10+4+2 {
		t.Errorf("%d files started after cancelling at the 10th", started)
	}
	if len(got) != started || !slices.Equal(got, files[:len(got)]) {
		t.Errorf("handed on %d of %d started files, or out of order", len(got), started)
	}
}
