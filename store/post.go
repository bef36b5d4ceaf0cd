package store

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Evidence is why the extractor believes a fact: the sentence that states it and a confidence
// between 0 and 1.
type Evidence struct {
	Sentence   string
	Confidence float64
}

// PostInput is everything one post states, ready to be saved. Names are as the post writes
// them (canonical spellings chosen by the extractor); the store derives the keys.
type PostInput struct {
	Post        Post
	ContentHash string // changes when the post's content changes; equal hashes skip the write
	Force       bool   // write the post even when its stored hash equals ContentHash
	People      []PersonInput
	Events      []EventInput
	Talks       []TalkInput
}

// PersonInput is a speaker named in a post, with the affiliations the post states.
type PersonInput struct {
	Name         string
	Aliases      []string
	Affiliations []AffiliationInput
}

// AffiliationInput says a person works for a company.
type AffiliationInput struct {
	Company  string
	Evidence Evidence
}

// CityInput is a canonical city (ID from the gazetteer) with the name to display.
type CityInput struct {
	ID      string
	Name    string
	Country string
	// Latitude and Longitude are the gazetteer's coordinates (decimal degrees), nil when
	// unknown.
	Latitude, Longitude *float64
}

// EventInput is an event a post describes. City and Host are optional.
type EventInput struct {
	Name         string
	Date         string // YYYY-MM-DD or ""
	City         *CityInput
	Host         string
	HostEvidence Evidence
}

// TalkInput is a talk a post describes: its speakers (names matching PersonInput.Name) and the
// events (indexes into PostInput.Events) where it was given.
type TalkInput struct {
	Title        string // "" when the post does not name it
	Description  string
	RecordingURL string
	SlidesURL    string
	Speakers     []string
	Evidence     Evidence
	Appearances  []AppearanceInput
	Topics       []string
}

// AppearanceInput says a talk was given at an event.
type AppearanceInput struct {
	Event    int
	Evidence Evidence
}

// SaveResult says what saving posts changed.
type SaveResult struct {
	Written              int // posts written
	Unchanged            int // posts already saved with the same content: nothing written
	NodesCreated         int
	NodesDeleted         int
	RelationshipsCreated int
	RelationshipsDeleted int
}

// SavePost writes everything a post states in one transaction: the post is written whole or
// not at all. See SavePosts.
func (s *Store) SavePost(ctx context.Context, in PostInput) (SaveResult, error) {
	return s.SavePosts(ctx, []PostInput{in})
}

// SavePosts writes several posts in one transaction, so that loading many posts costs few
// round trips: each post is written whole or not at all (if the transaction fails, none is).
// Saving a post again with the same content changes nothing; saving it with new content first
// retracts every fact the post supported, so facts only it stated disappear and nodes no post
// mentions any more are deleted.
func (s *Store) SavePosts(ctx context.Context, ins []PostInput) (SaveResult, error) {
	if len(ins) == 0 {
		return SaveResult{}, nil
	}
	name := ins[0].Post.ID
	if len(ins) > 1 {
		name = fmt.Sprintf("%s and %d more", name, len(ins)-1)
	}
	seen := map[string]bool{}
	// The rows are built before the transaction, so that a post the store cannot save fails
	// before anything is sent, and the first attempt writes them. The transaction changes
	// them as it goes (keys resolved against the graph, posts marked), so an attempt the
	// driver retries builds them again.
	built := make([]*rows, len(ins))
	for i, in := range ins {
		if in.Post.ID == "" {
			return SaveResult{}, fmt.Errorf("store: save post: %w: empty post id", ErrInvalid)
		}
		if seen[in.Post.ID] {
			return SaveResult{}, fmt.Errorf("store: save posts: %w: post %q twice in one batch", ErrInvalid, in.Post.ID)
		}
		seen[in.Post.ID] = true
		r, err := buildRows(in)
		if err != nil {
			return SaveResult{}, fmt.Errorf("store: save post %q: %w", in.Post.ID, err)
		}
		built[i] = r
	}
	v, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var res SaveResult
		var before []any
		ids := make([]any, len(ins))
		for i, in := range ins {
			ids[i] = in.Post.ID
		}
		recs, err := s.txRun(ctx, tx, "savePost.hash", postHashQuery, map[string]any{"ids": ids}, &res)
		if err != nil {
			return nil, err
		}
		stored := map[string]string{}
		for _, rec := range recs {
			id, _ := rec.Values[0].(string)
			h, _ := rec.Values[1].(string)
			stored[id] = h
		}
		r := &rows{}
		var changed, replaced []any
		var posts []PostInput
		fresh := built
		built = nil // a retried attempt builds its own
		for i, in := range ins {
			h, ok := stored[in.Post.ID]
			if ok && h == in.ContentHash && in.ContentHash != "" && !in.Force {
				res.Unchanged++
				continue
			}
			var pr *rows
			if fresh != nil {
				pr = fresh[i]
			} else {
				pr, _ = buildRows(in)
			}
			r.add(in, pr)
			if fresh != nil {
				fresh[i] = nil // r holds what is still needed of it
			}
			changed = append(changed, in.Post.ID)
			posts = append(posts, in)
			if ok {
				replaced = append(replaced, in.Post.ID)
			}
		}
		if len(changed) == 0 {
			return res, nil
		}
		res.Written = len(changed)
		// Only posts already in the graph have facts to retract: a post's facts are written in
		// the same transaction as its Post node.
		var touched []any
		if len(replaced) > 0 {
			recs, err = s.txRun(ctx, tx, "savePost.retract", retractPostQuery, map[string]any{"ids": replaced}, &res)
			if err != nil {
				return nil, err
			}
			if len(recs) > 0 {
				touched, _ = recs[0].Values[0].([]any)
				before, _ = recs[0].Values[1].([]any)
			}
		}
		if err := s.resolveTalks(ctx, tx, r, &res); err != nil {
			return nil, err
		}
		r.talkFacts = nil // resolved: what remains is written
		if err := s.resolveKeys(ctx, tx, r, &res); err != nil {
			return nil, err
		}
		existing := map[string]bool{}
		for _, id := range replaced {
			existing[id.(string)] = true
		}
		refresh, err := s.writeFacts(ctx, tx, posts, existing, r, &res)
		if err != nil {
			return nil, err
		}
		if len(touched) > 0 {
			if _, err := s.txRun(ctx, tx, "savePost.cleanup", cleanupPostQuery, map[string]any{"touched": touched}, &res); err != nil {
				return nil, err
			}
			if _, err := s.txRun(ctx, tx, "savePost.unmerge", unmergeQuery, map[string]any{"touched": touched}, &res); err != nil {
				return nil, err
			}
		}
		// Derived data (counts, aliases) in the same transaction as the facts: a crash at any
		// point leaves either both or neither, so counts can never go stale. The same query
		// moves the graph version on, last.
		if _, err := s.txRun(ctx, tx, "savePost.recount", recountQuery, map[string]any{"ids": changed, "before": before, "refresh": refresh}, nil); err != nil {
			return nil, err
		}
		return res, nil
	})
	if err != nil {
		return SaveResult{}, fmt.Errorf("store: save post %s: %w", name, err)
	}
	return v.(SaveResult), nil
}

