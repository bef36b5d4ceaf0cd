package store

// Reads can return a talk's or a person's related objects in the same query, when the caller
// knows it will need them (the API looks ahead at the fields a request selects): one round
// trip instead of one per relation. An unrequested relation costs next to nothing: its
// subquery's MATCH carries a predicate on a parameter alone (`WHERE $with.events > 0`), which
// the planner checks before expanding any relationship, and keep drops the empty list it
// returns. (A LIMIT 0 alone is not enough: the subquery would still expand, deduplicate and
// sort everything before keeping none of it.)

// TalkWith says which relations of each talk a read returns along with it.
type TalkWith struct {
	Cities    bool // the distinct cities it was given in
	Speakers  bool // its speakers
	Companies bool // its speakers' companies (with Speakers)
	Events    bool // its events, each with its city and host (see EventCity and EventHost)

	// EventCity and EventHost say how much of each event's city and host a read with Events
	// returns. The caller trims them to what the request selects, so that Neo4j reads and the
	// driver decodes no property nobody asked for; the zero value (PartAll) reads everything.
	EventCity, EventHost Part

	// Ready reads Cities and Speakers (with Companies) from the lists SavePosts keeps on the
	// talk node itself (see recountQuery) instead of traversing the graph: the cities' and
	// people's and companies' keys and names only, their other fields left zero. The caller
	// sets it when the request selects nothing else of them. A talk saved before the lists
	// existed comes back without those relations (Rel nil for them), and the caller loads
	// them the usual way.
	Ready bool
}

func (w TalkWith) param() map[string]any {
	cities, speakers := w.Cities, w.Speakers
	if w.Ready {
		cities, speakers = false, false
	}
	return map[string]any{"cities": limitIf(cities), "speakers": limitIf(speakers),
		"companies": limitIf(speakers && w.Companies), "events": limitIf(w.Events),
		"ready": w.Ready && (w.Cities || w.Speakers), "eventCity": int(w.EventCity), "eventHost": int(w.EventHost)}
}

// Part says how much of a related object a read returns.
type Part int

const (
	// PartAll is every field the store reads of the object: the zero value.
	PartAll Part = iota
	// PartKeyAndName is the object's key and name only, its other fields left zero.
	PartKeyAndName
	// PartNone is nothing of it: the relation is not read, and its field is left nil.
	PartNone
)

// limitIf is the LIMIT of a relation's subquery: all of it (up to MaxPage) or nothing.
func limitIf(b bool) int {
	if b {
		return MaxPage
	}
	return 0
}

// keep drops from a talk the relations w did not ask for (their subqueries returned nothing).
func (w TalkWith) keep(t *Talk) {
	if t.Rel == nil {
		return
	}
	if !w.Cities {
		t.Rel.Cities = nil
	}
	if !w.Events {
		t.Rel.Events = nil
	}
	if !w.Speakers {
		t.Rel.Speakers = nil
	}
	for i := range t.Rel.Speakers {
		if p := &t.Rel.Speakers[i]; p.Rel != nil && !w.Companies {
			p.Rel = nil
		}
	}
	if t.Rel.Cities == nil && t.Rel.Events == nil && t.Rel.Speakers == nil {
		t.Rel = nil
	}
}

// PersonWith says which relations of a person a read returns along with them.
type PersonWith struct {
	Companies bool
	Talks     bool // the first TalkLimit talks (by title), each with Talk's relations
	TalkLimit int  // clamped to [0, MaxPage]; 0 reads no talks

	Talk TalkWith
}

func (w PersonWith) param() map[string]any {
	limit := clampFirst(w.TalkLimit)
	if !w.Talks {
		limit = 0
	}
	return map[string]any{"companies": limitIf(w.Companies), "talkLimit": limit}
}

// keep drops from a person the relations w did not ask for.
func (w PersonWith) keep(p *Person) {
	if p.Rel == nil {
		return
	}
	if !w.Companies {
		p.Rel.Companies = nil
	}
	if !w.Talks {
		p.Rel.Talks = nil
	}
	p.Rel.TalkLimit = clampFirst(w.TalkLimit)
	for i := range p.Rel.Talks {
		w.Talk.keep(&p.Rel.Talks[i])
	}
	if p.Rel.Companies == nil && p.Rel.Talks == nil {
		p.Rel = nil
	}
}

// TalkRel holds the relations of a talk a read returned with it; a nil slice was not read.
type TalkRel struct {
	Cities   []City
	Speakers []Person
	Events   []Event
}

// PersonRel holds the relations of a person a read returned with them.
type PersonRel struct {
	Companies []Company
	Talks     []Talk
	TalkLimit int // the page size Talks was read with
}

// talkWith projects a talk bound to t with the relations $with asks for.
var talkWith = `t` + talkWithFields

// talkWithFields is talkWith's projection of t.
var talkWithFields = with(talkFields,
	`cities: `+talkCities.collect("t", "c", "$with.cities > 0", cityFields, "$with.cities"),
	`speakers: `+talkSpeakers.collect("t", "s", "$with.speakers > 0",
		with(personFields, `companies: `+personCompanies.collect("s", "co", "$with.companies > 0", companyFields, "$with.companies")),
		"$with.speakers"),
	`events: `+talkEvents.collect("t", "e", "$with.events > 0", eventWithFields, "$with.events"),
	`ready: CASE WHEN $with.ready THEN [t.cityIds, t.cityNames, t.speakerIds, t.speakerNames, t.companyOwner, t.companyIds, t.companyNames] END`)

