package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"
)

// SpeakersInSeveralCities returns the people who gave talks in at least minCities distinct
// cities, most cities first.
func (s *Store) SpeakersInSeveralCities(ctx context.Context, minCities, first int) ([]Person, error) {
	recs, err := s.read(ctx, "speakersInSeveralCities", speakersInSeveralCitiesQuery, map[string]any{
		"min": max(minCities, 1), "first": clampFirst(first),
	})
	if err != nil {
		return nil, fmt.Errorf("store: speakers in several cities: %w", err)
	}
	out := make([]Person, 0, len(recs))
	for _, rec := range recs {
		m, _ := rec.Values[0].(map[string]any)
		out = append(out, decodePerson(m))
	}
	return out, nil
}

const speakersInSeveralCitiesQuery = `
MATCH (p:Person)
WHERE p.cityCount >= $min
WITH p ORDER BY p.cityCount DESC, p.sortKey, p.id
LIMIT $first
RETURN p` + personFields + ` AS person`

// CityYear counts the events held in a city in a year.
type CityYear struct {
	City   City
	Year   int
	Events int
}

// EventsPerCityPerYear counts dated events by city and year, for one city or all, by city
// name then year.
func (s *Store) EventsPerCityPerYear(ctx context.Context, cityID string, first int) ([]CityYear, error) {
	recs, err := s.read(ctx, "eventsPerCityPerYear", eventsPerCityPerYearQuery, map[string]any{"city": orNil(cityID), "first": clampFirst(first)})
	if err != nil {
		return nil, fmt.Errorf("store: events per city per year: %w", err)
	}
	out := make([]CityYear, 0, len(recs))
	for _, rec := range recs {
		m, _ := rec.Values[0].(map[string]any)
		out = append(out, CityYear{City: decodeCity(m), Year: integer(rec.Values[1]), Events: integer(rec.Values[2])})
	}
	return out, nil
}

const eventsPerCityPerYearQuery = `
MATCH (e:Event)-[:IN]->(c:City)
WHERE e.date IS NOT NULL AND ($city IS NULL OR c.id = $city)
WITH c, toInteger(substring(e.date, 0, 4)) AS year, count(DISTINCT e) AS events
ORDER BY c.sortKey, c.id, year
LIMIT $first
RETURN c` + cityFields + ` AS city, year, events`

// Entity is any object the API can hand out by key: exactly one of the pointers is set.
type Entity struct {
	Talk    *Talk
	Person  *Person
	Company *Company
	Event   *Event
	City    *City
	Post    *Post
}

// ID is the entity's key.
func (e Entity) ID() string {
	switch {
	case e.Talk != nil:
		return e.Talk.ID
	case e.Person != nil:
		return e.Person.ID
	case e.Company != nil:
		return e.Company.ID
	case e.Event != nil:
		return e.Event.ID
	case e.City != nil:
		return e.City.ID
	case e.Post != nil:
		return e.Post.ID
	}
	return ""
}

// entityFields projects any entity n with every field its kind may have.
const entityFields = `{.id, .name, .title, .displayTitle, .description, .recordingUrl, .slidesUrl,
  .aliases, .country, .date, .url, .published, .author, .file, .sortKey, .firstDate, .lastDate,
  .cityCount, .eventCount, .talkCount, .speakerCount,
  city: head([(n)-[:IN]->(c:City) | c` + cityFields + `]),
  host: head([(h:Company)-[:HOSTED]->(n) | h` + companyFields + `]),
  labels: labels(n)}`

func decodeEntity(m map[string]any) Entity {
	for _, l := range strs(m, "labels") {
		switch l {
		case "Talk":
			t := decodeTalk(m)
			return Entity{Talk: &t}
		case "Person":
			p := decodePerson(m)
			return Entity{Person: &p}
		case "Company":
			c := decodeCompany(m)
			return Entity{Company: &c}
		case "Event":
			e := decodeEvent(m)
			return Entity{Event: &e}
		case "City":
			c := decodeCity(m)
			return Entity{City: &c}
		case "Post":
			p := decodePost(m)
			return Entity{Post: &p}
		}
	}
	return Entity{}
}

// Node returns the object with the given key, whatever its kind, or ErrNotFound.
func (s *Store) Node(ctx context.Context, id string) (Entity, error) {
	e, err := one(ctx, s, "node", nodeQuery, id, decodeEntity)
	if err == nil && e.ID() == "" {
		return e, fmt.Errorf("store: node %q: %w", id, ErrNotFound)
	}
	return e, err
}

const nodeQuery = `
MATCH (n:Entity {id: $id})
RETURN n` + entityFields + ` AS node`

