package graph_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"

	"github.com/talkgraph/talkgraph/graph"
	"github.com/talkgraph/talkgraph/loader"
	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/store/storetest"
)

// openAPI loads the example posts into the test Neo4j and returns a client of the API over
// them, talking HTTP to the real handler.
// testTimeout is the API's time limit in tests: generous, because on a busy machine a cold
// Neo4j plans its first queries slowly, and these tests check answers, not speed (the
// benchmarks do that).
const testTimeout = 2 * time.Minute

func openAPI(t *testing.T) (*client.Client, *store.Store) {
	t.Helper()
	st := storetest.Open(t)
	if _, err := loader.Load(context.Background(), st, []string{"../examples/posts"}, loader.Options{}); err != nil {
		t.Fatalf("load examples: %v", err)
	}
	return client.New(graph.NewHandler(st, graph.Options{Timeout: testTimeout})), st
}

func TestTalksInSeveralCities(t *testing.T) {
	c, _ := openAPI(t)
	var resp struct {
		TalksInSeveralCities []struct {
			Title        *string
			DisplayTitle string
			CityCount    int
			Cities       []struct{ Name string }
			Speakers     []struct{ Name string }
		}
	}
	c.MustPost(`{ talksInSeveralCities(minCities: 2) { title displayTitle cityCount cities { name } speakers { name } } }`, &resp)
	got := map[string][]string{}
	var order []int
	for _, tk := range resp.TalksInSeveralCities {
		var names []string
		for _, city := range tk.Cities {
			names = append(names, city.Name)
		}
		sort.Strings(names)
		got[tk.DisplayTitle] = names
		order = append(order, tk.CityCount)
		if tk.CityCount != len(tk.Cities) {
			t.Errorf("%s: cityCount %d but %d cities", tk.DisplayTitle, tk.CityCount, len(tk.Cities))
		}
	}
	want := map[string][]string{
		"A recap of KubeCon San Diego":           {"Kitchener-Waterloo", "Montreal", "Ottawa", "Quebec City", "Toronto"},
		"A round-up of Go news":                  {"Copenhagen", "Oslo", "Stockholm"},
		"Profiling Go services in production":    {"Helsinki", "Oslo", "Stockholm"},
		"Structured logging with slog":           {"Copenhagen", "Stockholm"},
		"Fuzzing the standard library":           {"Copenhagen", "Helsinki"},
		"Build Your Own Serverless with Knative": {"Montreal", "Quebec City"},
		"Designing a complete CI/CD pipeline using Argo Events, Workflow, and CD projects": {"Kitchener-Waterloo", "Toronto"},
		"A case study on how the City of Ottawa moved to cloud native infrastructure":      {"Ottawa", "Toronto"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("talksInSeveralCities (-want +got):\n%s", diff)
	}
	if !sort.SliceIsSorted(order, func(i, j int) bool { return order[i] > order[j] }) {
		t.Errorf("talks are not ordered most cities first: %v", order)
	}

	t.Run("a higher minimum keeps only the talks given in that many cities", func(t *testing.T) {
		var r struct{ TalksInSeveralCities []struct{ CityCount int } }
		c.MustPost(`{ talksInSeveralCities(minCities: 4) { cityCount } }`, &r)
		if len(r.TalksInSeveralCities) != 1 || r.TalksInSeveralCities[0].CityCount != 5 {
			t.Errorf("talksInSeveralCities(minCities: 4) = %+v, want the one talk in 5 cities", r.TalksInSeveralCities)
		}
	})
}

func TestLookupsAndRelationships(t *testing.T) {
	c, _ := openAPI(t)

	t.Run("a person answers with companies, talks and the cities they spoke in", func(t *testing.T) {
		var resp struct {
			Person struct {
				Name      string
				Companies []struct{ Name string }
				Talks     []struct{ Title string }
				Cities    []struct{ Name string }
			}
		}
		c.MustPost(`query($id: ID!) { person(id: $id) { name companies { name } talks { title } cities { name } } }`, &resp, client.Var("id", "mara-ellison"))
		p := resp.Person
		if p.Name != "Mara Ellison" || len(p.Companies) != 1 || p.Companies[0].Name != "Quillfeather Labs" {
			t.Errorf("person = %+v, want Mara Ellison of Quillfeather Labs", p)
		}
		if len(p.Talks) != 1 || p.Talks[0].Title != "Profiling Go services in production" {
			t.Errorf("talks = %+v, want her one talk", p.Talks)
		}
		if len(p.Cities) != 3 {
			t.Errorf("cities = %+v, want Helsinki, Oslo and Stockholm", p.Cities)
		}
	})

	t.Run("an event answers with its city, host, talks and source post", func(t *testing.T) {
		var resp struct {
			Events struct {
				Nodes []struct {
					Name   string
					City   *struct{ Name string }
					Host   *struct{ Name string }
					Talks  []struct{ DisplayTitle string }
					Source *struct{ ID, Title string }
				}
			}
		}
		c.MustPost(`{ events(first: 100) { nodes { name city { name } host { name } talks { displayTitle } source { id title } } } }`, &resp)
		found := false
		for _, e := range resp.Events.Nodes {
			if e.City != nil && e.City.Name == "Helsinki" {
				found = true
				if e.Host == nil || e.Host.Name != "Tundra Data" || len(e.Talks) != 3 || e.Source == nil || e.Source.ID != "helsinki-gophers-january-2025" {
					t.Errorf("Helsinki event = %+v", e)
				}
			}
		}
		if !found {
			t.Error("no event in Helsinki")
		}
	})

	t.Run("a company answers with its people and hosted events", func(t *testing.T) {
		var resp struct {
			Company struct {
				Name         string
				People       []struct{ Name string }
				HostedEvents []struct{ City struct{ Name string } }
			}
		}
		c.MustPost(`{ company(id: "tundra-data") { name people { name } hostedEvents { city { name } } } }`, &resp)
		co := resp.Company
		if co.Name != "Tundra Data" || len(co.People) != 1 || co.People[0].Name != "Sami Koskinen" || len(co.HostedEvents) != 2 {
			t.Errorf("company = %+v, want Tundra Data with Sami Koskinen, hosting Copenhagen and Helsinki", co)
		}
	})

	t.Run("a city answers with its events and talks", func(t *testing.T) {
		var resp struct {
			City struct {
				Name    string
				Country string
				Events  []struct{ Name string }
				Talks   []struct{ DisplayTitle string }
			}
		}
		c.MustPost(`{ city(id: "toronto-ca") { name country events { name } talks { displayTitle } } }`, &resp)
		if resp.City.Name != "Toronto" || resp.City.Country != "CA" || len(resp.City.Events) != 1 || len(resp.City.Talks) != 4 {
			t.Errorf("city = %+v, want Toronto with one event and four talks", resp.City)
		}
	})

	t.Run("a talk's sources name the posts and sentences behind it", func(t *testing.T) {
		var resp struct {
			Talk struct {
				Sources []struct {
					Post       struct{ ID string }
					Sentence   *string
					Confidence float64
				}
			}
		}
		c.MustPost(`{ talk(id: "profiling-go-services-in-production") { sources { post { id } sentence confidence } } }`, &resp)
		var posts []string
		for _, s := range resp.Talk.Sources {
			posts = append(posts, s.Post.ID)
			if s.Sentence == nil || !strings.Contains(*s.Sentence, "Profiling Go services") && !strings.Contains(*s.Sentence, "Mara Ellison") {
				t.Errorf("source sentence = %v, want the sentence naming the talk", s.Sentence)
			}
			if s.Confidence <= 0 || s.Confidence > 1 {
				t.Errorf("confidence = %v, want in (0, 1]", s.Confidence)
			}
		}
		sort.Strings(posts)
		if diff := cmp.Diff([]string{"helsinki-gophers-january-2025", "nordic-gophers-autumn-tour-2024"}, posts); diff != "" {
			t.Errorf("source posts (-want +got):\n%s", diff)
		}
	})

	t.Run("an unknown id answers null, not an error", func(t *testing.T) {
		var resp struct{ Talk *struct{ ID string } }
		if err := c.Post(`{ talk(id: "no-such-talk") { id } }`, &resp); err != nil {
			t.Fatalf("talk(no-such-talk) error = %v, want null", err)
		}
		if resp.Talk != nil {
			t.Errorf("talk(no-such-talk) = %+v, want null", resp.Talk)
		}
	})

	t.Run("stats count every kind of node", func(t *testing.T) {
		var resp struct{ Stats store.Stats }
		c.MustPost(`{ stats { posts talks people companies events cities } }`, &resp)
		want := store.Stats{Posts: 3, Talks: 15, People: 14, Companies: 13, Events: 9, Cities: 9}
		if diff := cmp.Diff(want, resp.Stats); diff != "" {
			t.Errorf("stats (-want +got):\n%s", diff)
		}
	})
}

func TestPagination(t *testing.T) {
	c, _ := openAPI(t)
	var all []string
	after := ""
	for page := 0; page < 20; page++ {
		var resp struct {
			Talks struct {
				Edges []struct {
					Cursor string
					Node   struct{ ID string }
				}
				PageInfo struct {
					HasNextPage bool
					EndCursor   *string
				}
			}
		}
		c.MustPost(`query($after: String) { talks(first: 4, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, &resp, client.Var("after", after))
		for _, e := range resp.Talks.Edges {
			all = append(all, e.Node.ID)
		}
		if !resp.Talks.PageInfo.HasNextPage {
			break
		}
		after = *resp.Talks.PageInfo.EndCursor
	}
	seen := map[string]bool{}
	for _, id := range all {
		if seen[id] {
			t.Errorf("talk %s appears on two pages", id)
		}
		seen[id] = true
	}
	if len(all) != 15 {
		t.Errorf("paged through %d talks, want all 15", len(all))
	}
}

// post sends a raw GraphQL request and decodes the response's errors.
func post(t *testing.T, h http.Handler, body string) (int, []struct {
	Message    string
	Extensions map[string]any
}) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var resp struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatalf("response is not JSON: %v\n%s", err, rec.Body.String())
	}
	return rec.Code, resp.Errors
}

func TestBadRequestsGetClearErrors(t *testing.T) {
	st := storetest.Open(t)
	h := graph.NewHandler(st, graph.Options{MaxBodyBytes: 2048})
	deep := `{"query":"{ people { nodes { talks { speakers { talks { speakers { talks { speakers { talks { speakers { talks { id } } } } } } } } } } } }"}`
	tests := []struct {
		name, body, code string
	}{
		{"malformed GraphQL is a parse error", `{"query":"{ talks { "}`, "GRAPHQL_PARSE_FAILED"},
		{"an unknown field is a validation error", `{"query":"{ nope }"}`, "GRAPHQL_VALIDATION_FAILED"},
		{"a page larger than the maximum is refused", `{"query":"{ talks(first: 1000) { nodes { id } } }"}`, graph.CodeBadUserInput},
		{"a cursor from nowhere is refused", `{"query":"{ talks(after: \"garbage!\") { nodes { id } } }"}`, graph.CodeBadUserInput},
		{"a query nested too deep is refused", deep, graph.CodeDepthLimit},
		{"a query asking for too much is refused", `{"query":"{ people(first: 100) { nodes { talks(first: 100) { speakers { talks(first: 100) { id } } } } } }"}`, graph.CodeComplexityLimit},
		{"a body over the limit is refused", `{"query":"{ stats { posts } }","variables":{"pad":"` + strings.Repeat("x", 4096) + `"}}`, "BODY_TOO_LARGE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := post(t, h, tt.body)
			if len(errs) == 0 {
				t.Fatal("no error")
			}
			if got := errs[0].Extensions["code"]; got != tt.code {
				t.Errorf("extensions.code = %v, want %s (message %q)", got, tt.code, errs[0].Message)
			}
		})
	}
}

func TestIntrospectionStaysWithinTheLimits(t *testing.T) {
	st := storetest.Open(t)
	h := graph.NewHandler(st, graph.Options{Timeout: testTimeout})
	q, _ := json.Marshal(map[string]string{"query": introspectionQuery})
	code, errs := post(t, h, string(q))
	if code != http.StatusOK || len(errs) > 0 {
		t.Errorf("introspection = %d %+v, want 200 without errors", code, errs)
	}
}

// introspectionQuery is the query GraphQL tools send to learn a schema.
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}`
