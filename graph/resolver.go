// Package graph is talkgraph's GraphQL API: the gqlgen executable schema, resolvers that
// delegate to the store, per-request loaders that keep the number of Cypher queries per request
// bounded, and the HTTP handler with its limits.
package graph

import (
	"sync/atomic"

	"github.com/talkgraph/talkgraph/store"
)

//go:generate go run ./gen

// Resolver is the root resolver. It holds only the store: everything a request needs beyond it
// (loaders, query counters) lives in the request's context.
type Resolver struct {
	Store *store.Store

	// gqlgenOnly turns the direct encoding off (see direct.go and Options.GQLGenOnly).
	gqlgenOnly bool
	// directWrites counts the subtrees written by the direct encoding, for tests.
	directWrites atomic.Int64
}
