package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/storetest"
)

// TestListBounds: the bounds are the longest lists the API's own reads return for each
// relation without a page size, on an empty graph and on graphs where different posts make
// different lists the longest.
func TestListBounds(t *testing.T) {
	st := storetest.Open(t)
	ctx := context.Background()
	tests := []struct {
		name string
		load func()
	}{
		{"an empty graph", func() {}},
		{"two tellings of a tour and a meetup", func() { save(t, st, tourByOrganizer(), tourBySpeaker(), lisbonMeetup()) }},
		{"a talk given in seven cities by two speakers", func() { save(t, st, sevenCityTour()) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.load()
			got, err := st.ListBounds(ctx)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("ListBounds = %+v", got)
			if want := longestLists(t, st); got != want {
				t.Errorf("ListBounds = %+v, want the longest lists the reads return, %+v", got, want)
			}
		})
	}
}

// longestLists reads every talk, person and event with the batch reads the API uses and
// returns the longest list of each relation.
func longestLists(t *testing.T, st *store.Store) store.ListBounds {
	t.Helper()
	ctx := context.Background()
	var b store.ListBounds
	talks, err := st.Talks(ctx, store.ListArgs{First: store.MaxPage}, store.TalkFilter{}, store.TalkWith{})
	if err != nil {
		t.Fatal(err)
	}
	people, err := st.People(ctx, store.ListArgs{First: store.MaxPage}, store.PersonFilter{})
	if err != nil {
		t.Fatal(err)
	}
	events, err := st.Events(ctx, store.ListArgs{First: store.MaxPage}, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var tids, pids, eids []string
	for _, x := range talks.Items {
		tids = append(tids, x.ID)
	}
	for _, x := range people.Items {
		pids = append(pids, x.ID)
	}
	for _, x := range events.Items {
		eids = append(eids, x.ID)
	}
	longest := func(dst *int, n int) { *dst = max(*dst, n) }
	check := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	sp, err := st.SpeakersOfTalks(ctx, tids)
	check(err)
	ev, err := st.EventsOfTalks(ctx, tids)
	check(err)
	ci, err := st.CitiesOfTalks(ctx, tids)
	check(err)
	so, err := st.SourcesOfTalks(ctx, tids)
	check(err)
	to, err := st.TopicsOfTalks(ctx, tids, store.MaxPage)
	check(err)
	for _, id := range tids {
		longest(&b.TalkSpeakers, len(sp[id]))
		longest(&b.TalkEvents, len(ev[id]))
		longest(&b.TalkCities, len(ci[id]))
		longest(&b.TalkSources, len(so[id]))
		longest(&b.TalkTopics, len(to[id]))
	}
	co, err := st.CompaniesOfPeople(ctx, pids)
	check(err)
	pc, err := st.CitiesOfPeople(ctx, pids)
	check(err)
	af, err := st.AffiliationsOfPeople(ctx, pids)
	check(err)
	for _, id := range pids {
		longest(&b.PersonCompanies, len(co[id]))
		longest(&b.PersonCities, len(pc[id]))
		for _, a := range af[id] {
			longest(&b.AffiliationSources, len(a.Sources))
		}
	}
	ps, err := st.PostsOfEvents(ctx, eids)
	check(err)
	hs, err := st.HostSourcesOfEvents(ctx, eids)
	check(err)
	for _, id := range eids {
		longest(&b.EventSources, len(ps[id]))
		longest(&b.EventHostSources, len(hs[id]))
	}
	return b
}

// sevenCityTour is one talk on two topics given in seven cities by two speakers of one
// company, which hosts each stop.
func sevenCityTour() store.PostInput {
	in := store.PostInput{
		Post:        store.Post{ID: "seven-cities", Title: str("Seven cities"), File: "seven-cities.md"},
		ContentHash: "v1",
		People:      []store.PersonInput{{Name: "Noor Haddad", Affiliations: []store.AffiliationInput{{Company: "Lattice Works"}}}, {Name: "Pavel Ilic", Affiliations: []store.AffiliationInput{{Company: "Lattice Works"}}}},
		Talks:       []store.TalkInput{{Title: "Seven ways to test a parser", Speakers: []string{"Noor Haddad", "Pavel Ilic"}, Topics: []string{"parsing", "testing"}}},
	}
	for i := range 7 {
		city := fmt.Sprintf("Tourville %c", 'A'+i)
		in.Events = append(in.Events, store.EventInput{Name: "Parser tour " + city, City: &store.CityInput{ID: fmt.Sprintf("tourville-%d", i), Name: city, Country: "NO"},
			Host: "Lattice Works", HostEvidence: ev("Lattice Works hosted the evening.")})
		in.Talks[0].Appearances = append(in.Talks[0].Appearances, store.AppearanceInput{Event: i})
	}
	return in
}
