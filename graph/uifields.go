package graph

import (
	"context"

	"github.com/talkgraph/talkgraph/graph/model"
	"github.com/talkgraph/talkgraph/store"
)

// This file holds the fields a user interface needs beyond the relationship questions: talk
// dates, topics, what each post produced, and evidence for affiliations and hosts. Each list
// field is one Cypher query per request, batched over every parent the request has seen.

// talkDates is a talk's first and last dated event, read with the talk itself.
func talkDates(t *store.Talk) *model.TalkDates {
	if t.FirstDate == nil {
		return nil
	}
	last := *t.FirstDate
	if t.LastDate != nil {
		last = *t.LastDate
	}
	return &model.TalkDates{First: *t.FirstDate, Last: last}
}

func topicID(x store.Topic) string { return x.ID }

func topicChildren(l *Loaders, xs []store.Topic) { l.see(topicKind, ids(xs, topicID)...) }

func (r *Resolver) topics(ctx context.Context, first *int) ([]store.Topic, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
	}
	xs, err := r.Store.Topics(ctx, n)
	if err != nil {
		return nil, err
	}
	topicChildren(r.loadersFor(ctx), xs)
	return xs, nil
}

func (r *Resolver) topicsOfTalk(ctx context.Context, t *store.Talk) ([]store.Topic, error) {
	return load(ctx, r.loadersFor(ctx), talkKind, "topics", store.MaxPage, t.ID, r.Store.TopicsOfTalks, topicChildren)
}

func (r *Resolver) talksOfTopic(ctx context.Context, x *store.Topic, first *int) ([]store.Talk, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
	}
	return load(ctx, r.loadersFor(ctx), topicKind, "talks", n, x.ID, r.Store.TalksOfTopics, talkChildren)
}

func (r *Resolver) talksOfPost(ctx context.Context, p *store.Post, first *int) ([]store.Talk, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
	}
	return load(ctx, r.loadersFor(ctx), postKind, "talks", n, p.ID, r.Store.TalksOfPosts, talkChildren)
}

func (r *Resolver) eventsOfPost(ctx context.Context, p *store.Post, first *int) ([]store.Event, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
	}
	return load(ctx, r.loadersFor(ctx), postKind, "events", n, p.ID, r.Store.EventsOfPosts, eventChildren)
}

func (r *Resolver) affiliationsOf(ctx context.Context, p *store.Person) ([]store.Affiliation, error) {
	return load(ctx, r.loadersFor(ctx), personKind, "affiliations", 0, p.ID, ignoreLimit(r.Store.AffiliationsOfPeople),
		func(l *Loaders, as []store.Affiliation) {
			for _, a := range as {
				l.see(companyKind, a.Company.ID)
				sourceChildren(l, a.Sources)
			}
		})
}

func (r *Resolver) hostSourcesOf(ctx context.Context, e *store.Event) ([]store.Source, error) {
	return load(ctx, r.loadersFor(ctx), eventKind, "hostSources", 0, e.ID, ignoreLimit(r.Store.HostSourcesOfEvents), sourceChildren)
}

func (r *Resolver) coSpeakersWithCount(ctx context.Context, p *store.Person, first *int) ([]store.CoSpeaker, error) {
	n, err := limit(first, 20)
	if err != nil {
		return nil, err
	}
	return load(ctx, r.loadersFor(ctx), personKind, "coSpeakersWithCount", n, p.ID, r.Store.CoSpeakersOf,
		func(l *Loaders, cs []store.CoSpeaker) {
			for _, c := range cs {
				l.see(personKind, c.Person.ID)
			}
		})
}

// uiComplexity sets the cost of the fields above: a list costs its page size times its
// elements, and a list without a page size the longest list of its relation in the graph
// (unpaged, from setComplexity).
func uiComplexity(c *ComplexityRoot, unpaged func(func(store.ListBounds) int) func(int) int) {
	page := func(first *int, def int) int {
		if first != nil && *first >= 0 {
			return min(*first, store.MaxPage)
		}
		return def
	}
	nested := func(def int) func(int, *int) int {
		return func(child int, first *int) int { return 1 + page(first, def)*child }
	}
	c.Query.Topics = nested(20)
	c.Topic.Talks = nested(20)
	c.Talk.Topics = unpaged(func(b store.ListBounds) int { return b.TalkTopics })
	c.Post.Talks = nested(20)
	c.Post.Events = nested(20)
	c.Person.CoSpeakersWithCount = nested(20)
	c.Person.Affiliations = unpaged(func(b store.ListBounds) int { return b.PersonCompanies })
	c.Affiliation.Sources = unpaged(func(b store.ListBounds) int { return b.AffiliationSources })
	c.Event.HostSources = unpaged(func(b store.ListBounds) int { return b.EventHostSources })
}
