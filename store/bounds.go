package store

import (
	"context"
	"fmt"
)

// ListBounds are the longest lists of each relation that the API returns without a page size
// (a talk's speakers, a person's companies, ...), as the graph stands: the most items such a
// field can return, which is what the API's complexity estimate prices it at.
type ListBounds struct {
	TalkSpeakers, TalkEvents, TalkCities, TalkSources, TalkTopics int
	PersonCompanies, PersonCities                                 int
	AffiliationSources                                            int
	EventSources, EventHostSources                                int
}

// ListBounds reads the longest list of each relation the graph holds, each capped at MaxPage
// (the most any list returns). Counts kept on the nodes are read where there are some; the
// others are counted, which reads each talk's, person's and event's relationships once.
func (s *Store) ListBounds(ctx context.Context) (ListBounds, error) {
	recs, err := s.read(ctx, "listBounds", listBoundsQuery, nil)
	if err != nil {
		return ListBounds{}, fmt.Errorf("store: list bounds: %w", err)
	}
	if len(recs) == 0 {
		return ListBounds{}, nil
	}
	v := recs[0].Values
	n := func(i int) int { return min(integer(v[i]), MaxPage) }
	return ListBounds{
		TalkSpeakers: n(0), TalkEvents: n(1), TalkCities: n(2), TalkSources: n(3), TalkTopics: n(4),
		PersonCompanies: n(5), PersonCities: n(6), AffiliationSources: n(7),
		EventSources: n(8), EventHostSources: n(9),
	}, nil
}

// listBoundsQuery mirrors what the API's reads return: distinct speakers, events, cities,
// posts and topics of a talk; distinct companies and cities of a person; the statements of one
// affiliation (one per post); the posts about an event and the statements of its host.
const listBoundsQuery = `
CALL {
  MATCH (t:Talk)
  RETURN coalesce(max(COUNT { MATCH (t)<-[:GAVE]-(p:Person) RETURN DISTINCT p }), 0) AS talkSpeakers,
         coalesce(max(t.eventCount), 0) AS talkEvents,
         coalesce(max(t.cityCount), 0) AS talkCities,
         coalesce(max(COUNT { MATCH (t)<-[:MENTIONS]-(p:Post) RETURN DISTINCT p }), 0) AS talkSources,
         coalesce(max(COUNT { MATCH (t)-[:ABOUT]->(x:Topic) RETURN DISTINCT x }), 0) AS talkTopics
}
CALL {
  MATCH (p:Person)
  RETURN coalesce(max(COUNT { MATCH (p)-[:WORKS_FOR]->(c:Company) RETURN DISTINCT c }), 0) AS personCompanies,
         coalesce(max(p.cityCount), 0) AS personCities
}
CALL {
  OPTIONAL MATCH (:Person)-[r:WORKS_FOR]->(:Company)
  WITH startNode(r) AS p, endNode(r) AS c, count(r) AS n
  RETURN coalesce(max(n), 0) AS affiliationSources
}
CALL {
  MATCH (e:Event)
  RETURN coalesce(max(COUNT { MATCH (e)<-[:MENTIONS]-(p:Post) RETURN DISTINCT p }), 0) AS eventSources,
         coalesce(max(COUNT { MATCH (e)<-[:HOSTED]-(:Company) }), 0) AS eventHostSources
}
RETURN talkSpeakers, talkEvents, talkCities, talkSources, talkTopics,
       personCompanies, personCities, affiliationSources, eventSources, eventHostSources`
