// Package loader reads posts from disk, extracts what they state, and saves each post to the
// graph in one transaction. A bad file is reported and skipped; the others still load.
package loader

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
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
	".adoc": true, ".asciidoc": true, ".rest": true, ".mdx": true,
}

// templateExtensions are server-side templates that often hold a site's pages (a PHP or ERB
// page of past meetups): taken from folders only when they start like a page
// (document.LooksLikePage), so that code files are not read as posts.
var templateExtensions = map[string]bool{
	".php": true, ".erb": true, ".gsp": true, ".jsp": true, ".mako": true, ".njk": true, ".hbs": true,
	".liquid": true, ".twig": true, ".j2": true, ".jinja": true, ".ejs": true, ".wml": true, ".shtml": true,
}

// templatePage reports a regular file of a template extension whose first bytes look like a page.
func templatePage(path string, d fs.DirEntry) bool {
	if !templateExtensions[strings.ToLower(filepath.Ext(path))] || !d.Type().IsRegular() {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	return document.LooksLikePage(head[:n])
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
			if (postExtensions[strings.ToLower(filepath.Ext(name))] || templatePage(path, d)) && !strings.HasPrefix(name, ".") {
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
	data, err := readFile(path)
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return Extract(path, data)
}

// Extract parses and extracts one post given as bytes; path is used for its name and format.
func Extract(path string, data []byte) (*extract.Result, error) {
	res, _, err := extractAt(site{}, "", path, data)
	return res, err
}

// extractAt is Extract for a post of the site st (a nil base: none), found in folder root:
// the post's address comes from its place in the site when its front matter gives no full URL
// (see postURL). It also says whether the address came from the site.
func extractAt(st site, root, path string, data []byte) (*extract.Result, bool, error) {
	defer collectOften(len(data))()
	doc, err := document.Parse(filepath.Base(path), data)
	if err != nil {
		return nil, false, err
	}
	res := extract.Extract(doc)
	res.ID = PostID(path)
	res.Source.File = path
	fromSite := false
	if st.base != nil {
		var u string
		if u, fromSite = postURL(st, root, path, doc.Meta); u != "" {
			res.Source.URL = &u
		}
	}
	return res, fromSite, nil
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
	Workers int  // transactions written at once (default 2)
	Batch   int  // posts written per transaction (default DefaultBatch)
	Force   bool // rewrite posts even when their content did not change
	// SiteURL is the base URL of the site the posts are published on ("https://blog.example.org/"):
	// a post whose front matter gives no full URL gets the address its place in the site gives
	// it (see postURL). Empty: the base URL of the site's own configuration file, found above
	// each post (Jekyll's _config.yml, Hugo's hugo.toml or config.toml), or none, in which case
	// posts keep the front matter's address or none.
	SiteURL string
	// Progress, if set, is called once for each file that failed (with its error).
	Progress func(path string, err error)
	// Report, if set, is called with the running totals (Duration so far) whenever a post has
	// been read or a batch written. It is called under Load's lock: it must be quick.
	Report func(Summary)
	// Warn, if set, is called once for each post read with warnings (see extract.Warning).
	Warn func(path string, warnings []extract.Warning)
	// MaxUnavailable is how many writes in a row may fail because Neo4j cannot be reached
	// before Load stops (default 3): without Neo4j every remaining post would fail slowly.
	MaxUnavailable int
	// Open connects to the graph when Load is given no store. Load calls it once, when the
	// first post is ready to be written: a load with nothing to write (every file refused or
	// unreadable) never connects, and files are read while the connection is made. When Open
	// fails, Load stops (ErrStopped, with Open's error) and no post is written.
	Open func(context.Context) (*store.Store, error)
}

// DefaultBatch is how many posts Load writes per transaction unless told otherwise. Each
// transaction ends with the recount of every node its posts touched, and the cities and
// companies most posts share are recounted once per transaction: on the benchmark's corpus
// (2,000 posts, Neo4j warm, two writers) batches of 100 took 5.3-6.2 s of Neo4j CPU against
// 7.3-8.9 s for batches of 50; batches of 200 took no less (5.8-5.9 s).
const DefaultBatch = 100

// ErrStopped means Load stopped early because Neo4j could not be reached several times in a
// row; the posts not written are counted in Summary.NotLoaded, and loading again finishes.
var ErrStopped = errors.New("stopped: Neo4j could not be reached")

// Summary says what a load did.
type Summary struct {
	Files                int
	Read                 int // posts read and extracted
	Loaded               int // posts written
	Unchanged            int // posts already in the graph with the same content
	Failed               int
	NotLoaded            int   // posts not attempted because the load stopped early
	Warned               int   // posts read with warnings: something that looked like a talk was not read, or front matter that did not parse
	Stopped              error // why the load stopped early (it wraps ErrStopped); nil when it did not
	NodesCreated         int
	NodesDeleted         int
	RelationshipsCreated int
	RelationshipsDeleted int
	Duration             time.Duration
}

func (s *Summary) add(r store.SaveResult) {
	s.Loaded += r.Written
	s.Unchanged += r.Unchanged
	s.NodesCreated += r.NodesCreated
	s.NodesDeleted += r.NodesDeleted
	s.RelationshipsCreated += r.RelationshipsCreated
	s.RelationshipsDeleted += r.RelationshipsDeleted
}

// post is a file read and extracted, ready to save.
type post struct {
	path string
	size int // of the file, in bytes
	in   store.PostInput
}

// Load extracts every post under paths and saves them, several posts per transaction. Each
// post is still written whole or not at all: when a transaction fails, its posts are saved
// again one by one, so that a post that cannot be saved fails alone. Load keeps going after a
// bad file and returns every failure joined, each naming its file. A nil st means
// opts.Open connects when there is something to write.
func Load(ctx context.Context, st *store.Store, paths []string, opts Options) (Summary, error) {
	start := time.Now()
	parent := ctx
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	var (
		opened  sync.Once
		openErr error // why the store could not be opened, for every writer that asks
	)
	// graph is the store to write to, opened by the first writer that needs it.
	graph := func() (*store.Store, error) {
		opened.Do(func() {
			if st == nil && opts.Open != nil {
				st, openErr = opts.Open(ctx)
			}
			if openErr == nil && st == nil {
				openErr = errors.New("loader: no store to write to")
			}
			if openErr != nil {
				stop(fmt.Errorf("%w: %w", ErrStopped, openErr))
			}
		})
		return st, openErr
	}
	maxDown := opts.MaxUnavailable
	if maxDown <= 0 {
		maxDown = 3
	}
	var down atomic.Int32 // writes failed in a row because Neo4j could not be reached
	flag, err := parseSiteURL(opts.SiteURL)
	if err != nil {
		return Summary{}, err
	}
	sites := newSites(flag)
	files, ferr := Files(paths)
	sum := Summary{Files: len(files)}
	var (
		mu   sync.Mutex
		errs []error
	)
	// report hands the running totals to opts.Report; mu must be held.
	report := func() {
		if opts.Report != nil {
			s := sum
			s.Duration = time.Since(start)
			opts.Report(s)
		}
	}
	fail := func(path string, err error) {
		mu.Lock()
		defer mu.Unlock()
		defer report()
		sum.Failed++
		if path != "" {
			err = fmt.Errorf("%s: %w", path, err)
		}
		errs = append(errs, err)
		if opts.Progress != nil {
			opts.Progress(path, err)
		}
	}
	if ferr != nil {
		for _, e := range multi(ferr) {
			fail("", e)
		}
	}
	writers := opts.Workers
	if writers <= 0 {
		writers = 2
	}
	batch := opts.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}

	// Read and extract in parallel (CPU), write in batches (Neo4j). Posts reach the writers
	// in the order of their paths whatever the order extraction finishes in (a bounded
	// window of posts may be read ahead), and each batch is a run of consecutive posts: a
	// load with one writer commits posts in the same order every time, so a load after a
	// crash writes the same graph as a clean one.
	read := func(path string) (post, bool) {
		in, size, warnings, err := readPost(sites.of(path), rootOf(paths, path), path, opts.Force)
		if err != nil {
			fail(path, err)
			return post{}, false
		}
		mu.Lock()
		sum.Read++
		if len(warnings) > 0 {
			sum.Warned++
			if opts.Warn != nil {
				opts.Warn(path, warnings)
			}
		}
		report()
		mu.Unlock()
		return post{path: path, size: size, in: in}, true
	}
	readers := max(1, runtime.GOMAXPROCS(0))
	posts := readInOrder(ctx, files, readers, batch*writers+2*readers, read)
	batches := make(chan []post)
	go func() {
		defer close(batches)
		var pending []post
		for p := range posts {
			pending = append(pending, p)
			if len(pending) == batch {
				batches <- pending
				pending = nil
			}
		}
		if len(pending) > 0 {
			batches <- pending
		}
	}()

	var wg sync.WaitGroup
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for pending := range batches {
				if ctx.Err() != nil {
					continue // counted in NotLoaded below
				}
				g, err := graph()
				if err != nil {
					continue // Load is stopped: counted in NotLoaded below
				}
				res, err := saveBatch(ctx, g, pending, fail)
				mu.Lock()
				sum.add(res)
				report()
				mu.Unlock()
				switch {
				case err == nil:
					down.Store(0)
				case errors.Is(err, errUnreachable) && parent.Err() == nil:
					if int(down.Add(1)) >= maxDown {
						stop(fmt.Errorf("%w %d times in a row", ErrStopped, maxDown))
					}
				}
			}
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		// Files never handed to a reader were not loaded either.
		sum.NotLoaded = max(0, sum.Files-sum.Loaded-sum.Unchanged-sum.Failed)
		if cause := context.Cause(ctx); errors.Is(cause, ErrStopped) {
			sum.Stopped = cause
			errs = append(errs, fmt.Errorf("loader: %w; %d posts not loaded: load again to finish", cause, sum.NotLoaded))
		} else {
			errs = append(errs, fmt.Errorf("loader: stopped: %w; %d posts not loaded", ctx.Err(), sum.NotLoaded))
		}
	}
	sum.Duration = time.Since(start)
	return sum, errors.Join(errs...)
}

