package store

import (
	"context"
	"fmt"
	"strings"
)

// Order orders a list: By is one of the sort properties of the list's type (see the
// *Orders maps), Desc reverses it. Ties are broken by key, so cursors are stable.
type Order struct {
	By   string
	Desc bool
}

// The properties each list may be ordered by, with the value that stands for a missing one.
// Counts are kept on the nodes by SavePost; sortKey is the case- and accent-folded name.
var (
	TalkOrders    = map[string]any{"sortKey": "", "firstDate": "", "cityCount": int64(-1), "eventCount": int64(-1)}
	PersonOrders  = map[string]any{"sortKey": "", "talkCount": int64(-1), "cityCount": int64(-1)}
	CompanyOrders = map[string]any{"sortKey": "", "speakerCount": int64(-1), "eventCount": int64(-1)}
	EventOrders   = map[string]any{"sortKey": "", "date": "", "talkCount": int64(-1)}
	CityOrders    = map[string]any{"sortKey": "", "eventCount": int64(-1), "talkCount": int64(-1)}
	PostOrders    = map[string]any{"sortKey": "", "published": ""}
)

// ListArgs selects one page of an ordered list.
type ListArgs struct {
	First int
	After *Cursor
	Order Order
}

// TalkFilter narrows a list of talks; empty fields do not filter.
type TalkFilter struct {
	City, Person, Company, Topic, Event string
	From, To                            string // YYYY-MM-DD: talks given at an event in this range
	Text                                string // words of the title or description
	MinCities                           int
}

// PersonFilter narrows a list of people.
type PersonFilter struct {
	City, Company, Topic string
	Text                 string
	MinCities            int
}

// CompanyFilter narrows a list of companies.
type CompanyFilter struct {
	City, Person string // companies whose people spoke in a city, or a person works for
	Text         string
}

// EventFilter narrows a list of events.
type EventFilter struct {
	City, Host, Person, Topic string
	From, To                  string
	Text                      string
}

// CityFilter narrows a list of cities.
type CityFilter struct {
	Country string
	Text    string
}

func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func textParam(s string) any {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return nil
	}
	return s
}

// listParams checks the order and builds the paging parameters of a list query.
func listParams(args ListArgs, orders map[string]any, def string) (map[string]any, bool, error) {
	by := args.Order.By
	if by == "" {
		by = def
	}
	none, ok := orders[by]
	if !ok {
		return nil, false, fmt.Errorf("%w: cannot order by %q", ErrInvalid, by)
	}
	p := map[string]any{"first": clampFirst(args.First) + 1, "sort": by, "none": none, "afterSort": nil, "afterId": nil}
	if args.After != nil {
		p["afterSort"], p["afterId"] = args.After.Sort, args.After.ID
	}
	return p, args.Order.Desc, nil
}

// page runs one of a list's two queries (ascending or descending) with the filter's
// parameters added.
func page[T any](ctx context.Context, s *Store, op, asc, desc string, args ListArgs, orders map[string]any, def string, filter map[string]any, decode func(map[string]any) T) (Page[T], error) {
	params, isDesc, err := listParams(args, orders, def)
	if err != nil {
		return Page[T]{}, fmt.Errorf("store: %s: %w", op, err)
	}
	for k, v := range filter {
		params[k] = v
	}
	query := asc
	if isDesc {
		query = desc
	}
	recs, err := s.read(ctx, op, query, params)
	if err != nil {
		return Page[T]{}, fmt.Errorf("store: %s: %w", op, err)
	}
	return pageOf(recs, clampFirst(args.First), decode), nil
}

// count runs a list's count query with the filter's parameters.
func count(ctx context.Context, s *Store, op, query string, filter map[string]any) (int, error) {
	recs, err := s.read(ctx, op, query, filter)
	if err != nil {
		return 0, fmt.Errorf("store: %s: %w", op, err)
	}
	if len(recs) == 0 {
		return 0, nil
	}
	return integer(recs[0].Values[0]), nil
}

// Keyset paging: after the cursor in the list's order, ties broken by ascending key.
const (
	ascAfter  = `$afterId IS NULL OR v > $afterSort OR (v = $afterSort AND n.id > $afterId)`
	descAfter = `$afterId IS NULL OR v < $afterSort OR (v = $afterSort AND n.id > $afterId)`
)

// Talks

