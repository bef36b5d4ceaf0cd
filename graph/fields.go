package graph

import (
	"context"
	"errors"

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

// pageInfo builds Relay page information for a page.
func pageInfo[T any](p store.Page[T], after *store.Cursor) *model.PageInfo {
	info := &model.PageInfo{HasNextPage: p.HasNext, HasPreviousPage: after != nil}
	if n := len(p.Cursors); n > 0 {
		start, end := p.Cursors[0].String(), p.Cursors[n-1].String()
		info.StartCursor, info.EndCursor = &start, &end
	}
	return info
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
func talkChildren(l *Loaders, ts []store.Talk)       { l.see(talkKind, ids(ts, talkID)...) }
func personChildren(l *Loaders, ps []store.Person)   { l.see(personKind, ids(ps, personID)...) }
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

// seeTalks and friends record objects handed out so their nested fields batch together.
func (r *Resolver) seeTalks(ctx context.Context, ts []store.Talk) []store.Talk {
	r.loadersFor(ctx).see(talkKind, ids(ts, talkID)...)
	return ts
}

func (r *Resolver) seePeople(ctx context.Context, ps []store.Person) []store.Person {
	r.loadersFor(ctx).see(personKind, ids(ps, personID)...)
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

// The connections of the top-level lists.

func (r *Resolver) talkConnection(ctx context.Context, first *int, after *string) (*model.TalkConnection, error) {
	args, err := listArgs(first, after)
	if err != nil {
		return nil, err
	}
	p, err := r.Store.Talks(ctx, args)
	if err != nil {
		return nil, err
	}
	c := &model.TalkConnection{Nodes: r.seeTalks(ctx, p.Items), PageInfo: pageInfo(p, args.After)}
	for i := range p.Items {
		c.Edges = append(c.Edges, model.TalkEdge{Cursor: p.Cursors[i].String(), Node: &p.Items[i]})
	}
	return c, nil
}

func (r *Resolver) personConnection(ctx context.Context, first *int, after *string) (*model.PersonConnection, error) {
	args, err := listArgs(first, after)
	if err != nil {
		return nil, err
	}
	p, err := r.Store.People(ctx, args)
	if err != nil {
		return nil, err
	}
	c := &model.PersonConnection{Nodes: r.seePeople(ctx, p.Items), PageInfo: pageInfo(p, args.After)}
	for i := range p.Items {
		c.Edges = append(c.Edges, model.PersonEdge{Cursor: p.Cursors[i].String(), Node: &p.Items[i]})
	}
	return c, nil
}

func (r *Resolver) companyConnection(ctx context.Context, first *int, after *string) (*model.CompanyConnection, error) {
	args, err := listArgs(first, after)
	if err != nil {
		return nil, err
	}
	p, err := r.Store.Companies(ctx, args)
	if err != nil {
		return nil, err
	}
	c := &model.CompanyConnection{Nodes: r.seeCompanies(ctx, p.Items), PageInfo: pageInfo(p, args.After)}
	for i := range p.Items {
		c.Edges = append(c.Edges, model.CompanyEdge{Cursor: p.Cursors[i].String(), Node: &p.Items[i]})
	}
	return c, nil
}

func (r *Resolver) eventConnection(ctx context.Context, first *int, after *string) (*model.EventConnection, error) {
	args, err := listArgs(first, after)
	if err != nil {
		return nil, err
	}
	p, err := r.Store.Events(ctx, args)
	if err != nil {
		return nil, err
	}
	c := &model.EventConnection{Nodes: r.seeEvents(ctx, p.Items), PageInfo: pageInfo(p, args.After)}
	for i := range p.Items {
		c.Edges = append(c.Edges, model.EventEdge{Cursor: p.Cursors[i].String(), Node: &p.Items[i]})
	}
	return c, nil
}

func (r *Resolver) cityConnection(ctx context.Context, first *int, after *string) (*model.CityConnection, error) {
	args, err := listArgs(first, after)
	if err != nil {
		return nil, err
	}
	p, err := r.Store.Cities(ctx, args)
	if err != nil {
		return nil, err
	}
	c := &model.CityConnection{Nodes: r.seeCities(ctx, p.Items), PageInfo: pageInfo(p, args.After)}
	for i := range p.Items {
		c.Edges = append(c.Edges, model.CityEdge{Cursor: p.Cursors[i].String(), Node: &p.Items[i]})
	}
	return c, nil
}

func (r *Resolver) postConnection(ctx context.Context, first *int, after *string) (*model.PostConnection, error) {
	args, err := listArgs(first, after)
	if err != nil {
		return nil, err
	}
	p, err := r.Store.Posts(ctx, args)
	if err != nil {
		return nil, err
	}
	c := &model.PostConnection{Nodes: p.Items, PageInfo: pageInfo(p, args.After)}
	for i := range p.Items {
		c.Edges = append(c.Edges, model.PostEdge{Cursor: p.Cursors[i].String(), Node: &p.Items[i]})
	}
	return c, nil
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
	res, err := r.Store.TalksInSeveralCities(ctx, minC, n)
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
	ps, err := load(ctx, r.loadersFor(ctx), talkKind, "speakers", 0, t.ID, ignoreLimit(r.Store.SpeakersOfTalks), personChildren)
	return r.seePeople(ctx, ps), err
}

func (r *Resolver) eventsOfTalk(ctx context.Context, t *store.Talk) ([]store.Event, error) {
	es, err := load(ctx, r.loadersFor(ctx), talkKind, "events", 0, t.ID, ignoreLimit(r.Store.EventsOfTalks), eventChildren)
	return r.seeEvents(ctx, es), err
}

func (r *Resolver) citiesOfTalk(ctx context.Context, t *store.Talk) ([]store.City, error) {
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
	cs, err := load(ctx, r.loadersFor(ctx), personKind, "companies", 0, p.ID, ignoreLimit(r.Store.CompaniesOfPeople), companyChildren)
	return r.seeCompanies(ctx, cs), err
}

func (r *Resolver) talksOfPerson(ctx context.Context, p *store.Person, first *int) ([]store.Talk, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
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
