package store

import "context"

// Person returns the person with the given key, with the relations w asks for, or
// ErrNotFound.
func (s *Store) Person(ctx context.Context, id string, w PersonWith) (Person, error) {
	p, err := oneWith(ctx, s, "person", personQuery, map[string]any{"id": id, "pwith": w.param(), "with": w.Talk.param()}, id, decodePerson)
	w.keep(&p)
	return p, err
}

var personQuery = `
MATCH (p:Person {id: $id})
RETURN ` + personWith + ` AS person`

// CompaniesOfPeople returns the companies each person works for, by person key.
func (s *Store) CompaniesOfPeople(ctx context.Context, personIDs []string) (map[string][]Company, error) {
	return groupBy(ctx, s, "companiesOfPeople", companiesOfPeopleQuery, personIDs, MaxPage, decodeCompany)
}

var companiesOfPeopleQuery = personCompanies.batch("Person", "x", "", companyFields)

// TalksOfPeople returns the first talks each person gave (by title), by person key: the first
// page of TalksOfPeoplePage.
func (s *Store) TalksOfPeople(ctx context.Context, personIDs []string, limit int) (map[string][]Talk, error) {
	return firstPages(ctx, s.TalksOfPeoplePage, personIDs, limit)
}

// CitiesOfPeople returns the distinct cities each person spoke in, by person key.
func (s *Store) CitiesOfPeople(ctx context.Context, personIDs []string) (map[string][]City, error) {
	return groupBy(ctx, s, "citiesOfPeople", citiesOfPeopleQuery, personIDs, MaxPage, decodeCity)
}

const citiesOfPeopleQuery = `
UNWIND $ids AS id
MATCH (:Person {id: id})-[:GAVE]->(:Talk)-[:PRESENTED_AT]->(:Event)-[:IN]->(c:City)
WITH DISTINCT id, c ORDER BY c.sortKey, c.id
WITH id, collect(c)[..$limit] AS items
RETURN id, [c IN items | c` + cityFields + `] AS items`