const postHashQuery = `
UNWIND $ids AS id
MATCH (p:Post {id: id})
RETURN id, p.contentHash AS hash`

// retractPostQuery removes every fact the posts stated and returns the nodes they mentioned
// (and the topics their talks were about), so that those no post mentions any more can be
// deleted once the new facts are written.
const retractPostQuery = `
CALL {
  UNWIND $ids AS id
  MATCH (:Post {id: id})-[m:MENTIONS]->(n)
  DELETE m
  RETURN collect(DISTINCT elementId(n)) AS mentioned, collect(DISTINCT n.id) AS keys
}
CALL { UNWIND $ids AS id MATCH ()-[r:GAVE {post: id}]->() DELETE r }
CALL { UNWIND $ids AS id MATCH ()-[r:PRESENTED_AT {post: id}]->() DELETE r }
CALL { UNWIND $ids AS id MATCH ()-[r:IN {post: id}]->() DELETE r }
CALL { UNWIND $ids AS id MATCH ()-[r:HOSTED {post: id}]->() DELETE r }
CALL { UNWIND $ids AS id MATCH ()-[r:WORKS_FOR {post: id}]->() DELETE r }
CALL {
  UNWIND $ids AS id
  MATCH ()-[r:ABOUT {post: id}]->(t)
  DELETE r
  RETURN collect(DISTINCT elementId(t)) AS topics
}
RETURN mentioned + topics AS touched, keys`

