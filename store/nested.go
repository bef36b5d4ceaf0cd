package store

import (
	"context"
	"fmt"
)

// Nested connections: a page of a parent's talks, events or people, for many parents in one
// query. They page by keyset after a cursor; every parent of a request shares the page size
// and cursor of the field. Each relation that has a connection has this one page query: its
// list field (city.talks(first)) is the connection's first page (firstPages).

// NestedArgs selects one page of a nested list for every parent.
type NestedArgs struct {
	First int
	After *Cursor
}

// nestedPage runs a nested connection query and returns each parent's page, ordered by name
// or title (sortKey, then key).
func nestedPage[T any](ctx context.Context, s *Store, op, query string, ids []string, args NestedArgs, decode func(map[string]any) T) (map[string]Page[T], error) {
	return nestedPageBy(ctx, s, op, query, ids, args, decode, "sortKey")
}

// nestedPageBy is nestedPage for a query ordered by the property sort (then key).
func nestedPageBy[T any](ctx context.Context, s *Store, op, query string, ids []string, args NestedArgs, decode func(map[string]any) T, sort string) (map[string]Page[T], error) {
	out := make(map[string]Page[T], len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	first := clampFirst(args.First)
	params := map[string]any{"ids": ids, "limit": first + 1, "afterSort": nil, "afterId": nil}
	if args.After != nil {
		params["afterSort"], params["afterId"] = args.After.Sort, args.After.ID
	}
	recs, err := s.read(ctx, op, query, params)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", op, err)
	}
	for _, rec := range recs {
		id, _ := rec.Values[0].(string)
		var p Page[T]
		for i, m := range maps(rec.Values[1]) {
			if i == first {
				p.HasNext = true
				break
			}
			p.Items = append(p.Items, decode(m))
			p.Cursors = append(p.Cursors, Cursor{Sort: str(m, sort), ID: str(m, "id")})
		}
		out[id] = p
	}
	return out, nil
}

// firstPages returns the first page of a nested connection for every parent, as lists. A
// limit of 0 reads nothing and runs no query.
func firstPages[T any](ctx context.Context, pages func(context.Context, []string, NestedArgs) (map[string]Page[T], error), ids []string, limit int) (map[string][]T, error) {
	if clampFirst(limit) == 0 || len(ids) == 0 {
		return map[string][]T{}, nil
	}
	m, err := pages(ctx, ids, NestedArgs{First: limit})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]T, len(m))
	for id, p := range m {
		out[id] = p.Items
	}
	return out, nil
}

const nestedAfter = `($afterId IS NULL OR x.sortKey > $afterSort OR (x.sortKey = $afterSort AND x.id > $afterId))`

// TalksInCitiesPage returns a page of the talks given in each city.
func (s *Store) TalksInCitiesPage(ctx context.Context, cityIDs []string, args NestedArgs) (map[string]Page[Talk], error) {
	return nestedPage(ctx, s, "talksInCitiesPage", talksInCitiesPageQuery, cityIDs, args, decodeTalk)
}

const talksInCitiesPageQuery = `
UNWIND $ids AS id
MATCH (:City {id: id})<-[:IN]-(:Event)<-[:PRESENTED_AT]-(x:Talk)
WITH DISTINCT id, x
WHERE ` + nestedAfter + `
WITH id, x ORDER BY x.sortKey, x.id
WITH id, collect(x)[..$limit] AS items
RETURN id, [x IN items | x` + talkFields + `] AS items`

// EventsInCitiesPage returns a page of the events held in each city, most recent first.
func (s *Store) EventsInCitiesPage(ctx context.Context, cityIDs []string, args NestedArgs) (map[string]Page[Event], error) {
	return nestedPageBy(ctx, s, "eventsInCitiesPage", eventsInCitiesPageQuery, cityIDs, args, decodeEvent, "date")
}

// eventsInCitiesPageQuery pages most recent first (undated events last), then by key: its
// cursor's sort is the date, empty for none.
const eventsInCitiesPageQuery = `
UNWIND $ids AS id
MATCH (:City {id: id})<-[:IN]-(x:Event)
WITH DISTINCT id, x, coalesce(x.date, '') AS date
WHERE $afterId IS NULL OR date < $afterSort OR (date = $afterSort AND x.id > $afterId)
WITH id, x AS e ORDER BY date DESC, e.id
WITH id, collect(e)[..$limit] AS items
RETURN id, [e IN items | e` + eventFields + `] AS items`

// TalksOfPeoplePage returns a page of the talks each person gave.
func (s *Store) TalksOfPeoplePage(ctx context.Context, personIDs []string, args NestedArgs) (map[string]Page[Talk], error) {
	return nestedPage(ctx, s, "talksOfPeoplePage", talksOfPeoplePageQuery, personIDs, args, decodeTalk)
}

var talksOfPeoplePageQuery = personTalks.batch("Person", "x", nestedAfter, talkFields)

// PeopleOfCompaniesPage returns a page of the people who work for each company.
func (s *Store) PeopleOfCompaniesPage(ctx context.Context, companyIDs []string, args NestedArgs) (map[string]Page[Person], error) {
	return nestedPage(ctx, s, "peopleOfCompaniesPage", peopleOfCompaniesPageQuery, companyIDs, args, decodePerson)
}

const peopleOfCompaniesPageQuery = `
UNWIND $ids AS id
MATCH (:Company {id: id})<-[:WORKS_FOR]-(x:Person)
WITH DISTINCT id, x
WHERE ` + nestedAfter + `
WITH id, x ORDER BY x.sortKey, x.id
WITH id, collect(x)[..$limit] AS items
RETURN id, [x IN items | x` + personFields + `] AS items`

// TalksOfEventsPage returns a page of the talks given at each event.
func (s *Store) TalksOfEventsPage(ctx context.Context, eventIDs []string, args NestedArgs) (map[string]Page[Talk], error) {
	return nestedPage(ctx, s, "talksOfEventsPage", talksOfEventsPageQuery, eventIDs, args, decodeTalk)
}

const talksOfEventsPageQuery = `
UNWIND $ids AS id
MATCH (:Event {id: id})<-[:PRESENTED_AT]-(x:Talk)
WITH DISTINCT id, x
WHERE ` + nestedAfter + `
WITH id, x ORDER BY x.sortKey, x.id
WITH id, collect(x)[..$limit] AS items
RETURN id, [x IN items | x` + talkFields + `] AS items`
