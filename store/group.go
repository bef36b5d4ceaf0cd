package store

import (
	"context"
	"fmt"
)

// groupBy runs a batch query that returns (id, items) rows and groups the decoded items by
// id. It is what the API's per-request loaders call: one query for many parents. The query
// caps the items per parent at limit, clamped to [0, MaxPage]: a limit of 0 asks for no items
// and runs no query (a page size means the same number here as in the API's cost estimate).
func groupBy[T any](ctx context.Context, s *Store, op, query string, ids []string, limit int, decode func(map[string]any) T) (map[string][]T, error) {
	out := make(map[string][]T, len(ids))
	limit = clampFirst(limit)
	if len(ids) == 0 || limit == 0 {
		return out, nil
	}
	recs, err := s.read(ctx, op, query, map[string]any{"ids": ids, "limit": limit})
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", op, err)
	}
	for _, rec := range recs {
		id, _ := rec.Values[0].(string)
		items := maps(rec.Values[1])
		list := make([]T, len(items))
		for i, m := range items {
			list[i] = decode(m)
		}
		out[id] = list
	}
	return out, nil
}

// one runs a query that returns at most one map and decodes it, or returns ErrNotFound.
func one[T any](ctx context.Context, s *Store, op, query, id string, decode func(map[string]any) T) (T, error) {
	return oneWith(ctx, s, op, query, map[string]any{"id": id}, id, decode)
}

// oneWith is one with the query's parameters given.
func oneWith[T any](ctx context.Context, s *Store, op, query string, params map[string]any, id string, decode func(map[string]any) T) (T, error) {
	var zero T
	recs, err := s.read(ctx, op, query, params)
	if err != nil {
		return zero, fmt.Errorf("store: %s %q: %w", op, id, err)
	}
	if len(recs) == 0 {
		return zero, fmt.Errorf("store: %s %q: %w", op, id, ErrNotFound)
	}
	m, _ := recs[0].Values[0].(map[string]any)
	return decode(m), nil
}
