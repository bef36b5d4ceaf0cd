package floor

import (
	"context"
	"strings"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/talkgraph/talkgraph/store"
)

// The loader's floor: the facts of already extracted posts written with one bulk query per
// batch, as fast as Neo4j takes them. It writes the nodes and relationships the loader
// writes, with the same keys for everything the benchmark's corpus holds (titled talks by
// title, events by city and date), and nothing else: no check of content hashes, no
// retraction of a post's earlier facts, no resolution of talk titles against the graph, no
// counts or ready lists. The benchmark measures talkgraph's loader against it.

const floorLoadQuery = `
UNWIND $posts AS post
MERGE (p:Post {id: post.id})
  ON CREATE SET p:Entity
SET p.url = post.url, p.title = post.title, p.published = post.published, p.author = post.author,
    p.file = post.file, p.contentHash = post.hash, p.sortKey = post.sortKey
WITH p, post
CALL {
  WITH p, post
  UNWIND post.cities AS c
  MERGE (x:City {id: c.id})
    ON CREATE SET x:Entity, x.name = c.name, x.country = c.country, x.sortKey = c.sortKey
  MERGE (p)-[:MENTIONS]->(x)
}
CALL {
  WITH p, post
  UNWIND post.companies AS c
  MERGE (x:Company {id: c.id})
    ON CREATE SET x:Entity, x.name = c.name, x.sortKey = c.sortKey
  MERGE (p)-[:MENTIONS]->(x)
}
CALL {
  WITH p, post
  UNWIND post.people AS c
  MERGE (x:Person {id: c.id})
    ON CREATE SET x:Entity, x.name = c.name, x.sortKey = c.sortKey
  MERGE (p)-[:MENTIONS]->(x)
}
CALL {
  WITH p, post
  UNWIND post.events AS e
  MERGE (x:Event {id: e.id})
    ON CREATE SET x:Entity, x.name = e.name, x.date = e.date, x.sortKey = e.sortKey
  MERGE (p)-[:MENTIONS]->(x)
}
CALL {
  WITH p, post
  UNWIND post.talks AS t
  MERGE (x:Talk {id: t.id})
    ON CREATE SET x:Entity, x.title = t.title, x.titleKey = t.titleKey, x.displayTitle = t.displayTitle, x.sortKey = t.sortKey
  MERGE (p)-[:MENTIONS]->(x)
}
CALL {
  WITH p, post
  UNWIND post.worksFor AS r
  MATCH (a:Person {id: r.from}), (b:Company {id: r.to})
  MERGE (a)-[w:WORKS_FOR {post: p.id}]->(b)
  SET w.sentence = r.sentence, w.confidence = r.confidence
}
CALL {
  WITH p, post
  UNWIND post.in AS r
  MATCH (a:Event {id: r.from}), (b:City {id: r.to})
  MERGE (a)-[:IN {post: p.id}]->(b)
}
CALL {
  WITH p, post
  UNWIND post.hosted AS r
  MATCH (a:Company {id: r.from}), (b:Event {id: r.to})
  MERGE (a)-[w:HOSTED {post: p.id}]->(b)
  SET w.sentence = r.sentence, w.confidence = r.confidence
}
CALL {
  WITH p, post
  UNWIND post.gave AS r
  MATCH (a:Person {id: r.from}), (b:Talk {id: r.to})
  MERGE (a)-[w:GAVE {post: p.id}]->(b)
  SET w.sentence = r.sentence, w.confidence = r.confidence
}
CALL {
  WITH p, post
  UNWIND post.presentedAt AS r
  MATCH (a:Talk {id: r.from}), (b:Event {id: r.to})
  MERGE (a)-[w:PRESENTED_AT {post: p.id}]->(b)
  SET w.sentence = r.sentence, w.confidence = r.confidence
}
RETURN count(*) AS posts`

// Load writes posts in batches of batchSize, workers batches at a time, each batch one
// transaction of one query.
func (f Floor) Load(ctx context.Context, posts []store.PostInput, batchSize, workers int) error {
	batches := make(chan []any)
	errc := make(chan error, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				_, err := neo4j.ExecuteQuery(ctx, f.Driver, floorLoadQuery, map[string]any{"posts": b}, neo4j.EagerResultTransformer)
				if err != nil {
					errc <- err
					for range batches { // drain
					}
					return
				}
			}
		}()
	}
	for i := 0; i < len(posts); i += batchSize {
		var b []any
		for _, in := range posts[i:min(i+batchSize, len(posts))] {
			b = append(b, postParam(in))
		}
		batches <- b
	}
	close(batches)
	wg.Wait()
	select {
	case err := <-errc:
		return err
	default:
		return nil
	}
}

