package graph_test

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"

	"github.com/talkgraph/talkgraph/graph"
)

func TestRelationshipQuestions(t *testing.T) {
	c, st := openAPI(t)

	t.Run("speakers in several cities, most cities first", func(t *testing.T) {
		var resp struct {
			SpeakersInSeveralCities []struct {
				Name      string
				CityCount int
			}
		}
		c.MustPost(`{ speakersInSeveralCities(minCities: 2) { name cityCount } }`, &resp)
		got := map[string]int{}
		for _, p := range resp.SpeakersInSeveralCities {
			got[p.Name] = p.CityCount
		}
		want := map[string]int{"Mara Ellison": 3, "Alex Gervais": 2, "Chris Carty": 2, "Ingrid Vaal": 2, "Julian Mazzitelli": 2, "Sami Koskinen": 2}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("speakersInSeveralCities (-want +got):\n%s", diff)
		}
		if resp.SpeakersInSeveralCities[0].Name != "Mara Ellison" {
			t.Errorf("first = %s, want the speaker in the most cities", resp.SpeakersInSeveralCities[0].Name)
		}
	})

	t.Run("co-speakers are the people who spoke at the same events", func(t *testing.T) {
		var resp struct {
			Person struct{ CoSpeakers []struct{ Name string } }
		}
		c.MustPost(`{ person(id: "sami-koskinen") { coSpeakers { name } } }`, &resp)
		var names []string
		for _, p := range resp.Person.CoSpeakers {
			names = append(names, p.Name)
		}
		sort.Strings(names)
		// Copenhagen: Ingrid Vaal; Helsinki: Mara Ellison and Aino Lehto.
		if diff := cmp.Diff([]string{"Aino Lehto", "Ingrid Vaal", "Mara Ellison"}, names); diff != "" {
			t.Errorf("coSpeakers (-want +got):\n%s", diff)
		}
	})

	t.Run("a connection between two people goes through their talks and events", func(t *testing.T) {
		var resp struct {
			Connection *struct {
				Length int
				Nodes  []struct {
					Typename string `json:"__typename"`
					ID       string
				}
				Relationships []struct {
					Type, From, To string
					Source         struct{ ID string }
				}
			}
		}
		c.MustPost(`{ connection(from: "jonas-brekke", to: "sami-koskinen") { length nodes { __typename id } relationships { type from to source { id } } } }`, &resp)
		p := resp.Connection
		if p == nil {
			t.Fatal("no connection")
		}
		// Jonas gave a talk in Oslo, where the Go news round-up was also given; it was given
		// in Copenhagen too, where Sami spoke (or which his company hosted): six steps.
		if p.Length != 6 || len(p.Nodes) != 7 || len(p.Relationships) != 6 {
			t.Fatalf("connection = %+v, want six steps", p)
		}
		if p.Nodes[0].ID != "jonas-brekke" || p.Nodes[6].ID != "sami-koskinen" {
			t.Errorf("path from %s to %s, want jonas-brekke to sami-koskinen", p.Nodes[0].ID, p.Nodes[6].ID)
		}
		for i, r := range p.Relationships {
			a, b := p.Nodes[i].ID, p.Nodes[i+1].ID
			if !(r.From == a && r.To == b || r.From == b && r.To == a) {
				t.Errorf("step %d %+v does not join %s and %s", i, r, a, b)
			}
			if r.Source.ID == "" {
				t.Errorf("step %d has no source post", i)
			}
		}
	})

	t.Run("a company and a city are connected through a hosted event", func(t *testing.T) {
		var resp struct {
			Connection *struct {
				Length        int
				Relationships []struct{ Type string }
			}
		}
		c.MustPost(`{ connection(from: "ecobee", to: "toronto-ca") { length relationships { type } } }`, &resp)
		if resp.Connection == nil || resp.Connection.Length != 2 || resp.Connection.Relationships[0].Type != "HOSTED" || resp.Connection.Relationships[1].Type != "IN" {
			t.Errorf("connection = %+v, want HOSTED then IN", resp.Connection)
		}
	})

	t.Run("objects that are not connected answer null", func(t *testing.T) {
		var resp struct{ Connection *struct{ Length int } }
		c.MustPost(`{ connection(from: "mara-ellison", to: "olga-kundzich") { length } }`, &resp)
		if resp.Connection != nil {
			t.Errorf("connection = %+v, want null", resp.Connection)
		}
	})

	t.Run("companies ranked by speakers", func(t *testing.T) {
		var resp struct {
			CompaniesBySpeakers []struct {
				Name         string
				SpeakerCount int
			}
		}
		c.MustPost(`{ companiesBySpeakers(first: 3) { name speakerCount } }`, &resp)
		if len(resp.CompaniesBySpeakers) != 3 || resp.CompaniesBySpeakers[0].Name != "Microsoft" || resp.CompaniesBySpeakers[0].SpeakerCount != 2 {
			t.Errorf("companiesBySpeakers = %+v, want Microsoft (2 speakers) first", resp.CompaniesBySpeakers)
		}
	})

	t.Run("events per city per year", func(t *testing.T) {
		var resp struct {
			EventsPerCityPerYear []struct {
				City   struct{ Name string }
				Year   int
				Events int
			}
		}
		c.MustPost(`{ eventsPerCityPerYear { city { name } year events } }`, &resp)
		if len(resp.EventsPerCityPerYear) != 1 || resp.EventsPerCityPerYear[0].City.Name != "Helsinki" || resp.EventsPerCityPerYear[0].Year != 2025 || resp.EventsPerCityPerYear[0].Events != 1 {
			t.Errorf("eventsPerCityPerYear = %+v, want Helsinki 2025: 1 (the only dated event)", resp.EventsPerCityPerYear)
		}
	})

	t.Run("node finds any object by id", func(t *testing.T) {
		tests := []struct{ id, typename string }{
			{"mara-ellison", "Person"}, {"tundra-data", "Company"}, {"oslo-no", "City"},
			{"structured-logging-with-slog", "Talk"}, {"helsinki-gophers-january-2025", "Post"},
		}
		for _, tt := range tests {
			var resp struct {
				Node *struct {
					Typename string `json:"__typename"`
					ID       string
				}
			}
			c.MustPost(`query($id: ID!) { node(id: $id) { __typename id } }`, &resp, client.Var("id", tt.id))
			if resp.Node == nil || resp.Node.Typename != tt.typename || resp.Node.ID != tt.id {
				t.Errorf("node(%q) = %+v, want a %s", tt.id, resp.Node, tt.typename)
			}
		}
		var resp struct{ Node *struct{ ID string } }
		c.MustPost(`{ node(id: "nothing-here") { id } }`, &resp)
		if resp.Node != nil {
			t.Errorf("node(nothing-here) = %+v, want null", resp.Node)
		}
	})

	t.Run("search tolerates a misspelt name", func(t *testing.T) {
		tests := []struct{ text, want string }{
			{"Mara Elison", "Mara Ellison"},
			{"koskinnen", "Sami Koskinen"},
			{"structured loging", "Structured logging with slog"},
			{"Quilfeather", "Quillfeather Labs"},
			{"Torontoo", "Toronto"},
		}
		for _, tt := range tests {
			var resp struct {
				Search []struct {
					Typename string `json:"__typename"`
					Name     string
					Title    string
				}
			}
			c.MustPost(`query($q: String!) { search(text: $q, first: 5) { __typename ... on Person { name } ... on Company { name } ... on City { name } ... on Talk { title } } }`, &resp, client.Var("q", tt.text))
			if len(resp.Search) == 0 || resp.Search[0].Name != tt.want && resp.Search[0].Title != tt.want {
				t.Errorf("search(%q) = %+v, want %s first", tt.text, resp.Search, tt.want)
			}
		}
	})

	t.Run("search refuses text without words and overlong text", func(t *testing.T) {
		h := graph.NewHandler(st, graph.Options{Timeout: testTimeout})
		for _, body := range []string{`{"query":"{ search(text: \"!!! ~~~\") { __typename } }"}`, `{"query":"{ search(text: \"` + strings.Repeat("a", 300) + `\") { __typename } }"}`} {
			_, errs := post(t, h, body)
			if len(errs) == 0 || errs[0].Extensions["code"] != graph.CodeBadUserInput {
				t.Errorf("search with %.40s... = %+v, want BAD_USER_INPUT", body, errs)
			}
		}
	})
}

func TestAutomaticPersistedQueries(t *testing.T) {
	_, st := openAPI(t)
	h := graph.NewHandler(st, graph.Options{Timeout: testTimeout})
	query := `{ stats { talks } }`
	sum := sha256.Sum256([]byte(query))
	hash := hex.EncodeToString(sum[:])
	ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + hash + `"}}`
	get := func(withQuery bool) string {
		v := url.Values{"extensions": {ext}}
		if withQuery {
			v.Set("query", query)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/graphql?"+v.Encode(), nil))
		return rec.Body.String()
	}
	if body := get(false); !strings.Contains(body, "PersistedQueryNotFound") {
		t.Errorf("an unknown hash = %s, want PersistedQueryNotFound", body)
	}
	if body := get(true); !strings.Contains(body, `"talks":15`) {
		t.Errorf("registering the query = %s, want its answer", body)
	}
	if body := get(false); !strings.Contains(body, `"talks":15`) {
		t.Errorf("the hash alone = %s, want the answer", body)
	}
}
