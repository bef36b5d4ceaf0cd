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

// RecountAllForTest recomputes the derived data (counts, aliases, ready lists) of every node
// of the graph, as a save does for the nodes it touches.
func (s *Store) RecountAllForTest(ctx context.Context) error {
	_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := s.txRun(ctx, tx, "test", `MATCH (p:Post) WITH collect(p.id) AS ids MATCH (n:Entity) RETURN ids, collect(n.id)`, nil, nil)
		if err != nil || len(recs) == 0 {
			return nil, err
		}
		_, err = s.txRun(ctx, tx, "test", recountQuery, map[string]any{"ids": recs[0].Values[0], "before": recs[0].Values[1], "refresh": []any{}}, nil)
		return nil, err
	})
	return err
}
