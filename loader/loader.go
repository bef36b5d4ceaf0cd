// Package loader reads posts from disk, extracts what they state, and saves each post to the
// graph in one transaction. A bad file is reported and skipped; the others still load.
package loader

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract"
	"github.com/talkgraph/talkgraph/store"
)

// postExtensions are the file name extensions taken from folders. A file named on the command
// line is always tried, whatever its extension.
var postExtensions = map[string]bool{
	".md": true, ".markdown": true, ".mdown": true, ".mkd": true, ".html": true, ".htm": true,
	".xhtml": true, ".txt": true, ".text": true, ".article": true, ".slide": true, ".rst": true,
	".adoc": true,
}

// Files expands paths into the post files to load: files as given, folders recursively
// (hidden folders skipped), in a stable order without duplicates.
func Files(paths []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	var errs []error
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("loader: %s: %w", p, err))
			continue
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("loader: %s: %w", path, err))
				return nil
			}
			name := d.Name()
			if d.IsDir() {
				if path != p && strings.HasPrefix(name, ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if postExtensions[strings.ToLower(filepath.Ext(name))] && !strings.HasPrefix(name, ".") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("loader: %s: %w", p, err))
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return out, errors.Join(errs...)
}

// ExtractFile reads and extracts one post file; it never touches the graph.
func ExtractFile(path string) (*extract.Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return Extract(path, data)
}

// Extract parses and extracts one post given as bytes; path is used for its name and format.
func Extract(path string, data []byte) (*extract.Result, error) {
	doc, err := document.Parse(filepath.Base(path), data)
	if err != nil {
		return nil, err
	}
	res := extract.Extract(doc)
	res.ID = PostID(path)
	res.Source.File = path
	return res, nil
}

// PostID is the key of the post stored in file path: the file name without its extension, or
// the folder's name for bundle files such as index.md and README.md.
func PostID(path string) string {
	base := filepath.Base(path)
	name := strings.TrimSuffix(base, filepath.Ext(base))
	switch strings.ToLower(name) {
	case "index", "_index", "readme":
		if dir := filepath.Base(filepath.Dir(path)); dir != "." && dir != "/" {
			name = dir
		}
	}
	return name
}

// Options tune Load.
type Options struct {
	Workers int  // posts saved concurrently (default 4)
	Force   bool // rewrite posts even when their content did not change
	// Progress, if set, is called after each file with its outcome (err nil on success).
	Progress func(path string, res store.SaveResult, err error)
}

// Summary says what a load did.
type Summary struct {
	Files                int
	Loaded               int // posts written
	Unchanged            int // posts already in the graph with the same content
	Failed               int
	NodesCreated         int
	NodesDeleted         int
	RelationshipsCreated int
	RelationshipsDeleted int
	Duration             time.Duration
}

// Load extracts every post under paths and saves each in its own transaction. It keeps going
// after a bad file and returns every failure joined, each naming its file.
func Load(ctx context.Context, st *store.Store, paths []string, opts Options) (Summary, error) {
	start := time.Now()
	files, ferr := Files(paths)
	sum := Summary{Files: len(files)}
	var errs []error
	if ferr != nil {
		errs = append(errs, ferr)
		sum.Failed += len(multi(ferr))
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = 4
	}
	type outcome struct {
		path string
		res  store.SaveResult
		err  error
	}
	jobs := make(chan string)
	results := make(chan outcome)
	var wg sync.WaitGroup
	for range min(workers, max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for path := range jobs {
				res, err := loadFile(ctx, st, path, opts.Force)
				results <- outcome{path, res, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, f := range files {
			select {
			case jobs <- f:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()
	for o := range results {
		if opts.Progress != nil {
			opts.Progress(o.path, o.res, o.err)
		}
		if o.err != nil {
			sum.Failed++
			errs = append(errs, fmt.Errorf("%s: %w", o.path, o.err))
			continue
		}
		if o.res.Unchanged {
			sum.Unchanged++
		} else {
			sum.Loaded++
		}
		sum.NodesCreated += o.res.NodesCreated
		sum.NodesDeleted += o.res.NodesDeleted
		sum.RelationshipsCreated += o.res.RelationshipsCreated
		sum.RelationshipsDeleted += o.res.RelationshipsDeleted
	}
	if err := ctx.Err(); err != nil {
		errs = append(errs, fmt.Errorf("loader: stopped: %w", err))
	}
	sum.Duration = time.Since(start)
	return sum, errors.Join(errs...)
}

func multi(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// loadFile reads, extracts and saves one post.
func loadFile(ctx context.Context, st *store.Store, path string, force bool) (store.SaveResult, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return store.SaveResult{}, fmt.Errorf("read: %w", err)
	}
	res, err := Extract(path, data)
	if err != nil {
		return store.SaveResult{}, err
	}
	hash := ContentHash(data)
	if force {
		hash += "+" + time.Now().Format(time.RFC3339Nano)
	}
	return st.SavePost(ctx, Input(res, hash))
}

// ContentHash identifies a post's content as read by this version of the extractor, so that
// upgrading the extractor reloads posts whose content did not change.
func ContentHash(data []byte) string {
	h := sha256.New()
	h.Write([]byte(extract.Version))
	h.Write([]byte{0})
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}
