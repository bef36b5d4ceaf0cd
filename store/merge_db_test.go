package store_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/storetest"
)

// Posts we wrote for the merge tests: a speaking tour told twice, in words of its own each
// time, and a meetup where another speaker gives a talk with a title the tour also uses.
var (
	oslo    = &store.CityInput{ID: "oslo-no", Name: "Oslo", Country: "NO"}
	bergen  = &store.CityInput{ID: "bergen-no", Name: "Bergen", Country: "NO"}
	tromso  = &store.CityInput{ID: "tromso-no", Name: "Tromsø", Country: "NO"}
	lisbon  = &store.CityInput{ID: "lisbon-pt", Name: "Lisbon", Country: "PT"}
	recapOf = "a recap of the GopherCon Europe"
)

// tourByOrganizer names the tour's talks one way: a title, an untitled case study, a recap
// nobody is named for, and an introduction.
func tourByOrganizer() store.PostInput {
	return store.PostInput{
		Post:        store.Post{ID: "fjord-tour", Title: str("The fjord tour"), File: "fjord-tour.md"},
		ContentHash: "v1",
		People:      []store.PersonInput{{Name: "Ana Silva"}, {Name: "Ivar Lunde"}, {Name: "Mara Ellison"}},
		Events:      []store.EventInput{{Name: "Fjord tour Oslo", City: oslo}, {Name: "Fjord tour Bergen", City: bergen}},
		Talks: []store.TalkInput{
			{Title: "Profiling Go services", Speakers: []string{"Ana Silva"}, SlidesURL: "https://talks.example.org/profiling/",
				Evidence: ev("Ana Silva presented 'Profiling Go services'."), Appearances: []store.AppearanceInput{{Event: 0}}},
			{Description: "a case study of how the Port of Bergen moved its tracking to event streams", Speakers: []string{"Ivar Lunde"},
				Evidence: ev("Ivar Lunde gave a case study."), Appearances: []store.AppearanceInput{{Event: 0}, {Event: 1}}},
			{Description: recapOf, RecordingURL: "https://www.youtube.com/watch?v=fjordrecap&feature=youtu.be",
				Appearances: []store.AppearanceInput{{Event: 0}, {Event: 1}}},
			{Title: "Introduction to Go", Speakers: []string{"Mara Ellison"}, Appearances: []store.AppearanceInput{{Event: 1}}},
		},
	}
}

// tourBySpeaker tells the same tour in other words, and one more stop.
func tourBySpeaker() store.PostInput {
	return store.PostInput{
		Post:        store.Post{ID: "my-fjord-tour", Title: str("My fjord tour"), File: "my-fjord-tour.md"},
		ContentHash: "v1",
		People:      []store.PersonInput{{Name: "Ana Silva"}, {Name: "Ivar Lunde"}},
		Events:      []store.EventInput{{Name: "Oslo Gophers", City: oslo}, {Name: "Bergen Gophers", City: bergen}, {Name: "Tromsø Gophers", City: tromso}},
		Talks: []store.TalkInput{
			{Title: "Profiling Go Services in Production: a field guide", Speakers: []string{"Ana Silva"},
				SlidesURL: "http://www.talks.example.org/profiling?utm_source=blog",
				Evidence:  ev("I gave 'Profiling Go Services in Production: a field guide'."), Appearances: []store.AppearanceInput{{Event: 0}, {Event: 2}}},
			{Description: "a case study on the Port of Bergen moving tracking to event streams", Speakers: []string{"Ivar Lunde"},
				Appearances: []store.AppearanceInput{{Event: 1}, {Event: 2}}},
			{Description: "A recap of GopherCon Europe", RecordingURL: "https://youtu.be/fjordrecap",
				Appearances: []store.AppearanceInput{{Event: 0}, {Event: 2}}},
		},
	}
}

// lisbonMeetup has another speaker's talk with a title the tour uses.
func lisbonMeetup() store.PostInput {
	return store.PostInput{
		Post:        store.Post{ID: "lisbon-gophers", Title: str("Lisbon Gophers in May"), File: "lisbon-gophers.md"},
		ContentHash: "v1",
		People:      []store.PersonInput{{Name: "Pedro Alves"}},
		Events:      []store.EventInput{{Name: "Lisbon Gophers", City: lisbon}},
		Talks: []store.TalkInput{
			{Title: "Introduction to Go", Speakers: []string{"Pedro Alves"}, Appearances: []store.AppearanceInput{{Event: 0}}},
		},
	}
}

