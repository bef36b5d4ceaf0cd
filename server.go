// Command talkgraph turns blog posts about tech meetups and conferences into a knowledge graph
// in Neo4j and answers relationship questions about it over GraphQL.
//
//	talkgraph serve              serve the GraphQL API (and playground) on $PORT
//	talkgraph load PATH...       extract posts (files or folders) and save them to the graph
//	talkgraph extract PATH...    print what a post states as extraction JSON; never touches Neo4j
//	talkgraph version            print the version
//
// Configuration comes from flags and the environment: PORT, NEO4J_URI, NEO4J_USER,
// NEO4J_PASSWORD, NEO4J_DATABASE, TALKGRAPH_CORS_ORIGINS.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/talkgraph/talkgraph/graph"
	"github.com/talkgraph/talkgraph/httpapi"
	"github.com/talkgraph/talkgraph/loader"
	"github.com/talkgraph/talkgraph/loader/extract"
	"github.com/talkgraph/talkgraph/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "talkgraph:", err)
		os.Exit(1)
	}
}

const usage = `usage:
  talkgraph serve [-port N] [-cors ORIGINS]   serve GraphQL at /graphql and the playground at /
  talkgraph load [-force] [-workers N] PATH... load posts (files or folders) into Neo4j
  talkgraph extract [-o DIR] PATH...           print extraction JSON (one post) or write DIR/<id>.json;
                                               PATH is a file or a folder (read recursively)
  talkgraph version                            print the version and the commit it was built from

environment: PORT (8080), NEO4J_URI (bolt://127.0.0.1:7687), NEO4J_USER, NEO4J_PASSWORD,
NEO4J_DATABASE, TALKGRAPH_CORS_ORIGINS (comma-separated exact origins; none by default)`

// run is the whole program: main only wires it to the process.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return errors.New("no command given")
	}
	var err error
	switch args[0] {
	case "serve":
		err = serve(ctx, args[1:], getenv, stdout, stderr)
	case "load":
		err = load(ctx, args[1:], getenv, stdout, stderr)
	case "extract":
		err = extractCmd(args[1:], stdout, stderr)
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, version())
		return nil
	case "help", "-h", "-help", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	default:
		fmt.Fprintln(stderr, usage)
		return fmt.Errorf("unknown command %q", args[0])
	}
	if errors.Is(err, errHelpShown) {
		return nil
	}
	return err
}

// neo4jConfig is how to reach Neo4j.
type neo4jConfig struct {
	uri, user, password, database string
}

func neo4jFromEnv(getenv func(string) string) neo4jConfig {
	c := neo4jConfig{uri: getenv("NEO4J_URI"), user: getenv("NEO4J_USER"), password: getenv("NEO4J_PASSWORD"), database: getenv("NEO4J_DATABASE")}
	if c.uri == "" {
		c.uri = "bolt://127.0.0.1:7687"
	}
	return c
}

