package store

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ReadForTest runs query as the store runs every read: counted, with the request's deadline
// as its transaction timeout.
func (s *Store) ReadForTest(ctx context.Context, query string, params map[string]any) ([]*neo4j.Record, error) {
	return s.read(ctx, "test", query, params)
}

// BuildRowsForTest builds the parameters SavePosts sends for a post, without a database.
func BuildRowsForTest(in PostInput) (any, error) {
	return buildRows(in)
}

// SetRowsPerQueryForTest makes a save send at most n rows of a kind per query until the test
// ends.
func SetRowsPerQueryForTest(t interface{ Cleanup(func()) }, n int) {
	before := rowsPerQuery
	rowsPerQuery = n
	t.Cleanup(func() { rowsPerQuery = before })
}
