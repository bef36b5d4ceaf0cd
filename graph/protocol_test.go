package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/talkgraph/talkgraph/graph"
	"github.com/talkgraph/talkgraph/store"
)

const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// TestGraphQLOverHTTP pins how the endpoint answers requests that are, or are not, well-formed
// GraphQL over HTTP (scripts/audit runs the full graphql-http audit against a real server).
// None of these requests reaches Neo4j: the store points at a port where nothing listens.
func TestGraphQLOverHTTP(t *testing.T) {
	d, err := neo4j.NewDriverWithContext("bolt://127.0.0.1:1", neo4j.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	var logs bytes.Buffer
	h := graph.NewHandler(store.New(d, ""), graph.Options{
		Logger:       slog.New(slog.NewTextHandler(&logs, nil)),
		MaxBodyBytes: 1024,
	})
	big := `{"query":"{ __typename }","variables":{"pad":"` + strings.Repeat("x", 2048) + `"}}`

	tests := []struct {
		name        string
		method      string
		target      string // path and URL query
		contentType string
		accept      string
		body        string
		chunked     bool // send the body without a Content-Length
		header      map[string]string
		wantStatus  int
		wantType    string
		wantCode    string // extensions.code of the first error; "" for a response without errors
	}{
		{"a well-formed POST answers 200 in application/json", http.MethodPost, "/graphql", mediaJSON, mediaJSON,
			`{"query":"{ __typename }"}`, false, nil, http.StatusOK, mediaJSON, ""},
		{"a well-formed GET answers 200", http.MethodGet, "/graphql?query=%7B__typename%7D&variables=null", "", "",
			"", false, nil, http.StatusOK, mediaJSON, ""},
		{"a parse error asked for as graphql-response+json is a 400 in that media type", http.MethodPost, "/graphql", mediaJSON, mediaGraphQLResponse,
			`{"query":"{"}`, false, nil, http.StatusBadRequest, mediaGraphQLResponse, "GRAPHQL_PARSE_FAILED"},
		{"a validation error asked for as graphql-response+json is a 400 in that media type", http.MethodPost, "/graphql", mediaJSON, mediaGraphQLResponse,
			`{"query":"{ nope }"}`, false, nil, http.StatusBadRequest, mediaGraphQLResponse, "GRAPHQL_VALIDATION_FAILED"},
		{"a parse error asked for as application/json is a 200, as legacy clients need", http.MethodPost, "/graphql", mediaJSON, mediaJSON,
			`{"query":"{"}`, false, nil, http.StatusOK, mediaJSON, "GRAPHQL_PARSE_FAILED"},
		{"a validation error asked for as application/json is a 200", http.MethodPost, "/graphql", mediaJSON, "",
			`{"query":"{ nope }"}`, false, nil, http.StatusOK, mediaJSON, "GRAPHQL_VALIDATION_FAILED"},
		{"a GET whose URL is longer than the body limit is a 414", http.MethodGet, "/graphql?query=" + strings.Repeat("%20", 1024) + "%7B__typename%7D", "", "",
			"", false, nil, http.StatusRequestURITooLong, mediaJSON, graph.CodeURITooLong},
		{"a body that is not JSON is a 400 bad request, not an internal error", http.MethodPost, "/graphql", mediaJSON, mediaJSON,
			`{ "not JSON`, false, nil, http.StatusBadRequest, mediaJSON, graph.CodeBadRequest},
		{"a body that is not JSON answers in graphql-response+json when asked for", http.MethodPost, "/graphql", mediaJSON, mediaGraphQLResponse,
			`{ "not JSON`, false, nil, http.StatusBadRequest, mediaGraphQLResponse, graph.CodeBadRequest},
		{"a body that is a JSON array is a 400 bad request", http.MethodPost, "/graphql", mediaJSON, "",
			`[{"query":"{ __typename }"}]`, false, nil, http.StatusBadRequest, mediaJSON, graph.CodeBadRequest},
		{"a query that is not a string is a 400 bad request", http.MethodPost, "/graphql", mediaJSON, mediaGraphQLResponse,
			`{"query":{"obj":"ect"}}`, false, nil, http.StatusBadRequest, mediaGraphQLResponse, graph.CodeBadRequest},
		{"an operationName that is not a string is a 400 bad request", http.MethodPost, "/graphql", mediaJSON, "",
			`{"query":"{ __typename }","operationName":0}`, false, nil, http.StatusBadRequest, mediaJSON, graph.CodeBadRequest},
		{"variables that are not an object are a 400 bad request", http.MethodPost, "/graphql", mediaJSON, "",
			`{"query":"{ __typename }","variables":"string"}`, false, nil, http.StatusBadRequest, mediaJSON, graph.CodeBadRequest},
		{"extensions that are not an object are a 400 bad request", http.MethodPost, "/graphql", mediaJSON, "",
			`{"query":"{ __typename }","extensions":["array"]}`, false, nil, http.StatusBadRequest, mediaJSON, graph.CodeBadRequest},
		{"null variables, operationName and extensions are accepted", http.MethodPost, "/graphql", mediaJSON, mediaJSON,
			`{"query":"{ __typename }","variables":null,"operationName":null,"extensions":null}`, false, nil, http.StatusOK, mediaJSON, ""},
		{"a POST without a query is a 400 bad request, not a validation error", http.MethodPost, "/graphql", mediaJSON, mediaJSON,
			`{"qeury":"{ __typename }"}`, false, nil, http.StatusBadRequest, mediaJSON, graph.CodeBadRequest},
		{"a persisted query without its text still reaches the persisted query cache", http.MethodPost, "/graphql", mediaJSON, mediaJSON,
			`{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000"}}}`, false, nil, http.StatusOK, mediaJSON, "PERSISTED_QUERY_NOT_FOUND"},
		{"a GET without a query is a 400 bad request", http.MethodGet, "/graphql", "", "",
			"", false, nil, http.StatusBadRequest, mediaJSON, graph.CodeBadRequest},
		{"GET variables that are not JSON are a 400 bad request", http.MethodGet, "/graphql?query=%7B__typename%7D&variables=%7Bbad", "", mediaGraphQLResponse,
			"", false, nil, http.StatusBadRequest, mediaGraphQLResponse, graph.CodeBadRequest},
		{"a POST without a Content-Type is a 415", http.MethodPost, "/graphql", "", "",
			`{"query":"{ __typename }"}`, false, nil, http.StatusUnsupportedMediaType, mediaJSON, graph.CodeBadRequest},
		{"a PUT is a 405", http.MethodPut, "/graphql", mediaJSON, "",
			`{"query":"{ __typename }"}`, false, nil, http.StatusMethodNotAllowed, mediaJSON, graph.CodeBadRequest},
		{"a WebSocket upgrade is a 400 bad request", http.MethodGet, "/graphql?query=%7B__typename%7D", "", "",
			"", false, map[string]string{"Upgrade": "websocket", "Connection": "Upgrade"}, http.StatusBadRequest, mediaJSON, graph.CodeBadRequest},
		{"a body over the limit without a Content-Length is a 413, not an internal error", http.MethodPost, "/graphql", mediaJSON, mediaGraphQLResponse,
			big, true, nil, http.StatusRequestEntityTooLarge, mediaGraphQLResponse, graph.CodeBodyTooLarge},
		{"a body over the limit with a Content-Length is a 413", http.MethodPost, "/graphql", mediaJSON, mediaJSON,
			big, false, nil, http.StatusRequestEntityTooLarge, mediaJSON, graph.CodeBodyTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs.Reset()
			req := httptest.NewRequest(tt.method, tt.target, strings.NewReader(tt.body))
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			if tt.accept != "" {
				req.Header.Set("Accept", tt.accept)
			}
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			if tt.chunked {
				req.ContentLength = -1
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)

			if rec.Code != tt.wantStatus {
				t.Errorf("status = %d, want %d\n%s", rec.Code, tt.wantStatus, rec.Body)
			}
			if got := rec.Header().Get("Content-Type"); got != tt.wantType {
				t.Errorf("Content-Type = %q, want %q", got, tt.wantType)
			}
			if tt.wantStatus == http.StatusMethodNotAllowed && rec.Header().Get("Allow") == "" {
				t.Error("a 405 without an Allow header")
			}
			var resp struct {
				Data   json.RawMessage
				Errors []struct {
					Message    string
					Extensions map[string]any
				}
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
				t.Fatalf("response is not JSON: %v\n%s", err, rec.Body)
			}
			switch {
			case tt.wantCode == "" && len(resp.Errors) > 0:
				t.Errorf("errors = %+v, want none", resp.Errors)
			case tt.wantCode != "" && len(resp.Errors) == 0:
				t.Errorf("no error, want extensions.code %s", tt.wantCode)
			case tt.wantCode != "" && resp.Errors[0].Extensions["code"] != tt.wantCode:
				t.Errorf("extensions.code = %v, want %s (message %q)", resp.Errors[0].Extensions["code"], tt.wantCode, resp.Errors[0].Message)
			}
			// A request refused before GraphQL saw it was not executed: no data entry at all.
			switch tt.wantCode {
			case graph.CodeBadRequest, graph.CodeBodyTooLarge, graph.CodeURITooLong, "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED":
				if bytes.Contains(rec.Body.Bytes(), []byte(`"data"`)) {
					t.Errorf("a request that was not executed answers a data entry: %s", rec.Body)
				}
			}
			if (tt.wantCode == graph.CodeBadRequest || tt.wantCode == graph.CodeBodyTooLarge) && resp.Data != nil {
				t.Errorf("a refused request answers data %s, want no data entry", resp.Data)
			}
			for _, leak := range []string{"internal error", "RawParams", "body:", "qeury", "xxxx"} {
				if strings.Contains(rec.Body.String(), leak) {
					t.Errorf("response contains %q: %s", leak, rec.Body)
				}
			}
			if strings.Contains(logs.String(), "level=ERROR") {
				t.Errorf("a client's mistake was logged as a server error:\n%s", logs.String())
			}
		})
	}
}