// saveBatch saves posts in one transaction; if that fails, one by one, reporting each post
// that cannot be saved.
func saveBatch(ctx context.Context, st *store.Store, posts []post, fail func(string, error)) (store.SaveResult, error) {
	ins := make([]store.PostInput, len(posts))
	largest := 0
	for i, p := range posts {
		ins[i] = p.in
		largest = max(largest, p.size)
	}
	// Saving a post builds its rows, resolves its talks and sends them, which holds several
	// times the post's size at once: a batch holding a large post is saved with the collector
	// running as often as while the post was read (see collectOften).
	defer collectOften(largest)()
	res, err := save(ctx, st, ins)
	if errors.Is(err, errUnreachable) {
		// Neo4j is gone: saving the posts one by one would only fail slower.
		for _, p := range posts {
			fail(p.path, err)
		}
		return res, err
	}
	if err == nil || len(posts) == 1 {
		if err != nil {
			fail(posts[0].path, err)
		}
		return res, err
	}
	var total store.SaveResult
	for _, p := range posts {
		r, err := save(ctx, st, []store.PostInput{p.in})
		if err != nil {
			fail(p.path, err)
			continue
		}
		total.Written += r.Written
		total.Unchanged += r.Unchanged
		total.NodesCreated += r.NodesCreated
		total.NodesDeleted += r.NodesDeleted
		total.RelationshipsCreated += r.RelationshipsCreated
		total.RelationshipsDeleted += r.RelationshipsDeleted
	}
	return total, nil
}

