package web_test

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/web"
)

func TestPagesAndAssets(t *testing.T) {
	h, err := web.New("/graphql")
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	for _, tc := range []struct {
		name, path string
		status     int
		contains   string
	}{
		{"the playground is at the root", "/", http.StatusOK, "playground.js?v="},
		{"the dashboard has a page", "/dashboard", http.StatusOK, "dashboard.js?v="},
		{"a deep link gets the dashboard page", "/dashboard/person/mara-ellison", http.StatusOK, "dashboard.js?v="},
		{"an unknown asset is not found", "/assets/nothing.js", http.StatusNotFound, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tc.path, nil))
			if rec.Code != tc.status {
				t.Fatalf("GET %s = %d, want %d", tc.path, rec.Code, tc.status)
			}
			body := rec.Body.String()
			if !strings.Contains(body, tc.contains) {
				t.Errorf("GET %s body lacks %q:\n%s", tc.path, tc.contains, body)
			}
			if tc.status == http.StatusOK {
				if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
					t.Errorf("GET %s Content-Security-Policy = %q, want only this origin", tc.path, csp)
				}
				// Every script and style the page loads comes from this server.
				for _, m := range regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(body, -1) {
					if !strings.HasPrefix(m[1], "/assets/") && m[1] != "data:," {
						t.Errorf("GET %s loads %q, not one of its own assets", tc.path, m[1])
					}
				}
			}
		})
	}
}

func TestAssetsAreGzippedAndCached(t *testing.T) {
	h, err := web.New("/graphql")
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	src := regexp.MustCompile(`src="(/assets/playground\.js\?v=[0-9a-f]+)"`).FindStringSubmatch(rec.Body.String())
	if src == nil {
		t.Fatalf("the playground page names no versioned script:\n%s", rec.Body.String())
	}
	req := httptest.NewRequest(http.MethodGet, src[1], nil)
	req.Header.Set("Accept-Encoding", "gzip, deflate")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("GET %s = %d with Content-Encoding %q, want 200 gzip", src[1], rec.Code, rec.Header().Get("Content-Encoding"))
	}
	if cc := rec.Header().Get("Cache-Control"); !strings.Contains(cc, "immutable") {
		t.Errorf("versioned asset Cache-Control = %q, want immutable", cc)
	}
	zr, err := gzip.NewReader(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	js, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), "graphiql") {
		t.Error("the playground script does not contain GraphiQL")
	}

	// Without the version, or with an old one, browsers must revalidate.
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/assets/playground.js", nil))
	if cc := rec.Header().Get("Cache-Control"); cc != "no-cache" || rec.Header().Get("Content-Encoding") != "" {
		t.Errorf("unversioned asset: Cache-Control %q, Content-Encoding %q; want no-cache, identity", cc, rec.Header().Get("Content-Encoding"))
	}
	etag := rec.Header().Get("ETag")
	req = httptest.NewRequest(http.MethodGet, "/assets/playground.js", nil)
	req.Header.Set("If-None-Match", etag)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified {
		t.Errorf("GET with If-None-Match %s = %d, want 304", etag, rec.Code)
	}
}
