package store

import (
	"context"
	"fmt"
)

// Nested connections: a page of a parent's talks, events or people, for many parents in one
// query. They are ordered by name or title (sortKey, then key) and page by keyset after a
// cursor; every parent of a request shares the page size and cursor of the field.

// NestedArgs selects one page of a nested list for every parent.
type NestedArgs struct {
	First int
	After *Cursor
}

// nestedPage runs a nested connection query and returns each parent's page.
func nestedPage[T any](ctx context.Context, s *Store, op, query string, ids []string, args NestedArgs, decode func(map[string]any) T) (map[string]Page[T], error) {
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
			p.Cursors = append(p.Cursors, Cursor{Sort: str(m, "sortKey"), ID: str(m, "id")})
		}
		out[id] = p
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

// EventsInCitiesPage returns a page of the events held in each city.
func (s *Store) EventsInCitiesPage(ctx context.Context, cityIDs []string, args NestedArgs) (map[string]Page[Event], error) {
	return nestedPage(ctx, s, "eventsInCitiesPage", eventsInCitiesPageQuery, cityIDs, args, decodeEvent)
}

const eventsInCitiesPageQuery = `
UNWIND $ids AS id
MATCH (:City {id: id})<-[:IN]-(x:Event)
WITH DISTINCT id, x
WHERE ` + nestedAfter + `
WITH id, x AS e ORDER BY e.sortKey, e.id
WITH id, collect(e)[..$limit] AS items
RETURN id, [e IN items | e` + eventFields + `] AS items`

// TalksOfPeoplePage returns a page of the talks each person gave.
func (s *Store) TalksOfPeoplePage(ctx context.Context, personIDs []string, args NestedArgs) (map[string]Page[Talk], error) {
	return nestedPage(ctx, s, "talksOfPeoplePage", talksOfPeoplePageQuery, personIDs, args, decodeTalk)
}

const talksOfPeoplePageQuery = `
UNWIND $ids AS id
MATCH (:Person {id: id})-[:GAVE]->(x:Talk)
WITH DISTINCT id, x
WHERE ` + nestedAfter + `
WITH id, x ORDER BY x.sortKey, x.id
WITH id, collect(x)[..$limit] AS items
RETURN id, [x IN items | x` + talkFields + `] AS items`

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
