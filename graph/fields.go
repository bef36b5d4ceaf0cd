package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/talkgraph/talkgraph/graph/model"
	"github.com/talkgraph/talkgraph/store"
)

// This file holds what the resolvers in schema.resolvers.go call: argument checks, paging,
// nullable lookups, and the loaders of nested fields.

// listArgs checks a connection's first/after arguments.
func listArgs(first *int, after *string) (store.ListArgs, error) {
	args := store.ListArgs{First: 20}
	if first != nil {
		if *first < 0 || *first > store.MaxPage {
			return args, badInput("first must be between 0 and %d", store.MaxPage)
		}
		args.First = *first
	}
	if after != nil && *after != "" {
		c, err := store.ParseCursor(*after)
		if err != nil {
			return args, badInput("after is not a cursor from this list")
		}
		args.After = &c
	}
	return args, nil
}

// limit checks a nested list's first argument.
func limit(first *int, def int) (int, error) {
	if first == nil {
		return def, nil
	}
	if *first < 0 || *first > store.MaxPage {
		return 0, badInput("first must be between 0 and %d", store.MaxPage)
	}
	return *first, nil
}

// nullable turns ErrNotFound into a nil result: lookups by id answer null, not an error.
func nullable[T any](v T, err error) (*T, error) {
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &v, nil
}

