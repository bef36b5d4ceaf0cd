package store

import "context"

// City returns the city with the given key, or ErrNotFound.
func (s *Store) City(ctx context.Context, id string) (City, error) {
	return one(ctx, s, "city", cityQuery, id, decodeCity)
}

const cityQuery = `
MATCH (c:City {id: $id})
RETURN c` + cityFields + ` AS city`

// EventsInCities returns the first events held in each city, by city key, most recent first:
// the first page of EventsInCitiesPage.
func (s *Store) EventsInCities(ctx context.Context, cityIDs []string, limit int) (map[string][]Event, error) {
	return firstPages(ctx, s.EventsInCitiesPage, cityIDs, limit)
}

// TalksInCities returns the first talks given in each city, by city key: the first page of
// TalksInCitiesPage.
func (s *Store) TalksInCities(ctx context.Context, cityIDs []string, limit int) (map[string][]Talk, error) {
	return firstPages(ctx, s.TalksInCitiesPage, cityIDs, limit)
}
