package graph

import (
	"context"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/talkgraph/talkgraph/store"
)

// boundsMaxAge is how old the list bounds may grow when the graph version is not polled (or
// not known): without a version to tell a load happened, they are read again after this.
const boundsMaxAge = 30 * time.Second

// boundsRetry is how long after a failed read the bounds are not read again, so that a Neo4j
// that is down does not get one more query per request.
const boundsRetry = 5 * time.Second

// listBounds keeps the graph's store.ListBounds for the complexity estimate: a list the API
// returns without a page size (a talk's speakers, a person's companies) is priced at the
// longest such list in the graph, which is what the store can return for it. They are read
// when a request comes and the graph version has moved since the last read (or, without a
// version, after boundsMaxAge), in the background: the request that notices is priced on the
// bounds it finds. Until the first read, each such list is priced at unboundedListGuess.
type listBounds struct {
	st      *store.Store
	version func() (store.GraphVersion, bool)
	log     *slog.Logger
	cur     atomic.Pointer[boundsRead]
	reading atomic.Bool
	failed  atomic.Int64 // when the last read failed (Unix nanoseconds), 0 after a success
}

// boundsRead is one read of the bounds, with the graph version it was read at.
type boundsRead struct {
	bounds  store.ListBounds
	version store.GraphVersion
	known   bool // version is the graph's version when read
	at      time.Time
}

func newListBounds(st *store.Store, version func() (store.GraphVersion, bool), log *slog.Logger) *listBounds {
	return &listBounds{st: st, version: version, log: log}
}

// guessedBounds price every unpaged list at unboundedListGuess, before the graph is read.
var guessedBounds = store.ListBounds{
	TalkSpeakers: unboundedListGuess, TalkEvents: unboundedListGuess, TalkCities: unboundedListGuess,
	TalkSources: unboundedListGuess, TalkTopics: unboundedListGuess,
	PersonCompanies: unboundedListGuess, PersonCities: unboundedListGuess,
	AffiliationSources: unboundedListGuess, EventSources: unboundedListGuess, EventHostSources: unboundedListGuess,
}

// current returns the bounds last read, or the guesses before the first read.
func (l *listBounds) current() store.ListBounds {
	if r := l.cur.Load(); r != nil {
		return r.bounds
	}
	return guessedBounds
}

// stale reports whether the bounds should be read again.
func (l *listBounds) stale(now time.Time) bool {
	r := l.cur.Load()
	if r == nil {
		return true
	}
	if l.version != nil {
		if v, ok := l.version(); ok {
			return !r.known || v != r.version
		}
	}
	return now.Sub(r.at) > boundsMaxAge
}

// refresh reads the bounds again if they are stale and no read is under way; ctx bounds the
// read (it is not tied to the request that noticed).
func (l *listBounds) refresh(ctx context.Context) {
	now := time.Now()
	if f := l.failed.Load(); f != 0 && now.Sub(time.Unix(0, f)) < boundsRetry {
		return
	}
	if !l.stale(now) || !l.reading.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer l.reading.Store(false)
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		r := boundsRead{at: time.Now()}
		if l.version != nil {
			r.version, r.known = l.version() // before the read: a load during it makes them stale
		}
		b, err := l.st.ListBounds(ctx)
		if err != nil {
			if l.failed.Swap(time.Now().UnixNano()) == 0 && l.log != nil {
				l.log.Warn("list bounds not read: unpaged lists keep their last price", "err", err)
			}
			return
		}
		l.failed.Store(0)
		r.bounds = b
		l.cur.Store(&r)
	}()
}

// refreshing reads the bounds again, in the background, when a request comes and they are
// stale. It must wrap the handler that counts a request's Cypher queries: the read is none of
// the request's.
func (l *listBounds) refreshing(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l.refresh(context.WithoutCancel(r.Context()))
		next.ServeHTTP(w, r)
	})
}
