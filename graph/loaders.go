package graph

import (
	"context"
	"sync"

	"github.com/talkgraph/talkgraph/store"
)

// kind is a type of object the API hands out; loaders batch by it.
type kind int

const (
	talkKind kind = iota
	personKind
	companyKind
	eventKind
	cityKind
	postKind
	topicKind
	kinds
)

// Loaders batch the nested fields of one request. Every resolver that returns objects records
// their keys (see); the first nested field resolved for one of them fetches that field for
// every object of the kind seen so far, in one Cypher query. So a request costs one query per
// list field it selects (times the number of times that field appears), whatever the size of
// its result — without waiting for a batching window.
type Loaders struct {
	store *store.Store

	mu      sync.Mutex
	seen    [kinds][]string
	known   [kinds]map[string]bool
	batches map[batchKey]*batch
}

type batchKey struct {
	field string
	limit int
}

// batch is the state of one nested field (at one page size) within a request.
type batch struct {
	done     map[string]any // key -> []T
	inFlight map[string]*flight
}

type flight struct {
	ready chan struct{}
	err   error
}

// NewLoaders returns empty loaders for one request.
func NewLoaders(st *store.Store) *Loaders {
	l := &Loaders{store: st, batches: map[batchKey]*batch{}}
	for k := range l.known {
		l.known[k] = map[string]bool{}
	}
	return l
}

type loadersKey struct{}

// WithLoaders returns ctx carrying l.
func WithLoaders(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, loadersKey{}, l)
}

// loadersFor returns the request's loaders. A context without any (a resolver called outside
// the handler, as in a unit test) gets fresh ones, which are still correct, only unbatched.
func (r *Resolver) loadersFor(ctx context.Context) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l
	}
	return NewLoaders(r.Store)
}

// see records the keys of objects handed out, so that their nested fields load together.
func (l *Loaders) see(k kind, ids ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, id := range ids {
		if !l.known[k][id] {
			l.known[k][id] = true
			l.seen[k] = append(l.seen[k], id)
		}
	}
}

// load returns field of the object id (of kind k): from the request's cache if it was fetched
// with its siblings, else by fetching it for every object of kind k seen and not yet fetched.
//
// Every object the batch returns is recorded (by children) before any resolver sees the
// result, so that the next level of nesting batches over all of them too.
func load[T any](ctx context.Context, l *Loaders, k kind, field string, limit int, id string,
	fetch func(ctx context.Context, ids []string, limit int) (map[string][]T, error), children func(*Loaders, []T)) ([]T, error) {
	key := batchKey{field: field, limit: limit}
	l.mu.Lock()
	if !l.known[k][id] {
		l.known[k][id] = true
		l.seen[k] = append(l.seen[k], id)
	}
	b := l.batches[key]
	if b == nil {
		b = &batch{done: map[string]any{}, inFlight: map[string]*flight{}}
		l.batches[key] = b
	}
	for {
		if v, ok := b.done[id]; ok {
			l.mu.Unlock()
			return v.([]T), nil
		}
		f := b.inFlight[id]
		if f == nil {
			break
		}
		l.mu.Unlock()
		<-f.ready
		if f.err != nil {
			return nil, f.err
		}
		l.mu.Lock()
	}
	var ids []string
	for _, other := range l.seen[k] {
		if _, ok := b.done[other]; ok {
			continue
		}
		if _, ok := b.inFlight[other]; ok {
			continue
		}
		ids = append(ids, other)
	}
	f := &flight{ready: make(chan struct{})}
	for _, other := range ids {
		b.inFlight[other] = f
	}
	l.mu.Unlock()

	res, err := fetch(ctx, ids, limit)
	if err == nil && children != nil {
		for _, v := range res {
			children(l, v)
		}
	}

	l.mu.Lock()
	for _, other := range ids {
		delete(b.inFlight, other)
		if err == nil {
			v := res[other]
			if v == nil {
				v = []T{}
			}
			b.done[other] = v
		}
	}
	l.mu.Unlock()
	f.err = err
	close(f.ready)
	if err != nil {
		return nil, err
	}
	v := res[id]
	if v == nil {
		v = []T{}
	}
	return v, nil
}

// ignoreLimit adapts a store batch read without a page size to load's fetch signature.
func ignoreLimit[T any](fn func(ctx context.Context, ids []string) (map[string][]T, error)) func(context.Context, []string, int) (map[string][]T, error) {
	return func(ctx context.Context, ids []string, _ int) (map[string][]T, error) { return fn(ctx, ids) }
}
