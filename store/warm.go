package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// WarmKeys are keys taken from the graph itself for a warm-up to read: the first page of each
// list, the most connected object first.
type WarmKeys struct {
	Talks, People, Companies, Events, Cities []string
	// PersonName is the name of People[0], a text that search finds.
	PersonName string
}

// warmRead is one read a warm-up makes.
type warmRead struct {
	name string
	run  func(context.Context) error
}

// runWarm runs each read once. It is best effort: a read that fails does not stop the others,
// and every failure is returned joined, named for its read. Failures after ctx ends are its
// deadline's, not the reads'.
func runWarm(ctx context.Context, reads []warmRead) error {
	var errs []error
	for _, r := range reads {
		if err := r.run(ctx); err != nil && ctx.Err() == nil && !errors.Is(err, ErrNoPath) {
			errs = append(errs, fmt.Errorf("%s: %w", r.name, err))
		}
	}
	return errors.Join(errs...)
}

// warmAll asks every relation a talk has.
var warmAll = TalkWith{Cities: true, Speakers: true, Companies: true, Events: true}

// WarmKeys reads the first page of each kind of object, the most connected first, without
// their relations: the keys a warm-up reads. It is the first step of a warm-up, which a server
// runs at start so that the first requests find Neo4j's queries planned and the busiest nodes
// in its page cache (then httpapi.WarmPages, then Warm).
func (s *Store) WarmKeys(ctx context.Context) (WarmKeys, error) {
	var k WarmKeys
	// first is a list's first page ordered by a property, counts most first, names and dates
	// earliest first (newest first for posts).
	first := func(by string) ListArgs {
		desc := strings.HasSuffix(by, "Count") || by == "published"
		return ListArgs{First: 20, Order: Order{By: by, Desc: desc}}
	}
	reads := []warmRead{
		{"talks", func(ctx context.Context) error {
			p, err := s.Talks(ctx, first("cityCount"), TalkFilter{}, TalkWith{})
			for _, x := range p.Items {
				k.Talks = append(k.Talks, x.ID)
			}
			return err
		}},
		{"people", func(ctx context.Context) error {
			p, err := s.People(ctx, first("cityCount"), PersonFilter{})
			for _, x := range p.Items {
				k.People = append(k.People, x.ID)
			}
			if len(p.Items) > 0 {
				k.PersonName = p.Items[0].Name
			}
			return err
		}},
		{"companies", func(ctx context.Context) error {
			p, err := s.Companies(ctx, first("speakerCount"), CompanyFilter{})
			for _, x := range p.Items {
				k.Companies = append(k.Companies, x.ID)
			}
			return err
		}},
		{"events", func(ctx context.Context) error {
			p, err := s.Events(ctx, first("sortKey"), EventFilter{})
			for _, x := range p.Items {
				k.Events = append(k.Events, x.ID)
			}
			return err
		}},
		{"cities", func(ctx context.Context) error {
			p, err := s.Cities(ctx, first("sortKey"), CityFilter{})
			for _, x := range p.Items {
				k.Cities = append(k.Cities, x.ID)
			}
			return err
		}},
	}
	err := runWarm(ctx, reads)
	return k, err
}