func ids[T any](items []T, id func(T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	return out
}

func talkID(t store.Talk) string       { return t.ID }
func personID(p store.Person) string   { return p.ID }
func companyID(c store.Company) string { return c.ID }
func eventID(e store.Event) string     { return e.ID }
func cityID(c store.City) string       { return c.ID }
func postID(p store.Post) string       { return p.ID }

// Children recorders for load: what a batch returns is seen at once.
func talkChildren(l *Loaders, ts []store.Talk) {
	l.see(talkKind, ids(ts, talkID)...)
	for _, t := range ts {
		if t.Rel != nil {
			personChildren(l, t.Rel.Speakers)
			cityChildren(l, t.Rel.Cities)
			eventChildren(l, t.Rel.Events)
		}
	}
}

func personChildren(l *Loaders, ps []store.Person) {
	l.see(personKind, ids(ps, personID)...)
	for _, p := range ps {
		if p.Rel != nil {
			companyChildren(l, p.Rel.Companies)
			talkChildren(l, p.Rel.Talks)
		}
	}
}

func companyChildren(l *Loaders, cs []store.Company) { l.see(companyKind, ids(cs, companyID)...) }
func cityChildren(l *Loaders, cs []store.City)       { l.see(cityKind, ids(cs, cityID)...) }
func postChildren(l *Loaders, ps []store.Post)       { l.see(postKind, ids(ps, postID)...) }
func sourceChildren(l *Loaders, ss []store.Source) {
	for _, s := range ss {
		l.see(postKind, s.PostID)
	}
}
func eventChildren(l *Loaders, es []store.Event) {
	l.see(eventKind, ids(es, eventID)...)
	for _, e := range es {
		if e.City != nil {
			l.see(cityKind, e.City.ID)
		}
		if e.Host != nil {
			l.see(companyKind, e.Host.ID)
		}
	}
}

// seeTalks and friends record objects handed out so their nested fields batch together,
// with the related objects read along with them: all of them are seen before any of their
// own nested fields loads.
func (r *Resolver) seeTalks(ctx context.Context, ts []store.Talk) []store.Talk {
	talkChildren(r.loadersFor(ctx), ts)
	return ts
}

func (r *Resolver) seePeople(ctx context.Context, ps []store.Person) []store.Person {
	personChildren(r.loadersFor(ctx), ps)
	return ps
}

func (r *Resolver) seeCompanies(ctx context.Context, cs []store.Company) []store.Company {
	r.loadersFor(ctx).see(companyKind, ids(cs, companyID)...)
	return cs
}

func (r *Resolver) seeEvents(ctx context.Context, es []store.Event) []store.Event {
	l := r.loadersFor(ctx)
	l.see(eventKind, ids(es, eventID)...)
	for _, e := range es {
		if e.City != nil {
			l.see(cityKind, e.City.ID)
		}
		if e.Host != nil {
			l.see(companyKind, e.Host.ID)
		}
	}
	return es
}

func (r *Resolver) seeCities(ctx context.Context, cs []store.City) []store.City {
	r.loadersFor(ctx).see(cityKind, ids(cs, cityID)...)
	return cs
}

// The connections of the top-level lists: filters and orderings map onto the store's.

// order maps a request's ordering onto the store's, through the property each order field
// sorts by.
func order(field fmt.Stringer, dir *model.OrderDirection, props map[string]string) *store.Order {
	o := store.Order{By: props[field.String()]}
	if dir != nil && *dir == model.OrderDirectionDesc {
		o.Desc = true
	}
	return &o
}

var (
	talkOrderProps    = map[string]string{"TITLE": "sortKey", "DATE": "firstDate", "CITY_COUNT": "cityCount", "EVENT_COUNT": "eventCount"}
	personOrderProps  = map[string]string{"NAME": "sortKey", "TALK_COUNT": "talkCount", "CITY_COUNT": "cityCount"}
	companyOrderProps = map[string]string{"NAME": "sortKey", "SPEAKER_COUNT": "speakerCount", "EVENT_COUNT": "eventCount"}
	eventOrderProps   = map[string]string{"NAME": "sortKey", "DATE": "date", "TALK_COUNT": "talkCount"}
	cityOrderProps    = map[string]string{"NAME": "sortKey", "EVENT_COUNT": "eventCount", "TALK_COUNT": "talkCount"}
	postOrderProps    = map[string]string{"TITLE": "sortKey", "PUBLISHED": "published"}
)

// topConnection loads one page of a top-level list: it checks first/after, applies the
// ordering o (the store's default when nil) and the filter, counts the total only when the
// request asks for it, and marks the page's objects seen so that their nested fields load
// in batches.
func topConnection[T, F any](ctx context.Context, first *int, after *string, filter *F, o *store.Order,
	list func(context.Context, store.ListArgs, F) (store.Page[T], error),
	count func(context.Context, F) (int, error),
	see func(context.Context, []T) []T) (*connection[T], error) {
	args, err := listArgs(first, after)
	if err != nil {
		return nil, err
	}
	if o != nil {
		args.Order = *o
	}
	var f F
	if filter != nil {
		f = *filter
	}
	p, err := list(ctx, args, f)
	if err != nil {
		return nil, err
	}
	c := newConnection(p, args.After, func(ctx context.Context) (int, error) { return count(ctx, f) })
	see(ctx, c.Nodes)
	return &c, nil
}

func (r *Resolver) talkConnection(ctx context.Context, first *int, after *string, filter *store.TalkFilter, orderBy *model.TalkOrder) (*TalkConnection, error) {
	if filter != nil {
		if err := checkDates(filter.From, filter.To); err != nil {
			return nil, err
		}
	}
	var o *store.Order
	if orderBy != nil {
		o = order(orderBy.Field, orderBy.Direction, talkOrderProps)
	}
	list := func(ctx context.Context, args store.ListArgs, f store.TalkFilter) (store.Page[store.Talk], error) {
		return r.Store.Talks(ctx, args, f, talkWithInConnection(ctx, here(ctx)))
	}
	return topConnection(ctx, first, after, filter, o, list, r.Store.CountTalks, r.seeTalks)
}

func (r *Resolver) personConnection(ctx context.Context, first *int, after *string, filter *store.PersonFilter, orderBy *model.PersonOrder) (*PersonConnection, error) {
	var o *store.Order
	if orderBy != nil {
		o = order(orderBy.Field, orderBy.Direction, personOrderProps)
	}
	return topConnection(ctx, first, after, filter, o, r.Store.People, r.Store.CountPeople, r.seePeople)
}

func (r *Resolver) companyConnection(ctx context.Context, first *int, after *string, filter *store.CompanyFilter, orderBy *model.CompanyOrder) (*CompanyConnection, error) {
	var o *store.Order
	if orderBy != nil {
		o = order(orderBy.Field, orderBy.Direction, companyOrderProps)
	}
	return topConnection(ctx, first, after, filter, o, r.Store.Companies, r.Store.CountCompanies, r.seeCompanies)
}

func (r *Resolver) eventConnection(ctx context.Context, first *int, after *string, filter *store.EventFilter, orderBy *model.EventOrder) (*EventConnection, error) {
	if filter != nil {
		if err := checkDates(filter.From, filter.To); err != nil {
			return nil, err
		}
	}
	var o *store.Order
	if orderBy != nil {
		o = order(orderBy.Field, orderBy.Direction, eventOrderProps)
	}
	return topConnection(ctx, first, after, filter, o, r.Store.Events, r.Store.CountEvents, r.seeEvents)
}

func (r *Resolver) cityConnection(ctx context.Context, first *int, after *string, filter *store.CityFilter, orderBy *model.CityOrder) (*CityConnection, error) {
	var o *store.Order
	if orderBy != nil {
		o = order(orderBy.Field, orderBy.Direction, cityOrderProps)
	}
	return topConnection(ctx, first, after, filter, o, r.Store.Cities, r.Store.CountCities, r.seeCities)
}

// postConnection lists posts, which have no filter.
func (r *Resolver) postConnection(ctx context.Context, first *int, after *string, orderBy *model.PostOrder) (*PostConnection, error) {
	var o *store.Order
	if orderBy != nil {
		o = order(orderBy.Field, orderBy.Direction, postOrderProps)
	}
	list := func(ctx context.Context, args store.ListArgs, _ struct{}) (store.Page[store.Post], error) {
		return r.Store.Posts(ctx, args)
	}
	count := func(ctx context.Context, _ struct{}) (int, error) { return r.Store.CountPosts(ctx) }
	seen := func(ctx context.Context, ps []store.Post) []store.Post {
		postChildren(r.loadersFor(ctx), ps)
		return ps
	}
	return topConnection(ctx, first, after, nil, o, list, count, seen)
}

// nestedArgs checks a nested connection's first/after arguments.
func nestedArgs(first *int, after *string) (store.NestedArgs, error) {
	args, err := listArgs(first, after)
	return store.NestedArgs{First: args.First, After: args.After}, err
}

// nestedConnection loads one page of a nested connection for every parent seen, in one query;
// its totalCount is the count the parent already carries.
func nestedConnection[T any](ctx context.Context, r *Resolver, k kind, field, parent string, first *int, after *string, total int,
	fetch func(context.Context, []string, store.NestedArgs) (map[string]store.Page[T], error), children func(*Loaders, []T)) (*connection[T], error) {
	args, err := nestedArgs(first, after)
	if err != nil {
		return nil, err
	}
	key := field
	if args.After != nil {
		key += "@" + args.After.String()
	}
	pages, err := load(ctx, r.loadersFor(ctx), k, key, args.First, parent,
		func(ctx context.Context, ids []string, _ int) (map[string][]store.Page[T], error) {
			m, err := fetch(ctx, ids, args)
			out := make(map[string][]store.Page[T], len(m))
			for id, p := range m {
				out[id] = []store.Page[T]{p}
			}
			return out, err
		},
		func(l *Loaders, ps []store.Page[T]) {
			for _, p := range ps {
				children(l, p.Items)
			}
		})
	if err != nil {
		return nil, err
	}
	var p store.Page[T]
	if len(pages) > 0 {
		p = pages[0]
	}
	c := newConnection(p, args.After, func(context.Context) (int, error) { return total, nil })
	return &c, nil
}

func (r *Resolver) talksInSeveralCities(ctx context.Context, minCities, first *int) ([]store.Talk, error) {
	minC := 2
	if minCities != nil {
		if *minCities < 1 {
			return nil, badInput("minCities must be at least 1")
		}
		minC = *minCities
	}
	n, err := limit(first, store.MaxPage)
	if err != nil {
		return nil, err
	}
	res, err := r.Store.TalksInSeveralCities(ctx, minC, n, talkWith(ctx, here(ctx)))
	if err != nil {
		return nil, err
	}
	talks := make([]store.Talk, len(res))
	for i, c := range res {
		talks[i] = c.Talk
	}
	return r.seeTalks(ctx, talks), nil
}

// Nested fields, each through the request's loaders.

func (r *Resolver) speakersOf(ctx context.Context, t *store.Talk) ([]store.Person, error) {
	if t.Rel != nil && t.Rel.Speakers != nil {
		return r.seePeople(ctx, t.Rel.Speakers), nil
	}
	ps, err := load(ctx, r.loadersFor(ctx), talkKind, "speakers", 0, t.ID, ignoreLimit(r.Store.SpeakersOfTalks), personChildren)
	return r.seePeople(ctx, ps), err
}

func (r *Resolver) eventsOfTalk(ctx context.Context, t *store.Talk) ([]store.Event, error) {
	if t.Rel != nil && t.Rel.Events != nil {
		return r.seeEvents(ctx, t.Rel.Events), nil
	}
	es, err := load(ctx, r.loadersFor(ctx), talkKind, "events", 0, t.ID, ignoreLimit(r.Store.EventsOfTalks), eventChildren)
	return r.seeEvents(ctx, es), err
}

func (r *Resolver) citiesOfTalk(ctx context.Context, t *store.Talk) ([]store.City, error) {
	if t.Rel != nil && t.Rel.Cities != nil {
		return r.seeCities(ctx, t.Rel.Cities), nil
	}
	cs, err := load(ctx, r.loadersFor(ctx), talkKind, "cities", 0, t.ID, ignoreLimit(r.Store.CitiesOfTalks), cityChildren)
	return r.seeCities(ctx, cs), err
}

func (r *Resolver) sourcesOfTalk(ctx context.Context, t *store.Talk) ([]store.Source, error) {
	return load(ctx, r.loadersFor(ctx), talkKind, "sources", 0, t.ID, ignoreLimit(r.Store.SourcesOfTalks), sourceChildren)
}

func (r *Resolver) postOfSource(ctx context.Context, s *store.Source) (*store.Post, error) {
	ps, err := load(ctx, r.loadersFor(ctx), postKind, "post", 0, s.PostID, ignoreLimit(r.postsByID), nil)
	if err != nil || len(ps) == 0 {
		return nil, err
	}
	return &ps[0], nil
}

func (r *Resolver) postsByID(ctx context.Context, ids []string) (map[string][]store.Post, error) {
	m, err := r.Store.PostsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]store.Post, len(m))
	for id, p := range m {
		out[id] = []store.Post{p}
	}
	return out, nil
}

