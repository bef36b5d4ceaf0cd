package store

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// candidatesPerAnchor bounds the talks the candidate query reads through one speaker, link or
// city, so that a prolific speaker or a busy city cannot make a save read the whole graph.
const candidatesPerAnchor = 200

// talkCandidatesQuery finds, in one round trip for a whole batch, the talks already in the
// graph that the batch's talks may be: those under the same title key, those whose key starts
// like a key the batch would propose (so that a new key never lands on an existing talk),
// the talks of the same speakers, those with the same slides or recording link, and, for talks
// whose posts name no speaker, the talks without speakers given in the same cities. Each
// comes with the facts sameTalk compares and the posts that state it.
const talkCandidatesQuery = `
CALL {
  UNWIND $titleKeys AS key
  MATCH (t:Talk {titleKey: key})
  RETURN t
  UNION
  UNWIND $prefixes AS prefix
  MATCH (t:Talk) WHERE t.id STARTS WITH prefix
  RETURN t
  UNION
  UNWIND $speakers AS speaker
  CALL {
    WITH speaker
    MATCH (:Person {id: speaker})-[:GAVE]->(t:Talk)
    RETURN DISTINCT t LIMIT $perAnchor
  }
  RETURN t
  UNION
  UNWIND $links AS link
  CALL {
    WITH link
    MATCH (t:Talk {slidesKey: link})
    RETURN t LIMIT $perAnchor
    UNION
    WITH link
    MATCH (t:Talk {recordingKey: link})
    RETURN t LIMIT $perAnchor
  }
  RETURN t
  UNION
  UNWIND $cities AS city
  CALL {
    WITH city
    MATCH (:City {id: city})<-[:IN]-(:Event)<-[:PRESENTED_AT]-(t:Talk)
    WHERE NOT EXISTS { (t)<-[:GAVE]-(:Person) }
    RETURN DISTINCT t LIMIT $perAnchor
  }
  RETURN t
}
WITH DISTINCT t
RETURN t.id AS id, t.title AS title, t.description AS description,
       [k IN [t.recordingKey, t.slidesKey] WHERE k IS NOT NULL] AS links,
       COLLECT { MATCH (t)<-[:GAVE]-(s:Person) RETURN DISTINCT s.id } AS speakers,
       COLLECT { MATCH (t)-[:PRESENTED_AT]->(e:Event) RETURN DISTINCT e.id } AS events,
       COLLECT { MATCH (t)-[:PRESENTED_AT]->(:Event)-[:IN]->(c:City) RETURN DISTINCT c.id } AS cities,
       COLLECT { MATCH (t)<-[:MENTIONS]-(p:Post) RETURN p.id } AS posts
ORDER BY id`

// unmergeQuery forgets why a talk was merged once a single post states it: among the talks
// the rewritten posts' old facts touched, those no other post mentions any more.
const unmergeQuery = `
UNWIND $touched AS eid
MATCH (t:Talk) WHERE elementId(t) = eid AND COUNT { (t)<-[:MENTIONS]-(:Post) } = 1
MATCH (t)<-[m:MENTIONS]-(:Post)
WHERE m.mergedBecause IS NOT NULL
REMOVE m.mergedBecause`

// talkCandidate is a talk a row may be: one already in the graph or one an earlier row of the
// batch creates, with what is known of it so far.
type talkCandidate struct {
	id string
	// facts are what the talk is known by: a new talk's are its row's (r.talkFacts), not a
	// copy (an agenda makes thousands of new talks, and a copy took 128 bytes of each)
	facts *talkFacts
	// posts are the posts that state it (not counting a post being rewritten), each once: a
	// list, not a set, as nearly every talk has one or two and a post may create thousands
	posts []string
}

// addPost records that post states c.
func (c *talkCandidate) addPost(post string) {
	if !slices.Contains(c.posts, post) {
		c.posts = append(c.posts, post)
	}
}

// resolveTalks gives every talk row its key. A row is the talk in the graph (or earlier in the
// batch) that sameTalk takes it for, the best one when several fit, never one another talk of
// the same post already took; the row then records why (mergedBecause) when another post
// states that talk, and so do the other posts' mentions that record no reason yet: which
// mentions of a merged talk carry reasons does not depend on the order posts were loaded in. Otherwise it gets a new key: the title key, or untitledID, made unique
// with the first speaker or the post when taken.
func (s *Store) resolveTalks(ctx context.Context, tx neo4j.ManagedTransaction, r *rows, res *SaveResult) error {
	if len(r.talks) == 0 {
		return nil
	}
	titleKeys, prefixes, speakers, links, cities := newSet(), newSet(), newSet(), newSet(), newSet()
	for i, row := range r.talks {
		f := r.talkFacts[i]
		if row.titled {
			key := TitleKey(row.displayTitle)
			titleKeys.add(key)
			prefixes.add(key + "--")
		} else {
			prefixes.add(proposal(row))
		}
		speakers.add(f.Speakers...)
		links.add(f.Links...)
		if len(f.Speakers) == 0 {
			cities.add(f.Cities...)
		}
	}
	recs, err := s.txRun(ctx, tx, "savePost.candidates", talkCandidatesQuery, map[string]any{
		"titleKeys": titleKeys.list(), "prefixes": prefixes.list(), "speakers": speakers.list(),
		"links": links.list(), "cities": cities.list(), "perAnchor": candidatesPerAnchor,
	}, res)
	if err != nil {
		return err
	}
	var pool []*talkCandidate
	known := map[string]struct{}{}
	for _, rec := range recs {
		c := decodeCandidate(rec)
		pool = append(pool, c)
		known[c.id] = struct{}{}
	}
	r.resolve(pool, known)
	return nil
}

