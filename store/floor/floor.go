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

const floorMultiCity = `
MATCH (t:Talk) WHERE t.cityCount >= 2
WITH t ORDER BY t.cityCount DESC, t.sortKey, t.id LIMIT 100
RETURN t{.id, .title, .displayTitle, .cityCount,
  cities: COLLECT { MATCH (t)-[:PRESENTED_AT]->(:Event)-[:IN]->(c:City) WITH DISTINCT c ORDER BY c.sortKey, c.id RETURN c{.name} },
  speakers: COLLECT { MATCH (t)<-[:GAVE]-(p:Person) WITH DISTINCT p ORDER BY p.sortKey, p.id
    RETURN p{.name, companies: COLLECT { MATCH (p)-[:WORKS_FOR]->(co:Company) WITH DISTINCT co ORDER BY co.sortKey, co.id RETURN co{.name} }} }
} AS talk`

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
    RETURN t{.title,
      events: COLLECT { MATCH (t)-[:PRESENTED_AT]->(e:Event) WITH DISTINCT e ORDER BY e.date, e.sortKey, e.id
        RETURN e{.name, city: COLLECT { MATCH (e)-[:IN]->(c:City) RETURN c{.name} LIMIT 1 }[0]} },
      speakers: COLLECT { MATCH (t)<-[:GAVE]-(s:Person) WITH DISTINCT s ORDER BY s.sortKey, s.id RETURN s{.name} }} }
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
	}
	_, err = json.Marshal(rows)
	return err
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
