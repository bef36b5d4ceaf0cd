package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/talkgraph/talkgraph/store"
)

// Options tune the GraphQL handler. Zero values take the defaults below.
type Options struct {
	Logger          *slog.Logger
	MaxDepth        int           // deepest field nesting an operation may have (default 10)
	MaxComplexity   int           // highest estimated cost (default 50000; a list costs its page size times its elements)
	MaxFields       int           // most fields an operation may select, fragments expanded (default 2000)
	MaxQueries      int           // most Cypher queries one request may run (default 50)
	MaxResponseSize int           // largest response body in bytes (default 8 MiB)
	MaxBodyBytes    int64         // largest request body (default 64 KiB)
	WorkSlots       int           // expensive work admitted at once, in slots (default 32; see admission)
	CheapCost       int           // operations costing at most this are admitted without a slot (default 100)
	QueueLength     int           // operations waiting for slots at most (default 32)
	QueueWait       time.Duration // longest an operation waits for slots (default 2s)
	Timeout         time.Duration // longest a request may run (default 10s)
	QueryCacheSize  int           // parsed queries kept (default 1000)
	PersistedCache  int           // automatic persisted queries kept (default 1000)
	OnOperationDone func(op string, d time.Duration, queries int64, errs int)

	// Version, if set, returns the graph version answers are read from (see WatchVersion):
	// GET requests and persisted queries then get ETags and 304 Not Modified answers.
	Version func() (store.GraphVersion, bool)
	// AnswerCacheBytes bounds the answers kept to be served again on the same graph version
	// (with Version set); zero keeps none.
	AnswerCacheBytes int64

	// GQLGenOnly has every field go through gqlgen's executor, never the direct encoding of
	// plain subtrees (direct.go); the tests that compare the two set it.
	GQLGenOnly bool
}

func (o *Options) defaults() {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.MaxDepth == 0 {
		o.MaxDepth = 10
	}
	if o.MaxComplexity == 0 {
		o.MaxComplexity = 50000
	}
	if o.MaxFields == 0 {
		o.MaxFields = 2000
	}
	if o.MaxQueries == 0 {
		o.MaxQueries = 50
	}
	if o.MaxResponseSize == 0 {
		o.MaxResponseSize = 8 << 20
	}
	if o.WorkSlots == 0 {
		// 32 slots of MaxComplexity/32 each: the work admitted at once is bounded by cost
		// as with fewer, larger slots, but an operation pays for about what it costs. With
		// 4 slots of 12,500, a person's profile (cost about 650) took a quarter of the
		// server, and at 32 clients 28 of them queued behind 4 such small requests.
		o.WorkSlots = 32
	}
	if o.CheapCost == 0 {
		o.CheapCost = 100
	}
	if o.QueueLength == 0 {
		o.QueueLength = 32
	}
	if o.QueueWait == 0 {
		o.QueueWait = 2 * time.Second
	}
	if o.MaxBodyBytes == 0 {
		o.MaxBodyBytes = 64 << 10
	}
	if o.Timeout == 0 {
		o.Timeout = 10 * time.Second
	}
	if o.QueryCacheSize == 0 {
		o.QueryCacheSize = 1000
	}
	if o.PersistedCache == 0 {
		o.PersistedCache = 1000
	}
}

// NewHandler returns the GraphQL endpoint (POST and GET) over st, with its limits: depth,
// complexity, body size and time, each refused with a clear error and an extensions.code.
// Requests that are not well-formed GraphQL over HTTP are refused with a 4xx status and
// CodeBadRequest before gqlgen sees them (see checkRequest).
func NewHandler(st *store.Store, opts Options) http.Handler {
	h, _ := newHandler(st, opts)
	return h
}

