package store_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/storetest"
)

// shape is what the ready lists hold of a talk's relations: keys and names.
type shape struct {
	Cities   []string // "id name"
	Speakers []string // "id name: company ids and names"
}

func shapes(t *testing.T, st *store.Store, ready bool) map[string]shape {
	t.Helper()
	w := store.TalkWith{Cities: true, Speakers: true, Companies: true, Ready: ready}
	res, err := st.TalksInSeveralCities(context.Background(), 1, store.MaxPage, w)
	if err != nil {
		t.Fatalf("TalksInSeveralCities(ready %v): %v", ready, err)
	}
	out := map[string]shape{}
	for _, c := range res {
		if c.Talk.Rel == nil {
			t.Fatalf("talk %s came back without its relations (ready %v)", c.Talk.ID, ready)
		}
		var s shape
		for _, city := range c.Talk.Rel.Cities {
			s.Cities = append(s.Cities, city.ID+" "+city.Name)
		}
		for _, p := range c.Talk.Rel.Speakers {
			line := p.ID + " " + p.Name + ":"
			if p.Rel != nil {
				for _, co := range p.Rel.Companies {
					line += " " + co.ID + " " + co.Name
				}
			}
			s.Speakers = append(s.Speakers, line)
		}
		out[c.Talk.ID] = s
	}
	return out
}

// The lists a talk keeps of its cities, speakers and their companies must always say what a
// traversal of the graph says, whatever the order of saves, reloads and retractions.
func TestReadyListsFollowTheGraph(t *testing.T) {
	st := storetest.Open(t)
	ctx := context.Background()
	montreal := &store.CityInput{ID: "montreal-ca", Name: "Montreal", Country: "CA"}
	recap := store.PostInput{
		Post:        store.Post{ID: "montreal-recap", File: "montreal.md"},
		ContentHash: "m1",
		People: []store.PersonInput{{Name: "Ada Lovelace", Affiliations: []store.AffiliationInput{{Company: "Difference Works", Evidence: ev("Ada, now at Difference Works.")}}},
			{Name: "Charles Babbage", Affiliations: []store.AffiliationInput{{Company: "Analytical Engines", Evidence: ev("Charles of Analytical Engines.")}}}},
		Events: []store.EventInput{{Name: "Montreal night", Date: "2020-02-01", City: montreal}},
		Talks: []store.TalkInput{{Title: "Engines of thought", Speakers: []string{"Ada Lovelace"},
			Appearances: []store.AppearanceInput{{Event: 0}}}},
	}
	// Babbage's affiliation alone, in a post of its own: his untitled talk's speaker gains
	// a company without the talk being named.
	babbage := store.PostInput{
		Post: store.Post{ID: "babbage-news", File: "babbage.md"}, ContentHash: "b1",
		People: []store.PersonInput{{Name: "Charles Babbage", Affiliations: []store.AffiliationInput{{Company: "Maple Labs", Evidence: ev("Charles joined Maple Labs.")}}}},
	}
	shorter := roadshow()
	shorter.ContentHash = "v2"
	shorter.Events = shorter.Events[:1] // Toronto no longer
	shorter.Talks = shorter.Talks[:1]
	shorter.Talks[0].Appearances = shorter.Talks[0].Appearances[:1]
	steps := []struct {
		name string
		post store.PostInput
		want map[string]shape // the talks' shapes after the step, for the talks named here
	}{
		{"a two-city post", roadshow(), map[string]shape{
			"engines-of-thought": {Cities: []string{"ottawa-ca Ottawa", "toronto-ca Toronto"},
				Speakers: []string{"ada-lovelace Ada Lovelace: analytical-engines Analytical Engines"}},
		}},
		{"a second post adds a city and a company", recap, map[string]shape{
			"engines-of-thought": {Cities: []string{"montreal-ca Montreal", "ottawa-ca Ottawa", "toronto-ca Toronto"},
				Speakers: []string{"ada-lovelace Ada Lovelace: analytical-engines Analytical Engines difference-works Difference Works"}},
		}},
		{"a post about a speaker alone changes their talks", babbage, nil},
		{"a reload retracts a city", shorter, map[string]shape{
			"engines-of-thought": {Cities: []string{"montreal-ca Montreal", "ottawa-ca Ottawa"},
				Speakers: []string{"ada-lovelace Ada Lovelace: analytical-engines Analytical Engines difference-works Difference Works"}},
		}},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			if _, err := st.SavePost(ctx, step.post); err != nil {
				t.Fatalf("SavePost(%s): %v", step.post.Post.ID, err)
			}
			ready, traversed := shapes(t, st, true), shapes(t, st, false)
			if diff := cmp.Diff(traversed, ready); diff != "" {
				t.Errorf("ready lists differ from the graph (-traversal +ready):\n%s", diff)
			}
			for id, want := range step.want {
				if diff := cmp.Diff(want, ready[id]); diff != "" {
					t.Errorf("talk %s (-want +got):\n%s", id, diff)
				}
			}
		})
	}
}

func TestGraphVersionMovesWithEveryWrite(t *testing.T) {
	st := storetest.Open(t)
	ctx := context.Background()
	version := func() store.GraphVersion {
		t.Helper()
		v, err := st.GraphVersion(ctx)
		if err != nil {
			t.Fatalf("GraphVersion: %v", err)
		}
		return v
	}
	if v := version(); v.Version != 0 {
		t.Fatalf("GraphVersion of an empty graph = %v, want 0", v)
	}
	if _, err := st.SavePost(ctx, roadshow()); err != nil {
		t.Fatalf("SavePost: %v", err)
	}
	first := version()
	if first.Version != 1 || first.Epoch == "" {
		t.Fatalf("GraphVersion after one save = %+v, want version 1 with an epoch", first)
	}
	t.Run("a save that writes nothing leaves it", func(t *testing.T) {
		if _, err := st.SavePost(ctx, roadshow()); err != nil {
			t.Fatalf("SavePost: %v", err)
		}
		if v := version(); v != first {
			t.Errorf("GraphVersion after an unchanged reload = %v, want %v", v, first)
		}
	})
	t.Run("a save that writes moves it on", func(t *testing.T) {
		in := roadshow()
		in.ContentHash = "v2"
		if _, err := st.SavePost(ctx, in); err != nil {
			t.Fatalf("SavePost: %v", err)
		}
		if v := version(); v.Version != first.Version+1 || v.Epoch != first.Epoch {
			t.Errorf("GraphVersion after a rewrite = %v, want %d in epoch %s", v, first.Version+1, first.Epoch)
		}
	})
}