// The facts of a post are written by a few small queries rather than one large one: each is
// cheap to plan, which matters because Neo4j replans queries as the graph's statistics change
// (one query made of the eleven as subqueries took more than twice their time).
//
// Every relationship a post states is created, not merged: a post being written has none
// (a new post has no node yet, and a rewritten one's were retracted first in the same
// transaction), and the rows are deduplicated before (see writeFacts). Creating rather than
// merging spares the check for an existing relationship and, above all, the locks a MERGE
// takes on both ends until the commit: the cities, companies and talks many posts share are
// locked only by the recount at the end of the transaction, so that two writers overlap. For
// the same reason a shared node's properties are set only when they change. A post the graph
// did not hold when the transaction began is created (CREATE): if another transaction writes
// a post with the same key meanwhile, the uniqueness constraint fails this one rather than
// mixing the two posts' facts, and the loader saves the post again on its own.
const (
	writePostNodeQuery = `
UNWIND $posts AS post
CALL {
  WITH post
  WITH post WHERE post.new
  CREATE (p:Post:Entity {id: post.id})
  RETURN p
  UNION
  WITH post
  WITH post WHERE NOT post.new
  MATCH (p:Post {id: post.id})
  RETURN p
}
SET p.url = post.url, p.title = post.title, p.published = post.published,
    p.author = post.author, p.file = post.file, p.contentHash = post.contentHash,
    p.sortKey = post.sortKey, p.loadedAt = datetime.realtime()`

	writeCitiesQuery = `
UNWIND $cities AS row
MATCH (p:Post {id: row.post})
MERGE (c:City {id: row.id})
  ON CREATE SET c:Entity, c.name = row.name, c.country = row.country, c.sortKey = row.sortKey
WITH p, c, row
CALL {
  WITH c, row
  WITH c, row
  WHERE row.latitude IS NOT NULL AND coalesce(c.latitude <> row.latitude, true)
     OR row.longitude IS NOT NULL AND coalesce(c.longitude <> row.longitude, true)
  SET c.latitude = coalesce(row.latitude, c.latitude), c.longitude = coalesce(row.longitude, c.longitude)
}
CREATE (p)-[:MENTIONS {name: row.name, sortKey: row.sortKey}]->(c)`

	writeCompaniesQuery = `
UNWIND $companies AS row
MATCH (p:Post {id: row.post})
MERGE (c:Company {id: row.id})
  ON CREATE SET c:Entity, c.name = row.name, c.sortKey = row.sortKey
CREATE (p)-[:MENTIONS]->(c)`

	writePeopleQuery = `
UNWIND $people AS row
MATCH (p:Post {id: row.post})
MERGE (x:Person {id: row.id})
  ON CREATE SET x:Entity, x.name = row.name, x.sortKey = row.sortKey
CREATE (p)-[:MENTIONS {aliases: row.aliases}]->(x)
WITH p, x, row
UNWIND row.affiliations AS a
MATCH (c:Company {id: a.company})
WITH p, x, a, c, EXISTS { (x)-[:WORKS_FOR]->(c) } AS known
CREATE (x)-[:WORKS_FOR {post: p.id, sentence: a.sentence, confidence: a.confidence}]->(c)
WITH x, known WHERE NOT known
RETURN DISTINCT x.id AS refresh`

	writeTopicsQuery = `
UNWIND $topics AS row
MERGE (t:Topic {id: row.id})
  ON CREATE SET t.name = row.name`

	writeEventsQuery = `
UNWIND $events AS row
MATCH (p:Post {id: row.post})
MERGE (e:Event {id: row.id})
  ON CREATE SET e:Entity, e.name = row.name, e.date = row.date, e.sortKey = row.sortKey
WITH p, e, row
CALL {
  WITH e, row
  WITH e, row WHERE e.date IS NULL AND row.date IS NOT NULL
  SET e.date = row.date
}
CREATE (p)-[:MENTIONS]->(e)
WITH p, e, row
OPTIONAL MATCH (c:City {id: row.city})
OPTIONAL MATCH (h:Company {id: row.host})
WITH p, e, row, c, h, c IS NOT NULL AND NOT EXISTS { (e)-[:IN]->(c) } AS newCity
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END |
  CREATE (e)-[:IN {post: p.id}]->(c))
FOREACH (_ IN CASE WHEN h IS NULL THEN [] ELSE [1] END |
  CREATE (h)-[:HOSTED {post: p.id, sentence: row.hostSentence, confidence: row.hostConfidence}]->(e))
WITH e, newCity WHERE newCity
RETURN DISTINCT e.id AS refresh`

	// writeTalksQuery: a talk merged from an untitled one takes the title of the first post
	// that names it; the post's MENTIONS says why its talk was taken to be this one.
	writeTalksQuery = `
UNWIND $talks AS row
MATCH (p:Post {id: row.post})
MERGE (t:Talk {id: row.id})
  ON CREATE SET t:Entity, t.title = row.title, t.titleKey = row.titleKey, t.displayTitle = row.displayTitle,
                t.sortKey = row.sortKey
WITH p, t, row
CALL {
  WITH t, row
  WITH t, row, t.title IS NULL AND row.title IS NOT NULL AS named,
       t.recordingUrl IS NULL AS noRecording, t.slidesUrl IS NULL AS noSlides
  WHERE named OR t.description IS NULL AND row.description IS NOT NULL
     OR noRecording AND row.recordingUrl IS NOT NULL OR noSlides AND row.slidesUrl IS NOT NULL
  SET t.title = CASE WHEN named THEN row.title ELSE t.title END,
      t.titleKey = CASE WHEN named THEN row.titleKey ELSE t.titleKey END,
      t.displayTitle = CASE WHEN named THEN row.displayTitle ELSE t.displayTitle END,
      t.sortKey = CASE WHEN named THEN row.sortKey ELSE t.sortKey END,
      t.description = coalesce(t.description, row.description),
      t.recordingUrl = coalesce(t.recordingUrl, row.recordingUrl),
      t.slidesUrl = coalesce(t.slidesUrl, row.slidesUrl),
      t.recordingKey = CASE WHEN noRecording THEN row.recordingKey ELSE t.recordingKey END,
      t.slidesKey = CASE WHEN noSlides THEN row.slidesKey ELSE t.slidesKey END
}
CREATE (p)-[:MENTIONS {mergedBecause: row.mergedBecause}]->(t)`

	// writeMergedQuery gives the earlier mentions of a talk a later post was merged into the
	// reasons of the merge, so that which mentions carry them does not depend on load order.
	writeMergedQuery = `
UNWIND $merged AS row
MATCH (:Post {id: row.post})-[m:MENTIONS]->(:Talk {id: row.talk})
WHERE m.mergedBecause IS NULL
SET m.mergedBecause = row.mergedBecause`

	writeSpeakersQuery = `
UNWIND $speakers AS row
MATCH (t:Talk {id: row.talk}), (x:Person {id: row.person})
CREATE (x)-[:GAVE {post: row.post, sentence: row.sentence, confidence: row.confidence}]->(t)`

	writeAppearancesQuery = `
UNWIND $appearances AS row
MATCH (t:Talk {id: row.talk}), (e:Event {id: row.event})
CREATE (t)-[:PRESENTED_AT {post: row.post, sentence: row.sentence, confidence: row.confidence}]->(e)`

	writeAboutQuery = `
UNWIND $about AS row
MATCH (t:Talk {id: row.talk}), (x:Topic {id: row.topic})
CREATE (t)-[:ABOUT {post: row.post}]->(x)`
)

// writeFacts runs the write queries of the posts inside their transaction. existing names the
// posts the graph held before the transaction (rewritten ones, their facts retracted); the
// others are new. Each relationship row is written once: a post that states one fact twice
// (a speaker named twice for a talk) keeps the last statement's evidence.
//
// It returns the keys of the people and events whose talks' ready lists the save may have
// changed beyond the talks it writes: people given a company they had no WORKS_FOR to, events
// placed in a city they were not IN (see recountQuery).
func (s *Store) writeFacts(ctx context.Context, tx neo4j.ManagedTransaction, posts []PostInput, existing map[string]bool, r *rows, res *SaveResult) ([]any, error) {
	var postRows []any
	for _, in := range posts {
		row := postRow(in)
		row["new"] = !existing[in.Post.ID]
		postRows = append(postRows, row)
	}
	seen := oneEach[[4]any]{}
	for _, p := range r.people {
		var affs []any
		for _, a := range p["affiliations"].([]any) {
			affs = addOnce(seen, affs, a, [4]any{p["post"], p["id"], "worksFor", a.(map[string]any)["company"]})
		}
		p["affiliations"] = orEmpty(affs)
	}
	// The relationships of talks are kept as indexes into their talk until they are sent.
	var speakers, appearances, about []relRow
	rels := oneEach[[4]string]{}
	for ti, t := range r.talks {
		for i, sp := range t.speakers {
			speakers = addOnce(rels, speakers, relRow{talk: ti, item: i}, [4]string{t.post, t.id, "gave", sp})
		}
		for i, a := range t.appearances {
			appearances = addOnce(rels, appearances, relRow{talk: ti, item: i}, [4]string{t.post, t.id, "presentedAt", a.event})
		}
		for i, tp := range t.topics {
			about = addOnce(rels, about, relRow{talk: ti, item: i}, [4]string{t.post, t.id, "about", tp})
		}
	}
	rels = nil
	talks := talksByID(r.talks)
	steps := []struct {
		op, query, param string
		n                int
		row              func(i int) any
	}{
		{"savePost.post", writePostNodeQuery, "posts", len(postRows), func(i int) any { return postRows[i] }},
		{"savePost.cities", writeCitiesQuery, "cities", len(r.cities), rowOf(byID(r.cities))},
		{"savePost.companies", writeCompaniesQuery, "companies", len(r.companies), rowOf(byID(r.companies))},
		{"savePost.people", writePeopleQuery, "people", len(r.people), rowOf(byID(r.people))},
		{"savePost.topics", writeTopicsQuery, "topics", len(r.topics), rowOf(byID(r.topics))},
		{"savePost.events", writeEventsQuery, "events", len(r.events), rowOf(byID(r.events))},
		{"savePost.talks", writeTalksQuery, "talks", len(talks), func(i int) any { return talks[i].param() }},
		{"savePost.merged", writeMergedQuery, "merged", len(r.merged), rowOf(r.merged)},
		{"savePost.speakers", writeSpeakersQuery, "speakers", len(speakers), func(i int) any {
			t := r.talks[speakers[i].talk]
			return map[string]any{"post": t.post, "talk": t.id, "person": t.speakers[speakers[i].item], "sentence": nullable(t.sentence), "confidence": t.confidence}
		}},
		{"savePost.appearances", writeAppearancesQuery, "appearances", len(appearances), func(i int) any {
			t := r.talks[appearances[i].talk]
			a := t.appearances[appearances[i].item]
			return map[string]any{"post": t.post, "talk": t.id, "event": a.event, "sentence": nullable(a.sentence), "confidence": a.confidence}
		}},
		{"savePost.about", writeAboutQuery, "about", len(about), func(i int) any {
			t := r.talks[about[i].talk]
			return map[string]any{"post": t.post, "talk": t.id, "topic": t.topics[about[i].item]}
		}},
	}
	var refresh []any
	for _, step := range steps {
		recs, err := s.txRunRows(ctx, tx, step.op, step.query, step.param, step.n, step.row, res)
		if err != nil {
			return nil, err
		}
		for _, rec := range recs {
			refresh = append(refresh, rec.Values[0])
		}
	}
	return orEmpty(refresh), nil
}

