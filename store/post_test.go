package store_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/storetest"
)

func ev(s string) store.Evidence { return store.Evidence{Sentence: s, Confidence: 0.9} }

func str(s string) *string { return &s }

// roadshow is a two-city meetup post we wrote for these tests.
func roadshow() store.PostInput {
	ottawa := &store.CityInput{ID: "ottawa-ca", Name: "Ottawa", Country: "CA"}
	toronto := &store.CityInput{ID: "toronto-ca", Name: "Toronto", Country: "CA"}
	return store.PostInput{
		Post:        store.Post{ID: "roadshow", Title: str("Our winter roadshow"), Published: str("2020-01-10"), File: "roadshow.md"},
		ContentHash: "v1",
		People: []store.PersonInput{
			{Name: "Ada Lovelace", Aliases: []string{"Ada Lovelase"}, Affiliations: []store.AffiliationInput{{Company: "Analytical Engines Inc.", Evidence: ev("Ada Lovelace from Analytical Engines spoke.")}}},
			{Name: "Charles Babbage"},
		},
		Events: []store.EventInput{
			{Name: "Roadshow Ottawa", City: ottawa, Host: "Maple Labs", HostEvidence: ev("Thanks to Maple Labs for hosting in Ottawa.")},
			{Name: "Roadshow Toronto", City: toronto},
		},
		Talks: []store.TalkInput{
			{Title: "Engines of Thought", Speakers: []string{"Ada Lovelace"}, Evidence: ev("Ada Lovelace gave a talk called 'Engines of Thought'."),
				Appearances: []store.AppearanceInput{{Event: 0, Evidence: ev("In Ottawa, Ada Lovelace gave a talk.")}, {Event: 1, Evidence: ev("Ada Lovelase gave the same talk as in Ottawa.")}}},
			{Description: "a demo of the difference engine", Speakers: []string{"Charles Babbage"},
				Appearances: []store.AppearanceInput{{Event: 1}}},
		},
	}
}

func TestSavePostIsIdempotent(t *testing.T) {
	st := storetest.Open(t)
	d := storetest.Driver(t)
	ctx := context.Background()

	first, err := st.SavePost(ctx, roadshow())
	if err != nil {
		t.Fatalf("SavePost: %v", err)
	}
	if first.Unchanged != 0 || first.Written != 1 || first.NodesCreated == 0 {
		t.Fatalf("first SavePost = %+v, want nodes created", first)
	}
	nodes, rels := storetest.Counts(t, d)

	t.Run("saving the same content again changes nothing", func(t *testing.T) {
		again, err := st.SavePost(ctx, roadshow())
		if err != nil {
			t.Fatalf("SavePost: %v", err)
		}
		if again.Unchanged != 1 || again.Written != 0 {
			t.Errorf("second SavePost = %+v, want Unchanged", again)
		}
		if n, r := storetest.Counts(t, d); n != nodes || r != rels {
			t.Errorf("counts after reload = %d nodes %d rels, want %d %d", n, r, nodes, rels)
		}
	})

	t.Run("forcing a rewrite of the same facts leaves the counts unchanged", func(t *testing.T) {
		in := roadshow()
		in.ContentHash = "v1-rewritten"
		if _, err := st.SavePost(ctx, in); err != nil {
			t.Fatalf("SavePost: %v", err)
		}
		if n, r := storetest.Counts(t, d); n != nodes || r != rels {
			t.Errorf("counts after rewrite = %d nodes %d rels, want %d %d", n, r, nodes, rels)
		}
	})
}