func (r *Resolver) companiesOf(ctx context.Context, p *store.Person) ([]store.Company, error) {
	if p.Rel != nil && p.Rel.Companies != nil {
		return r.seeCompanies(ctx, p.Rel.Companies), nil
	}
	cs, err := load(ctx, r.loadersFor(ctx), personKind, "companies", 0, p.ID, ignoreLimit(r.Store.CompaniesOfPeople), companyChildren)
	return r.seeCompanies(ctx, cs), err
}

func (r *Resolver) talksOfPerson(ctx context.Context, p *store.Person, first *int) ([]store.Talk, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
	}
	// The talks read along with the person serve only a field with the same page size: two
	// aliases of talks with different sizes are two pages.
	if p.Rel != nil && p.Rel.Talks != nil && p.Rel.TalkLimit == n {
		return r.seeTalks(ctx, p.Rel.Talks), nil
	}
	ts, err := load(ctx, r.loadersFor(ctx), personKind, "talks", n, p.ID, r.Store.TalksOfPeople, talkChildren)
	return r.seeTalks(ctx, ts), err
}

func (r *Resolver) citiesOfPerson(ctx context.Context, p *store.Person) ([]store.City, error) {
	cs, err := load(ctx, r.loadersFor(ctx), personKind, "cities", 0, p.ID, ignoreLimit(r.Store.CitiesOfPeople), cityChildren)
	return r.seeCities(ctx, cs), err
}

