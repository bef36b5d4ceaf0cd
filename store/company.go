package store

import "context"

// Company returns the company with the given key, or ErrNotFound.
func (s *Store) Company(ctx context.Context, id string) (Company, error) {
	return one(ctx, s, "company", companyQuery, id, decodeCompany)
}

const companyQuery = `
MATCH (c:Company {id: $id})
RETURN c` + companyFields + ` AS company`

// PeopleOfCompanies returns the first people who work for each company, by company key: the
// first page of PeopleOfCompaniesPage.
func (s *Store) PeopleOfCompanies(ctx context.Context, companyIDs []string, limit int) (map[string][]Person, error) {
	return firstPages(ctx, s.PeopleOfCompaniesPage, companyIDs, limit)
}

// EventsHostedBy returns the events each company hosted, by company key, most recent first.
func (s *Store) EventsHostedBy(ctx context.Context, companyIDs []string, limit int) (map[string][]Event, error) {
	return groupBy(ctx, s, "eventsHostedBy", eventsHostedByQuery, companyIDs, limit, decodeEvent)
}

const eventsHostedByQuery = `
UNWIND $ids AS id
MATCH (:Company {id: id})-[:HOSTED]->(e:Event)
WITH DISTINCT id, e ORDER BY e.date DESC, e.sortKey, e.id
WITH id, collect(e)[..$limit] AS items
RETURN id, [e IN items | e` + eventFields + `] AS items`