// openDriver creates the process's one driver. Retries of failing transactions stop after a
// few seconds so that a Neo4j outage surfaces as an error instead of a hung request.
func openDriver(c neo4jConfig) (neo4j.DriverWithContext, error) {
	auth := neo4j.NoAuth()
	if c.user != "" {
		auth = neo4j.BasicAuth(c.user, c.password, "")
	}
	d, err := neo4j.NewDriverWithContext(c.uri, auth, func(cfg *config.Config) {
		cfg.MaxTransactionRetryTime = 5 * time.Second
		cfg.ConnectionAcquisitionTimeout = 5 * time.Second
		cfg.SocketConnectTimeout = 3 * time.Second
		cfg.MaxConnectionPoolSize = 64
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j at %s: %w", c.uri, err)
	}
	return d, nil
}

func serve(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { subcommandUsage(fs, stdout) }
	port := fs.String("port", envOr(getenv, "PORT", "8080"), "port to listen on (0 picks a free one)")
	origins := fs.String("cors", getenv("TALKGRAPH_CORS_ORIGINS"), "comma-separated origins allowed by CORS")
	if err := fs.Parse(args); err != nil {
		return helpIsNoError(err)
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	tuneGC(getenv)
	cfg := neo4jFromEnv(getenv)
	driver, err := openDriver(cfg)
	if err != nil {
		return err
	}
	defer driver.Close(context.WithoutCancel(ctx))
	st := store.New(driver, cfg.database)
	metrics := httpapi.NewMetrics()
	st.Observe(metrics.Cypher)

	// The API starts whether or not Neo4j answers yet; /readyz tells when it does.
	var ready atomic.Bool

	cacheMB, err := strconv.Atoi(envOr(getenv, "TALKGRAPH_ANSWER_CACHE_MB", "32"))
	if err != nil || cacheMB < 0 {
		return fmt.Errorf("TALKGRAPH_ANSWER_CACHE_MB must be a whole number of megabytes, 0 for none")
	}
	// The graph version, polled, keys cached answers and ETags; "off" serves neither.
	var version func() (store.GraphVersion, bool)
	if p := envOr(getenv, "TALKGRAPH_VERSION_POLL", "250ms"); p != "off" {
		poll, err := time.ParseDuration(p)
		if err != nil || poll <= 0 {
			return fmt.Errorf("TALKGRAPH_VERSION_POLL must be a positive duration such as 250ms, or off")
		}
		version = graph.WatchVersion(ctx, st, poll, log).Current
	}

	handler := httpapi.New(st, httpapi.Options{
		Logger:      log,
		CORSOrigins: httpapi.ParseOrigins(*origins),
		Ready:       ready.Load,
		Metrics:     metrics,
		GraphQL: graph.Options{
			Logger:           log,
			Version:          version,
			AnswerCacheBytes: int64(cacheMB) << 20,
			OnOperationDone: func(op string, d time.Duration, queries int64, errs int) {
				metrics.Operation(op, d, queries, errs)
				log.Info("graphql", "operation", op, "ms", float64(d.Microseconds())/1000, "cypher", queries, "errors", errs)
			},
		},
	})
	go ensureSchema(ctx, st, handler, log, &ready)
	ln, err := net.Listen("tcp", net.JoinHostPort(getenv("HOST"), *port))
	if err != nil {
		return fmt.Errorf("listen on port %s: %w", *port, err)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		// A GET query travels in the URL: the headers may be as large as a POST body, no larger.
		MaxHeaderBytes: 96 << 10,
		BaseContext:    func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	addr := ln.Addr().(*net.TCPAddr)
	fmt.Fprintf(stdout, "talkgraph: serving on http://localhost:%d/ (GraphQL playground); API at http://localhost:%d/graphql\n", addr.Port, addr.Port)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// readyAfter bounds how long a starting server waits for its warm-up before it reports ready
// anyway, and warmFor the warm-up itself, which goes on in the background past readyAfter.
// Requests are served all along: only /readyz waits.
const (
	readyAfter = 3 * time.Minute
	warmFor    = 10 * time.Minute
)

// ensureSchema applies the schema, retrying until Neo4j answers. Then it warms Neo4j up: the
// dashboard's pages first (httpapi.WarmPages, run through api), then each of the API's other
// reads (store.Warm), and marks the server ready once the warm-up ends or after readyAfter.
// A failed warm-up is logged, not fatal: the first requests a load balancer sends find the
// queries planned, the dashboard's first.
func ensureSchema(ctx context.Context, st *store.Store, api http.Handler, log *slog.Logger, ready *atomic.Bool) {
	for attempt := 0; ; attempt++ {
		err := st.EnsureSchema(ctx)
		if err == nil {
			log.Info("neo4j schema in place")
			warmed := make(chan struct{})
			go func() {
				defer close(warmed)
				start := time.Now()
				wctx, cancel := context.WithTimeout(ctx, warmFor)
				defer cancel()
				keys, err := httpapi.WarmPages(wctx, st, api)
				if err != nil {
					log.Warn("neo4j warm-up of the dashboard's pages incomplete", "err", err, "took", time.Since(start).Round(time.Millisecond))
				} else {
					log.Info("neo4j warmed up for the dashboard's pages", "took", time.Since(start).Round(time.Millisecond))
				}
				if err := st.Warm(wctx, keys); err != nil {
					log.Warn("neo4j warm-up incomplete", "err", err, "took", time.Since(start).Round(time.Millisecond))
					return
				}
				log.Info("neo4j warmed up", "took", time.Since(start).Round(time.Millisecond))
			}()
			select {
			case <-warmed:
			case <-time.After(readyAfter):
			case <-ctx.Done():
			}
			ready.Store(true)
			return
		}
		if ctx.Err() != nil {
			return
		}
		log.Warn("neo4j not ready; retrying", "err", err, "attempt", attempt+1)
		select {
		case <-ctx.Done():
			return
		case <-time.After(min(time.Duration(attempt+1)*time.Second, 10*time.Second)):
		}
	}
}

func load(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { subcommandUsage(fs, stdout) }
	force := fs.Bool("force", false, "rewrite posts even when their content did not change")
	workers := fs.Int("workers", 2, "transactions written at once")
	batch := fs.Int("batch", loader.DefaultBatch, "posts written per transaction")
	siteURL := fs.String("site-url", "", "base URL the posts are published under (e.g. https://blog.example.org/): a post whose front matter gives no full URL gets the address its place in a Jekyll, Hugo or plain site gives it")
	if err := fs.Parse(args); err != nil {
		return helpIsNoError(err)
	}
	if fs.NArg() == 0 {
		return errors.New("load: give at least one file or folder")
	}
	if err := loader.CheckSiteURL(*siteURL); err != nil {
		return fmt.Errorf("load: -site-url: %w", err)
	}
	cfg := neo4jFromEnv(getenv)
	var driver neo4j.DriverWithContext
	defer func() {
		if driver != nil {
			driver.Close(context.WithoutCancel(ctx))
		}
	}()
	// Neo4j is reached only once a post is ready to be written: files the loader refuses are
	// reported at once, and a load with nothing to write needs no database.
	open := func(ctx context.Context) (*store.Store, error) {
		var err error
		if driver, err = openDriver(cfg); err != nil {
			return nil, err
		}
		vctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		err = driver.VerifyConnectivity(vctx)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("neo4j at %s does not answer (is it running? `make neo4j` starts a local one): %w", cfg.uri, err)
		}
		st := store.New(driver, cfg.database)
		if err := st.EnsureSchema(ctx); err != nil {
			return nil, err
		}
		return st, nil
	}
	prog := newProgress(stderr)
	sum, err := loader.Load(ctx, nil, fs.Args(), loader.Options{
		Workers: *workers, Batch: *batch, Force: *force, SiteURL: *siteURL, Open: open,
		Progress: func(path string, err error) {
			prog.clearLine()
			fmt.Fprintf(stderr, "talkgraph: load %s: %v\n", path, err)
		},
		Warn: func(path string, ws []extract.Warning) {
			prog.clearLine()
			fmt.Fprintf(stderr, "talkgraph: load %s: %d warnings, the first: %s\n", path, len(ws), ws[0].Reason)
		},
		Report: prog.update,
	})
	prog.finish()
	if sum.Warned > 0 {
		fmt.Fprintf(stdout, "talkgraph: %d posts read with warnings: something that looked like a talk was not read (`talkgraph extract FILE` lists them)\n", sum.Warned)
	}
	fmt.Fprintf(stdout, "talkgraph: %d posts loaded, %d unchanged, %d failed; %d nodes and %d relationships created, %d nodes and %d relationships deleted (%s)\n",
		sum.Loaded, sum.Unchanged, sum.Failed, sum.NodesCreated, sum.RelationshipsCreated, sum.NodesDeleted, sum.RelationshipsDeleted, sum.Duration.Round(time.Millisecond))
	if errors.Is(err, loader.ErrStopped) {
		return fmt.Errorf("load: %w; %d posts not loaded; run the same load again to finish", sum.Stopped, sum.NotLoaded)
	}
	if err != nil {
		return fmt.Errorf("load: %d of %d posts failed", sum.Failed, max(sum.Files, sum.Failed))
	}
	return nil
}

func extractCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { subcommandUsage(fs, stdout) }
	out := fs.String("o", "", "write each result to DIR/<id>.json instead of printing it")
	if err := fs.Parse(args); err != nil {
		return helpIsNoError(err)
	}
	if fs.NArg() == 0 {
		return errors.New("extract: give a file or a folder")
	}
	files, ferr := loader.Files(fs.Args())
	if ferr != nil {
		fmt.Fprintf(stderr, "talkgraph: extract: %v\n", ferr)
	}
	if len(files) == 0 {
		return errors.New("extract: no post files found")
	}
	if *out == "" && len(files) > 1 {
		return fmt.Errorf("extract: %d post files found: give one, or -o DIR to write each", len(files))
	}
	failed := 0
	if ferr != nil {
		failed = len(multiErrors(ferr)) // paths that could not be read count as failed
	}
	total := len(files) + failed
	for _, path := range files {
		res, err := loader.ExtractFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "talkgraph: extract %s: %v\n", path, err)
			failed++
			continue
		}
		data, err := json.MarshalIndent(res, "", "  ")
		if err != nil {
			return fmt.Errorf("extract %s: %w", path, err)
		}
		data = append(data, '\n')
		if *out == "" {
			if _, err := stdout.Write(data); err != nil {
				return err
			}
			continue
		}
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(*out, res.ID+".json"), data, 0o644); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d of %d files failed", failed, total)
	}
	return nil
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