// rowsPerQuery bounds the rows one query of a save sends: a post with more rows of a kind
// (thousands of talks) is written by several queries in its transaction, so that the
// parameters of only so many rows are held at once. Every write query treats its rows one by
// one, so several queries write what one would.
var rowsPerQuery = 500

// txRunRows runs query in the transaction with param bound to n rows, row(i) making the
// i-th, at most rowsPerQuery rows at a time, and returns the records of all its runs. It runs
// nothing when there are no rows.
func (s *Store) txRunRows(ctx context.Context, tx neo4j.ManagedTransaction, op, query, param string, n int, row func(i int) any, res *SaveResult) ([]*neo4j.Record, error) {
	var all []*neo4j.Record
	for from := 0; from < n; from += rowsPerQuery {
		chunk := make([]any, 0, min(rowsPerQuery, n-from))
		for i := from; i < n && i < from+rowsPerQuery; i++ {
			chunk = append(chunk, row(i))
		}
		recs, err := s.txRun(ctx, tx, op, query, map[string]any{param: chunk}, res)
		if err != nil {
			return nil, err
		}
		all = append(all, recs...)
	}
	return all, nil
}

// rowOf returns the function that gives the i-th of rows.
func rowOf(rows []any) func(i int) any {
	return func(i int) any { return rows[i] }
}

// oneEach keeps one row per relationship key (post, from, kind, to): a row met again replaces
// the earlier one in place, so the last statement's evidence is written, in the first one's
// place.
type oneEach[K comparable] map[K]int

// add appends row to rows, or puts it in the place of the row already kept for key k.
func addOnce[K comparable, R any](o oneEach[K], rows []R, row R, k K) []R {
	if i, ok := o[k]; ok {
		rows[i] = row
		return rows
	}
	o[k] = len(rows)
	return append(rows, row)
}

// relRow is a relationship a talk row states: the item-th speaker, appearance or topic of
// the talk-th talk.
type relRow struct{ talk, item int }

// cleanupPostQuery deletes the nodes no post mentions any more (topics: that no talk is
// about), among those the posts' old facts touched.
const cleanupPostQuery = `
UNWIND $touched AS eid
MATCH (n) WHERE elementId(n) = eid
  AND (n:Topic AND NOT ()-[:ABOUT]->(n) OR NOT n:Topic AND NOT (n)<-[:MENTIONS]-(:Post))
DETACH DELETE n`