func TestSavePostReplacesWhatAChangedPostAloneSupported(t *testing.T) {
	st := storetest.Open(t)
	ctx := context.Background()
	if _, err := st.SavePost(ctx, roadshow()); err != nil {
		t.Fatalf("SavePost: %v", err)
	}
	// A second post also names Ada's talk, in Montreal.
	other := store.PostInput{
		Post:        store.Post{ID: "montreal-recap", File: "montreal.md"},
		ContentHash: "m1",
		People:      []store.PersonInput{{Name: "Ada Lovelace"}},
		Events:      []store.EventInput{{Name: "Montreal night", City: &store.CityInput{ID: "montreal-ca", Name: "Montreal", Country: "CA"}}},
		Talks: []store.TalkInput{{Title: "Engines of thought", Speakers: []string{"Ada Lovelace"},
			Appearances: []store.AppearanceInput{{Event: 0}}}},
	}
	if _, err := st.SavePost(ctx, other); err != nil {
		t.Fatalf("SavePost(other): %v", err)
	}
	multi, err := st.TalksInSeveralCities(ctx, 2, 10, store.TalkWith{})
	if err != nil {
		t.Fatalf("TalksInSeveralCities: %v", err)
	}
	if len(multi) != 1 || multi[0].Talk.ID != "engines-of-thought" || multi[0].Cities != 3 {
		t.Fatalf("TalksInSeveralCities = %+v, want engines-of-thought in 3 cities", multi)
	}

	// The roadshow post is edited: Babbage's demo and the Toronto stop are gone.
	in := roadshow()
	in.ContentHash = "v2"
	in.People = in.People[:1]
	in.Events = in.Events[:1]
	in.Talks = in.Talks[:1]
	in.Talks[0].Appearances = in.Talks[0].Appearances[:1]
	if _, err := st.SavePost(ctx, in); err != nil {
		t.Fatalf("SavePost(v2): %v", err)
	}
	if _, err := st.Person(ctx, "charles-babbage", store.PersonWith{}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Person(charles-babbage) error = %v, want ErrNotFound", err)
	}
	if _, err := st.City(ctx, "toronto-ca"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("City(toronto-ca) error = %v, want ErrNotFound", err)
	}
	cities, err := st.CitiesOfTalks(ctx, []string{"engines-of-thought"})
	if err != nil {
		t.Fatalf("CitiesOfTalks: %v", err)
	}
	var names []string
	for _, c := range cities["engines-of-thought"] {
		names = append(names, c.Name)
	}
	if diff := cmp.Diff([]string{"Montreal", "Ottawa"}, names); diff != "" {
		t.Errorf("cities of the talk (-want +got):\n%s", diff)
	}
	ada, err := st.Person(ctx, "ada-lovelace", store.PersonWith{})
	if err != nil {
		t.Fatalf("Person: %v", err)
	}
	if diff := cmp.Diff([]string{"Ada Lovelase"}, ada.Aliases); diff != "" {
		t.Errorf("aliases (-want +got):\n%s", diff)
	}
	companies, err := st.CompaniesOfPeople(ctx, []string{"ada-lovelace"})
	if err != nil {
		t.Fatalf("CompaniesOfPeople: %v", err)
	}
	if got := companies["ada-lovelace"]; len(got) != 1 || got[0].ID != "analytical-engines" || got[0].Name != "Analytical Engines" {
		t.Errorf("companies of Ada = %+v, want Analytical Engines without its legal suffix", got)
	}
	sources, err := st.SourcesOfTalks(ctx, []string{"engines-of-thought"})
	if err != nil {
		t.Fatalf("SourcesOfTalks: %v", err)
	}
	if got := sources["engines-of-thought"]; len(got) != 2 {
		t.Errorf("sources = %+v, want one per post", got)
	}
}

func TestCityNameDoesNotDependOnLoadOrder(t *testing.T) {
	st := storetest.Open(t)
	ctx := context.Background()
	post := func(id, cityName string) store.PostInput {
		return store.PostInput{
			Post:        store.Post{ID: id, File: id + ".md"},
			ContentHash: "v1",
			Events:      []store.EventInput{{Name: "Meetup " + id, City: &store.CityInput{ID: "montreal-ca", Name: cityName, Country: "CA"}}},
		}
	}
	orders := [][]store.PostInput{
		{post("a", "Montréal"), post("b", "Montreal"), post("c", "Montreal")},
		{post("c", "Montreal"), post("b", "Montreal"), post("a", "Montréal")},
	}
	for i, order := range orders {
		storetest.Wipe(t, storetest.Driver(t))
		for _, in := range order {
			if _, err := st.SavePost(ctx, in); err != nil {
				t.Fatal(err)
			}
		}
		c, err := st.City(ctx, "montreal-ca")
		if err != nil {
			t.Fatal(err)
		}
		if c.Name != "Montreal" {
			t.Errorf("order %d: city name = %q, want the name most posts write, %q", i, c.Name, "Montreal")
		}
	}
}