func save(t *testing.T, st *store.Store, ins ...store.PostInput) {
	t.Helper()
	for _, in := range ins {
		if _, err := st.SavePost(context.Background(), in); err != nil {
			t.Fatalf("SavePost(%s): %v", in.Post.ID, err)
		}
	}
}

func TestSavePostsMergeTalksOnEvidence(t *testing.T) {
	st := storetest.Open(t)
	save(t, st, tourByOrganizer(), tourBySpeaker(), lisbonMeetup())
	talks := storetest.Talks(t, st)

	one := func(t *testing.T, text string, speakers, cities, posts []string, why string) {
		t.Helper()
		got := storetest.Find(talks, text)
		if len(got) != 1 {
			t.Fatalf("talks titled like %q: %d (%v), want 1", text, len(got), storetest.Shapes(got))
		}
		g := got[0]
		if diff := cmp.Diff([]string{strings.Join(speakers, ","), strings.Join(cities, ","), strings.Join(posts, ",")},
			[]string{strings.Join(g.Speakers, ","), strings.Join(g.Cities, ","), strings.Join(g.Posts, ",")}); diff != "" {
			t.Errorf("%q: speakers, cities, posts (-want +got):\n%s", text, diff)
		}
		// Both posts say why, whichever was loaded first.
		for _, post := range []string{"fjord-tour", "my-fjord-tour"} {
			reasons := strings.Join(g.Merged[post], "; ")
			if !strings.Contains(reasons, why) {
				t.Errorf("%q: why %s's talk was merged = %q, want it to say %q", text, post, reasons, why)
			}
		}
	}
	t.Run("a title written differently with the same speaker and slides link is one talk", func(t *testing.T) {
		one(t, "Profiling", []string{"ana-silva"}, []string{"Oslo", "Tromsø"}, []string{"fjord-tour", "my-fjord-tour"},
			"same link: talks.example.org/profiling")
	})
	t.Run("an untitled talk described in other words by the same speaker in the same cities is one talk", func(t *testing.T) {
		one(t, "Port of Bergen", []string{"ivar-lunde"}, []string{"Bergen", "Oslo", "Tromsø"}, []string{"fjord-tour", "my-fjord-tour"},
			"same speakers: ivar-lunde")
	})
	t.Run("an untitled recap nobody is named for, with the same recording, is one talk", func(t *testing.T) {
		one(t, "recap of", nil, []string{"Bergen", "Oslo", "Tromsø"}, []string{"fjord-tour", "my-fjord-tour"},
			"same link: youtube.com/watch?v=fjordrecap")
	})
	t.Run("different speakers with the same title stay two talks", func(t *testing.T) {
		got := storetest.Find(talks, "Introduction to Go")
		want := []string{
			"speakers [mara-ellison], cities [Bergen], posts [fjord-tour]",
			"speakers [pedro-alves], cities [Lisbon], posts [lisbon-gophers]",
		}
		if diff := cmp.Diff(want, storetest.Shapes(got)); diff != "" {
			t.Errorf("talks titled 'Introduction to Go' (-want +got):\n%s", diff)
		}
	})
	if len(talks) != 5 {
		t.Errorf("%d talks, want 5: %v", len(talks), storetest.Shapes(talks))
	}
}

func TestSavePostsMergeIsOrderIndependent(t *testing.T) {
	orders := [][]store.PostInput{
		{tourByOrganizer(), tourBySpeaker(), lisbonMeetup()},
		{lisbonMeetup(), tourBySpeaker(), tourByOrganizer()},
	}
	// withReasons adds to each talk's shape the posts that say why it was merged.
	withReasons := func(talks []storetest.TalkShape) []string {
		out := make([]string, len(talks))
		for i, tk := range talks {
			var posts []string
			for p, r := range tk.Merged {
				if len(r) > 0 {
					posts = append(posts, p)
				}
			}
			slices.Sort(posts)
			out[i] = fmt.Sprintf("%s, merged by %v", tk, posts)
		}
		slices.Sort(out)
		return out
	}
	var first []string
	for i, posts := range orders {
		st := storetest.Open(t)
		save(t, st, posts...)
		shapes := withReasons(storetest.Talks(t, st))
		// and in one batch: one transaction, the posts resolved against each other
		storetest.Wipe(t, storetest.Driver(t))
		if _, err := st.SavePosts(context.Background(), posts); err != nil {
			t.Fatalf("SavePosts: %v", err)
		}
		if diff := cmp.Diff(shapes, withReasons(storetest.Talks(t, st))); diff != "" {
			t.Errorf("order %d: talks saved in one batch differ from talks saved one by one (-one by one +batch):\n%s", i, diff)
		}
		if i == 0 {
			first = shapes
			continue
		}
		if diff := cmp.Diff(first, shapes); diff != "" {
			t.Errorf("talks after saving the posts in order %d differ from order 0 (-order 0 +order %d):\n%s", i, i, diff)
		}
	}
}

