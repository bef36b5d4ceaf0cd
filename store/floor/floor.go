// Package floor holds the benchmark's floor: talkgraph's benchmark queries answered with one
// hand-written Cypher query each through the Go driver, in process, with no GraphQL layer.
// talkgraph's latency is measured against it (see bench). It lives under store because store
// is where talkgraph's Cypher lives; nothing outside the benchmark imports it.
package floor

import (
	"context"
	"encoding/json"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/talkgraph/talkgraph/store"
)

// floorMultiCity reads what the answer needs from the lists the loader keeps on each talk
// (the same model talkgraph reads; see store's recountQuery): no traversal.
const floorMultiCity = `
MATCH (t:Talk) WHERE t.cityCount >= 2
WITH t ORDER BY t.cityCount DESC, t.sortKey, t.id LIMIT 100
RETURN t{.id, .title, .displayTitle, .cityCount, .cityNames, .speakerNames, .companyOwner, .companyNames} AS talk`

const floorTalksPage = `
MATCH (t:Talk) WHERE t.sortKey IS NOT NULL
WITH t ORDER BY t.sortKey, t.id LIMIT 50
RETURN t{.id, .title, .sortKey,
  events: COLLECT { MATCH (t)-[:PRESENTED_AT]->(e:Event) WITH DISTINCT e ORDER BY e.date, e.sortKey, e.id
    RETURN e{.name, .date,
      city: COLLECT { MATCH (e)-[:IN]->(c:City) RETURN c{.name} LIMIT 1 }[0],
      host: COLLECT { MATCH (h:Company)-[:HOSTED]->(e) RETURN h{.name} LIMIT 1 }[0]} }
} AS talk`

const floorPersonProfile = `
MATCH (p:Person {id: $id})
RETURN p{.name,
  companies: COLLECT { MATCH (p)-[:WORKS_FOR]->(co:Company) WITH DISTINCT co ORDER BY co.sortKey, co.id RETURN co{.name} },
  talks: COLLECT { MATCH (p)-[:GAVE]->(t:Talk) WITH DISTINCT t ORDER BY t.sortKey, t.id LIMIT 20
    RETURN t{.title, .speakerNames,
      events: COLLECT { MATCH (t)-[:PRESENTED_AT]->(e:Event) WITH DISTINCT e ORDER BY e.date, e.sortKey, e.id
        RETURN e{.name, city: COLLECT { MATCH (e)-[:IN]->(c:City) RETURN c{.name} LIMIT 1 }[0]} }} }
} AS person`

const floorSearch = `
CALL db.index.fulltext.queryNodes('search', $q) YIELD node AS n, score
WITH n, score ORDER BY score DESC, n.id LIMIT 10
RETURN n{.id, .title, .name} AS hit`

// Floor runs the hand-written queries through one driver.
type Floor struct {
	Driver neo4j.DriverWithContext
}

// Query runs the floor's version of a benchmark query and encodes the records as JSON, the
// work a client of the answer would need.
func (f Floor) Query(ctx context.Context, name string, p Params) error {
	var query string
	params := map[string]any{}
	switch name {
	case "multiCity":
		query = floorMultiCity
	case "talksPage":
		query = floorTalksPage
	case "personProfile":
		query, params["id"] = floorPersonProfile, p.PersonID
	case "search":
		query, params["q"] = floorSearch, store.LuceneQuery(p.SearchText)
	}
	res, err := neo4j.ExecuteQuery(ctx, f.Driver, query, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return err
	}
	rows := make([]any, len(res.Records))
	for i, r := range res.Records {
		rows[i] = r.Values[0]
		switch name {
		case "multiCity":
			rows[i] = nestTalk(r.Values[0])
		case "personProfile":
			p, _ := r.Values[0].(map[string]any)
			if talks, ok := p["talks"].([]any); ok {
				for _, t := range talks {
					nestTalk(t)
				}
			}
		}
	}
	_, err = json.Marshal(rows)
	return err
}

// nestTalk turns the lists a talk keeps (names of cities, speakers, and the speakers'
// companies by owner index) into the nested objects of the answer, in place.
func nestTalk(v any) any {
	t, _ := v.(map[string]any)
	if t == nil {
		return v
	}
	if names, ok := t["cityNames"].([]any); ok {
		cities := make([]any, len(names))
		for i, n := range names {
			cities[i] = map[string]any{"name": n}
		}
		t["cities"] = cities
		delete(t, "cityNames")
	}
	names, _ := t["speakerNames"].([]any)
	speakers := make([]map[string]any, len(names))
	for i, n := range names {
		speakers[i] = map[string]any{"name": n}
	}
	if owner, ok := t["companyOwner"].([]any); ok {
		for i := range speakers {
			speakers[i]["companies"] = []any{}
		}
		companies, _ := t["companyNames"].([]any)
		for i, o := range owner {
			if k, ok := o.(int64); ok && int(k) < len(speakers) && i < len(companies) {
				speakers[k]["companies"] = append(speakers[k]["companies"].([]any), map[string]any{"name": companies[i]})
			}
		}
		delete(t, "companyOwner")
		delete(t, "companyNames")
	}
	list := make([]any, len(speakers))
	for i := range speakers {
		list[i] = speakers[i]
	}
	t["speakers"] = list
	delete(t, "speakerNames")
	return t
}

// Params are what the benchmark queries need: a person with several talks and a search text
// with a typo.
type Params struct {
	PersonID   string
	SearchText string
}

// Reset deletes every node and relationship of the database, in transactions of a bounded
// size, keeping the schema. The benchmark uses it to load the corpus a second time into an
// empty graph on a Neo4j that has already run (warmed up), next to the first load on a freshly
// started one.
func Reset(ctx context.Context, d neo4j.DriverWithContext) error {
	for {
		res, err := neo4j.ExecuteQuery(ctx, d, resetQuery, nil, neo4j.EagerResultTransformer)
		if err != nil {
			return err
		}
		if n, _ := res.Records[0].Values[0].(int64); n == 0 {
			return nil
		}
	}
}

const resetQuery = `
MATCH (n)
WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted`