func (r *Resolver) peopleOfCompany(ctx context.Context, c *store.Company, first *int) ([]store.Person, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
	}
	ps, err := load(ctx, r.loadersFor(ctx), companyKind, "people", n, c.ID, r.Store.PeopleOfCompanies, personChildren)
	return r.seePeople(ctx, ps), err
}

func (r *Resolver) eventsHostedBy(ctx context.Context, c *store.Company, first *int) ([]store.Event, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
	}
	es, err := load(ctx, r.loadersFor(ctx), companyKind, "hostedEvents", n, c.ID, r.Store.EventsHostedBy, eventChildren)
	return r.seeEvents(ctx, es), err
}

func (r *Resolver) talksOfEvent(ctx context.Context, e *store.Event, first *int) ([]store.Talk, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
	}
	ts, err := load(ctx, r.loadersFor(ctx), eventKind, "talks", n, e.ID, r.Store.TalksOfEvents, talkChildren)
	return r.seeTalks(ctx, ts), err
}

func (r *Resolver) postsOfEvent(ctx context.Context, e *store.Event) ([]store.Post, error) {
	return load(ctx, r.loadersFor(ctx), eventKind, "sources", 0, e.ID, ignoreLimit(r.Store.PostsOfEvents), postChildren)
}

func (r *Resolver) sourceOfEvent(ctx context.Context, e *store.Event) (*store.Post, error) {
	ps, err := r.postsOfEvent(ctx, e)
	if err != nil || len(ps) == 0 {
		return nil, err
	}
	return &ps[0], nil
}