// eventWithFields projects an event bound to e with as much of its city and host as
// $with.eventCity and $with.eventHost ask for (Part values): eventFields when both are
// PartAll. Each is a CASE on the parameter, which Neo4j evaluates before the pattern inside
// it, so that a part nobody asked for expands no relationship.
var eventWithFields = `{.id, .name, .date, .sortKey, .talkCount,
  city: CASE WHEN $with.eventCity < 2 THEN head([(e)-[:IN]->(c:City) | CASE WHEN $with.eventCity = 0 THEN c` + cityFields + ` ELSE c` + keyAndName + ` END]) END,
  host: CASE WHEN $with.eventHost < 2 THEN head([(h:Company)-[:HOSTED]->(e) | CASE WHEN $with.eventHost = 0 THEN h` + companyFields + ` ELSE h` + keyAndName + ` END]) END}`

// keyAndName projects what PartKeyAndName returns.
const keyAndName = `{.id, .name}`

// personWith projects a person bound to p with the relations $pwith asks for (and $with for
// their talks).
var personWith = `p` + with(personFields,
	`companies: `+personCompanies.collect("p", "co", "$pwith.companies > 0", companyFields, "$pwith.companies"),
	`talks: `+personTalks.collect("p", "t", "$pwith.talkLimit > 0", talkWithFields, "$pwith.talkLimit"))

// decodeTalkRel reads the relations a talkWith projection returned.
func decodeTalkRel(m map[string]any) *TalkRel {
	var r TalkRel
	found := false
	// A read that asked for the ready lists skips the traversals: their empty answers are
	// not the talk's relations.
	ready, asked := m["ready"].([]any)
	if asked && len(ready) == 7 {
		found = decodeReady(ready, &r)
	}
	if l, ok := m["cities"].([]any); ok && !asked {
		found = true
		r.Cities = make([]City, 0, len(l))
		for _, c := range maps(l) {
			r.Cities = append(r.Cities, decodeCity(c))
		}
	}
	if l, ok := m["speakers"].([]any); ok && !asked {
		found = true
		r.Speakers = make([]Person, 0, len(l))
		for _, p := range maps(l) {
			r.Speakers = append(r.Speakers, decodePerson(p))
		}
	}
	if l, ok := m["events"].([]any); ok {
		found = true
		r.Events = make([]Event, 0, len(l))
		for _, e := range maps(l) {
			r.Events = append(r.Events, decodeEvent(e))
		}
	}
	if !found {
		return nil
	}
	return &r
}

// decodePersonRel reads the relations a personWith projection returned.
func decodePersonRel(m map[string]any) *PersonRel {
	var r PersonRel
	found := false
	if l, ok := m["companies"].([]any); ok {
		found = true
		r.Companies = make([]Company, 0, len(l))
		for _, c := range maps(l) {
			r.Companies = append(r.Companies, decodeCompany(c))
		}
	}
	if l, ok := m["talks"].([]any); ok {
		found = true
		r.Talks = make([]Talk, 0, len(l))
		for _, t := range maps(l) {
			r.Talks = append(r.Talks, decodeTalk(t))
		}
	}
	if !found {
		return nil
	}
	return &r
}

// decodeReady reads the lists the loader keeps on a talk (see recountQuery), in the order
// talkWith's ready projection returns them: city keys and names, speaker keys and names, and
// the speakers' companies flattened (owner is the index of the speaker of each company). It
// returns false, leaving r alone, if the talk has no lists yet or they disagree in length.
func decodeReady(l []any, r *TalkRel) bool {
	var cols [7][]any
	for i, v := range l {
		c, ok := v.([]any)
		if !ok {
			return false
		}
		cols[i] = c
	}
	cityIDs, cityNames, speakerIDs, speakerNames, owner, companyIDs, companyNames := cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6]
	if len(cityIDs) != len(cityNames) || len(speakerIDs) != len(speakerNames) ||
		len(owner) != len(companyIDs) || len(owner) != len(companyNames) {
		return false
	}
	r.Cities = make([]City, len(cityIDs))
	for i := range cityIDs {
		r.Cities[i].ID, _ = cityIDs[i].(string)
		r.Cities[i].Name, _ = cityNames[i].(string)
	}
	r.Speakers = make([]Person, len(speakerIDs))
	rels := make([]PersonRel, len(speakerIDs))
	for i := range speakerIDs {
		r.Speakers[i].ID, _ = speakerIDs[i].(string)
		r.Speakers[i].Name, _ = speakerNames[i].(string)
		rels[i].Companies = []Company{}
		r.Speakers[i].Rel = &rels[i]
	}
	for i := range owner {
		o := integer(owner[i])
		if o < 0 || o >= len(rels) {
			return false
		}
		var c Company
		c.ID, _ = companyIDs[i].(string)
		c.Name, _ = companyNames[i].(string)
		rels[o].Companies = append(rels[o].Companies, c)
	}
	return true
}