// Garbage collection defaults for the server, used when the environment sets neither GOGC nor
// GOMEMLIMIT. A GraphQL answer allocates many short-lived objects, and with Go's default
// (GOGC=100 on a heap of a few MB) the collector runs several times per large request, taking
// CPU from Neo4j when both share a machine. A higher GOGC under a soft memory limit collects
// rarely while the heap is small and as often as needed near the limit: the process stays
// well under 200 MB.
const (
	serverGCPercent   = 400
	serverMemoryLimit = 150 << 20
)

// tuneGC applies the server's garbage collection defaults where the environment has not
// chosen its own.
func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(serverGCPercent)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(serverMemoryLimit)
	}
}

// helpIsNoError turns -h into success: the flag set has printed the usage to stdout already,
// and "flag: help requested" is not an error worth reporting.
func helpIsNoError(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return errHelpShown
	}
	return err
}

// errHelpShown ends a command after its usage was printed; run reports it as success.
var errHelpShown = errors.New("help shown")

// subcommandUsage prints a subcommand's usage line and flags.
func subcommandUsage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprintln(w, usage)
	fmt.Fprintf(w, "\nflags of %s:\n", fs.Name())
	fs.SetOutput(w)
	fs.PrintDefaults()
}

// multiErrors lists the errors an errors.Join holds.
func multiErrors(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// commit is the commit the binary was built from, set by `make build` through -ldflags for
// builds without Go's own version control stamping (GOFLAGS=-buildvcs=false).
var commit string

// version says which build this is: the module version and, when built from a checkout, the
// commit and its time (with "+dirty" for uncommitted changes).
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "talkgraph (unknown version) commit " + commit
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, at, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	out := "talkgraph " + v
	if rev == "" {
		rev = commit
	}
	if rev != "" {
		out += " commit " + rev[:min(12, len(rev))] + dirty
	}
	if at != "" {
		out += " (" + at + ")"
	}
	return out + " " + info.GoVersion
}