func (r *Resolver) eventsInCity(ctx context.Context, c *store.City, first *int) ([]store.Event, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
	}
	es, err := load(ctx, r.loadersFor(ctx), cityKind, "events", n, c.ID, r.Store.EventsInCities, eventChildren)
	return r.seeEvents(ctx, es), err
}

func (r *Resolver) talksInCity(ctx context.Context, c *store.City, first *int) ([]store.Talk, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
	}
	ts, err := load(ctx, r.loadersFor(ctx), cityKind, "talks", n, c.ID, r.Store.TalksInCities, talkChildren)
	return r.seeTalks(ctx, ts), err
}

// Relationship questions.

func (r *Resolver) speakersInSeveralCities(ctx context.Context, minCities, first *int) ([]store.Person, error) {
	minC := 2
	if minCities != nil {
		if *minCities < 1 {
			return nil, badInput("minCities must be at least 1")
		}
		minC = *minCities
	}
	n, err := limit(first, store.MaxPage)
	if err != nil {
		return nil, err
	}
	ps, err := r.Store.SpeakersInSeveralCities(ctx, minC, n)
	return r.seePeople(ctx, ps), err
}

func (r *Resolver) companiesBySpeakers(ctx context.Context, first *int) ([]store.Company, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
	}
	p, err := r.Store.Companies(ctx, store.ListArgs{First: n, Order: store.Order{By: "speakerCount", Desc: true}}, store.CompanyFilter{})
	return r.seeCompanies(ctx, p.Items), err
}

func (r *Resolver) eventsPerCityPerYear(ctx context.Context, city *string, first *int) ([]store.CityYear, error) {
	n, err := limit(first, store.MaxPage)
	if err != nil {
		return nil, err
	}
	id := ""
	if city != nil {
		id = *city
	}
	return r.Store.EventsPerCityPerYear(ctx, id, n)
}

// connection answers null when the two objects are not connected, and NOT_FOUND when an id
// names no object, so that a typo does not look like "not connected".
func (r *Resolver) connection(ctx context.Context, from, to string) (*store.Path, error) {
	p, err := r.Store.Connection(ctx, from, to)
	switch {
	case errors.Is(err, store.ErrNoPath):
		return nil, nil
	case err != nil:
		return nil, err
	}
	return &p, nil
}

// checkDates refuses a date range bound that is not a real YYYY-MM-DD date.
func checkDates(from, to string) error {
	for _, d := range []string{from, to} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return badInput("%q is not a date: dates are YYYY-MM-DD", d)
		}
	}
	return nil
}

func (r *Resolver) pathNodes(p *store.Path) []store.Node {
	out := make([]store.Node, 0, len(p.Nodes))
	for _, e := range p.Nodes {
		if n := e.Node(); n != nil {
			out = append(out, n)
		}
	}
	return out
}