// manyTalks is a post we wrote for these tests that states n talks by a few speakers, each
// given at one of two events and about a topic, some named twice.
func manyTalks(n int) store.PostInput {
	oslo := &store.CityInput{ID: "oslo-no", Name: "Oslo", Country: "NO"}
	in := store.PostInput{
		Post:        store.Post{ID: "talk-archive", Title: str("Every talk so far"), File: "talk-archive.md"},
		ContentHash: "v1",
		Events:      []store.EventInput{{Name: "Spring meetup", Date: "2024-04-02", City: oslo}, {Name: "Autumn meetup", Date: "2024-10-01", City: oslo, Host: "Tidepool"}},
	}
	names := []string{"Mara Ellison", "Jonas Whitfield", "Selma Haugen", "Kofi Mensah", "Petra Novak"}
	for _, name := range names {
		in.People = append(in.People, store.PersonInput{Name: name, Affiliations: []store.AffiliationInput{{Company: "Quillfeather Labs", Evidence: ev(name + " works at Quillfeather Labs.")}}})
	}
	for i := range n {
		talk := store.TalkInput{
			Title:       fmt.Sprintf("Scaling Ledgers, Part %d", i),
			Speakers:    []string{names[i%len(names)]},
			Evidence:    ev(fmt.Sprintf("%s gave part %d.", names[i%len(names)], i)),
			Appearances: []store.AppearanceInput{{Event: i % 2, Evidence: ev("It was given at the meetup.")}},
			Topics:      []string{"Go"},
		}
		if i%10 == 0 { // the same talk stated twice, by two speakers
			talk.Title = "Scaling Ledgers, Part 0"
			talk.Speakers = append(talk.Speakers, names[(i+1)%len(names)])
		}
		if i%3 == 0 {
			talk.Title = ""
			talk.Description = fmt.Sprintf("a walk through ledger number %d", i)
		}
		in.Talks = append(in.Talks, talk)
	}
	return in
}

func TestSavePostWritesManyRowsAsOneQueryWould(t *testing.T) {
	st := storetest.Open(t)
	d := storetest.Driver(t)
	ctx := context.Background()
	in := manyTalks(640)

	// The whole post in queries of 50 rows each, then in queries of the default size (a post
	// of this size needs more than one), then in one query per kind: the three graphs must
	// be the same.
	var dumps [][]string
	for _, n := range []int{50, 0, len(in.Talks) * 4} {
		name := fmt.Sprintf("at most %d rows per query", n)
		if n == 0 {
			name = "the default rows per query"
		}
		t.Run(name, func(t *testing.T) {
			storetest.Wipe(t, d)
			if n > 0 {
				store.SetRowsPerQueryForTest(t, n)
			}
			res, err := st.SavePost(ctx, in)
			if err != nil {
				t.Fatalf("SavePost: %v", err)
			}
			if res.Written != 1 || res.RelationshipsCreated < len(in.Talks)*3 {
				t.Errorf("SavePost = %+v, want the post written with at least %d relationships", res, len(in.Talks)*3)
			}
			dumps = append(dumps, storetest.Dump(t, d))
		})
	}
	if len(dumps) != 3 {
		t.Fatal("a save failed")
	}
	if diff := cmp.Diff(dumps[2], dumps[0]); diff != "" {
		t.Errorf("graph written 50 rows per query differs from one query per kind (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(dumps[2], dumps[1]); diff != "" {
		t.Errorf("graph written with the default rows per query differs from one query per kind (-want +got):\n%s", diff)
	}
	nodes := 0
	for _, l := range dumps[2] {
		if strings.HasPrefix(l, "node [Entity Talk] ") {
			nodes++
		}
	}
	if nodes < len(in.Talks)*8/10 {
		t.Errorf("the post wrote %d talks, want at least %d", nodes, len(in.Talks)*8/10)
	}
}

// BenchmarkSavePostTalks saves one post of n and 10n talks (see manyTalks) into an empty test
// Neo4j, in the post's one transaction: the time per operation should grow about tenfold, not
// a hundredfold (resolving the talks compared each with every other of the post).
func BenchmarkSavePostTalks(b *testing.B) {
	st := storetest.Open(b)
	d := storetest.Driver(b)
	ctx := context.Background()
	const n = 500
	for _, size := range []int{n, 10 * n} {
		b.Run(fmt.Sprintf("talks=%d", size), func(b *testing.B) {
			in := manyTalks(size)
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				storetest.Wipe(b, d)
				b.StartTimer()
				if _, err := st.SavePost(ctx, in); err != nil {
					b.Fatalf("SavePost: %v", err)
				}
			}
		})
	}
}
