package store

import "context"

// Event returns the event with the given key, or ErrNotFound.
func (s *Store) Event(ctx context.Context, id string) (Event, error) {
	return one(ctx, s, "event", eventQuery, id, decodeEvent)
}

const eventQuery = `
MATCH (e:Event {id: $id})
RETURN e` + eventFields + ` AS event`

// TalksOfEvents returns the first talks given at each event, by event key: the first page of
// TalksOfEventsPage.
func (s *Store) TalksOfEvents(ctx context.Context, eventIDs []string, limit int) (map[string][]Talk, error) {
	return firstPages(ctx, s.TalksOfEventsPage, eventIDs, limit)
}

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