// recountQuery recomputes derived data (counts, aliases, a talk's ready lists) for the nodes
// a save may have changed: those the posts mention now and those they mentioned before (by
// key), with the speakers of their talks and those speakers' companies, and the talks of the
// people and events whose companies or cities the save may have changed: those it mentioned
// before (their old facts are retracted) and those in $refresh (a person given a company, an
// event placed in a city, it had no relationship to; see writeFacts). The other talks of a
// person or event the posts mention keep their ready lists: a post that names a speaker with
// a company the speaker already works for changes no list of theirs. It updates them in the order of their element IDs, so that two saves
// touching the same nodes lock them in the same order and cannot deadlock on them, and sets
// only what changed: a node whose counts and lists are what they were is not locked at all.
//
// A talk's ready lists are what the multi-city question and the talk lists read of its cities
// and speakers without traversing the graph (TalkWith.Ready): the distinct cities' keys and
// names, the speakers' keys and names, and the speakers' companies flattened into three lists
// (companyOwner is the index of the company's speaker), each in the order the API returns.
const recountQuery = `
CALL {
  UNWIND $ids AS id
  MATCH (:Post {id: id})-[:MENTIONS]->(n)
  RETURN collect(DISTINCT n) AS now
}
CALL {
  UNWIND $before AS key
  MATCH (n:Entity {id: key})
  RETURN collect(n) AS before
}
WITH before + now AS direct
// A city takes the name most posts write (then the first by sort order), whatever order they
// loaded in; the talks given there are recounted when it changes, after it, so that their
// lists say the new name.
CALL {
  WITH direct
  UNWIND direct AS n
  WITH n WHERE n:City
  WITH n ORDER BY elementId(n)
  WITH n, COLLECT {
    MATCH (:Post)-[m:MENTIONS]->(n) WHERE m.name IS NOT NULL
    WITH m.name AS name, m.sortKey AS key, count(*) AS uses
    ORDER BY uses DESC, key, name
    RETURN [name, key] LIMIT 1 }[0] AS best
  WITH n, coalesce(best[0], n.name) AS name, coalesce(best[1], n.sortKey) AS sortKey
  WHERE NOT coalesce([n.name, n.sortKey] = [name, sortKey], false)
  SET n.name = name, n.sortKey = sortKey
  WITH n
  OPTIONAL MATCH (n)<-[:IN]-(:Event)<-[:PRESENTED_AT]-(t:Talk)
  RETURN collect(DISTINCT t) AS renamed
}
CALL {
  WITH direct
  UNWIND direct AS n
  OPTIONAL MATCH (n:Talk)<-[:GAVE]-(speaker:Person)
  WITH collect(speaker) AS people
  UNWIND people AS p
  OPTIONAL MATCH (p)-[:WORKS_FOR]->(c:Company)
  RETURN collect(p) + collect(c) AS indirect
}
CALL {
  UNWIND $before + $refresh AS key
  MATCH (n:Entity {id: key})
  OPTIONAL MATCH (n:Person)-[:GAVE]->(given:Talk)
  OPTIONAL MATCH (n:Event)<-[:PRESENTED_AT]-(presented:Talk)
  RETURN collect(given) + collect(presented) AS talks
}
WITH direct + indirect + talks + renamed AS nodes
// In three passes, each over its nodes in the order of their element IDs (see above): the
// talks' ready lists first, then people and events, whose counts read the talks' lists, then
// companies and cities, whose counts read the people's.
CALL {
  WITH nodes
  UNWIND nodes AS n
  WITH DISTINCT n WHERE n:Talk
  ORDER BY elementId(n)
CALL {
    WITH n
    CALL {
      WITH n
      MATCH (n)-[:PRESENTED_AT]->(:Event)-[:IN]->(c:City)
      WITH DISTINCT c ORDER BY c.sortKey, c.id
      RETURN collect(c.id) AS cityIds, collect(c.name) AS cityNames
    }
    CALL {
      WITH n
      MATCH (n)<-[:GAVE]-(p:Person)
      WITH DISTINCT p ORDER BY p.sortKey, p.id
      RETURN collect(p.id) AS speakerIds, collect(p.name) AS speakerNames,
        collect(COLLECT { MATCH (p)-[:WORKS_FOR]->(co:Company) WITH DISTINCT co ORDER BY co.sortKey, co.id RETURN [co.id, co.name] }) AS companies
    }
    CALL {
      WITH n
      MATCH (n)-[:PRESENTED_AT]->(e:Event)
      WITH DISTINCT e
      RETURN count(e) AS eventCount, min(e.date) AS firstDate, max(e.date) AS lastDate
    }
    WITH n, cityIds, cityNames, speakerIds, speakerNames, eventCount, firstDate, lastDate,
         reduce(acc = [], i IN range(0, size(companies) - 1) | acc + [c IN companies[i] | i]) AS companyOwner,
         reduce(acc = [], l IN companies | acc + [c IN l | c[0]]) AS companyIds,
         reduce(acc = [], l IN companies | acc + [c IN l | c[1]]) AS companyNames
    WHERE NOT (coalesce([n.cityCount, n.eventCount, n.cityIds, n.cityNames, n.speakerIds, n.speakerNames, n.companyOwner, n.companyIds, n.companyNames] =
                        [size(cityIds), eventCount, cityIds, cityNames, speakerIds, speakerNames, companyOwner, companyIds, companyNames], false)
               AND coalesce(n.firstDate = firstDate, n.firstDate IS NULL AND firstDate IS NULL)
               AND coalesce(n.lastDate = lastDate, n.lastDate IS NULL AND lastDate IS NULL))
    SET n.cityCount = size(cityIds), n.eventCount = eventCount, n.firstDate = firstDate, n.lastDate = lastDate,
        n.cityIds = cityIds, n.cityNames = cityNames, n.speakerIds = speakerIds, n.speakerNames = speakerNames,
        n.companyOwner = companyOwner, n.companyIds = companyIds, n.companyNames = companyNames
  }
  RETURN count(n) AS talksDone
}
CALL {
  WITH nodes
  UNWIND nodes AS n
  WITH DISTINCT n WHERE n:Person OR n:Event
  ORDER BY elementId(n)
  CALL {
    WITH n
    WITH n WHERE n:Person
    OPTIONAL MATCH (:Post)-[m:MENTIONS]->(n)
    WITH n, reduce(acc = [], l IN collect(m.aliases) | acc + coalesce(l, [])) AS all
    WITH n, reduce(acc = [], a IN all | CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END) AS aliases
    WITH n, aliases, reduce(s = '', a IN aliases | s + ' ' + a) AS aliasText,
         COUNT { MATCH (n)-[:GAVE]->(t:Talk) RETURN DISTINCT t } AS talkCount,
         COUNT { MATCH (n)-[:GAVE]->(t:Talk) WITH DISTINCT t UNWIND t.cityIds AS c RETURN DISTINCT c } AS cityCount
    WHERE NOT coalesce([n.aliases, n.aliasText, n.talkCount, n.cityCount] = [aliases, aliasText, talkCount, cityCount], false)
    SET n.aliases = aliases, n.aliasText = aliasText, n.talkCount = talkCount, n.cityCount = cityCount
  }
  CALL {
    WITH n
    WITH n WHERE n:Event
    WITH n, COUNT { MATCH (n)<-[:PRESENTED_AT]-(t:Talk) RETURN DISTINCT t } AS talkCount
    WHERE NOT coalesce(n.talkCount = talkCount, false)
    SET n.talkCount = talkCount
  }
  RETURN count(n) AS peopleDone
}
UNWIND nodes AS n
WITH DISTINCT n WHERE n:Company OR n:City
ORDER BY elementId(n)
CALL {
  WITH n
  WITH n WHERE n:Company
  WITH n, COUNT { MATCH (n)<-[:WORKS_FOR]-(p:Person) WHERE p.talkCount > 0 RETURN DISTINCT p } AS speakerCount,
       COUNT { MATCH (n)-[:HOSTED]->(e:Event) RETURN DISTINCT e } AS eventCount
  WHERE NOT coalesce([n.speakerCount, n.eventCount] = [speakerCount, eventCount], false)
  SET n.speakerCount = speakerCount, n.eventCount = eventCount
}
CALL {
  WITH n
  WITH n WHERE n:City
  WITH n, COUNT { MATCH (n)<-[:IN]-(e:Event) RETURN DISTINCT e } AS eventCount,
       COUNT { MATCH (n)<-[:IN]-(:Event)<-[:PRESENTED_AT]-(t:Talk) RETURN DISTINCT t } AS talkCount
  WHERE NOT coalesce([n.eventCount, n.talkCount] = [eventCount, talkCount], false)
  SET n.eventCount = eventCount, n.talkCount = talkCount
}
WITH count(n) AS updated
` + bumpVersion + `
RETURN updated`