func TestSavePostsMergeSurvivesReloadAndRetraction(t *testing.T) {
	st := storetest.Open(t)
	d := storetest.Driver(t)
	ctx := context.Background()
	save(t, st, tourByOrganizer(), tourBySpeaker())
	talks := storetest.Talks(t, st)
	nodes, rels := storetest.Counts(t, d)

	t.Run("saving both posts again with new hashes writes no duplicate", func(t *testing.T) {
		a, b := tourByOrganizer(), tourBySpeaker()
		a.ContentHash, b.ContentHash = "v2", "v2"
		save(t, st, b, a)
		if n, r := storetest.Counts(t, d); n != nodes || r != rels {
			t.Errorf("counts after rewriting both posts = %d nodes %d rels, want %d %d", n, r, nodes, rels)
		}
		if diff := cmp.Diff(storetest.Shapes(talks), storetest.Shapes(storetest.Talks(t, st))); diff != "" {
			t.Errorf("talks after rewriting both posts (-before +after):\n%s", diff)
		}
	})

	t.Run("a post that drops a talk no longer supports the merged node", func(t *testing.T) {
		b := tourBySpeaker()
		b.ContentHash = "v3"
		b.Talks = b.Talks[1:] // no more profiling talk
		save(t, st, b)
		got := storetest.Find(storetest.Talks(t, st), "Profiling")
		if len(got) != 1 || strings.Join(got[0].Posts, ",") != "fjord-tour" || strings.Join(got[0].Cities, ",") != "Oslo" {
			t.Errorf("profiling talk after the second post dropped it = %v, want one talk in Oslo from fjord-tour", storetest.Shapes(got))
		}
	})

	t.Run("putting the talk back merges it again", func(t *testing.T) {
		b := tourBySpeaker()
		b.ContentHash = "v4"
		save(t, st, b)
		if diff := cmp.Diff(storetest.Shapes(talks), storetest.Shapes(storetest.Talks(t, st))); diff != "" {
			t.Errorf("talks after the post put the talk back (-first load +now):\n%s", diff)
		}
		if n, r := storetest.Counts(t, d); n != nodes || r != rels {
			t.Errorf("counts = %d nodes %d rels, want %d %d", n, r, nodes, rels)
		}
	})

	t.Run("deleting a post's talks leaves the other post's talks whole", func(t *testing.T) {
		b := tourBySpeaker()
		b.ContentHash = "v5"
		b.Talks = nil
		if _, err := st.SavePost(ctx, b); err != nil {
			t.Fatalf("SavePost: %v", err)
		}
		got := storetest.Talks(t, st)
		for _, tk := range got {
			if strings.Join(tk.Posts, ",") != "fjord-tour" || len(tk.Merged) != 0 {
				t.Errorf("talk %s = %v merged %v, want only fjord-tour's, not merged", tk.ID, tk, tk.Merged)
			}
		}
		if len(got) != 4 {
			t.Errorf("%d talks, want fjord-tour's 4: %v", len(got), storetest.Shapes(got))
		}
	})
}

// TestSavePostsRewriteComparesWithRetractedFacts: a post rewritten with another speaker for
// its talk is compared with what the graph says once its old facts are retracted (no
// speaker), not with what the last save left (the talk's ready lists are recounted only at
// the end of the save), so the talk keeps its key.
func TestSavePostsRewriteComparesWithRetractedFacts(t *testing.T) {
	st := storetest.Open(t)
	post := func(hash, speaker string) store.PostInput {
		return store.PostInput{
			Post:        store.Post{ID: "harbour-night", Title: str("Harbour night"), File: "harbour-night.md"},
			ContentHash: hash,
			People:      []store.PersonInput{{Name: speaker}},
			Events:      []store.EventInput{{Name: "Harbour Gophers", City: bergen}},
			Talks: []store.TalkInput{{Title: "Tracing queues with spans", Speakers: []string{speaker},
				Appearances: []store.AppearanceInput{{Event: 0}}}},
		}
	}
	save(t, st, post("v1", "Sigrid Haugen"))
	before := storetest.Talks(t, st)
	save(t, st, post("v2", "Tore Vik"))
	after := storetest.Talks(t, st)
	if len(before) != 1 || len(after) != 1 || before[0].ID != after[0].ID {
		t.Errorf("talks before %v, after rewriting the speaker %v: want the one talk under the same key", storetest.Shapes(before), storetest.Shapes(after))
	}
}
