package store

import "context"

// Event returns the event with the given key, or ErrNotFound.
func (s *Store) Event(ctx context.Context, id string) (Event, error) {
	return one(ctx, s, "event", eventQuery, id, decodeEvent)
}

const eventQuery = `
MATCH (e:Event {id: $id})
RETURN e` + eventFields + ` AS event`

// TalksOfEvents returns the talks given at each event, by event key.
func (s *Store) TalksOfEvents(ctx context.Context, eventIDs []string, limit int) (map[string][]Talk, error) {
	return groupBy(ctx, s, "talksOfEvents", talksOfEventsQuery, eventIDs, limit, decodeTalk)
}

const talksOfEventsQuery = `
UNWIND $ids AS id
MATCH (:Event {id: id})<-[:PRESENTED_AT]-(t:Talk)
WITH DISTINCT id, t ORDER BY t.sortKey, t.id
WITH id, collect(t)[..$limit] AS items
RETURN id, [t IN items | t` + talkFields + `] AS items`

// PostsOfEvents returns the posts that describe each event, by event key, oldest first.
func (s *Store) PostsOfEvents(ctx context.Context, eventIDs []string) (map[string][]Post, error) {
	return groupBy(ctx, s, "postsOfEvents", postsOfEventsQuery, eventIDs, MaxPage, decodePost)
}

const postsOfEventsQuery = `
UNWIND $ids AS id
MATCH (:Event {id: id})<-[:MENTIONS]-(p:Post)
WITH DISTINCT id, p ORDER BY p.published, p.id
WITH id, collect(p)[..$limit] AS items
RETURN id, [p IN items | p` + postFields + `] AS items`