// save saves posts in one transaction. When it fails for want of the database while Neo4j
// still answers (a deadlock between writers that outlasted the driver's retries, a busy
// server), it tries again a few times after a short random pause: the failed attempt wrote
// nothing. When Neo4j does not answer, the error is marked errUnreachable.
func save(ctx context.Context, st *store.Store, ins []store.PostInput) (store.SaveResult, error) {
	for attempt := 1; ; attempt++ {
		res, err := st.SavePosts(ctx, ins)
		if err == nil || !errors.Is(err, store.ErrUnavailable) || ctx.Err() != nil {
			return res, err
		}
		if unreachable(ctx, st) {
			return res, fmt.Errorf("%w: %w", errUnreachable, err)
		}
		if attempt == 3 {
			return res, err
		}
		select {
		case <-time.After(time.Duration(attempt)*200*time.Millisecond + rand.N(300*time.Millisecond)):
		case <-ctx.Done():
			return res, err
		}
	}
}

// errUnreachable marks a batch that failed because Neo4j could not be reached at all (not a
// deadlock or a timeout of a busy server, after which Neo4j still answers).
var errUnreachable = errors.New("neo4j unreachable")

// unreachable reports whether Neo4j fails to answer a trivial query within a few seconds.
func unreachable(ctx context.Context, st *store.Store) bool {
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return st.Ping(pctx) != nil
}