// resolve gives every talk row its key among the candidates of pool (in the graph, their
// keys in known), adding the new talks of the batch to it as later rows may be them. Each row
// is compared only with the candidates a talkIndex finds for it, which are all those sameTalk
// could take it for, in pool order: the decisions are those of comparing it with every
// candidate, at a cost that grows with the rows and what they share rather than with their
// product. It returns the pool with the new talks.
func (r *rows) resolve(pool []*talkCandidate, known map[string]struct{}) []*talkCandidate {
	ix := newTalkIndex(r.talkFacts, pool)
	// own is the posts of a new talk of the post of the rows being resolved: one list the
	// post's new talks share (addPost makes a new one for a talk another post then takes), as
	// a list each took 16 bytes of every talk of an agenda.
	var own []string
	for i, row := range r.talks {
		post := row.post
		f := r.talkFacts[i]
		best := int32(-1)
		var verdict mergeVerdict
		for _, n := range ix.candidates(f, post) {
			c := ix.pool[n]
			// Two talks of one post are two talks: a post never takes a talk it took already.
			// The posts a candidate lists besides those of the batch's rows that took it are
			// the graph's, which never list a post being saved (its mentions are retracted
			// first), so this is what a set of the talks each post took held.
			if slices.Contains(c.posts, post) {
				continue
			}
			if v := sameTalk(f, *c.facts); v.Same && (best < 0 || v.Score > verdict.Score) {
				best, verdict = n, v
			}
		}
		if best >= 0 {
			c := ix.pool[best]
			row.id = c.id
			var others []string
			for _, p := range c.posts {
				if p != post {
					others = append(others, p)
				}
			}
			if len(others) > 0 {
				reasons := toAny(verdict.Reasons)
				row.mergedBecause = reasons
				slices.Sort(others)
				for _, p := range others {
					r.merged = append(r.merged, map[string]any{"post": p, "talk": c.id, "mergedBecause": reasons})
				}
			}
			ix.absorb(best, f)
			c.addPost(post)
		} else {
			id := proposal(row)
			base := id
			suffix := Slug(post)
			if sp := f.Speakers; len(sp) > 0 && row.titled {
				suffix = sp[0]
			}
			for n := 1; has(known, id); n++ {
				id = base + "--" + suffix
				if n > 1 {
					id = fmt.Sprintf("%s--%s-%d", base, suffix, n)
				}
			}
			known[id] = struct{}{} // (a set of empty values: a bool took 8 bytes more a key)
			row.id = id
			if len(own) == 0 || own[0] != post {
				own = []string{post}
			}
			// later rows of the batch may be this talk
			r.talkFacts[i] = f.clone() // (the row's facts are not read again: see SavePosts)
			ix.add(&talkCandidate{id: id, facts: &r.talkFacts[i], posts: own}, post)
		}
	}
	return ix.pool
}

// has reports whether set holds key.
func has(set map[string]struct{}, key string) bool {
	_, ok := set[key]
	return ok
}

// proposal is the key a new talk row proposes before it is made unique: its title key, or
// untitledID for a talk no post names.
func proposal(row *talkRow) string {
	if row.titled {
		return TitleKey(row.displayTitle)
	}
	return untitledID(row.displayTitle, row.speakers)
}

func decodeCandidate(rec *neo4j.Record) *talkCandidate {
	m := rec.AsMap()
	c := &talkCandidate{facts: &talkFacts{}}
	c.id, _ = m["id"].(string)
	c.facts.Title, _ = m["title"].(string)
	c.facts.Description, _ = m["description"].(string)
	c.facts.Links = strs(m, "links")
	c.facts.Speakers = strs(m, "speakers")
	c.facts.Events = strs(m, "events")
	c.facts.Cities = strs(m, "cities")
	for _, p := range strs(m, "posts") {
		c.addPost(p)
	}
	return c
}

// absorb adds what a row merged into c says of the talk, as the write will: speakers, links,
// events and cities add up; a title names an untitled talk.
func (c *talkCandidate) absorb(f talkFacts) {
	if c.facts.Title == "" && f.Title != "" {
		c.facts.Title = f.Title
	}
	if c.facts.Description == "" {
		c.facts.Description = f.Description
	}
	c.facts.Speakers = union(c.facts.Speakers, f.Speakers)
	c.facts.Links = union(c.facts.Links, f.Links)
	c.facts.Events = union(c.facts.Events, f.Events)
	c.facts.Cities = union(c.facts.Cities, f.Cities)
}

// clone is f with each list without repeats, as absorb makes them. Lists are never changed in
// place (absorb makes new ones), so a list without repeats is shared, not copied: a post may
// create thousands of talks.
func (f talkFacts) clone() talkFacts {
	f.Speakers = distinct(f.Speakers)
	f.Links = distinct(f.Links)
	f.Events = distinct(f.Events)
	f.Cities = distinct(f.Cities)
	return f
}

// distinct is xs without repeats (see union): xs itself when it has none.
func distinct(xs []string) []string {
	for i, x := range xs {
		if slices.Contains(xs[:i], x) {
			return union(nil, xs)
		}
	}
	return xs
}

func union(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range append(append([]string(nil), a...), b...) {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// set is a set of strings listed in a stable order, for query parameters.
type set map[string]bool

func newSet() set { return set{} }

func (s set) add(xs ...string) {
	for _, x := range xs {
		if x != "" {
			s[x] = true
		}
	}
}

func (s set) list() []any {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return toAny(keys)
}
