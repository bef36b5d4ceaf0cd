package store

import (
	"context"
	"fmt"
)

// GraphVersion identifies a state of the graph: every save that writes something moves it on,
// in the transaction that writes. Epoch is drawn once when the version node is created, so a
// database emptied and loaded again never repeats an earlier (Epoch, Version) pair. Caches of
// answers key them by it (see graph's answer cache and ETags).
type GraphVersion struct {
	Epoch   string
	Version int64
}

// String is the version as a short token, e.g. "3f2a…-42".
func (v GraphVersion) String() string { return fmt.Sprintf("%s-%d", v.Epoch, v.Version) }

// GraphVersion returns the graph's current version; an empty graph that no save has written
// has version 0 with an empty epoch.
func (s *Store) GraphVersion(ctx context.Context) (GraphVersion, error) {
	recs, err := s.read(ctx, "graphVersion", graphVersionQuery, nil)
	if err != nil {
		return GraphVersion{}, fmt.Errorf("store: graph version: %w", err)
	}
	if len(recs) == 0 {
		return GraphVersion{}, nil
	}
	epoch, _ := recs[0].Values[0].(string)
	return GraphVersion{Epoch: epoch, Version: int64(integer(recs[0].Values[1]))}, nil
}

const graphVersionQuery = `
MATCH (v:GraphVersion {id: 'graph'})
RETURN v.epoch AS epoch, v.version AS version`

// bumpVersion moves the graph version on: the end of a save's last query (recountQuery), so
// that the lock on the one version node is held only until the commit.
const bumpVersion = `
MERGE (v:GraphVersion {id: 'graph'})
  ON CREATE SET v.epoch = randomUUID(), v.version = 0
SET v.version = v.version + 1`