// Step is one relationship of a path: its type, the keys of its ends, and the post that
// states it.
type Step struct {
	Type     string
	From, To string
	PostID   string
}

// Path is how two objects are connected: the entities along the shortest path and the
// relationships between them.
type Path struct {
	Nodes []Entity
	Steps []Step
}

// maxPathLength bounds the search for a connection.
const maxPathLength = 12

// Connection returns a shortest path between two objects over the facts of the graph (who
// gave which talk, where, for whom, hosted by whom). It returns ErrNotFound when either key
// names no object (posts are not part of paths: through them everything would be connected),
// and ErrNoPath when both exist but no path of at most maxPathLength steps joins them. An
// object is connected to itself by a path of length 0.
func (s *Store) Connection(ctx context.Context, from, to string) (Path, error) {
	if from == to {
		e, err := s.Node(ctx, from)
		if err != nil || e.Post != nil {
			return Path{}, fmt.Errorf("store: connection %q %q: %w", from, to, ErrNotFound)
		}
		return Path{Nodes: []Entity{e}}, nil
	}
	recs, err := s.read(ctx, "connection", connectionQuery, map[string]any{"from": from, "to": to})
	if err != nil {
		return Path{}, fmt.Errorf("store: connection %q %q: %w", from, to, err)
	}
	if len(recs) == 0 {
		return Path{}, fmt.Errorf("store: connection %q %q: %w", from, to, ErrNotFound)
	}
	if found, _ := recs[0].Values[2].(bool); !found {
		return Path{}, fmt.Errorf("store: connection %q %q: %w", from, to, ErrNoPath)
	}
	var p Path
	for _, m := range maps(recs[0].Values[0]) {
		p.Nodes = append(p.Nodes, decodeEntity(m))
	}
	for _, m := range maps(recs[0].Values[1]) {
		p.Steps = append(p.Steps, Step{Type: str(m, "type"), From: str(m, "from"), To: str(m, "to"), PostID: str(m, "post")})
	}
	return p, nil
}

const connectionQuery = `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE NOT a:Post AND NOT b:Post
OPTIONAL MATCH p = shortestPath((a)-[:GAVE|PRESENTED_AT|IN|HOSTED|WORKS_FOR*..12]-(b))
WITH CASE WHEN p IS NULL THEN [] ELSE nodes(p) END AS ns, CASE WHEN p IS NULL THEN [] ELSE relationships(p) END AS rs, p IS NOT NULL AS found
RETURN [n IN ns | n` + entityFields + `] AS nodes,
       [r IN rs | {type: type(r), from: startNode(r).id, to: endNode(r).id, post: r.post}] AS steps, found`

// Hit is one search result with its relevance.
type Hit struct {
	Entity
	Score float64
}

// Search finds talks, people, companies, cities and events whose names or titles match text,
// tolerating small typos: each word also matches words one or two edits away. At most first
// results, best first.
func (s *Store) Search(ctx context.Context, text string, first int) ([]Hit, error) {
	q := LuceneQuery(text)
	if q == "" {
		return nil, fmt.Errorf("store: search: %w: no words to search for", ErrInvalid)
	}
	recs, err := s.read(ctx, "search", searchQuery, map[string]any{"q": q, "first": clampFirst(first)})
	if err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	out := make([]Hit, 0, len(recs))
	for _, rec := range recs {
		m, _ := rec.Values[0].(map[string]any)
		score, _ := rec.Values[1].(float64)
		out = append(out, Hit{Entity: decodeEntity(m), Score: score})
	}
	return out, nil
}

// searchQuery keeps the best hits before it projects them: a fuzzy query can match thousands
// of nodes, and projecting each (with its city and host) before the LIMIT would cost far more
// than the search itself.
const searchQuery = `
CALL db.index.fulltext.queryNodes('search', $q) YIELD node AS n, score
WITH n, score ORDER BY score DESC, n.id
LIMIT $first
RETURN n` + entityFields + ` AS node, score`

// LuceneQuery turns what a user typed into a Lucene query: each word (letters and digits
// only, so no query syntax gets through) must match, exactly or within a small edit distance;
// exact matches score higher.
func LuceneQuery(text string) string {
	var terms []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(terms) == 8 {
			break
		}
		fuzz := ""
		switch n := len([]rune(w)); {
		case n >= 8:
			fuzz = "~2"
		case n >= 4:
			fuzz = "~1"
		}
		if fuzz == "" {
			terms = append(terms, w)
			continue
		}
		terms = append(terms, "("+w+"^2 OR "+w+fuzz+")")
	}
	return strings.Join(terms, " AND ")
}