func talkFilterParams(f TalkFilter) map[string]any {
	var minCities any
	if f.MinCities > 0 {
		minCities = f.MinCities
	}
	return map[string]any{
		"city": orNil(f.City), "person": orNil(f.Person), "company": orNil(f.Company), "topic": orNil(f.Topic),
		"event": orNil(f.Event), "from": orNil(f.From), "to": orNil(f.To), "text": textParam(f.Text), "minCities": minCities,
	}
}

const talkWhere = `
WHERE ($city IS NULL OR EXISTS { MATCH (n)-[:PRESENTED_AT]->(:Event)-[:IN]->(:City {id: $city}) })
  AND ($person IS NULL OR EXISTS { MATCH (n)<-[:GAVE]-(:Person {id: $person}) })
  AND ($company IS NULL OR EXISTS { MATCH (n)<-[:GAVE]-(:Person)-[:WORKS_FOR]->(:Company {id: $company}) })
  AND ($topic IS NULL OR EXISTS { MATCH (n)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($event IS NULL OR EXISTS { MATCH (n)-[:PRESENTED_AT]->(:Event {id: $event}) })
  AND ($from IS NULL OR n.lastDate >= $from)
  AND ($to IS NULL OR n.firstDate <= $to)
  AND ($text IS NULL OR toLower(n.displayTitle) CONTAINS $text OR toLower(coalesce(n.description, '')) CONTAINS $text)
  AND ($minCities IS NULL OR n.cityCount >= $minCities)`

var (
	talksAscQuery = `
MATCH (n:Talk)` + talkWhere + `
WITH n, coalesce(n[$sort], $none) AS v
WHERE ` + ascAfter + `
WITH n AS t, v ORDER BY v, t.id
LIMIT $first
RETURN ` + talkWith + ` AS item, v`
	talksDescQuery = `
MATCH (n:Talk)` + talkWhere + `
WITH n, coalesce(n[$sort], $none) AS v
WHERE ` + descAfter + `
WITH n AS t, v ORDER BY v DESC, t.id
LIMIT $first
RETURN ` + talkWith + ` AS item, v`
	// talksByTitleQuery is the common case, talks by title without a filter: it walks the
	// sortKey index in order and stops after the page.
	talksByTitleQuery = `
MATCH (t:Talk)
WHERE t.sortKey IS NOT NULL
  AND ($afterId IS NULL OR t.sortKey > $afterSort OR (t.sortKey = $afterSort AND t.id > $afterId))
WITH t ORDER BY t.sortKey, t.id
LIMIT $first
RETURN ` + talkWith + ` AS item, t.sortKey AS v`
	countTalksQuery = `
MATCH (n:Talk)` + talkWhere + `
RETURN count(n)`
)

// Talks returns one page of talks, filtered and ordered (by title unless args say otherwise),
// with the relations w asks for.
func (s *Store) Talks(ctx context.Context, args ListArgs, f TalkFilter, w TalkWith) (Page[Talk], error) {
	params := talkFilterParams(f)
	params["with"] = w.param()
	decode := func(m map[string]any) Talk {
		t := decodeTalk(m)
		w.keep(&t)
		return t
	}
	if f == (TalkFilter{}) && (args.Order.By == "" || args.Order.By == "sortKey") && !args.Order.Desc {
		return page(ctx, s, "talks", talksByTitleQuery, talksByTitleQuery, args, TalkOrders, "sortKey", params, decode)
	}
	return page(ctx, s, "talks", talksAscQuery, talksDescQuery, args, TalkOrders, "sortKey", params, decode)
}

// CountTalks counts the talks a filter selects.
func (s *Store) CountTalks(ctx context.Context, f TalkFilter) (int, error) {
	return count(ctx, s, "countTalks", countTalksQuery, talkFilterParams(f))
}

// People

func personFilterParams(f PersonFilter) map[string]any {
	var minCities any
	if f.MinCities > 0 {
		minCities = f.MinCities
	}
	return map[string]any{"city": orNil(f.City), "company": orNil(f.Company), "topic": orNil(f.Topic), "text": textParam(f.Text), "minCities": minCities}
}

const personWhere = `
WHERE ($city IS NULL OR EXISTS { MATCH (n)-[:GAVE]->(:Talk)-[:PRESENTED_AT]->(:Event)-[:IN]->(:City {id: $city}) })
  AND ($company IS NULL OR EXISTS { MATCH (n)-[:WORKS_FOR]->(:Company {id: $company}) })
  AND ($topic IS NULL OR EXISTS { MATCH (n)-[:GAVE]->(:Talk)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($text IS NULL OR toLower(n.name) CONTAINS $text OR toLower(coalesce(n.aliasText, '')) CONTAINS $text)
  AND ($minCities IS NULL OR n.cityCount >= $minCities)`

