// Package httpapi assembles talkgraph's HTTP surface: the GraphQL endpoint, the playground,
// health and readiness probes, and CORS with an exact allow-list.
package httpapi

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/rs/cors"

	"github.com/talkgraph/talkgraph/graph"
	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/web"
)

// Options configure the HTTP surface.
type Options struct {
	Logger *slog.Logger
	// CORSOrigins are the exact origins allowed to call the API from a browser; none by default.
	CORSOrigins []string
	// ReadyTimeout bounds the readiness probe's call to Neo4j (default 2s).
	ReadyTimeout time.Duration
	// Ready, if set, must also be true for /readyz to answer 200 (the server sets it once the
	// schema is in place).
	Ready func() bool
	// GraphQL tunes the GraphQL handler.
	GraphQL graph.Options
	// Metrics, if set, are served at /metrics.
	Metrics *Metrics
}

// New returns the HTTP handler of the service:
//
//	/            GraphQL playground (GET), served from assets embedded in the binary
//	/dashboard   the dashboard (GET /dashboard and every page under it)
//	/assets/     the playground's and the dashboard's scripts and styles
//	/graphql     GraphQL over HTTP (GET and POST)
//	/healthz     200 while the process runs
//	/readyz      200 when Neo4j answers within ReadyTimeout, else 503
//	/metrics     Prometheus metrics, when Options.Metrics is set
func New(st *store.Store, opts Options) http.Handler {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.ReadyTimeout == 0 {
		opts.ReadyTimeout = 2 * time.Second
	}
	if opts.GraphQL.Logger == nil {
		opts.GraphQL.Logger = opts.Logger
	}
	ui, err := web.New("/graphql")
	if err != nil {
		// Only a binary built without its embedded assets gets here; web's tests catch that.
		panic(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", graph.NewHandler(st, opts.GraphQL))
	mux.Handle("GET /{$}", ui)
	mux.Handle("GET /dashboard", ui)
	mux.Handle("GET /dashboard/", ui)
	mux.Handle("GET /assets/", ui)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), opts.ReadyTimeout)
		defer cancel()
		if opts.Ready != nil && !opts.Ready() {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "starting", "neo4j": "schema not applied yet"})
			return
		}
		if err := st.Ping(ctx); err != nil {
			opts.Logger.WarnContext(ctx, "readiness probe failed", "err", err)
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "neo4j": "not reachable"})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready", "neo4j": "ok"})
	})
	if opts.Metrics != nil {
		mux.Handle("GET /metrics", opts.Metrics.Handler())
	}
	return CORS(opts.CORSOrigins)(mux)
}

// CORS allows cross-origin requests from exactly the given origins (no wildcards); with none,
// browsers may not call the API from other origins at all.
func CORS(origins []string) func(http.Handler) http.Handler {
	allowed := map[string]bool{}
	for _, o := range origins {
		if o = strings.TrimRight(strings.TrimSpace(o), "/"); o != "" {
			allowed[o] = true
		}
	}
	c := cors.New(cors.Options{
		AllowOriginFunc:  func(origin string) bool { return allowed[origin] },
		AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders:   []string{"Content-Type", "Accept", "Authorization", "Apollo-Require-Preflight"},
		MaxAge:           600,
		AllowCredentials: false,
	})
	return c.Handler
}

// ParseOrigins splits a comma-separated list of origins, as in TALKGRAPH_CORS_ORIGINS.
func ParseOrigins(s string) []string {
	var out []string
	for _, o := range strings.Split(s, ",") {
		if o = strings.TrimSpace(o); o != "" {
			out = append(out, o)
		}
	}
	return out
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
