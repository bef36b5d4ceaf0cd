package store

import "context"

// This file holds the reads that return facts with their evidence (the posts, sentences and
// confidence behind an affiliation or a host) and the posts' own facts.

// Affiliation is a company a person works for, with the evidence for it.
type Affiliation struct {
	Company Company
	Sources []Source
}

// sourcesOf projects the relationships rs (one per post stating the fact) as sources, best
// first.
const sourcesOf = `[r IN rs | {post: r.post, sentence: r.sentence, confidence: coalesce(r.confidence, 0.0)}]`

func decodeSources(v any) []Source {
	ms := maps(v)
	out := make([]Source, len(ms))
	for i, m := range ms {
		out[i] = decodeSource(m)
	}
	return out
}

// AffiliationsOfPeople returns, by person key, the companies each person works for (by name),
// each with the posts and sentences that say so; at most MaxPage of each, like the other
// relations without a page size.
func (s *Store) AffiliationsOfPeople(ctx context.Context, personIDs []string) (map[string][]Affiliation, error) {
	return groupBy(ctx, s, "affiliationsOfPeople", affiliationsOfPeopleQuery, personIDs, MaxPage, func(m map[string]any) Affiliation {
		c, _ := m["company"].(map[string]any)
		return Affiliation{Company: decodeCompany(c), Sources: decodeSources(m["sources"])}
	})
}

const affiliationsOfPeopleQuery = `
UNWIND $ids AS id
MATCH (:Person {id: id})-[r:WORKS_FOR]->(c:Company)
WITH id, c, r ORDER BY r.confidence DESC, r.post
WITH id, c, collect(r)[..$limit] AS rs ORDER BY c.sortKey, c.id
WITH id, collect({company: c` + companyFields + `, sources: ` + sourcesOf + `})[..$limit] AS items
RETURN id, items`

// HostSourcesOfEvents returns, by event key, the evidence that the event's host hosted it:
// one source per post that says so, best first, at most MaxPage.
func (s *Store) HostSourcesOfEvents(ctx context.Context, eventIDs []string) (map[string][]Source, error) {
	return groupBy(ctx, s, "hostSourcesOfEvents", hostSourcesOfEventsQuery, eventIDs, MaxPage, decodeSource)
}

const hostSourcesOfEventsQuery = `
UNWIND $ids AS id
MATCH (:Event {id: id})<-[r:HOSTED]-(:Company)
WITH id, r ORDER BY r.confidence DESC, r.post
WITH id, collect(r)[..$limit] AS rs
RETURN id, ` + sourcesOf + ` AS items`

// CoSpeaker is another person who spoke at the same events as someone, with how many events
// they shared.
type CoSpeaker struct {
	Person       Person
	SharedEvents int
}

// CoSpeakersOf returns, for each person, the other people who spoke at the same events with the
// number of events shared, those who shared the most first.
func (s *Store) CoSpeakersOf(ctx context.Context, personIDs []string, limit int) (map[string][]CoSpeaker, error) {
	return groupBy(ctx, s, "coSpeakers", coSpeakersQuery, personIDs, limit, func(m map[string]any) CoSpeaker {
		return CoSpeaker{Person: decodePerson(m), SharedEvents: integer(m["sharedEvents"])}
	})
}

// CoSpeakers returns, for each person, the other people who spoke at the same events, those
// who shared the most events first.
func (s *Store) CoSpeakers(ctx context.Context, personIDs []string, limit int) (map[string][]Person, error) {
	co, err := s.CoSpeakersOf(ctx, personIDs, limit)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]Person, len(co))
	for id, l := range co {
		ps := make([]Person, len(l))
		for i, c := range l {
			ps[i] = c.Person
		}
		out[id] = ps
	}
	return out, nil
}

const coSpeakersQuery = `
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:GAVE]->(:Talk)-[:PRESENTED_AT]->(e:Event)<-[:PRESENTED_AT]-(:Talk)<-[:GAVE]-(o:Person)
WHERE o <> p
WITH id, o, count(DISTINCT e) AS shared
ORDER BY shared DESC, o.sortKey, o.id
WITH id, collect(o{.id, .name, .aliases, .sortKey, .talkCount, .cityCount, sharedEvents: shared})[..$limit] AS items
RETURN id, items`

// TalksOfPosts returns, by post key, the talks each post states something about, by title.
func (s *Store) TalksOfPosts(ctx context.Context, postIDs []string, limit int) (map[string][]Talk, error) {
	return groupBy(ctx, s, "talksOfPosts", talksOfPostsQuery, postIDs, limit, decodeTalk)
}

const talksOfPostsQuery = `
UNWIND $ids AS id
MATCH (:Post {id: id})-[:MENTIONS]->(t:Talk)
WITH id, t ORDER BY t.sortKey, t.id
WITH id, collect(t)[..$limit] AS items
RETURN id, [t IN items | t` + talkFields + `] AS items`

// EventsOfPosts returns, by post key, the events each post describes, oldest first.
func (s *Store) EventsOfPosts(ctx context.Context, postIDs []string, limit int) (map[string][]Event, error) {
	return groupBy(ctx, s, "eventsOfPosts", eventsOfPostsQuery, postIDs, limit, decodeEvent)
}

const eventsOfPostsQuery = `
UNWIND $ids AS id
MATCH (:Post {id: id})-[:MENTIONS]->(e:Event)
WITH id, e ORDER BY e.date, e.sortKey, e.id
WITH id, collect(e)[..$limit] AS items
RETURN id, [e IN items | e` + eventFields + `] AS items`

// optString reads a nullable string column.
func optString(v any) *string {
	if s, ok := v.(string); ok && s != "" {
		return &s
	}
	return nil
}
