package store

import (
	"context"
	"fmt"
)

// eventFields projects an event variable named e, with its city and host; eventFieldsN the
// same for a variable named n.
const (
	eventFields = `{.id, .name, .date, .sortKey, .talkCount,
  city: head([(e)-[:IN]->(c:City) | c` + cityFields + `]),
  host: head([(h:Company)-[:HOSTED]->(e) | h` + companyFields + `])}`
	eventFieldsN = `{.id, .name, .date, .sortKey, .talkCount,
  city: head([(n)-[:IN]->(c:City) | c` + cityFields + `]),
  host: head([(h:Company)-[:HOSTED]->(n) | h` + companyFields + `])}`
)

// Talk returns the talk with the given key, with the relations w asks for, or ErrNotFound.
func (s *Store) Talk(ctx context.Context, id string, w TalkWith) (Talk, error) {
	t, err := oneWith(ctx, s, "talk", talkQuery, map[string]any{"id": id, "with": w.param()}, id, decodeTalk)
	w.keep(&t)
	return t, err
}

var talkQuery = `
MATCH (t:Talk {id: $id})
RETURN ` + talkWith + ` AS talk`

// CityCount is a talk with the number of distinct cities it was given in.
type CityCount struct {
	Talk   Talk
	Cities int
}

// TalksInSeveralCities returns the talks given in at least minCities distinct cities, most
// cities first, then by title; at most first of them.
func (s *Store) TalksInSeveralCities(ctx context.Context, minCities, first int, w TalkWith) ([]CityCount, error) {
	recs, err := s.read(ctx, "talksInSeveralCities", talksInSeveralCitiesQuery, map[string]any{
		"min": max(minCities, 1), "first": clampFirst(first), "with": w.param(),
	})
	if err != nil {
		return nil, fmt.Errorf("store: talks in several cities: %w", err)
	}
	out := make([]CityCount, 0, len(recs))
	for _, rec := range recs {
		m, _ := rec.Values[0].(map[string]any)
		t := decodeTalk(m)
		w.keep(&t)
		out = append(out, CityCount{Talk: t, Cities: integer(rec.Values[1])})
	}
	return out, nil
}

var talksInSeveralCitiesQuery = `
MATCH (t:Talk)
WHERE t.cityCount >= $min
WITH t ORDER BY t.cityCount DESC, t.sortKey, t.id
LIMIT $first
RETURN ` + talkWith + ` AS talk, t.cityCount AS cities`

// SpeakersOfTalks returns the speakers of each talk, by talk key, ordered by name.
func (s *Store) SpeakersOfTalks(ctx context.Context, talkIDs []string) (map[string][]Person, error) {
	return groupBy(ctx, s, "speakersOfTalks", speakersOfTalksQuery, talkIDs, MaxPage, decodePerson)
}

var speakersOfTalksQuery = talkSpeakers.batch("Talk", "x", "", personFields)

// EventsOfTalks returns the events each talk was given at, by talk key, ordered by date.
func (s *Store) EventsOfTalks(ctx context.Context, talkIDs []string) (map[string][]Event, error) {
	return groupBy(ctx, s, "eventsOfTalks", eventsOfTalksQuery, talkIDs, MaxPage, decodeEvent)
}

var eventsOfTalksQuery = talkEvents.batch("Talk", "e", "", eventFields)

// CitiesOfTalks returns the distinct cities each talk was given in, by talk key.
func (s *Store) CitiesOfTalks(ctx context.Context, talkIDs []string) (map[string][]City, error) {
	return groupBy(ctx, s, "citiesOfTalks", citiesOfTalksQuery, talkIDs, MaxPage, decodeCity)
}

var citiesOfTalksQuery = talkCities.batch("Talk", "x", "", cityFields)

// SourcesOfTalks returns the evidence behind each talk: for every post that names a speaker or
// an event of the talk, the sentence and confidence, by talk key.
func (s *Store) SourcesOfTalks(ctx context.Context, talkIDs []string) (map[string][]Source, error) {
	return groupBy(ctx, s, "sourcesOfTalks", sourcesOfTalksQuery, talkIDs, MaxPage, decodeSource)
}

const sourcesOfTalksQuery = `
UNWIND $ids AS id
MATCH (t:Talk {id: id})<-[m:MENTIONS]-(p:Post)
CALL {
  WITH t, p
  OPTIONAL MATCH (t)-[r:GAVE|PRESENTED_AT {post: p.id}]-()
  WITH r ORDER BY r.confidence DESC
  RETURN head(collect(r)) AS best
}
WITH id, p, m, best ORDER BY p.published, p.id
RETURN id, collect({post: p.id, sentence: best.sentence, confidence: coalesce(best.confidence, 0.0),
                    mergedBecause: coalesce(m.mergedBecause, [])})[..$limit] AS items`
