package graph

import (
	"bytes"
	"container/list"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/talkgraph/talkgraph/store"
)

// Answers depend only on the request and the graph, and the graph changes only when posts
// are saved, each save moving store.GraphVersion on. So an answer can be kept and served again
// for as long as the version stays the same: the server polls the version (VersionWatch) and
// keys answers by request and version. A save through any process, or any replica of the
// server, is seen by every replica at its next poll, which bounds how long an answer can
// outlive the graph it was read from.

// VersionWatch follows the graph's version by polling the store.
type VersionWatch struct {
	v atomic.Pointer[store.GraphVersion]
}

// WatchVersion reads the graph's version every interval (default 250ms) until ctx ends. Until
// the first read succeeds, and whenever a read fails, Current reports no version, and answers
// are neither cached nor given ETags: a server that cannot see the version cannot know whether
// a kept answer is still right.
func WatchVersion(ctx context.Context, st *store.Store, interval time.Duration, log *slog.Logger) *VersionWatch {
	if interval <= 0 {
		interval = 250 * time.Millisecond
	}
	w := &VersionWatch{}
	go func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		failing := false
		for {
			rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			v, err := st.GraphVersion(rctx)
			cancel()
			switch {
			case err != nil:
				w.v.Store(nil)
				if !failing && ctx.Err() == nil && log != nil {
					log.Warn("graph version unknown: answers are not cached", "err", err)
				}
				failing = true
			default:
				w.v.Store(&v)
				failing = false
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return w
}

// Current returns the version last read, and false if there is none.
func (w *VersionWatch) Current() (store.GraphVersion, bool) {
	if w == nil {
		return store.GraphVersion{}, false
	}
	v := w.v.Load()
	if v == nil {
		return store.GraphVersion{}, false
	}
	return *v, true
}

// answerCache keeps whole HTTP answers, keyed by request and graph version, up to a number of
// bytes, dropping the least recently used first.
type answerCache struct {
	mu    sync.Mutex
	max   int64
	size  int64
	order *list.List // of *answer, most recently used first
	byKey map[string]*list.Element
}

type answer struct {
	key         string
	contentType string
	body        []byte
}

func newAnswerCache(maxBytes int64) *answerCache {
	return &answerCache{max: maxBytes, order: list.New(), byKey: map[string]*list.Element{}}
}

func (c *answerCache) get(key string) (*answer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*answer), true
}

func (c *answerCache) put(a *answer) {
	n := int64(len(a.body) + len(a.key))
	if n > c.max/4 { // one answer may not push out most of the others
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byKey[a.key]; ok {
		return
	}
	c.byKey[a.key] = c.order.PushFront(a)
	c.size += n
	for c.size > c.max {
		e := c.order.Back()
		old := e.Value.(*answer)
		c.order.Remove(e)
		delete(c.byKey, old.key)
		c.size -= int64(len(old.body) + len(old.key))
	}
}

// requestKey is what identifies a GraphQL request's answer: its query (or persisted query
// hash), operation name and variables, in a canonical form (so that the same request spelled
// with other spacing or key order is the same), and the Accept header, which decides the
// response's media type. persisted says whether the request named a persisted query. ok is
// false for what is not a GraphQL query request the cache can key (it then passes through).
func requestKey(r *http.Request, body []byte) (key string, persisted, ok bool) {
	var req struct {
		Query         string          `json:"query"`
		OperationName string          `json:"operationName"`
		Variables     json.RawMessage `json:"variables"`
		Extensions    json.RawMessage `json:"extensions"`
	}
	switch r.Method {
	case http.MethodGet:
		q := r.URL.Query()
		req.Query, req.OperationName = q.Get("query"), q.Get("operationName")
		req.Variables, req.Extensions = json.RawMessage(q.Get("variables")), json.RawMessage(q.Get("extensions"))
	case http.MethodPost:
		if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") || json.Unmarshal(body, &req) != nil {
			return "", false, false
		}
	default:
		return "", false, false
	}
	var ext struct {
		PersistedQuery struct {
			Hash string `json:"sha256Hash"`
		} `json:"persistedQuery"`
	}
	if len(req.Extensions) > 0 {
		if json.Unmarshal(req.Extensions, &ext) != nil {
			return "", false, false
		}
	}
	persisted = ext.PersistedQuery.Hash != ""
	if req.Query == "" && !persisted {
		return "", false, false
	}
	vars := []byte("null")
	if len(req.Variables) > 0 {
		var v any
		d := json.NewDecoder(bytes.NewReader(req.Variables))
		d.UseNumber()
		if d.Decode(&v) != nil {
			return "", false, false
		}
		vars, _ = json.Marshal(v) // maps marshal with sorted keys
	}
	h := sha256.New()
	for _, part := range [][]byte{[]byte(req.Query), []byte(ext.PersistedQuery.Hash), []byte(req.OperationName), vars, []byte(r.Header.Get("Accept"))} {
		h.Write(part)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16]), persisted, true
}

// recorder holds what the handler writes until the answer is known to be complete and
// free of errors, so that only such answers get an ETag or a place in the cache.
type recorder struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (w *recorder) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
}

func (w *recorder) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.body.Write(p)
}

// cacheAnswers serves ETags (and 304 Not Modified for a matching If-None-Match) on GET
// requests and persisted queries, and, when cache is not nil, answers kept from an earlier
// identical request on the same graph version. Only complete answers without errors are kept
// or tagged. Without a known graph version it does neither.
func cacheAnswers(next http.Handler, version func() (store.GraphVersion, bool), cache *answerCache) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, known := version()
		if !known || (r.Method != http.MethodGet && r.Method != http.MethodPost) {
			next.ServeHTTP(w, r)
			return
		}
		var body []byte
		if r.Method == http.MethodPost {
			var err error
			body, err = io.ReadAll(r.Body)
			// what follows reads the same bytes, and the same error if reading failed
			r.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), errorReader{err}))
			if err != nil {
				next.ServeHTTP(w, r)
				return
			}
		}
		key, persisted, ok := requestKey(r, body)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		key = v.String() + "-" + key
		etag := ""
		if r.Method == http.MethodGet || persisted {
			etag = `"` + key + `"`
			if inm := r.Header.Get("If-None-Match"); inm != "" && etagMatch(inm, etag) {
				tag(w.Header(), etag)
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		if cache != nil {
			if a, ok := cache.get(key); ok {
				h := w.Header()
				h.Set("Content-Type", a.contentType)
				h.Set("X-Talkgraph-Cache", "hit")
				if etag != "" {
					tag(h, etag)
				}
				w.Write(a.body)
				return
			}
		}
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		if rec.status == http.StatusOK && !bytes.Contains(rec.body.Bytes(), []byte(`"errors":`)) {
			if etag != "" {
				tag(w.Header(), etag)
			}
			if cache != nil {
				cache.put(&answer{key: key, contentType: w.Header().Get("Content-Type"), body: bytes.Clone(rec.body.Bytes())})
			}
		}
		w.WriteHeader(rec.status)
		w.Write(rec.body.Bytes())
	})
}

// tag marks an answer with its ETag; clients revalidate it (no-cache) on every use.
func tag(h http.Header, etag string) {
	h.Set("ETag", etag)
	h.Set("Cache-Control", "no-cache")
	h.Add("Vary", "Accept")
}

// etagMatch says whether an If-None-Match header names etag (or is "*").
func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}

type errorReader struct{ err error }

func (e errorReader) Read([]byte) (int, error) {
	if e.err == nil {
		return 0, io.EOF
	}
	return 0, e.err
}
