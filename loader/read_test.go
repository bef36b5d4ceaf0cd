package loader_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/talkgraph/talkgraph/loader"
	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/store"
)

// hostileFiles makes, in dir, the files that sank the loader: each is named like a post.
func hostileFiles(t *testing.T, dir string) map[string]error {
	t.Helper()
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.md")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "sparse.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(3 << 30); err != nil { // 3 GiB of holes: no disk, no memory
		t.Fatal(err)
	}
	f.Close()
	if err := os.WriteFile(filepath.Join(dir, "big.md"), []byte(strings.Repeat("a", document.MaxSize+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("sparse.md", filepath.Join(dir, "link-to-sparse.md")); err != nil {
		t.Fatal(err)
	}
	return map[string]error{
		"zero.md": loader.ErrNotRegular, "pipe.md": loader.ErrNotRegular, "sparse.md": document.ErrTooLarge,
		"big.md": document.ErrTooLarge, "link-to-sparse.md": document.ErrTooLarge,
	}
}

func TestFilesThatCannotBeReadSafelyAreRefused(t *testing.T) {
	dir := t.TempDir()
	for name, want := range hostileFiles(t, dir) {
		t.Run(name+" is refused before it is read", func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				_, err := loader.ExtractFile(filepath.Join(dir, name))
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, want) {
					t.Errorf("ExtractFile(%s) = %v, want %v", name, err, want)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("ExtractFile(%s) hangs", name)
			}
		})
	}
}

// refusedStore is a store whose Neo4j refuses connections, retrying for a short time only.
func refusedStore(t *testing.T) *store.Store {
	t.Helper()
	d, err := neo4j.NewDriverWithContext("bolt://127.0.0.1:1", neo4j.NoAuth(), func(c *config.Config) {
		c.MaxTransactionRetryTime = 200 * time.Millisecond
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	return store.New(d, "")
}

func TestLoadStopsWhenNeo4jIsGone(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../examples/posts/helsinki-gophers-january-2025.md")
	if err != nil {
		t.Fatal(err)
	}
	const posts = 60
	for i := range posts {
		if err := os.WriteFile(filepath.Join(dir, "post-"+string(rune('a'+i/26))+string(rune('a'+i%26))+".md"), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var failed int
	sum, err := loader.Load(context.Background(), refusedStore(t), []string{dir}, loader.Options{
		Batch: 1, Workers: 1, MaxUnavailable: 3,
		Progress: func(string, error) { failed++ },
	})
	if !errors.Is(err, loader.ErrStopped) {
		t.Fatalf("Load = %v, want ErrStopped", err)
	}
	if sum.Loaded != 0 || sum.NotLoaded == 0 || sum.NotLoaded+sum.Failed != posts {
		t.Errorf("summary = %+v, want nothing loaded and the %d posts failed or not loaded", sum, posts)
	}
	if failed > 10 {
		t.Errorf("%d posts were tried before stopping, want about 3", failed)
	}
}

// TestLoadOpensTheGraphOnlyToWrite: given no store, Load connects (opts.Open) only once a post
// is ready to be written. Refused files alone never connect; a failed connection stops the
// load with the connection's error and writes nothing.
func TestLoadOpensTheGraphOnlyToWrite(t *testing.T) {
	src, err := os.ReadFile("../examples/posts/helsinki-gophers-january-2025.md")
	if err != nil {
		t.Fatal(err)
	}
	refusedOnly := t.TempDir()
	refused := len(hostileFiles(t, refusedOnly))
	withPost := t.TempDir()
	hostileFiles(t, withPost)
	if err := os.WriteFile(filepath.Join(withPost, "post.md"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	unreachable := errors.New("no database here")
	tests := []struct {
		name      string
		dir       string
		opens     int
		stopped   bool
		notLoaded int
	}{
		{"refused files only", refusedOnly, 0, false, 0},
		{"a readable post among them", withPost, 1, true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opens := 0
			sum, err := loader.Load(context.Background(), nil, []string{tt.dir}, loader.Options{
				Open: func(context.Context) (*store.Store, error) {
					opens++
					return nil, unreachable
				},
			})
			if opens != tt.opens {
				t.Errorf("Open called %d times, want %d", opens, tt.opens)
			}
			if got := errors.Is(err, loader.ErrStopped); got != tt.stopped {
				t.Errorf("Load = %v; stopped %v, want %v", err, got, tt.stopped)
			}
			if tt.stopped && !errors.Is(sum.Stopped, unreachable) {
				t.Errorf("Summary.Stopped = %v, want the connection's error", sum.Stopped)
			}
			if sum.Loaded != 0 || sum.Failed != refused || sum.NotLoaded != tt.notLoaded {
				t.Errorf("summary = %+v, want %d refused, %d not loaded, none loaded", sum, refused, tt.notLoaded)
			}
		})
	}
}

// TestLoadStopsWhenOpenGivesNoStore: an Open that reports no error but gives no store stops
// the load like a failed one, instead of dropping every post silently.
func TestLoadStopsWhenOpenGivesNoStore(t *testing.T) {
	src, err := os.ReadFile("../examples/posts/helsinki-gophers-january-2025.md")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "post.md"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := loader.Load(context.Background(), nil, []string{dir}, loader.Options{
		Open: func(context.Context) (*store.Store, error) { return nil, nil },
	})
	if !errors.Is(err, loader.ErrStopped) || sum.NotLoaded != 1 {
		t.Errorf("Load = %+v, %v; want ErrStopped and the post not loaded", sum, err)
	}
}
