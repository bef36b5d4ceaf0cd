package store

import (
	"context"
	"errors"
)

// Warm runs each read the API makes once, on keys taken from the graph itself (the most
// connected talk, person, company, event and city), so that Neo4j has planned every query
// and read the busiest nodes before the first user asks: a dashboard's first page after a
// start otherwise waits for query planning and a cold page cache. It is best effort: a read
// that fails does not stop the others, and every failure is returned joined. On an empty
// graph it reads almost nothing.
func (s *Store) Warm(ctx context.Context) error {
	var errs []error
	keep := func(err error) {
		if err != nil && ctx.Err() == nil {
			errs = append(errs, err)
		}
	}
	all := TalkWith{Cities: true, Speakers: true, Companies: true, Events: true}
	first := func(args ListArgs, by string) ListArgs {
		args.First, args.Order = 20, Order{By: by, Desc: by != "sortKey"}
		return args
	}

	// The lists, in the orders the dashboard and the playground's examples use, and their
	// counts: these also give the keys below.
	var talks, people, companies, events, cities []string
	for _, by := range []string{"sortKey", "cityCount"} {
		p, err := s.Talks(ctx, first(ListArgs{}, by), TalkFilter{}, all)
		keep(err)
		for _, t := range p.Items {
			talks = append(talks, t.ID)
		}
		_, err = s.Talks(ctx, first(ListArgs{}, by), TalkFilter{}, TalkWith{Cities: true, Speakers: true, Ready: true})
		keep(err)
	}
	for _, by := range []string{"sortKey", "cityCount"} {
		p, err := s.People(ctx, first(ListArgs{}, by), PersonFilter{})
		keep(err)
		for _, x := range p.Items {
			people = append(people, x.ID)
		}
	}
	for _, by := range []string{"sortKey", "speakerCount"} {
		p, err := s.Companies(ctx, first(ListArgs{}, by), CompanyFilter{})
		keep(err)
		for _, x := range p.Items {
			companies = append(companies, x.ID)
		}
	}
	p, err := s.Events(ctx, first(ListArgs{}, "sortKey"), EventFilter{})
	keep(err)
	for _, x := range p.Items {
		events = append(events, x.ID)
	}
	c, err := s.Cities(ctx, first(ListArgs{}, "sortKey"), CityFilter{})
	keep(err)
	for _, x := range c.Items {
		cities = append(cities, x.ID)
	}
	_, err = s.Posts(ctx, ListArgs{First: 20})
	keep(err)
	for _, count := range []func() (int, error){
		func() (int, error) { return s.CountTalks(ctx, TalkFilter{}) },
		func() (int, error) { return s.CountPeople(ctx, PersonFilter{}) },
		func() (int, error) { return s.CountCompanies(ctx, CompanyFilter{}) },
		func() (int, error) { return s.CountEvents(ctx, EventFilter{}) },
		func() (int, error) { return s.CountCities(ctx, CityFilter{}) },
		func() (int, error) { return s.CountPosts(ctx) },
	} {
		_, err := count()
		keep(err)
	}
	_, err = s.Stats(ctx)
	keep(err)
	_, err = s.TalksInSeveralCities(ctx, 2, 100, all)
	keep(err)
	_, err = s.SpeakersInSeveralCities(ctx, 2, 100)
	keep(err)
	_, err = s.EventsPerCityPerYear(ctx, "", 100)
	keep(err)
	_, err = s.Topics(ctx, 20)
	keep(err)
	_, err = s.Search(ctx, "go", 10)
	keep(err)

	// Each object's page and its relations, as the API's batches read them.
	if len(talks) > 0 {
		_, err = s.Talk(ctx, talks[0], all)
		keep(err)
		for _, rel := range []func() error{
			func() error { _, err := s.SpeakersOfTalks(ctx, talks); return err },
			func() error { _, err := s.EventsOfTalks(ctx, talks); return err },
			func() error { _, err := s.CitiesOfTalks(ctx, talks); return err },
			func() error { _, err := s.SourcesOfTalks(ctx, talks); return err },
			func() error { _, err := s.TopicsOfTalks(ctx, talks, 20); return err },
		} {
			keep(rel())
		}
	}
	if len(people) > 0 {
		_, err = s.Person(ctx, people[0], PersonWith{Companies: true, Talks: true, TalkLimit: 20, Talk: all})
		keep(err)
		for _, rel := range []func() error{
			func() error { _, err := s.CompaniesOfPeople(ctx, people); return err },
			func() error { _, err := s.TalksOfPeople(ctx, people, 20); return err },
			func() error { _, err := s.CitiesOfPeople(ctx, people); return err },
			func() error { _, err := s.AffiliationsOfPeople(ctx, people); return err },
			func() error { _, err := s.CoSpeakersOf(ctx, people, 20); return err },
			func() error { _, err := s.CoSpeakers(ctx, people, 20); return err },
		} {
			keep(rel())
		}
	}
	if len(companies) > 0 {
		_, err = s.Company(ctx, companies[0])
		keep(err)
		_, err = s.PeopleOfCompanies(ctx, companies, 20)
		keep(err)
		_, err = s.EventsHostedBy(ctx, companies, 20)
		keep(err)
	}
	if len(events) > 0 {
		_, err = s.Event(ctx, events[0])
		keep(err)
		_, err = s.TalksOfEvents(ctx, events, 20)
		keep(err)
		_, err = s.PostsOfEvents(ctx, events)
		keep(err)
		_, err = s.HostSourcesOfEvents(ctx, events)
		keep(err)
	}
	if len(cities) > 0 {
		_, err = s.City(ctx, cities[0])
		keep(err)
		_, err = s.EventsInCities(ctx, cities, 20)
		keep(err)
		_, err = s.TalksInCities(ctx, cities, 20)
		keep(err)
		_, err = s.EventsPerCityPerYear(ctx, cities[0], 100)
		keep(err)
	}
	if len(people) > 1 {
		_, err = s.Connection(ctx, people[0], people[len(people)-1])
		if !errors.Is(err, ErrNoPath) {
			keep(err)
		}
		_, err = s.Node(ctx, people[0])
		keep(err)
	}
	return errors.Join(errs...)
}