func (r *Resolver) postOfStep(ctx context.Context, s *store.Step) (*store.Post, error) {
	if s.PostID == "" {
		return nil, nil
	}
	return r.postOfSource(ctx, &store.Source{PostID: s.PostID})
}

func (r *Resolver) search(ctx context.Context, text string, first *int) ([]store.Node, error) {
	n, err := limit(first, 10)
	if err != nil {
		return nil, err
	}
	if len(text) > 200 {
		return nil, badInput("search text is longer than 200 characters")
	}
	hits, err := r.Store.Search(ctx, text, n)
	if err != nil {
		return nil, err
	}
	out := make([]store.Node, 0, len(hits))
	for _, h := range hits {
		if node := h.Node(); node != nil {
			r.seeEntity(ctx, h.Entity)
			out = append(out, node)
		}
	}
	return out, nil
}

func (r *Resolver) node(ctx context.Context, id string) (store.Node, error) {
	e, err := nullable(r.Store.Node(ctx, id))
	if err != nil || e == nil {
		return nil, err
	}
	r.seeEntity(ctx, *e)
	return e.Node(), nil
}

// seeEntity records an object of any kind.
func (r *Resolver) seeEntity(ctx context.Context, e store.Entity) {
	l := r.loadersFor(ctx)
	switch {
	case e.Talk != nil:
		l.see(talkKind, e.Talk.ID)
	case e.Person != nil:
		l.see(personKind, e.Person.ID)
	case e.Company != nil:
		l.see(companyKind, e.Company.ID)
	case e.Event != nil:
		eventChildren(l, []store.Event{*e.Event})
	case e.City != nil:
		l.see(cityKind, e.City.ID)
	}
}

func (r *Resolver) coSpeakers(ctx context.Context, p *store.Person, first *int) ([]store.Person, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
	}
	return load(ctx, r.loadersFor(ctx), personKind, "coSpeakers", n, p.ID, r.Store.CoSpeakers, personChildren)
}

func (r *Resolver) talksConnectionOfPerson(ctx context.Context, p *store.Person, first *int, after *string) (*TalkConnection, error) {
	return nestedConnection(ctx, r, personKind, "talksConnection", p.ID, first, after, p.TalkCount, r.Store.TalksOfPeoplePage, talkChildren)
}

func (r *Resolver) peopleConnectionOfCompany(ctx context.Context, c *store.Company, first *int, after *string) (*PersonConnection, error) {
	return nestedConnection(ctx, r, companyKind, "peopleConnection", c.ID, first, after, c.SpeakerCount, r.Store.PeopleOfCompaniesPage, personChildren)
}

func (r *Resolver) talksConnectionOfEvent(ctx context.Context, e *store.Event, first *int, after *string) (*TalkConnection, error) {
	return nestedConnection(ctx, r, eventKind, "talksConnection", e.ID, first, after, e.TalkCount, r.Store.TalksOfEventsPage, talkChildren)
}

func (r *Resolver) talksConnectionOfCity(ctx context.Context, c *store.City, first *int, after *string) (*TalkConnection, error) {
	return nestedConnection(ctx, r, cityKind, "talksConnection", c.ID, first, after, c.TalkCount, r.Store.TalksInCitiesPage, talkChildren)
}

func (r *Resolver) eventsConnectionOfCity(ctx context.Context, c *store.City, first *int, after *string) (*EventConnection, error) {
	return nestedConnection(ctx, r, cityKind, "eventsConnection", c.ID, first, after, c.EventCount, r.Store.EventsInCitiesPage, eventChildren)
}

// talk and person lookups read the relations the request selects in the same query.

func (r *Resolver) talk(ctx context.Context, id string) (*store.Talk, error) {
	t, err := nullable(r.Store.Talk(ctx, id, talkWith(ctx, here(ctx))))
	if t != nil {
		r.seeTalks(ctx, []store.Talk{*t})
	}
	return t, err
}

func (r *Resolver) person(ctx context.Context, id string) (*store.Person, error) {
	p, err := nullable(r.Store.Person(ctx, id, personWith(ctx, here(ctx))))
	if p != nil {
		r.seePeople(ctx, []store.Person{*p})
	}
	return p, err
}
