package store

import (
	"context"
	"fmt"
)

// topicFields projects a topic variable named x with its number of distinct talks.
const topicFields = `{.id, .name, talkCount: COUNT { MATCH (x)<-[:ABOUT]-(t:Talk) RETURN DISTINCT t }}`

func decodeTopic(m map[string]any) Topic {
	return Topic{ID: str(m, "id"), Name: str(m, "name"), TalkCount: integer(m["talkCount"])}
}

// Topics returns the topics talks are about, those with the most talks first (then by name),
// at most first of them.
func (s *Store) Topics(ctx context.Context, first int) ([]Topic, error) {
	recs, err := s.read(ctx, "topics", topicsQuery, map[string]any{"first": clampFirst(first)})
	if err != nil {
		return nil, fmt.Errorf("store: topics: %w", err)
	}
	out := make([]Topic, 0, len(recs))
	for _, rec := range recs {
		m, _ := rec.Values[0].(map[string]any)
		out = append(out, decodeTopic(m))
	}
	return out, nil
}

const topicsQuery = `
MATCH (x:Topic)
WITH x, x` + topicFields + ` AS topic
ORDER BY topic.talkCount DESC, x.name, x.id
LIMIT $first
RETURN topic`

// Topic returns the topic with the given key, or ErrNotFound.
func (s *Store) Topic(ctx context.Context, id string) (Topic, error) {
	return one(ctx, s, "topic", topicQuery, id, decodeTopic)
}

const topicQuery = `
MATCH (x:Topic {id: $id})
RETURN x` + topicFields + ` AS topic`

// TopicsOfTalks returns the topics of each talk, by name, by talk key.
func (s *Store) TopicsOfTalks(ctx context.Context, talkIDs []string, limit int) (map[string][]Topic, error) {
	return groupBy(ctx, s, "topicsOfTalks", topicsOfTalksQuery, talkIDs, limit, decodeTopic)
}

const topicsOfTalksQuery = `
UNWIND $ids AS id
MATCH (:Talk {id: id})-[:ABOUT]->(x:Topic)
WITH DISTINCT id, x ORDER BY x.name, x.id
WITH id, collect(x)[..$limit] AS items
RETURN id, [x IN items | x` + topicFields + `] AS items`

// TalksOfTopics returns the talks about each topic, by title, by topic key.
func (s *Store) TalksOfTopics(ctx context.Context, topicIDs []string, limit int) (map[string][]Talk, error) {
	return groupBy(ctx, s, "talksOfTopics", talksOfTopicsQuery, topicIDs, limit, decodeTalk)
}

const talksOfTopicsQuery = `
UNWIND $ids AS id
MATCH (:Topic {id: id})<-[:ABOUT]-(t:Talk)
WITH DISTINCT id, t ORDER BY t.sortKey, t.id
WITH id, collect(t)[..$limit] AS items
RETURN id, [t IN items | t` + talkFields + `] AS items`