// keepPlan prefixes every query of a save: Neo4j plans it once and keeps the plan. Otherwise
// it plans a query again whenever the graph's statistics have moved by some 75 % since the
// last plan, which a load that fills the graph makes happen every few seconds at first: the
// recount alone took one to two seconds to plan on a busy two-core machine, as long as several
// batches take to run it, and a sampling of Neo4j's threads during a load found them planning
// about a third of the time they were busy. The save queries need no new plan as the graph
// grows: each starts from its parameters through unique keys and indexes and expands from the
// nodes found, which is the plan Neo4j makes for them on an empty graph too.
const keepPlan = "CYPHER replan=skip "

// txRun executes one query of a save inside its transaction (see keepPlan), counting, timing
// it and adding its update counters to res.
func (s *Store) txRun(ctx context.Context, tx neo4j.ManagedTransaction, op, query string, params map[string]any, res *SaveResult) ([]*neo4j.Record, error) {
	if err := s.count(ctx); err != nil {
		return nil, err
	}
	start := s.now()
	result, err := tx.Run(ctx, keepPlan+query, params)
	var recs []*neo4j.Record
	if err == nil {
		recs, err = result.Collect(ctx)
	}
	if err == nil && res != nil {
		var sum neo4j.ResultSummary
		if sum, err = result.Consume(ctx); err == nil {
			c := sum.Counters()
			res.NodesCreated += c.NodesCreated()
			res.NodesDeleted += c.NodesDeleted()
			res.RelationshipsCreated += c.RelationshipsCreated()
			res.RelationshipsDeleted += c.RelationshipsDeleted()
		}
	}
	s.done(op, query, start, err)
	return recs, err
}

// entityKeysQuery finds keys already taken by a node of another kind: keys are unique across
// all kinds (the Entity label), so that node(id) can find any object by its key alone.
const entityKeysQuery = `
UNWIND $keys AS k
MATCH (n:Entity {id: k.id})
WHERE NOT k.label IN labels(n)
RETURN k.id AS id, k.label AS label`

// resolveKeys gives a new node whose key another kind of node already holds (a talk titled
// like a company) the key with its kind appended: "juju" becomes "juju-talk".
func (s *Store) resolveKeys(ctx context.Context, tx neo4j.ManagedTransaction, r *rows, res *SaveResult) error {
	groups := []struct {
		label string
		rows  []map[string]any
	}{{"City", r.cities}, {"Company", r.companies}, {"Person", r.people}, {"Event", r.events}}
	// The keys are sent as the rows are, at most rowsPerQuery at a time: a map each for an
	// agenda's thousands of talks held as much as the talks' rows.
	n := len(r.talks)
	for _, g := range groups {
		n += len(g.rows)
	}
	key := func(i int) any {
		for _, g := range groups {
			if i < len(g.rows) {
				return map[string]any{"id": g.rows[i]["id"], "label": g.label}
			}
			i -= len(g.rows)
		}
		return map[string]any{"id": r.talks[i].id, "label": "Talk"}
	}
	recs, err := s.txRunRows(ctx, tx, "savePost.keys", entityKeysQuery, "keys", n, key, res)
	if err != nil || len(recs) == 0 {
		return err
	}
	taken := map[string]bool{}
	for _, rec := range recs {
		id, _ := rec.Values[0].(string)
		label, _ := rec.Values[1].(string)
		taken[label+":"+id] = true
	}
	rename := map[string]string{} // "Label:old" -> new
	for _, g := range groups {
		for _, row := range g.rows {
			old := row["id"].(string)
			if taken[g.label+":"+old] {
				row["id"] = old + "-" + strings.ToLower(g.label)
				rename[g.label+":"+old] = row["id"].(string)
			}
		}
	}
	for _, t := range r.talks {
		if taken["Talk:"+t.id] {
			rename["Talk:"+t.id] = t.id + "-talk"
			t.id += "-talk"
		}
	}
	if len(rename) == 0 {
		return nil
	}
	re := func(label string, v any) any {
		if id, ok := v.(string); ok {
			if n, ok := rename[label+":"+id]; ok {
				return n
			}
		}
		return v
	}
	for _, p := range r.people {
		for _, a := range p["affiliations"].([]any) {
			am := a.(map[string]any)
			am["company"] = re("Company", am["company"])
		}
	}
	for _, e := range r.events {
		e["city"] = re("City", e["city"])
		e["host"] = re("Company", e["host"])
	}
	for _, t := range r.talks {
		for i := range t.speakers {
			t.speakers[i] = re("Person", t.speakers[i]).(string)
		}
		for i := range t.appearances {
			t.appearances[i].event = re("Event", t.appearances[i].event).(string)
		}
	}
	return nil
}

// rows is a PostInput turned into query parameters, with keys derived.
type rows struct {
	cities, companies, people, events, topics []map[string]any
	// talks are kept as structs, not as the maps the driver takes: a post may state thousands,
	// and a map per talk took about 2 KB. Their maps are made a chunk at a time as they are
	// sent (see talkRow.param and txRunRows).
	talks     []*talkRow
	talkFacts []talkFacts // what resolveTalks compares, one per talk row
	// merged are the earlier mentions of talks a row of the batch was merged into: each gets
	// the same reasons as the row, unless it has some already (see resolveTalks).
	merged []any
}