const (
	peopleAscQuery = `
MATCH (n:Person)` + personWhere + `
WITH n, coalesce(n[$sort], $none) AS v
WHERE ` + ascAfter + `
WITH n, v ORDER BY v, n.id
LIMIT $first
RETURN n` + personFields + ` AS item, v`
	peopleDescQuery = `
MATCH (n:Person)` + personWhere + `
WITH n, coalesce(n[$sort], $none) AS v
WHERE ` + descAfter + `
WITH n, v ORDER BY v DESC, n.id
LIMIT $first
RETURN n` + personFields + ` AS item, v`
	countPeopleQuery = `
MATCH (n:Person)` + personWhere + `
RETURN count(n)`
)

// People returns one page of people, filtered and ordered (by name unless args say otherwise).
func (s *Store) People(ctx context.Context, args ListArgs, f PersonFilter) (Page[Person], error) {
	return page(ctx, s, "people", peopleAscQuery, peopleDescQuery, args, PersonOrders, "sortKey", personFilterParams(f), decodePerson)
}

// CountPeople counts the people a filter selects.
func (s *Store) CountPeople(ctx context.Context, f PersonFilter) (int, error) {
	return count(ctx, s, "countPeople", countPeopleQuery, personFilterParams(f))
}

// Companies

func companyFilterParams(f CompanyFilter) map[string]any {
	return map[string]any{"city": orNil(f.City), "person": orNil(f.Person), "text": textParam(f.Text)}
}

const companyWhere = `
WHERE ($city IS NULL OR EXISTS { MATCH (n)<-[:WORKS_FOR]-(:Person)-[:GAVE]->(:Talk)-[:PRESENTED_AT]->(:Event)-[:IN]->(:City {id: $city})
                               } OR EXISTS { MATCH (n)-[:HOSTED]->(:Event)-[:IN]->(:City {id: $city}) })
  AND ($person IS NULL OR EXISTS { MATCH (n)<-[:WORKS_FOR]-(:Person {id: $person}) })
  AND ($text IS NULL OR toLower(n.name) CONTAINS $text)`

const (
	companiesAscQuery = `
MATCH (n:Company)` + companyWhere + `
WITH n, coalesce(n[$sort], $none) AS v
WHERE ` + ascAfter + `
WITH n, v ORDER BY v, n.id
LIMIT $first
RETURN n` + companyFields + ` AS item, v`
	companiesDescQuery = `
MATCH (n:Company)` + companyWhere + `
WITH n, coalesce(n[$sort], $none) AS v
WHERE ` + descAfter + `
WITH n, v ORDER BY v DESC, n.id
LIMIT $first
RETURN n` + companyFields + ` AS item, v`
	countCompaniesQuery = `
MATCH (n:Company)` + companyWhere + `
RETURN count(n)`
)

// Companies returns one page of companies, filtered and ordered (by name unless args say
// otherwise; by speakerCount descending ranks them by speakers).
func (s *Store) Companies(ctx context.Context, args ListArgs, f CompanyFilter) (Page[Company], error) {
	return page(ctx, s, "companies", companiesAscQuery, companiesDescQuery, args, CompanyOrders, "sortKey", companyFilterParams(f), decodeCompany)
}

// CountCompanies counts the companies a filter selects.
func (s *Store) CountCompanies(ctx context.Context, f CompanyFilter) (int, error) {
	return count(ctx, s, "countCompanies", countCompaniesQuery, companyFilterParams(f))
}

// Events

func eventFilterParams(f EventFilter) map[string]any {
	return map[string]any{"city": orNil(f.City), "host": orNil(f.Host), "person": orNil(f.Person), "topic": orNil(f.Topic),
		"from": orNil(f.From), "to": orNil(f.To), "text": textParam(f.Text)}
}