// Warm runs each of the API's reads once: the lists in the orders the dashboard and the
// playground's examples use, with every relation, the counts and aggregates, and each kind of
// object with its relations as the API's batches read them, on keys from WarmKeys. It is the
// last step of a warm-up. An empty graph's keys read almost nothing.
func (s *Store) Warm(ctx context.Context, k WarmKeys) error {
	// first is a list's first page ordered by a property, counts most first, names and dates
	// earliest first (newest first for posts).
	first := func(by string) ListArgs {
		desc := strings.HasSuffix(by, "Count") || by == "published"
		return ListArgs{First: 20, Order: Order{By: by, Desc: desc}}
	}
	var reads []warmRead
	// A list's Cypher text depends on its direction only (the order is a parameter), and an
	// unfiltered list of talks by title has one of its own: every list is read both ways.
	for _, by := range []string{"sortKey", "cityCount", "firstDate"} {
		reads = append(reads,
			warmRead{"talks by " + by, func(ctx context.Context) error {
				_, err := s.Talks(ctx, first(by), TalkFilter{}, warmAll)
				return err
			}})
	}
	reads = append(reads, warmRead{"talks by cityCount (ready lists)", func(ctx context.Context) error {
		_, err := s.Talks(ctx, first("cityCount"), TalkFilter{}, TalkWith{Cities: true, Speakers: true, Ready: true})
		return err
	}})
	for _, by := range []string{"sortKey", "talkCount"} {
		reads = append(reads,
			warmRead{"people by " + by, func(ctx context.Context) error { _, err := s.People(ctx, first(by), PersonFilter{}); return err }},
			warmRead{"events by " + by, func(ctx context.Context) error { _, err := s.Events(ctx, first(by), EventFilter{}); return err }},
			warmRead{"cities by " + by, func(ctx context.Context) error { _, err := s.Cities(ctx, first(by), CityFilter{}); return err }},
		)
	}
	for _, by := range []string{"sortKey", "speakerCount"} {
		reads = append(reads, warmRead{"companies by " + by, func(ctx context.Context) error {
			_, err := s.Companies(ctx, first(by), CompanyFilter{})
			return err
		}})
	}
	for _, by := range []string{"sortKey", "published"} {
		reads = append(reads, warmRead{"posts by " + by, func(ctx context.Context) error { _, err := s.Posts(ctx, first(by)); return err }})
	}
	reads = append(reads,
		warmRead{"talk count", func(ctx context.Context) error { _, err := s.CountTalks(ctx, TalkFilter{}); return err }},
		warmRead{"person count", func(ctx context.Context) error { _, err := s.CountPeople(ctx, PersonFilter{}); return err }},
		warmRead{"company count", func(ctx context.Context) error { _, err := s.CountCompanies(ctx, CompanyFilter{}); return err }},
		warmRead{"event count", func(ctx context.Context) error { _, err := s.CountEvents(ctx, EventFilter{}); return err }},
		warmRead{"city count", func(ctx context.Context) error { _, err := s.CountCities(ctx, CityFilter{}); return err }},
		warmRead{"post count", func(ctx context.Context) error { _, err := s.CountPosts(ctx); return err }},
		warmRead{"stats", func(ctx context.Context) error { _, err := s.Stats(ctx); return err }},
		warmRead{"talks in several cities", func(ctx context.Context) error {
			_, err := s.TalksInSeveralCities(ctx, 2, 100, warmAll)
			return err
		}},
		warmRead{"speakers in several cities", func(ctx context.Context) error {
			_, err := s.SpeakersInSeveralCities(ctx, 2, 100)
			return err
		}},
		warmRead{"events per city per year", func(ctx context.Context) error {
			_, err := s.EventsPerCityPerYear(ctx, "", 100)
			return err
		}},
		warmRead{"topics", func(ctx context.Context) error { _, err := s.Topics(ctx, 20); return err }},
	)
	add := func(keys []string, rs ...warmRead) {
		if len(keys) > 0 {
			reads = append(reads, rs...)
		}
	}
	if k.PersonName != "" {
		reads = append(reads, warmRead{"search", func(ctx context.Context) error { _, err := s.Search(ctx, k.PersonName, 10); return err }})
	}
	add(k.Talks,
		warmRead{"talk", func(ctx context.Context) error { _, err := s.Talk(ctx, k.Talks[0], warmAll); return err }},
		warmRead{"speakers of talks", func(ctx context.Context) error { _, err := s.SpeakersOfTalks(ctx, k.Talks); return err }},
		warmRead{"events of talks", func(ctx context.Context) error { _, err := s.EventsOfTalks(ctx, k.Talks); return err }},
		warmRead{"cities of talks", func(ctx context.Context) error { _, err := s.CitiesOfTalks(ctx, k.Talks); return err }},
		warmRead{"sources of talks", func(ctx context.Context) error { _, err := s.SourcesOfTalks(ctx, k.Talks); return err }},
		warmRead{"topics of talks", func(ctx context.Context) error { _, err := s.TopicsOfTalks(ctx, k.Talks, 20); return err }},
	)
	add(k.People,
		warmRead{"person", func(ctx context.Context) error {
			_, err := s.Person(ctx, k.People[0], PersonWith{Companies: true, Talks: true, TalkLimit: 20, Talk: warmAll})
			return err
		}},
		warmRead{"companies of people", func(ctx context.Context) error { _, err := s.CompaniesOfPeople(ctx, k.People); return err }},
		warmRead{"talks of people", func(ctx context.Context) error { _, err := s.TalksOfPeople(ctx, k.People, 20); return err }},
		warmRead{"cities of people", func(ctx context.Context) error { _, err := s.CitiesOfPeople(ctx, k.People); return err }},
		warmRead{"affiliations of people", func(ctx context.Context) error { _, err := s.AffiliationsOfPeople(ctx, k.People); return err }},
		warmRead{"co-speakers of", func(ctx context.Context) error { _, err := s.CoSpeakersOf(ctx, k.People, 20); return err }},
		warmRead{"co-speakers", func(ctx context.Context) error { _, err := s.CoSpeakers(ctx, k.People, 20); return err }},
		warmRead{"node", func(ctx context.Context) error { _, err := s.Node(ctx, k.People[0]); return err }},
	)
	add(k.Companies,
		warmRead{"company", func(ctx context.Context) error { _, err := s.Company(ctx, k.Companies[0]); return err }},
		warmRead{"people of companies", func(ctx context.Context) error { _, err := s.PeopleOfCompanies(ctx, k.Companies, 20); return err }},
		warmRead{"events hosted by", func(ctx context.Context) error { _, err := s.EventsHostedBy(ctx, k.Companies, 20); return err }},
	)
	add(k.Events,
		warmRead{"event", func(ctx context.Context) error { _, err := s.Event(ctx, k.Events[0]); return err }},
		warmRead{"talks of events", func(ctx context.Context) error { _, err := s.TalksOfEvents(ctx, k.Events, 20); return err }},
		warmRead{"posts of events", func(ctx context.Context) error { _, err := s.PostsOfEvents(ctx, k.Events); return err }},
		warmRead{"host sources of events", func(ctx context.Context) error { _, err := s.HostSourcesOfEvents(ctx, k.Events); return err }},
	)
	add(k.Cities,
		warmRead{"city", func(ctx context.Context) error { _, err := s.City(ctx, k.Cities[0]); return err }},
		warmRead{"events in cities", func(ctx context.Context) error { _, err := s.EventsInCities(ctx, k.Cities, 20); return err }},
		warmRead{"talks in cities", func(ctx context.Context) error { _, err := s.TalksInCities(ctx, k.Cities, 20); return err }},
		warmRead{"events per year in a city", func(ctx context.Context) error {
			_, err := s.EventsPerCityPerYear(ctx, k.Cities[0], 100)
			return err
		}},
	)
	if len(k.People) > 1 {
		reads = append(reads, warmRead{"connection", func(ctx context.Context) error {
			_, err := s.Connection(ctx, k.People[0], k.People[len(k.People)-1])
			return err
		}})
	}
	return runWarm(ctx, reads)
}
