package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"mime"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/semaphore"
)

// CodeOverloaded marks a request refused because the server already runs as much work as it
// admits and its queue is full or the wait too long: the database is fine, the client should
// retry after the Retry-After header's seconds (the HTTP status is 503).
const CodeOverloaded = "OVERLOADED"

// admission bounds the expensive work running at once. Each operation's estimated cost (the
// complexity limit's figure) buys it slots: an operation at the complexity limit takes them
// all, one at a tenth of it one. Operations that cost at most cheap take none and never wait,
// so that lookups, counts and small pages stay fast while big queries queue. At most queue
// operations wait, each at most wait; the others are refused at once.
type admission struct {
	sem      *semaphore.Weighted
	slots    int64
	slotCost int
	cheap    int
	queue    int64
	wait     time.Duration
	waiting  atomic.Int64
}

func newAdmission(slots, maxCost, cheap, queue int, wait time.Duration) *admission {
	return &admission{
		sem: semaphore.NewWeighted(int64(slots)), slots: int64(slots), slotCost: max(1, maxCost/slots),
		cheap: cheap, queue: int64(queue), wait: wait,
	}
}

// weight is the number of slots an operation of this cost takes.
func (a *admission) weight(cost int) int64 {
	if cost <= a.cheap {
		return 0
	}
	return min(a.slots, int64((cost+a.slotCost-1)/a.slotCost))
}

// admit waits for the slots an operation of this cost needs, and returns the function that
// gives them back; ok is false when the operation is refused (queue full or wait over).
func (a *admission) admit(ctx context.Context, cost int) (release func(), ok bool) {
	w := a.weight(cost)
	if w == 0 {
		return func() {}, true
	}
	if !a.sem.TryAcquire(w) {
		if a.waiting.Add(1) > a.queue {
			a.waiting.Add(-1)
			return nil, false
		}
		wctx, cancel := context.WithTimeout(ctx, a.wait)
		err := a.sem.Acquire(wctx, w)
		cancel()
		a.waiting.Add(-1)
		if err != nil {
			return nil, false
		}
	}
	var once sync.Once
	return func() { once.Do(func() { a.sem.Release(w) }) }, true
}

// refusalState carries, through a request's context, whether admission refused it, so that
// the HTTP layer answers 503 with Retry-After rather than 200.
type refusalState struct{ overloaded atomic.Bool }

type refusalKey struct{}

func withRefusalState(ctx context.Context) (context.Context, *refusalState) {
	st := &refusalState{}
	return context.WithValue(ctx, refusalKey{}, st), st
}

// markOverloaded records in ctx that admission refused the request.
func markOverloaded(ctx context.Context) {
	if st, ok := ctx.Value(refusalKey{}).(*refusalState); ok {
		st.overloaded.Store(true)
	}
}

// responseWriter adjusts the status and body gqlgen's transports write, where the GraphQL
// over HTTP spec asks for something else:
//   - a request admission refused answers 503 with Retry-After;
//   - a request that failed before execution (parse, validation or variable errors, which
//     gqlgen answers 422 in application/json and 400 in application/graphql-response+json)
//     answers 200 in application/json, and its body has no data entry at all (nothing was
//     executed), not "data": null.
type responseWriter struct {
	http.ResponseWriter
	state       *refusalState
	retryAfter  string
	wroteHeader bool
	buffer      *bytes.Buffer // the body of a request error, held back to drop its data entry
	status      int
}

func (w *responseWriter) WriteHeader(code int) {
	if w.wroteHeader {
		return
	}
	w.wroteHeader = true
	if w.state.overloaded.Load() {
		w.Header().Set("Retry-After", w.retryAfter)
		code = http.StatusServiceUnavailable
	}
	if code == http.StatusUnprocessableEntity || code == http.StatusBadRequest {
		if mt, _, _ := mime.ParseMediaType(w.Header().Get("Content-Type")); mt == mediaJSON || mt == mediaGraphQLResponse {
			if mt == mediaJSON {
				code = http.StatusOK
			}
			w.buffer, w.status = &bytes.Buffer{}, code
			return
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *responseWriter) Write(b []byte) (int, error) {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	if w.buffer != nil {
		return w.buffer.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

// finish writes a held-back body without its data entry.
func (w *responseWriter) finish() {
	if w.buffer == nil {
		return
	}
	body := w.buffer.Bytes()
	var m map[string]json.RawMessage
	if json.Unmarshal(body, &m) == nil {
		if d, ok := m["data"]; ok && string(bytes.TrimSpace(d)) == "null" {
			delete(m, "data")
			if b, err := json.Marshal(m); err == nil {
				body = append(b, '\n')
			}
		}
	}
	w.Header().Del("Content-Length")
	w.ResponseWriter.WriteHeader(w.status)
	_, _ = w.ResponseWriter.Write(body)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *responseWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
