package store

import (
	"context"
	"fmt"
)

// Post returns the post with the given key, or ErrNotFound.
func (s *Store) Post(ctx context.Context, id string) (Post, error) {
	return one(ctx, s, "post", postQuery, id, decodePost)
}

const postQuery = `
MATCH (p:Post {id: $id})
RETURN p` + postFields + ` AS post`

// PostsByID returns the posts with the given keys, by key; the API's loader for sources.
func (s *Store) PostsByID(ctx context.Context, ids []string) (map[string]Post, error) {
	grouped, err := groupBy(ctx, s, "postsByID", postsByIDQuery, ids, MaxPage, decodePost)
	if err != nil {
		return nil, err
	}
	out := make(map[string]Post, len(grouped))
	for id, l := range grouped {
		if len(l) > 0 {
			out[id] = l[0]
		}
	}
	return out, nil
}

const postsByIDQuery = `
UNWIND $ids AS id
MATCH (p:Post {id: id})
RETURN id, [p` + postFields + `][..$limit] AS items`

// Stats counts the nodes of each kind.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	recs, err := s.read(ctx, "stats", statsQuery, nil)
	if err != nil {
		return Stats{}, fmt.Errorf("store: stats: %w", err)
	}
	if len(recs) == 0 {
		return Stats{}, nil
	}
	v := recs[0].Values
	return Stats{
		Posts: integer(v[0]), Talks: integer(v[1]), People: integer(v[2]),
		Companies: integer(v[3]), Events: integer(v[4]), Cities: integer(v[5]),
		LastLoadedAt: optString(v[6]),
	}, nil
}

// statsQuery counts by label; each count reads the label's count store, not the nodes, and
// the latest loadedAt comes from its index.
const statsQuery = `
CALL { MATCH (n:Post) RETURN count(n) AS posts }
CALL { MATCH (n:Talk) RETURN count(n) AS talks }
CALL { MATCH (n:Person) RETURN count(n) AS people }
CALL { MATCH (n:Company) RETURN count(n) AS companies }
CALL { MATCH (n:Event) RETURN count(n) AS events }
CALL { MATCH (n:City) RETURN count(n) AS cities }
CALL { OPTIONAL MATCH (n:Post) WHERE n.loadedAt IS NOT NULL WITH n ORDER BY n.loadedAt DESC LIMIT 1 RETURN n.loadedAt AS loadedAt }
RETURN posts, talks, people, companies, events, cities,
       CASE WHEN loadedAt IS NULL THEN null ELSE toString(datetime.truncate('second', loadedAt)) END AS lastLoadedAt`
