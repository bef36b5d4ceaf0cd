// Package web serves talkgraph's browser side: the GraphiQL playground at / and the dashboard
// at /dashboard. Every asset is built from pinned npm packages by `make web` (web/build.mjs)
// into dist/ and embedded in the binary, so the pages work on a machine without internet: no
// page loads anything from another origin, and the Content-Security-Policy says so.
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

//go:embed dist
var dist embed.FS

// contentSecurityPolicy allows nothing but this origin: scripts, styles, fonts and API calls.
// GraphiQL and Cytoscape set inline styles, and fonts and icons come as data URLs.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

// asset is one embedded file, with its gzipped form and a content hash for cache busting.
type asset struct {
	body, gzipped []byte
	hash          string
	contentType   string
}

// Handler serves the playground, the dashboard and their assets.
type Handler struct {
	endpoint string
	assets   map[string]*asset
	pages    *template.Template
	mux      *http.ServeMux
}

// New returns the browser side of talkgraph, calling the GraphQL API at endpoint (e.g.
// "/graphql"). Mount it at / : it answers GET /, /dashboard, /dashboard/... and /assets/...
// The assets are compiled in, so New fails only on a binary built without them.
func New(endpoint string) (*Handler, error) {
	h := &Handler{endpoint: endpoint, assets: map[string]*asset{}}
	err := fs.WalkDir(dist, "dist", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := dist.ReadFile(p)
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if _, err := zw.Write(body); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		sum := sha256.Sum256(body)
		h.assets[path.Base(p)] = &asset{body: body, gzipped: buf.Bytes(), hash: hex.EncodeToString(sum[:8]), contentType: contentType(p)}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web: read embedded assets: %w", err)
	}
	for _, name := range []string{"playground.js", "playground.css", "dashboard.js", "dashboard.css"} {
		if h.assets[name] == nil {
			return nil, fmt.Errorf("web: embedded asset %s is missing (run make web)", name)
		}
	}
	h.pages = template.Must(template.New("pages").Funcs(template.FuncMap{"asset": h.assetURL}).Parse(pagesHTML))
	h.mux = http.NewServeMux()
	h.mux.HandleFunc("GET /{$}", h.page("playground"))
	h.mux.HandleFunc("GET /dashboard", h.page("dashboard"))
	h.mux.HandleFunc("GET /dashboard/{rest...}", h.page("dashboard"))
	h.mux.HandleFunc("GET /assets/{name}", h.asset)
	return h, nil
}

// ServeHTTP serves the pages and assets.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// assetURL names an asset with its content hash, so browsers may cache it for good.
func (h *Handler) assetURL(name string) string {
	return "/assets/" + name + "?v=" + h.assets[name].hash
}

func (h *Handler) page(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		if err := h.pages.ExecuteTemplate(&buf, name, map[string]string{"Endpoint": h.endpoint}); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", contentSecurityPolicy)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "no-cache")
		_, _ = w.Write(buf.Bytes())
	}
}

func (h *Handler) asset(w http.ResponseWriter, r *http.Request) {
	a := h.assets[r.PathValue("name")]
	if a == nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", a.contentType)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Vary", "Accept-Encoding")
	w.Header().Set("ETag", `"`+a.hash+`"`)
	if r.URL.Query().Get("v") == a.hash {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "no-cache")
	}
	if match := r.Header.Get("If-None-Match"); match == `"`+a.hash+`"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := a.body
	if acceptsGzip(r) {
		w.Header().Set("Content-Encoding", "gzip")
		body = a.gzipped
	}
	w.Header().Set("Content-Length", fmt.Sprint(len(body)))
	_, _ = w.Write(body)
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") && strings.TrimSpace(q) != "q=0" {
			return true
		}
	}
	return false
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	}
	return "application/octet-stream"
}

// pagesHTML holds the two pages. Each is a shell the bundle fills in; the endpoint reaches the
// scripts through a data attribute, not inline script, which the CSP forbids.
const pagesHTML = `
{{define "playground"}}<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="initial-scale=1, width=device-width">
<link rel="icon" href="data:,">
<title>talkgraph playground</title>
<link rel="stylesheet" href="{{asset "playground.css"}}">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body data-endpoint="{{.Endpoint}}">
<div id="graphiql"><p style="font-family: system-ui, sans-serif; padding: 1rem">Loading the playground…</p></div>
<script src="{{asset "playground.js"}}"></script>
</body>
</html>
{{end}}
{{define "dashboard"}}<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="initial-scale=1, width=device-width">
<link rel="icon" href="data:,">
<title>talkgraph dashboard</title>
<link rel="stylesheet" href="{{asset "dashboard.css"}}">
</head>
<body data-endpoint="{{.Endpoint}}" data-state="loading">
<div id="app"><p style="font-family: system-ui, sans-serif; padding: 1rem">Loading the dashboard…</p></div>
<script src="{{asset "dashboard.js"}}"></script>
</body>
</html>
{{end}}`

//go:embed operations/*.graphql
var operations embed.FS

// Operation is one GraphQL operation the dashboard sends, named for its file
// (web/operations/NAME.graphql) and the operation inside it.
type Operation struct {
	Name, Query string
}

// Operations returns the dashboard's GraphQL operations, in name order: the exact documents its
// pages send, so that a starting server can run each once (httpapi.Warm) and a test can check
// what a page costs.
func Operations() []Operation {
	entries, err := operations.ReadDir("operations")
	if err != nil {
		panic(err) // embedded at build time: cannot fail at run time
	}
	var ops []Operation
	for _, e := range entries {
		body, err := operations.ReadFile("operations/" + e.Name())
		if err != nil {
			panic(err)
		}
		ops = append(ops, Operation{Name: strings.TrimSuffix(e.Name(), ".graphql"), Query: string(body)})
	}
	return ops
}