// talkRow is a talk of a post as the save writes it. Empty strings are written as nulls.
type talkRow struct {
	post, id string
	// displayTitle is the title when the talk is titled, else one derived (see displayTitle).
	// The title and its key are not kept apart: they are derived from it as they are read
	// (see title and titleKey), as keeping them took 56 bytes of every titled row, and the
	// row takes 192 bytes instead of 224.
	displayTitle string
	description  string
	// links are its recording's and slides' addresses and keys, nil when it has neither: most
	// talks of an agenda have none, and the four took 64 of the 288 bytes of every row
	links         *talkLinks
	mergedBecause any      // the reasons the talk was taken to be one in the graph, or nil
	speakers      []string // person keys
	appearances   []appearanceRow
	topics        []string // topic keys
	sentence      string
	confidence    float64
	titled        bool // whether the post names the talk
}

// title is the talk's title, "" when the post does not name it.
func (t *talkRow) title() string {
	if !t.titled {
		return ""
	}
	return t.displayTitle
}

// titleKey is the key of the talk's title (see TitleKey), nil when it is untitled.
func (t *talkRow) titleKey() any {
	if !t.titled {
		return nil
	}
	return TitleKey(t.displayTitle)
}

// talkLinks are the addresses of a talk row's recording and slides and their keys.
type talkLinks struct {
	recordingURL, slidesURL string
	recordingKey, slidesKey string
}

// linksOf are the links of a talk with the given recording and slides addresses, or nil when
// it has neither.
func linksOf(recordingURL, slidesURL string) *talkLinks {
	if recordingURL == "" && slidesURL == "" {
		return nil
	}
	return &talkLinks{recordingURL: recordingURL, slidesURL: slidesURL, recordingKey: linkKey(recordingURL), slidesKey: linkKey(slidesURL)}
}

// appearanceRow says a talk row was given at an event (by key).
type appearanceRow struct {
	event      string
	sentence   string
	confidence float64
}

// param is the row as writeTalksQuery reads it.
func (t *talkRow) param() map[string]any {
	var l talkLinks
	if t.links != nil {
		l = *t.links
	}
	return map[string]any{
		"post": t.post, "id": t.id, "title": nullable(t.title()), "titleKey": t.titleKey(), "displayTitle": t.displayTitle,
		"sortKey": sortKey(t.displayTitle), "description": nullable(t.description), "recordingUrl": nullable(l.recordingURL),
		"slidesUrl": nullable(l.slidesURL), "recordingKey": nullable(l.recordingKey), "slidesKey": nullable(l.slidesKey),
		"mergedBecause": t.mergedBecause,
	}
}

func buildRows(in PostInput) (*rows, error) {
	r := &rows{}
	seen := map[string]bool{}
	addCompany := func(name string) string {
		name = CompanyName(strings.TrimSpace(name))
		id := Slug(name)
		if id == "" {
			return ""
		}
		if !seen["company:"+id] {
			seen["company:"+id] = true
			r.companies = append(r.companies, map[string]any{"id": id, "name": name, "sortKey": sortKey(name)})
		}
		return id
	}
	people := map[string]string{} // name or alias -> id
	for _, p := range in.People {
		id := PersonID(p.Name)
		if id == "" {
			return nil, fmt.Errorf("%w: person with empty name", ErrInvalid)
		}
		people[p.Name] = id
		for _, a := range p.Aliases {
			if _, dup := people[a]; !dup {
				people[a] = id
			}
		}
		if seen["person:"+id] {
			continue
		}
		seen["person:"+id] = true
		var affs []any
		for _, a := range p.Affiliations {
			if cid := addCompany(a.Company); cid != "" {
				affs = append(affs, map[string]any{"company": cid, "sentence": nullable(a.Evidence.Sentence), "confidence": a.Evidence.Confidence})
			}
		}
		aliases := make([]any, 0, len(p.Aliases))
		for _, a := range p.Aliases {
			if a != p.Name {
				aliases = append(aliases, a)
			}
		}
		r.people = append(r.people, map[string]any{"id": id, "name": p.Name, "sortKey": sortKey(p.Name), "aliases": aliases, "affiliations": orEmpty(affs)})
	}
	eventIDs := make([]string, len(in.Events))
	for i, e := range in.Events {
		var cityID any
		if e.City != nil && e.City.ID != "" {
			cityID = e.City.ID
			if !seen["city:"+e.City.ID] {
				seen["city:"+e.City.ID] = true
				r.cities = append(r.cities, map[string]any{"id": e.City.ID, "name": e.City.Name, "country": nullable(e.City.Country), "sortKey": sortKey(e.City.Name),
					"latitude": floatOrNil(e.City.Latitude), "longitude": floatOrNil(e.City.Longitude)})
			}
		}
		var host any
		if e.Host != "" {
			if id := addCompany(e.Host); id != "" {
				host = id
			}
		}
		id := eventID(in.Post.ID, e, cityID)
		eventIDs[i] = id
		if seen["event:"+id] {
			continue
		}
		seen["event:"+id] = true
		r.events = append(r.events, map[string]any{
			"id": id, "name": e.Name, "date": nullable(e.Date), "city": cityID, "host": host, "sortKey": sortKey(e.Name),
			"hostSentence": nullable(e.HostEvidence.Sentence), "hostConfidence": e.HostEvidence.Confidence,
		})
	}
	// A post may state thousands of talks: their lists are made to their length at once, as
	// lists grown by append allocate about twice what they end up holding.
	r.talks = make([]*talkRow, 0, len(in.Talks))
	r.talkFacts = make([]talkFacts, 0, len(in.Talks))
	// The talks of an agenda are given at one event: a talk's events and cities are the
	// previous talk's lists when they are the same (no list of talkFacts is changed in place;
	// see talkFacts.clone), as lists of their own took 32 bytes of each talk.
	var events, cities, lastEvents, lastCities []string
	for _, t := range in.Talks {
		var speakers []string
		if len(t.Speakers) > 0 {
			speakers = make([]string, 0, len(t.Speakers))
		}
		for _, s := range t.Speakers {
			id, ok := people[s]
			if !ok {
				id = PersonID(s)
				if id == "" {
					continue
				}
				if !seen["person:"+id] {
					seen["person:"+id] = true
					people[s] = id
					r.people = append(r.people, map[string]any{"id": id, "name": s, "sortKey": sortKey(s), "aliases": []any{}, "affiliations": []any{}})
				}
			}
			speakers = append(speakers, id)
		}
		var apps []appearanceRow
		if len(t.Appearances) > 0 {
			apps = make([]appearanceRow, 0, len(t.Appearances))
		}
		for _, a := range t.Appearances {
			if a.Event < 0 || a.Event >= len(eventIDs) {
				return nil, fmt.Errorf("%w: talk %q refers to event %d of %d", ErrInvalid, t.Title, a.Event, len(eventIDs))
			}
			apps = append(apps, appearanceRow{event: eventIDs[a.Event], sentence: a.Evidence.Sentence, confidence: a.Evidence.Confidence})
		}
		var topics []string
		for _, name := range t.Topics {
			id := Slug(name)
			if id == "" {
				continue
			}
			topics = append(topics, id)
			if !seen["topic:"+id] {
				seen["topic:"+id] = true
				r.topics = append(r.topics, map[string]any{"id": id, "name": name})
			}
		}
		display := t.Title
		if display == "" {
			display = displayTitle(t.Description, t.Speakers)
		}
		row := &talkRow{
			displayTitle: display, titled: t.Title != "", description: t.Description,
			links:    linksOf(t.RecordingURL, t.SlidesURL),
			speakers: speakers, appearances: apps, topics: topics, sentence: t.Evidence.Sentence, confidence: t.Evidence.Confidence,
		}
		// The facts share the row's speakers: they are dropped once the talks are resolved,
		// before resolveKeys renames keys in the row (see SavePosts).
		f := talkFacts{Title: t.Title, Description: t.Description, Speakers: speakers}
		if l := row.links; l != nil {
			for _, k := range []string{l.recordingKey, l.slidesKey} {
				if k != "" {
					f.Links = append(f.Links, k)
				}
			}
		}
		events, cities = events[:0], cities[:0]
		for _, a := range t.Appearances {
			events = append(events, eventIDs[a.Event])
			if c := in.Events[a.Event].City; c != nil && c.ID != "" {
				cities = append(cities, c.ID)
			}
		}
		f.Events, f.Cities = reuse(&lastEvents, events), reuse(&lastCities, cities)
		r.talks = append(r.talks, row)
		r.talkFacts = append(r.talkFacts, f)
	}
	return r, nil
}