const eventWhere = `
WHERE ($city IS NULL OR EXISTS { MATCH (n)-[:IN]->(:City {id: $city}) })
  AND ($host IS NULL OR EXISTS { MATCH (n)<-[:HOSTED]-(:Company {id: $host}) })
  AND ($person IS NULL OR EXISTS { MATCH (n)<-[:PRESENTED_AT]-(:Talk)<-[:GAVE]-(:Person {id: $person}) })
  AND ($topic IS NULL OR EXISTS { MATCH (n)<-[:PRESENTED_AT]-(:Talk)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($from IS NULL OR n.date >= $from)
  AND ($to IS NULL OR n.date <= $to)
  AND ($text IS NULL OR toLower(n.name) CONTAINS $text)`

const (
	eventsAscQuery = `
MATCH (n:Event)` + eventWhere + `
WITH n, coalesce(n[$sort], $none) AS v
WHERE ` + ascAfter + `
WITH n, v ORDER BY v, n.id
LIMIT $first
RETURN n` + eventFieldsN + ` AS item, v`
	eventsDescQuery = `
MATCH (n:Event)` + eventWhere + `
WITH n, coalesce(n[$sort], $none) AS v
WHERE ` + descAfter + `
WITH n, v ORDER BY v DESC, n.id
LIMIT $first
RETURN n` + eventFieldsN + ` AS item, v`
	countEventsQuery = `
MATCH (n:Event)` + eventWhere + `
RETURN count(n)`
)

// Events returns one page of events, filtered and ordered (by name unless args say otherwise).
func (s *Store) Events(ctx context.Context, args ListArgs, f EventFilter) (Page[Event], error) {
	return page(ctx, s, "events", eventsAscQuery, eventsDescQuery, args, EventOrders, "sortKey", eventFilterParams(f), decodeEvent)
}

// CountEvents counts the events a filter selects.
func (s *Store) CountEvents(ctx context.Context, f EventFilter) (int, error) {
	return count(ctx, s, "countEvents", countEventsQuery, eventFilterParams(f))
}

// Cities

func cityFilterParams(f CityFilter) map[string]any {
	return map[string]any{"country": orNil(strings.ToUpper(f.Country)), "text": textParam(f.Text)}
}

const cityWhere = `
WHERE ($country IS NULL OR n.country = $country)
  AND ($text IS NULL OR toLower(n.name) CONTAINS $text)`

const (
	citiesAscQuery = `
MATCH (n:City)` + cityWhere + `
WITH n, coalesce(n[$sort], $none) AS v
WHERE ` + ascAfter + `
WITH n, v ORDER BY v, n.id
LIMIT $first
RETURN n` + cityFields + ` AS item, v`
	citiesDescQuery = `
MATCH (n:City)` + cityWhere + `
WITH n, coalesce(n[$sort], $none) AS v
WHERE ` + descAfter + `
WITH n, v ORDER BY v DESC, n.id
LIMIT $first
RETURN n` + cityFields + ` AS item, v`
	countCitiesQuery = `
MATCH (n:City)` + cityWhere + `
RETURN count(n)`
)

// Cities returns one page of cities, filtered and ordered (by name unless args say otherwise).
func (s *Store) Cities(ctx context.Context, args ListArgs, f CityFilter) (Page[City], error) {
	return page(ctx, s, "cities", citiesAscQuery, citiesDescQuery, args, CityOrders, "sortKey", cityFilterParams(f), decodeCity)
}

// CountCities counts the cities a filter selects.
func (s *Store) CountCities(ctx context.Context, f CityFilter) (int, error) {
	return count(ctx, s, "countCities", countCitiesQuery, cityFilterParams(f))
}

// Posts

const (
	postsAscQuery = `
MATCH (n:Post)
WITH n, coalesce(n[$sort], $none) AS v
WHERE ` + ascAfter + `
WITH n, v ORDER BY v, n.id
LIMIT $first
RETURN n` + postFields + ` AS item, v`
	postsDescQuery = `
MATCH (n:Post)
WITH n, coalesce(n[$sort], $none) AS v
WHERE ` + descAfter + `
WITH n, v ORDER BY v DESC, n.id
LIMIT $first
RETURN n` + postFields + ` AS item, v`
	countPostsQuery = `
MATCH (n:Post)
RETURN count(n)`
)

// Posts returns one page of posts, ordered by title unless args say otherwise.
func (s *Store) Posts(ctx context.Context, args ListArgs) (Page[Post], error) {
	return page(ctx, s, "posts", postsAscQuery, postsDescQuery, args, PostOrders, "sortKey", nil, decodePost)
}

// CountPosts counts the posts.
func (s *Store) CountPosts(ctx context.Context) (int, error) {
	return count(ctx, s, "countPosts", countPostsQuery, nil)
}
