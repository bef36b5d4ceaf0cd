package graph

import (
	"context"

	"github.com/talkgraph/talkgraph/store"
)

// PageInfo is Relay page information.
type PageInfo struct {
	HasNextPage     bool
	HasPreviousPage bool
	StartCursor     *string
	EndCursor       *string
}

// total counts a whole list on demand: totalCount is computed only when a client asks.
type total func(ctx context.Context) (int, error)

// Edge is one item of a connection with its cursor.
type Edge[T any] struct {
	Cursor string
	Node   *T
}

// connection is what every Relay connection holds.
type connection[T any] struct {
	Edges    []Edge[T]
	Nodes    []T
	PageInfo *PageInfo
	count    total
}

// TotalCount is how many items the whole list has.
func (c connection[T]) TotalCount(ctx context.Context) (int, error) {
	if c.count == nil {
		return len(c.Nodes), nil
	}
	return c.count(ctx)
}

func newConnection[T any](p store.Page[T], after *store.Cursor, count total) connection[T] {
	c := connection[T]{Nodes: p.Items, PageInfo: &PageInfo{HasNextPage: p.HasNext, HasPreviousPage: after != nil}, count: count}
	if c.Nodes == nil {
		c.Nodes = []T{}
	}
	c.Edges = make([]Edge[T], len(p.Items))
	for i := range p.Items {
		c.Edges[i] = Edge[T]{Cursor: p.Cursors[i].String(), Node: &p.Items[i]}
	}
	if n := len(p.Cursors); n > 0 {
		start, end := p.Cursors[0].String(), p.Cursors[n-1].String()
		c.PageInfo.StartCursor, c.PageInfo.EndCursor = &start, &end
	}
	return c
}

// The connection types of the schema.
type (
	// TalkConnection is a page of talks.
	TalkConnection = connection[store.Talk]
	// TalkEdge is a talk with its cursor.
	TalkEdge = Edge[store.Talk]
	// PersonConnection is a page of people.
	PersonConnection = connection[store.Person]
	// PersonEdge is a person with its cursor.
	PersonEdge = Edge[store.Person]
	// CompanyConnection is a page of companies.
	CompanyConnection = connection[store.Company]
	// CompanyEdge is a company with its cursor.
	CompanyEdge = Edge[store.Company]
	// EventConnection is a page of events.
	EventConnection = connection[store.Event]
	// EventEdge is an event with its cursor.
	EventEdge = Edge[store.Event]
	// CityConnection is a page of cities.
	CityConnection = connection[store.City]
	// CityEdge is a city with its cursor.
	CityEdge = Edge[store.City]
	// PostConnection is a page of posts.
	PostConnection = connection[store.Post]
	// PostEdge is a post with its cursor.
	PostEdge = Edge[store.Post]
)