// postParam is one post's facts as the floor's query takes them.
func postParam(in store.PostInput) map[string]any {
	seen := map[string]bool{}
	once := func(k string) bool {
		if seen[k] {
			return false
		}
		seen[k] = true
		return true
	}
	var cities, companies, people, events, talks, worksFor, in_, hosted, gave, presented []any
	rel := func(from, to string, e store.Evidence) map[string]any {
		return map[string]any{"from": from, "to": to, "sentence": e.Sentence, "confidence": e.Confidence}
	}
	company := func(name string) string {
		id := store.CompanyID(name)
		if id != "" && once("company:"+id) {
			companies = append(companies, map[string]any{"id": id, "name": store.CompanyName(name), "sortKey": sortKey(name)})
		}
		return id
	}
	person := func(name string) string {
		id := store.PersonID(name)
		if id != "" && once("person:"+id) {
			people = append(people, map[string]any{"id": id, "name": name, "sortKey": sortKey(name)})
		}
		return id
	}
	for _, p := range in.People {
		id := person(p.Name)
		for _, a := range p.Affiliations {
			if c := company(a.Company); c != "" && id != "" {
				worksFor = append(worksFor, rel(id, c, a.Evidence))
			}
		}
	}
	eventIDs := make([]string, len(in.Events))
	for i, e := range in.Events {
		id := store.Slug(in.Post.ID + "-" + e.Name)
		if e.City != nil && e.City.ID != "" && e.Date != "" {
			id = e.City.ID + "-" + e.Date
		}
		eventIDs[i] = id
		if !once("event:" + id) {
			continue
		}
		events = append(events, map[string]any{"id": id, "name": e.Name, "date": e.Date, "sortKey": sortKey(e.Name)})
		if e.City != nil && e.City.ID != "" {
			if once("city:" + e.City.ID) {
				cities = append(cities, map[string]any{"id": e.City.ID, "name": e.City.Name, "country": e.City.Country, "sortKey": sortKey(e.City.Name)})
			}
			in_ = append(in_, rel(id, e.City.ID, store.Evidence{}))
		}
		if e.Host != "" {
			if h := company(e.Host); h != "" {
				hosted = append(hosted, rel(h, id, e.HostEvidence))
			}
		}
	}
	for _, t := range in.Talks {
		display, id, key := t.Title, store.TitleKey(t.Title), any(store.TitleKey(t.Title))
		if t.Title == "" {
			display, key = t.Description, nil
			id = store.Slug(in.Post.ID + "--" + t.Description)
		}
		if id == "" || !once("talk:"+id) {
			continue
		}
		talks = append(talks, map[string]any{"id": id, "title": t.Title, "titleKey": key, "displayTitle": display, "sortKey": sortKey(display)})
		for _, s := range t.Speakers {
			if p := person(s); p != "" {
				gave = append(gave, rel(p, id, t.Evidence))
			}
		}
		for _, a := range t.Appearances {
			if a.Event >= 0 && a.Event < len(eventIDs) {
				presented = append(presented, rel(id, eventIDs[a.Event], a.Evidence))
			}
		}
	}
	p := in.Post
	return map[string]any{
		"id": p.ID, "url": deref(p.URL), "title": deref(p.Title), "published": deref(p.Published), "author": deref(p.Author),
		"file": p.File, "hash": in.ContentHash, "sortKey": sortKey(deref(p.Title)),
		"cities": orEmpty(cities), "companies": orEmpty(companies), "people": orEmpty(people), "events": orEmpty(events),
		"talks": orEmpty(talks), "worksFor": orEmpty(worksFor), "in": orEmpty(in_), "hosted": orEmpty(hosted),
		"gave": orEmpty(gave), "presentedAt": orEmpty(presented),
	}
}

func sortKey(s string) string { return strings.Join(strings.Split(store.Slug(s), "-"), " ") }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func orEmpty(l []any) []any {
	if l == nil {
		return []any{}
	}
	return l
}