// newHandler is NewHandler, also returning the root resolver (for tests).
func newHandler(st *store.Store, opts Options) (http.Handler, *Resolver) {
	opts.defaults()
	res := &Resolver{Store: st, gqlgenOnly: opts.GQLGenOnly}
	cfg := Config{Resolvers: res}
	bounds := newListBounds(st, opts.Version, opts.Logger)
	setComplexity(&cfg.Complexity, bounds.current)
	srv := handler.New(NewExecutableSchema(cfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](opts.QueryCacheSize))
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](opts.PersistedCache)})
	srv.Use(OperationLimits{MaxDepth: opts.MaxDepth, MaxFields: opts.MaxFields, MaxQueries: opts.MaxQueries,
		shapes: lru.New[shape](opts.QueryCacheSize)})
	srv.Use(extension.FixedComplexityLimit(opts.MaxComplexity))
	srv.SetErrorPresenter(presenter(opts.Logger))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		opts.Logger.ErrorContext(ctx, "resolver panicked", "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
		return errors.New("internal error")
	})
	adm := newAdmission(opts.WorkSlots, opts.MaxComplexity, opts.CheapCost, opts.QueueLength, opts.QueueWait)
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		cost := 0
		if stats := extension.GetComplexityStats(ctx); stats != nil {
			cost = stats.Complexity
		}
		release, ok := adm.admit(ctx, cost)
		if !ok {
			markOverloaded(ctx)
			return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{refusal(CodeOverloaded,
				"the server is busy with other expensive queries; retry later")}})
		}
		ctx = WithLoaders(ctx, NewLoaders(st))
		h := next(ctx)
		return func(ctx context.Context) *graphql.Response {
			defer release()
			return h(ctx)
		}
	})
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		start := time.Now()
		resp := next(ctx)
		op := "unknown"
		// Errors raised before an operation exists (a body gqlgen cannot read) have no
		// operation context, and GetOperationContext panics without one.
		if graphql.HasOperationContext(ctx) {
			if oc := graphql.GetOperationContext(ctx); oc.OperationName != "" {
				op = oc.OperationName
			} else if oc.Operation != nil && oc.Operation.Name != "" {
				op = oc.Operation.Name
			}
		}
		if resp != nil && len(resp.Data) > opts.MaxResponseSize {
			// The data is dropped, not sent: a client asking for more than this is refused.
			resp = &graphql.Response{Errors: gqlerror.List{refusal(CodeResponseTooLarge,
				"the response would be larger than %d bytes; ask for fewer items or fields", opts.MaxResponseSize)}}
		}
		errs := 0
		if resp != nil {
			errs = len(resp.Errors)
		}
		queries := store.QueryCount(ctx)
		if opts.OnOperationDone != nil {
			opts.OnOperationDone(op, time.Since(start), queries, errs)
		}
		if resp != nil {
			if resp.Extensions == nil {
				resp.Extensions = map[string]any{}
			}
			resp.Extensions["cypherQueries"] = queries
		}
		return resp
	})
	var h http.Handler = checkRequest(adjustResponse(srv))
	if opts.Version != nil {
		var cache *answerCache
		if opts.AnswerCacheBytes > 0 {
			cache = newAnswerCache(opts.AnswerCacheBytes)
		}
		h = cacheAnswers(h, opts.Version, cache)
	}
	return bounds.refreshing(limitRequest(h, opts)), res
}

// adjustResponse wraps gqlgen's handler in a responseWriter (see there).
func adjustResponse(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st, _ := r.Context().Value(refusalKey{}).(*refusalState)
		if st == nil {
			st = &refusalState{}
		}
		rw := &responseWriter{ResponseWriter: w, state: st, retryAfter: "1"}
		defer rw.finish()
		next.ServeHTTP(rw, r)
	})
}

// limitRequest bounds a request's body (and URL) and running time, and counts its Cypher queries.
func limitRequest(next http.Handler, opts Options) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), opts.Timeout)
		defer cancel()
		ctx, _ = store.WithQueryCounter(ctx)
		ctx, _ = withRefusalState(ctx)
		// The operation check bounds the queries by the fields an operation selects; a field
		// read for parents seen at different times may take a second query, hence the margin.
		ctx = store.WithQueryLimit(ctx, int64(2*opts.MaxQueries))
		if int64(len(r.URL.RawQuery)) > opts.MaxBodyBytes {
			writeRefusal(w, http.StatusRequestURITooLong, CodeURITooLong,
				fmt.Sprintf("the URL's query string is longer than %d bytes; send large queries by POST", opts.MaxBodyBytes))
			return
		}
		if r.ContentLength > opts.MaxBodyBytes {
			writeRefusal(w, http.StatusRequestEntityTooLarge, CodeBodyTooLarge,
				fmt.Sprintf("request body is larger than %d bytes", opts.MaxBodyBytes))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, opts.MaxBodyBytes)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
