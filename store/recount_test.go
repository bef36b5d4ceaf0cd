package store_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/storetest"
)

// A save recounts only the nodes it may have changed: after each of these saves, every count
// and ready list in the graph must be what recounting the whole graph gives.
func TestSavesLeaveDerivedDataAsAFullRecount(t *testing.T) {
	st := storetest.Open(t)
	d := storetest.Driver(t)
	ctx := context.Background()
	city := func(name string) *store.CityInput {
		return &store.CityInput{ID: "lyon-fr", Name: name, Country: "FR"}
	}
	works := func(company string) []store.AffiliationInput {
		return []store.AffiliationInput{{Company: company, Evidence: ev("She works there.")}}
	}
	post := func(id, hash string, people []store.PersonInput, events []store.EventInput, talks ...store.TalkInput) store.PostInput {
		return store.PostInput{Post: store.Post{ID: id, File: id + ".md"}, ContentHash: hash, People: people, Events: events, Talks: talks}
	}
	talk := func(title, speaker string, events ...int) store.TalkInput {
		t := store.TalkInput{Title: title, Speakers: []string{speaker}, Evidence: ev(speaker + " spoke.")}
		for _, e := range events {
			t.Appearances = append(t.Appearances, store.AppearanceInput{Event: e})
		}
		return t
	}
	steps := []struct {
		name  string
		posts []store.PostInput
	}{
		{"a first talk, in a city spelt one way", []store.PostInput{
			post("spring", "v1", []store.PersonInput{{Name: "Ines Barros", Affiliations: works("Corvid Systems")}},
				[]store.EventInput{{Name: "Spring night", Date: "2024-03-05", City: city("Lyon (Rhône)")}},
				talk("Queues without tears", "Ines Barros", 0)),
		}},
		{"her second talk names a company new to her", []store.PostInput{
			post("summer", "v1", []store.PersonInput{{Name: "Ines Barros", Affiliations: works("Heron Works")}},
				[]store.EventInput{{Name: "Summer night", Date: "2024-06-04", City: city("Lyon")}},
				talk("Backpressure in practice", "Ines Barros", 0)),
		}},
		{"the city's other spelling wins, in posts that do not name her first talk", []store.PostInput{
			post("autumn", "v1", nil, []store.EventInput{{Name: "Autumn night", Date: "2024-09-03", City: city("Lyon")}},
				talk("Schemas that age well", "Tomas Lind", 0)),
			post("winter", "v1", []store.PersonInput{{Name: "Ines Barros", Affiliations: works("Corvid Systems")}},
				[]store.EventInput{{Name: "Winter night", Date: "2024-12-03", City: city("Lyon")}},
				talk("Queues without tears", "Ines Barros", 0)),
		}},
		{"a rewritten post takes her new company back", []store.PostInput{
			post("summer", "v2", []store.PersonInput{{Name: "Ines Barros"}},
				[]store.EventInput{{Name: "Summer night", Date: "2024-06-04", City: city("Lyon")}},
				talk("Backpressure in practice", "Ines Barros", 0)),
		}},
	}
	for _, step := range steps {
		if _, err := st.SavePosts(ctx, step.posts); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		saved := storetest.Dump(t, d)
		if err := st.RecountAllForTest(ctx); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(storetest.Dump(t, d), saved); diff != "" {
			t.Errorf("%s: the graph differs from its full recount (-recount +saved):\n%s", step.name, diff)
		}
	}
}
