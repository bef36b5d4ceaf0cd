package store

import "strings"

// A relation the API reads in more than one way: along with its parent (the talkWith and
// personWith projections) and in batches over many parents (SpeakersOfTalks,
// TalksOfPeoplePage, ...). Both are built from the relation's one pattern and order, so that
// the ways cannot drift apart: a list is the same whichever way a request reaches it.
type relation struct {
	pattern string // from {from} to {to}, e.g. ({from})-[:GAVE]->({to}:Talk)
	order   string // the ORDER BY keys of {to}, ending with its key
}

var (
	talkCities      = relation{`({from})-[:PRESENTED_AT]->(:Event)-[:IN]->({to}:City)`, `{to}.sortKey, {to}.id`}
	talkSpeakers    = relation{`({from})<-[:GAVE]-({to}:Person)`, `{to}.sortKey, {to}.id`}
	talkEvents      = relation{`({from})-[:PRESENTED_AT]->({to}:Event)`, `{to}.date, {to}.sortKey, {to}.id`}
	personCompanies = relation{`({from})-[:WORKS_FOR]->({to}:Company)`, `{to}.sortKey, {to}.id`}
	personTalks     = relation{`({from})-[:GAVE]->({to}:Talk)`, `{to}.sortKey, {to}.id`}
)

func (r relation) fill(s, from, to string) string {
	return strings.NewReplacer("{from}", from, "{to}", to).Replace(s)
}

// collect is the relation as a COLLECT subquery of a projection of from: the distinct items,
// in order, projected by fields, at most limit of them. Its MATCH carries the condition when,
// a test of parameters alone, so that an unrequested relation expands nothing.
func (r relation) collect(from, to, when, fields, limit string) string {
	return `COLLECT {
    MATCH ` + r.fill(r.pattern, from, to) + ` WHERE ` + when + `
    WITH DISTINCT ` + to + ` ORDER BY ` + r.fill(r.order, from, to) + ` LIMIT ` + limit + `
    RETURN ` + to + fields + ` }`
}

// batch is the relation read for every parent of $ids (of label parent), at most $limit items
// each, as rows of (id, items), the items bound to to. where, if not empty, filters them (a
// page's cursor).
func (r relation) batch(parent, to, where, fields string) string {
	const from = "o"
	q := `
UNWIND $ids AS id
MATCH (` + from + `:` + parent + ` {id: id})
MATCH ` + r.fill(r.pattern, from, to) + `
WITH DISTINCT id, ` + to
	if where != "" {
		q += `
WHERE ` + where
	}
	return q + `
WITH id, ` + to + ` ORDER BY ` + r.fill(r.order, from, to) + `
WITH id, collect(` + to + `)[..$limit] AS items
RETURN id, [` + to + ` IN items | ` + to + fields + `] AS items`
}

// with adds entries to a projection's fields ({.a, .b} and "c: ..." give {.a, .b, c: ...}).
func with(fields string, entries ...string) string {
	return strings.TrimSuffix(fields, "}") + ",\n  " + strings.Join(entries, ",\n  ") + "}"
}
