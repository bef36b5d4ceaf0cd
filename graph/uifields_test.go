package graph_test

import (
	"math"
	"regexp"
	"sort"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/talkgraph/talkgraph/graph"
	"github.com/talkgraph/talkgraph/loader/extract/gazetteer"
)

// TestFieldsForUserInterfaces checks, on the example posts in a real Neo4j, the fields a
// dashboard needs: talk dates, topics, what a post produced, evidence for affiliations and
// hosts, co-speakers with shared events, and when the graph was last loaded.
func TestFieldsForUserInterfaces(t *testing.T) {
	c, st := openAPI(t)

	t.Run("a talk has the dates of its first and last event", func(t *testing.T) {
		var resp struct {
			Talk struct {
				Date *struct{ First, Last string }
			}
			Undated struct {
				Date *struct{ First, Last string }
			}
		}
		c.MustPost(`{ talk(id: "profiling-go-services-in-production") { date { first last } }
			undated: talk(id: "build-your-own-serverless-with-knative") { date { first last } } }`, &resp)
		// Helsinki on 2025-01-21; the autumn tour's events have no date.
		if resp.Talk.Date == nil || resp.Talk.Date.First != "2025-01-21" || resp.Talk.Date.Last != "2025-01-21" {
			t.Errorf("talk.date = %+v, want 2025-01-21 to 2025-01-21", resp.Talk.Date)
		}
		if resp.Undated.Date != nil {
			t.Errorf("a talk without dated events has date %+v, want null", resp.Undated.Date)
		}
	})

	t.Run("topics are objects with their talks, most talks first", func(t *testing.T) {
		var resp struct {
			Topics []struct {
				ID, Name  string
				TalkCount int
				Talks     []struct{ DisplayTitle string }
			}
			Talk  struct{ Topics []struct{ ID string } }
			Topic struct{ Name string }
		}
		c.MustPost(`{ topics(first: 100) { id name talkCount talks { displayTitle } }
			talk(id: "kubernetes-security-with-calico-and-open-policy-agent") { topics { id } }
			topic(id: "kubernetes") { name } }`, &resp)
		if len(resp.Topics) == 0 {
			t.Fatal("no topics")
		}
		for i, x := range resp.Topics {
			if x.TalkCount != len(x.Talks) {
				t.Errorf("topic %s: talkCount %d, %d talks", x.ID, x.TalkCount, len(x.Talks))
			}
			if i > 0 && resp.Topics[i-1].TalkCount < x.TalkCount {
				t.Errorf("topics not by talk count: %s (%d) before %s (%d)", resp.Topics[i-1].ID, resp.Topics[i-1].TalkCount, x.ID, x.TalkCount)
			}
		}
		var ids []string
		for _, x := range resp.Talk.Topics {
			ids = append(ids, x.ID)
		}
		if diff := cmp.Diff([]string{"calico", "kubernetes", "open-policy-agent"}, ids); diff != "" {
			t.Errorf("talk.topics (-want +got):\n%s", diff)
		}
		if resp.Topic.Name != "Kubernetes" {
			t.Errorf("topic(kubernetes).name = %q", resp.Topic.Name)
		}
	})

	t.Run("a post lists the talks and events it produced", func(t *testing.T) {
		var resp struct {
			Post struct {
				Talks  []struct{ DisplayTitle string }
				Events []struct{ ID, Date string }
			}
		}
		c.MustPost(`{ post(id: "helsinki-gophers-january-2025") { talks { displayTitle } events { id date } } }`, &resp)
		var titles []string
		for _, tk := range resp.Post.Talks {
			titles = append(titles, tk.DisplayTitle)
		}
		if diff := cmp.Diff([]string{"Fuzzing the standard library", "Go on small boards", "Profiling Go services in production"}, titles); diff != "" {
			t.Errorf("post.talks (-want +got):\n%s", diff)
		}
		if len(resp.Post.Events) != 1 || resp.Post.Events[0].Date != "2025-01-21" {
			t.Errorf("post.events = %+v, want the one Helsinki meetup of 2025-01-21", resp.Post.Events)
		}
	})

	t.Run("affiliations and hosts come with their evidence", func(t *testing.T) {
		var resp struct {
			Person struct {
				Affiliations []struct {
					Company struct{ Name string }
					Sources []struct {
						Sentence   string
						Confidence float64
						Post       struct{ ID string }
					}
				}
			}
			Event struct {
				Host        struct{ Name string }
				HostSources []struct {
					Sentence string
					Post     struct{ ID string }
				}
			}
		}
		c.MustPost(`{ person(id: "mara-ellison") { affiliations { company { name } sources { sentence confidence post { id } } } }
			event(id: "helsinki-fi-2025-01-21") { host { name } hostSources { sentence post { id } } } }`, &resp)
		a := resp.Person.Affiliations
		if len(a) != 1 || a[0].Company.Name != "Quillfeather Labs" {
			t.Fatalf("affiliations = %+v, want Quillfeather Labs", a)
		}
		var posts []string
		for _, s := range a[0].Sources {
			posts = append(posts, s.Post.ID)
			if s.Sentence == "" || s.Confidence <= 0 {
				t.Errorf("affiliation source without sentence or confidence: %+v", s)
			}
		}
		sort.Strings(posts)
		if diff := cmp.Diff([]string{"helsinki-gophers-january-2025", "nordic-gophers-autumn-tour-2024"}, posts); diff != "" {
			t.Errorf("affiliation sources (-want +got):\n%s", diff)
		}
		hs := resp.Event.HostSources
		if resp.Event.Host.Name != "Tundra Data" || len(hs) != 1 || hs[0].Post.ID != "helsinki-gophers-january-2025" ||
			!regexp.MustCompile(`hosted at Tundra Data`).MatchString(hs[0].Sentence) {
			t.Errorf("event host %q with sources %+v, want Tundra Data with the post's sentence", resp.Event.Host.Name, hs)
		}
	})

	t.Run("co-speakers come with the number of events shared", func(t *testing.T) {
		var resp struct {
			Person struct {
				CoSpeakersWithCount []struct {
					Person       struct{ Name string }
					SharedEvents int
				}
			}
		}
		c.MustPost(`{ person(id: "sami-koskinen") { coSpeakersWithCount { person { name } sharedEvents } } }`, &resp)
		got := map[string]int{}
		for _, cs := range resp.Person.CoSpeakersWithCount {
			got[cs.Person.Name] = cs.SharedEvents
		}
		// Copenhagen: Ingrid Vaal; Helsinki: Mara Ellison and Aino Lehto.
		if diff := cmp.Diff(map[string]int{"Aino Lehto": 1, "Ingrid Vaal": 1, "Mara Ellison": 1}, got); diff != "" {
			t.Errorf("coSpeakersWithCount (-want +got):\n%s", diff)
		}
	})

	t.Run("cities have the gazetteer's coordinates", func(t *testing.T) {
		var resp struct {
			Cities struct {
				Nodes []struct {
					ID, Name            string
					Latitude, Longitude *float64
				}
			}
		}
		c.MustPost(`{ cities(first: 100) { nodes { id name latitude longitude } } }`, &resp)
		if len(resp.Cities.Nodes) < 5 {
			t.Fatalf("%d cities, want the example posts' cities", len(resp.Cities.Nodes))
		}
		for _, city := range resp.Cities.Nodes {
			if city.Latitude == nil || city.Longitude == nil {
				t.Errorf("city %s has no coordinates", city.ID)
				continue
			}
			// Every example city is a city of the gazetteer by its own name.
			want, ok := gazetteer.Lookup(city.Name)
			if !ok || want.ID != city.ID {
				continue
			}
			if *city.Latitude != want.Latitude || *city.Longitude != want.Longitude {
				t.Errorf("city %s at %v, %v, want the gazetteer's %v, %v", city.ID, *city.Latitude, *city.Longitude, want.Latitude, want.Longitude)
			}
		}
		var one struct {
			City struct{ Latitude, Longitude float64 }
		}
		c.MustPost(`{ city(id: "helsinki-fi") { latitude longitude } }`, &one)
		if math.Abs(one.City.Latitude-60.17) > 0.01 || math.Abs(one.City.Longitude-24.94) > 0.01 {
			t.Errorf("Helsinki at %v, %v, want about 60.17, 24.94", one.City.Latitude, one.City.Longitude)
		}
	})

	t.Run("stats say when the graph was last loaded", func(t *testing.T) {
		var resp struct {
			Stats struct{ LastLoadedAt *string }
		}
		c.MustPost(`{ stats { lastLoadedAt } }`, &resp)
		if resp.Stats.LastLoadedAt == nil {
			t.Fatal("lastLoadedAt is null after a load")
		}
		at, err := time.Parse(time.RFC3339, *resp.Stats.LastLoadedAt)
		if err != nil {
			t.Fatalf("lastLoadedAt %q is not RFC 3339: %v", *resp.Stats.LastLoadedAt, err)
		}
		if d := time.Since(at); d < -time.Minute || d > time.Hour {
			t.Errorf("lastLoadedAt %s is not about now", at)
		}
	})

	t.Run("each new list field costs one Cypher query whatever the number of parents", func(t *testing.T) {
		h := graph.NewHandler(st, graph.Options{Timeout: time.Minute})
		for _, tc := range []struct {
			name, query string
			want        int
		}{
			{"topics with their talks and the talks' topics", `{ topics(first: 50) { name talks(first: 50) { title topics { name } } } }`, 3},
			{"posts with their talks and events", `{ posts(first: 100) { nodes { title talks(first: 100) { title } events(first: 100) { name } } } }`, 3},
			{"people with affiliations, their sources' posts, and co-speakers",
				`{ people(first: 100) { nodes { name affiliations { company { name } sources { sentence post { title } } } coSpeakersWithCount { sharedEvents person { name } } } } }`, 4},
			{"events with host evidence", `{ events(first: 100) { nodes { name hostSources { sentence post { title } } } } }`, 3},
			{"talks with dates", `{ talks(first: 100) { nodes { title date { first last } } } }`, 1},
		} {
			t.Run(tc.name, func(t *testing.T) {
				if got := cypherQueries(t, h, tc.query); got != tc.want {
					t.Errorf("Cypher queries = %d, want %d", got, tc.want)
				}
			})
		}
	})
}
