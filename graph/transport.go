package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
)

// Codes of requests refused before GraphQL sees them (GraphQL over HTTP, not GraphQL, errors).
const (
	// CodeBadRequest marks a request that is not a well-formed GraphQL-over-HTTP request: a
	// body that is not a JSON object, a query that is missing or not a string, an
	// operationName that is not a string, variables or extensions that are not JSON objects,
	// an unsupported method or content type.
	CodeBadRequest = "BAD_REQUEST"
	// CodeBodyTooLarge marks a request body larger than Options.MaxBodyBytes.
	CodeBodyTooLarge = "BODY_TOO_LARGE"
	// CodeURITooLong marks a GET request whose URL query string is longer than
	// Options.MaxBodyBytes (HTTP 414).
	CodeURITooLong = "URI_TOO_LONG"
)

// Response media types of GraphQL over HTTP.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// checkRequest refuses, with a 4xx status and an error that carries an extensions.code,
// the requests gqlgen's transports cannot read. Left to gqlgen, these get no code (an
// unsupported method or content type, bad GET variables), or an internal error (a body that
// is not JSON, or one cut off at the size limit). Well-formed requests pass through unchanged,
// the POST body replayed from memory.
func checkRequest(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			refuse(w, r, http.StatusBadRequest, CodeBadRequest, "protocol upgrades (WebSocket) are not supported; use GET or POST")
			return
		}
		switch r.Method {
		case http.MethodOptions, http.MethodHead:
			// gqlgen's Options transport answers these.
		case http.MethodGet:
			q, err := url.ParseQuery(r.URL.RawQuery)
			if err != nil {
				refuse(w, r, http.StatusBadRequest, CodeBadRequest, "the URL query string is malformed")
				return
			}
			p := params{OperationName: jsonString(q, "operationName")}
			if q.Has("query") {
				p.Query = jsonString(q, "query")
			}
			if v := q.Get("variables"); v != "" {
				p.Variables = json.RawMessage(v)
			}
			if v := q.Get("extensions"); v != "" {
				p.Extensions = json.RawMessage(v)
			}
			if msg := p.problem(); msg != "" {
				refuse(w, r, http.StatusBadRequest, CodeBadRequest, msg)
				return
			}
		case http.MethodPost:
			if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != mediaJSON {
				refuse(w, r, http.StatusUnsupportedMediaType, CodeBadRequest, "POST requests must have Content-Type: application/json")
				return
			}
			body, err := io.ReadAll(r.Body)
			var tooLarge *http.MaxBytesError
			switch {
			case errors.As(err, &tooLarge):
				refuse(w, r, http.StatusRequestEntityTooLarge, CodeBodyTooLarge,
					fmt.Sprintf("request body is larger than %d bytes", tooLarge.Limit))
				return
			case err != nil:
				refuse(w, r, http.StatusBadRequest, CodeBadRequest, "the request body could not be read")
				return
			}
			var p params
			if !isJSON(body, '{') || json.Unmarshal(body, &p) != nil {
				refuse(w, r, http.StatusBadRequest, CodeBadRequest, "the request body is not a JSON object")
				return
			}
			if msg := p.problem(); msg != "" {
				refuse(w, r, http.StatusBadRequest, CodeBadRequest, msg)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		default:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			refuse(w, r, http.StatusMethodNotAllowed, CodeBadRequest, "use GET or POST")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// params are a GraphQL-over-HTTP request's parameters, still in JSON.
type params struct {
	Query         json.RawMessage `json:"query"`
	OperationName json.RawMessage `json:"operationName"`
	Variables     json.RawMessage `json:"variables"`
	Extensions    json.RawMessage `json:"extensions"`
}

// problem says what makes p malformed, or "" when gqlgen can take it. A request without a
// query is well-formed only when it names an automatic persisted query.
func (p params) problem() string {
	switch {
	case !isJSON(p.Variables, '{'):
		return "variables must be a JSON object"
	case !isJSON(p.Extensions, '{'):
		return "extensions must be a JSON object"
	case !isJSON(p.OperationName, '"'):
		return "operationName must be a string"
	case !isJSON(p.Query, '"'):
		return "query must be a string"
	case isNull(p.Query) && !p.persisted():
		return "the request has no query"
	}
	return ""
}

// persisted reports whether the extensions name an automatic persisted query.
func (p params) persisted() bool {
	var ext map[string]json.RawMessage
	return json.Unmarshal(p.Extensions, &ext) == nil && !isNull(ext["persistedQuery"])
}

// isJSON reports whether raw is absent, null, or valid JSON starting with first ('{' for an
// object, '"' for a string).
func isJSON(raw json.RawMessage, first byte) bool {
	if isNull(raw) {
		return true
	}
	raw = bytes.TrimSpace(raw)
	return raw[0] == first && json.Valid(raw)
}

// isNull reports whether raw is absent or the JSON null.
func isNull(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) == 0 || string(raw) == "null"
}

// jsonString returns the URL parameter key as a JSON string, or nil when it is absent.
func jsonString(q url.Values, key string) json.RawMessage {
	if !q.Has(key) {
		return nil
	}
	b, _ := json.Marshal(q.Get(key))
	return b
}

// responseType is the media type gqlgen's transports answer r with: application/json when
// Accept is missing or names application/json or a wildcard first, else
// application/graphql-response+json.
func responseType(r *http.Request) string {
	accept := r.Header.Get("Accept")
	if accept == "" {
		return mediaJSON
	}
	for part := range strings.SplitSeq(accept, ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case mediaJSON, "*/*", "application/*":
			return mediaJSON
		case mediaGraphQLResponse:
			return mediaGraphQLResponse
		}
	}
	return mediaGraphQLResponse
}

// refuse answers a request refused before GraphQL execution with a GraphQL-shaped error (and
// no data entry, since nothing was executed), in the media type the client accepts.
func refuse(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	w.Header().Set("Content-Type", responseType(r))
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": code}}},
	})
}