func multi(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// readPost reads and extracts one post file of the site st, found in folder root, into what
// the store saves.
func readPost(st site, root, path string, force bool) (_ store.PostInput, size int, _ []extract.Warning, _ error) {
	data, err := readFile(path)
	if err != nil {
		return store.PostInput{}, 0, nil, fmt.Errorf("read: %w", err)
	}
	size = len(data)
	defer collectOften(len(data))()
	// the file's bytes are hashed before they are parsed, so that they are not held beside
	// the parsed post and what it states
	h := contentHasher(data)
	res, fromSite, err := extractAt(st, root, path, data)
	if err != nil {
		return store.PostInput{}, 0, nil, err
	}
	if fromSite {
		// The address is not in the file: a post whose address changes (another base URL, a
		// moved file) is written again, not skipped as unchanged. The hash is that of the
		// file's bytes followed by the address.
		h.Write([]byte("\x00url:"))
		h.Write([]byte(*res.Source.URL))
	}
	in := Input(res, hex.EncodeToString(h.Sum(nil)))
	in.Force = force
	return in, size, res.Warnings, nil
}

// ContentHash identifies a post's content as read by this version of the extractor, so that
// upgrading the extractor reloads posts whose content did not change.
func ContentHash(data []byte) string {
	return hex.EncodeToString(contentHasher(data).Sum(nil))
}

// contentHasher returns the hash ContentHash sums, having read data, for more to be written.
func contentHasher(data []byte) hash.Hash {
	h := sha256.New()
	h.Write([]byte(extract.Version))
	h.Write([]byte{0})
	h.Write(data)
	return h
}

// readInOrder reads files with several readers at once and hands on the posts read in the
// order of files, whatever order the reads finish in; a file read fails (read returns false)
// is left out. At most window files are read ahead of the first one not handed on yet. When
// ctx is done, no more files are started, and the channel is closed once the files already
// started are handed on.
func readInOrder(ctx context.Context, files []string, readers, window int, read func(string) (post, bool)) <-chan post {
	type job struct {
		i    int
		path string
	}
	type result struct {
		i  int
		p  post
		ok bool
	}
	window = max(window, 1)
	slots := make(chan struct{}, window) // files started and not handed on yet
	jobs := make(chan job)
	results := make(chan result, window)
	out := make(chan post)
	var reading sync.WaitGroup
	for range max(readers, 1) {
		reading.Add(1)
		go func() {
			defer reading.Done()
			for j := range jobs {
				p, ok := read(j.path)
				results <- result{i: j.i, p: p, ok: ok}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i, f := range files {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{i: i, path: f}:
			case <-ctx.Done():
				<-slots
				return
			}
		}
	}()
	go func() { reading.Wait(); close(results) }()
	go func() {
		defer close(out)
		waiting := map[int]result{}
		next := 0
		for r := range results {
			waiting[r.i] = r
			for {
				d, ok := waiting[next]
				if !ok {
					break
				}
				delete(waiting, next)
				next++
				<-slots
				if d.ok {
					out <- d.p
				}
			}
		}
	}()
	return out
}