// reuse is xs, or *last when it holds the same keys, nil when xs is empty; xs is a scratch
// list, copied when it is kept, as the new *last.
func reuse(last *[]string, xs []string) []string {
	switch {
	case len(xs) == 0:
		return nil
	case !slices.Equal(*last, xs):
		*last = slices.Clone(xs)
	}
	return *last
}

// postRow is the Post node's row.
func postRow(in PostInput) map[string]any {
	p := in.Post
	title := ""
	if p.Title != nil {
		title = *p.Title
	}
	return map[string]any{
		"id": p.ID, "url": deref(p.URL), "title": deref(p.Title), "published": deref(p.Published),
		"author": deref(p.Author), "file": p.File, "contentHash": in.ContentHash, "sortKey": sortKey(title),
	}
}

// add appends one post's rows, each marked with the post.
func (r *rows) add(in PostInput, pr *rows) {
	mark := func(dst *[]map[string]any, src []map[string]any) {
		for _, row := range src {
			row["post"] = in.Post.ID
			*dst = append(*dst, row)
		}
	}
	mark(&r.cities, pr.cities)
	mark(&r.companies, pr.companies)
	mark(&r.people, pr.people)
	mark(&r.events, pr.events)
	for _, t := range pr.talks {
		t.post = in.Post.ID
	}
	if len(r.talks) == 0 {
		r.talks = pr.talks
	} else {
		r.talks = append(r.talks, pr.talks...)
	}
	mark(&r.topics, pr.topics)
	if len(r.talkFacts) == 0 {
		r.talkFacts = pr.talkFacts // a post alone, or the first: its list, not a copy
	} else {
		r.talkFacts = append(r.talkFacts, pr.talkFacts...)
	}
}

// eventID keys an event: by city and date when both are known, so that posts describing the
// same dated meetup share one node; otherwise by post and name, so that undated events of
// different posts never merge by accident.
func eventID(postID string, e EventInput, cityID any) string {
	if c, ok := cityID.(string); ok && e.Date != "" {
		return c + "-" + e.Date
	}
	// A series' post often names each stop after the series ("Nordic Gophers autumn tour 2024
	// Oslo" in nordic-gophers-autumn-tour-2024): the key says the series once. A name equal
	// to the post's keeps the long form: keys are unique across kinds, and the post has it.
	if name := Slug(e.Name); strings.HasPrefix(name, postID+"-") {
		return name
	}
	return Slug(postID + "-" + e.Name)
}

// displayTitle derives a title for a talk no post names.
func displayTitle(description string, speakers []string) string {
	d := strings.TrimSpace(description)
	if d == "" {
		if len(speakers) > 0 {
			return "Talk by " + strings.Join(speakers, " and ")
		}
		return "Untitled talk"
	}
	r := []rune(d)
	if len(r) > 90 {
		d = strings.TrimSpace(string(r[:90])) + "…"
	}
	return strings.ToUpper(string([]rune(d)[:1])) + string([]rune(d)[1:])
}

func nullable(s string) any {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return s
}

// floatOrNil is a nullable float parameter.
func floatOrNil(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

func deref(s *string) any {
	if s == nil {
		return nil
	}
	return nullable(*s)
}

func orEmpty(v []any) []any {
	if v == nil {
		return []any{}
	}
	return v
}

// byID lists rows in the order of their keys, rows of one key in their order (the first post
// to name a node still creates it): two transactions that create or lock the same nodes take
// their locks in the same order, so that they wait for each other rather than deadlock.
func byID(v []map[string]any) []any {
	out := orEmptyMaps(v)
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].(map[string]any)["id"].(string) < out[j].(map[string]any)["id"].(string)
	})
	return out
}

// talksByID is byID for talk rows.
func talksByID(v []*talkRow) []*talkRow {
	out := slices.Clone(v)
	slices.SortStableFunc(out, func(a, b *talkRow) int { return strings.Compare(a.id, b.id) })
	return out
}

func orEmptyMaps(v []map[string]any) []any {
	out := make([]any, len(v))
	for i := range v {
		out[i] = v[i]
	}
	return out
}
