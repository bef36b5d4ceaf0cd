package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/talkgraph/talkgraph/loader"
	"github.com/talkgraph/talkgraph/store/storetest"
)

func TestAppendQuotedWritesWhatGQLGenWrites(t *testing.T) {
	for _, s := range []string{
		"", "plain", `a "quoted" word`, `back\slash`, "tab\there", "line\nbreak\r\n",
		"\x00\x01\x1f\x7f", "<b>&amp;</b>", "\u2028\u2029", "naïve café 東京", "bad \xff\xfe utf-8",
		"emoji 🚀 and \"mix\"\x02",
	} {
		var want bytes.Buffer
		graphql.MarshalString(s).MarshalGQL(&want)
		if got := appendQuoted(nil, s); string(got) != want.String() {
			t.Errorf("appendQuoted(%q) = %s, want %s", s, got, want.String())
		}
	}
}

// TestDirectEncodingAnswersWhatGQLGenAnswers sends each query to two handlers on the same
// graph, one with the direct encoding and one that leaves every field to gqlgen, and compares
// the response bodies byte for byte (the Cypher query count in the extensions included).
func TestDirectEncodingAnswersWhatGQLGenAnswers(t *testing.T) {
	st := storetest.Open(t)
	if _, err := loader.Load(context.Background(), st, []string{"../examples/posts"}, loader.Options{}); err != nil {
		t.Fatalf("load examples: %v", err)
	}
	fast, res := newHandler(st, Options{Timeout: 2 * time.Minute})
	slow := NewHandler(st, Options{Timeout: 2 * time.Minute, GQLGenOnly: true})

	var ids struct {
		Data struct {
			SpeakersInSeveralCities []struct{ ID string }
			TalksInSeveralCities    []struct{ ID string }
		}
	}
	if err := json.Unmarshal(postBody(t, slow, `{ speakersInSeveralCities(first: 1) { id } talksInSeveralCities(first: 1) { id } }`, nil), &ids); err != nil ||
		len(ids.Data.SpeakersInSeveralCities) == 0 || len(ids.Data.TalksInSeveralCities) == 0 {
		t.Fatalf("no speaker or talk in several cities to ask about (%v)", err)
	}
	person := ids.Data.SpeakersInSeveralCities[0].ID
	talk := ids.Data.TalksInSeveralCities[0].ID

	tests := []struct {
		name   string
		query  string
		vars   map[string]any
		direct bool // the direct encoding must serve at least part of it
	}{
		{"the benchmark's multi-city question",
			`{ talksInSeveralCities(minCities: 2) { id title displayTitle cityCount cities { name } speakers { name companies { name } } } }`, nil, true},
		{"the benchmark's person profile",
			`query($id: ID!) { person(id: $id) { name companies { name } talks { title events { name city { name } } speakers { name } } } }`,
			map[string]any{"id": person}, true},
		{"the benchmark's page of talks",
			`{ talks(first: 50) { edges { cursor node { id title events { name date city { name } host { name } } } } } }`, nil, true},
		{"a page of talks with nodes, page information and a cursor to start after",
			`query($after: String) { talks(first: 3, after: $after) { __typename n: nodes { id cities { name } } pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor } edges { __typename c: cursor node { __typename title } } } }`,
			map[string]any{"after": nil}, true},
		{"a page of talks with its total count is left to gqlgen",
			`{ talks(first: 3) { totalCount nodes { id } } }`, nil, false},
		{"aliases at every level",
			`{ a: talksInSeveralCities { key: id t: title title cities { n: name name id __typename } s: speakers { who: name co: companies { n: name } } } b: talksInSeveralCities(first: 2) { id } }`, nil, true},
		{"a field asked twice under one alias is written once",
			`{ talksInSeveralCities { id id title cities { name } cities { id } } }`, nil, true},
		{"named and inline fragments, with type conditions on the type and its interfaces",
			`query { talksInSeveralCities { ...T } } fragment T on Talk { id ... on Node { id } ... on SearchResult { __typename } cities { ...C } speakers { ... on Person { name companies { ... on Company { name } } } } } fragment C on City { name ... on Node { id } }`, nil, true},
		{"a fragment on a type the object can never be is refused",
			`{ talksInSeveralCities { id ... on Person { name } cities { ... on Talk { title } name } } }`, nil, false},
		{"skip and include by variables, both true",
			`query($s: Boolean!, $i: Boolean!) { talksInSeveralCities { id title @skip(if: $s) cities @include(if: $i) { name } speakers { name @include(if: $s) id } } }`,
			map[string]any{"s": true, "i": true}, true},
		{"skip and include by variables, both false",
			`query($s: Boolean!, $i: Boolean!) { talksInSeveralCities { id title @skip(if: $s) cities @include(if: $i) { name } speakers { name @include(if: $s) id } } }`,
			map[string]any{"s": false, "i": false}, true},
		{"skip on a fragment spread",
			`query($s: Boolean!) { talksInSeveralCities { id ...F @skip(if: $s) } } fragment F on Talk { title }`, map[string]any{"s": true}, true},
		{"nullable fields that are null",
			`{ talksInSeveralCities { title description recordingUrl slidesUrl eventCount } }`, nil, true},
		{"typename everywhere",
			`{ __typename talksInSeveralCities { __typename cities { __typename } speakers { __typename companies { __typename } } } }`, nil, true},
		{"fields a ready list lacks make the talks traverse",
			`{ talksInSeveralCities { id cities { id name country talkCount eventCount } speakers { id name talkCount cityCount } } }`, nil, true},
		{"a field the direct encoding does not know leaves it to gqlgen",
			`{ talksInSeveralCities { id date { first last } cities { name latitude } } }`, nil, false},
		{"a relation the store did not read leaves it to gqlgen",
			`{ talksInSeveralCities { id speakers { name talks { title } } } }`, nil, false},
		{"events with their cities and hosts",
			`{ talksInSeveralCities { id events { id name date talkCount city { id name country } host { id name speakerCount eventCount } } } }`, nil, true},
		{"events with their names only read neither city nor host",
			`{ talksInSeveralCities { id events { name } } }`, nil, true},
		{"events whose host one alias asks for and whose city a fragment does",
			`{ talksInSeveralCities { id a: events { name } b: events { host { name } ...C } } } fragment C on Event { city { name country } }`, nil, true},
		{"speakers in several cities with companies and a page of talks",
			`{ speakersInSeveralCities { id name talkCount cityCount companies { id name } talks(first: 3) { title cities { name } speakers { name } } } }`, nil, true},
		{"a person's talks with the page size from a variable",
			`query($id: ID!, $n: Int) { person(id: $id) { name talks(first: $n) { title } } }`, map[string]any{"id": person, "n": 3}, true},
		{"a person's talks with a null page size",
			`query($id: ID!, $n: Int) { person(id: $id) { name talks(first: $n) { title } } }`, map[string]any{"id": person, "n": nil}, true},
		{"two pages of a person's talks under two aliases",
			`query($id: ID!) { person(id: $id) { a: talks(first: 2) { title } b: talks(first: 3) { id } } }`, map[string]any{"id": person}, false},
		{"a page size out of range is an error",
			`query($id: ID!) { person(id: $id) { name talks(first: 500) { title } } }`, map[string]any{"id": person}, false},
		{"a person who does not exist is null",
			`{ person(id: "nobody-at-all") { name companies { name } } }`, nil, false},
		{"an error beside a direct answer",
			`{ talksInSeveralCities { id } bad: talksInSeveralCities(minCities: 0) { id } }`, nil, true},
		{"talks of a page, with speakers nested under gqlgen's connection",
			`{ talks(first: 5) { edges { cursor node { id title speakers { name companies { name } } } } } }`, nil, true},
		{"a talk by id with its speakers",
			`query($t: ID!) { talk(id: $t) { id speakers { id name } cities { name } } }`, map[string]any{"t": talk}, true},
		{"deferred fragments are left to gqlgen",
			`{ talksInSeveralCities { id ... @defer { title } } }`, nil, false},
		{"the person profile with every field the direct encoding knows",
			`query($id: ID!) { person(id: $id) { __typename id name talkCount cityCount companies { __typename id name speakerCount eventCount } talks { __typename id title displayTitle description recordingUrl slidesUrl cityCount eventCount events { id name date talkCount city { id name country eventCount talkCount } host { id name } } speakers { id name } cities { id name } } } }`,
			map[string]any{"id": person}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := res.directWrites.Load()
			got := postBody(t, fast, tt.query, tt.vars)
			want := postBody(t, slow, tt.query, tt.vars)
			if !bytes.Equal(got, want) {
				t.Errorf("direct encoding answered\n%s\nwant (gqlgen)\n%s", got, want)
			}
			if n := res.directWrites.Load() - before; tt.direct && n == 0 {
				t.Errorf("the direct encoding wrote nothing of %s", tt.query)
			}
			if strings.Contains(string(want), `"data":null`) && !strings.Contains(string(want), `"errors"`) {
				t.Errorf("no data and no errors: %s", want)
			}
		})
	}
}

func postBody(t *testing.T, h http.Handler, query string, vars map[string]any) []byte {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Body.Bytes()
}
