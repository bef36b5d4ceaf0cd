package store

import "context"

// City returns the city with the given key, or ErrNotFound.
func (s *Store) City(ctx context.Context, id string) (City, error) {
	return one(ctx, s, "city", cityQuery, id, decodeCity)
}

const cityQuery = `
MATCH (c:City {id: $id})
RETURN c` + cityFields + ` AS city`

// EventsInCities returns the events held in each city, by city key, most recent first.
func (s *Store) EventsInCities(ctx context.Context, cityIDs []string, limit int) (map[string][]Event, error) {
	return groupBy(ctx, s, "eventsInCities", eventsInCitiesQuery, cityIDs, limit, decodeEvent)
}

const eventsInCitiesQuery = `
UNWIND $ids AS id
MATCH (:City {id: id})<-[:IN]-(e:Event)
WITH DISTINCT id, e ORDER BY e.date DESC, e.sortKey, e.id
WITH id, collect(e)[..$limit] AS items
RETURN id, [e IN items | e` + eventFields + `] AS items`

// TalksInCities returns the talks given in each city, by city key.
func (s *Store) TalksInCities(ctx context.Context, cityIDs []string, limit int) (map[string][]Talk, error) {
	return groupBy(ctx, s, "talksInCities", talksInCitiesQuery, cityIDs, limit, decodeTalk)
}

const talksInCitiesQuery = `
UNWIND $ids AS id
MATCH (:City {id: id})<-[:IN]-(:Event)<-[:PRESENTED_AT]-(t:Talk)
WITH DISTINCT id, t ORDER BY t.sortKey, t.id
WITH id, collect(t)[..$limit] AS items
RETURN id, [t IN items | t` + talkFields + `] AS items`
