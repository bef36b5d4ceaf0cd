package graph

import (
	"context"
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/talkgraph/talkgraph/store"
)

// Direct encoding: a list of talks or people, a page of talks or a person whose selection
// asks only for fields that are plain values of the structs the store returned (and relations
// the same read already brought, such as a talk's ready cities and speakers), is written as
// JSON in one pass instead of through gqlgen's executor, which spends a field context, a
// resolver call, a result and a field set on every field of every object: on the multi-city
// question, about 860 objects, that machinery was the largest part of the request's CPU.
// Nothing written directly can block, fail or be null where the schema says it cannot be, so
// there is nothing for gqlgen's per-field handling to do.
//
// generated.go calls directTalks, directPeople, directTalkConnection and directPerson at the
// top of the marshallers of those types (graph/gen puts the calls there). Each returns ok
// false, and gqlgen marshals as before, whenever the selection holds a field this file does
// not know, an argument it cannot read the way the resolver would, or a deferred fragment,
// and whenever an object lacks a relation the selection asks for (its resolver would then go
// to a loader). Fields are collected with gqlgen's CollectFields and the same type lists as
// its marshallers, so aliases, fragments, @skip and @include select exactly what gqlgen
// would, and scalars are written the way gqlgen's marshallers write them (appendQuoted
// mirrors its string quoting).

// directField is one field of a compiled selection: its response key, already quoted with the
// colon, the schema field it reads, the selection of an object field, and for Person.talks the
// page size its resolver would read.
type directField struct {
	key   []byte
	name  string
	sub   []directField
	first int
}

// directType describes one object type the direct path writes: gqlgen's list of the types
// it satisfies (for fragments' type conditions), its scalar fields, and its object fields with
// their types.
type directType struct {
	implements []string
	scalars    map[string]bool
	objects    map[string]string
}

// directTypes are the types the direct path writes, by name.
var directTypes = map[string]*directType{
	"Talk": {implements: talkImplementors,
		scalars: scalarFields("id", "title", "displayTitle", "description", "recordingUrl", "slidesUrl", "cityCount", "eventCount"),
		objects: map[string]string{"cities": "City", "speakers": "Person", "events": "Event"}},
	"Person": {implements: personImplementors,
		scalars: scalarFields("id", "name", "talkCount", "cityCount"),
		objects: map[string]string{"companies": "Company", "talks": "Talk"}},
	"Company": {implements: companyImplementors,
		scalars: scalarFields("id", "name", "speakerCount", "eventCount")},
	"City": {implements: cityImplementors,
		scalars: scalarFields("id", "name", "country", "eventCount", "talkCount")},
	"Event": {implements: eventImplementors,
		scalars: scalarFields("id", "name", "date", "talkCount"),
		objects: map[string]string{"city": "City", "host": "Company"}},
	"TalkConnection": {implements: talkConnectionImplementors,
		scalars: scalarFields(),
		objects: map[string]string{"edges": "TalkEdge", "nodes": "Talk", "pageInfo": "PageInfo"}},
	"TalkEdge": {implements: talkEdgeImplementors,
		scalars: scalarFields("cursor"),
		objects: map[string]string{"node": "Talk"}},
	"PageInfo": {implements: pageInfoImplementors,
		scalars: scalarFields("hasNextPage", "hasPreviousPage", "startCursor", "endCursor")},
}

func scalarFields(names ...string) map[string]bool {
	m := map[string]bool{"__typename": true}
	for _, n := range names {
		m[n] = true
	}
	return m
}

// directOn says whether the direct path serves this request's resolver (see Options.GQLGenOnly).
func directOn(root ResolverRoot) bool {
	r, ok := root.(*Resolver)
	return ok && !r.gqlgenOnly
}

// wrote counts a subtree written directly.
func wrote(root ResolverRoot) {
	if r, ok := root.(*Resolver); ok {
		r.directWrites.Add(1)
	}
}

// compileDirect compiles the selection of an object of type typ, or returns false if the
// direct path cannot write it.
func compileDirect(opCtx *graphql.OperationContext, sel ast.SelectionSet, typ string) ([]directField, bool) {
	dt := directTypes[typ]
	fields := graphql.CollectFields(opCtx, sel, dt.implements)
	out := make([]directField, 0, len(fields))
	for _, f := range fields {
		if len(f.Deferrables) > 0 || len(f.Directives) > 0 && !onlySkipInclude(f.Directives) {
			return nil, false
		}
		df := directField{key: append(appendQuoted(nil, f.Alias), ':'), name: f.Name}
		switch {
		case dt.scalars[f.Name]:
		case dt.objects[f.Name] != "":
			sub, ok := compileDirect(opCtx, f.Selections, dt.objects[f.Name])
			if !ok {
				return nil, false
			}
			df.sub = sub
			if typ == "Person" && f.Name == "talks" {
				n, ok := firstArg(opCtx, f, 20)
				if !ok {
					return nil, false
				}
				df.first = n
			}
		default:
			return nil, false
		}
		out = append(out, df)
	}
	return out, true
}

// onlySkipInclude says whether a field's directives are only @skip and @include, which
// CollectFields has already applied.
func onlySkipInclude(ds ast.DirectiveList) bool {
	for _, d := range ds {
		if d.Name != "skip" && d.Name != "include" {
			return false
		}
	}
	return true
}

// firstArg reads a field's first argument as its resolver would (gqlgen's Int unmarshalling,
// then limit with the default def); false if the resolver would answer an error instead.
func firstArg(opCtx *graphql.OperationContext, f graphql.CollectedField, def int) (int, bool) {
	var first *int
	if v, ok := f.ArgumentMap(opCtx.Variables)["first"]; ok && v != nil {
		n, err := graphql.UnmarshalInt(v)
		if err != nil {
			return 0, false
		}
		first = &n
	}
	n, err := limit(first, def)
	return n, err == nil
}

// directTalks writes a list of talks directly, if it can (see the top of this file).
func directTalks(ctx context.Context, root ResolverRoot, sel ast.SelectionSet, v []store.Talk) (graphql.Marshaler, bool) {
	if !directOn(root) {
		return nil, false
	}
	plan, ok := compileDirect(graphql.GetOperationContext(ctx), sel, "Talk")
	if !ok {
		return nil, false
	}
	b, ok := appendList(make([]byte, 0, 1024), plan, v, appendTalk)
	return direct(root, b, ok)
}

// directPeople writes a list of people directly, if it can.
func directPeople(ctx context.Context, root ResolverRoot, sel ast.SelectionSet, v []store.Person) (graphql.Marshaler, bool) {
	if !directOn(root) {
		return nil, false
	}
	plan, ok := compileDirect(graphql.GetOperationContext(ctx), sel, "Person")
	if !ok {
		return nil, false
	}
	b, ok := appendList(make([]byte, 0, 1024), plan, v, appendPerson)
	return direct(root, b, ok)
}

// directPerson writes a person, or null, directly, if it can.
func directPerson(ctx context.Context, root ResolverRoot, sel ast.SelectionSet, v *store.Person) (graphql.Marshaler, bool) {
	if v == nil || !directOn(root) {
		return nil, false
	}
	plan, ok := compileDirect(graphql.GetOperationContext(ctx), sel, "Person")
	if !ok {
		return nil, false
	}
	b, ok := appendPerson(make([]byte, 0, 1024), plan, v)
	return direct(root, b, ok)
}

// directTalkConnection writes a page of talks directly, if it can.
func directTalkConnection(ctx context.Context, root ResolverRoot, sel ast.SelectionSet, v *connection[store.Talk]) (graphql.Marshaler, bool) {
	if v == nil || !directOn(root) {
		return nil, false
	}
	plan, ok := compileDirect(graphql.GetOperationContext(ctx), sel, "TalkConnection")
	if !ok {
		return nil, false
	}
	b, ok := appendTalkConnection(make([]byte, 0, 1024), plan, v)
	return direct(root, b, ok)
}

// appendList writes a JSON list of xs, each written by one; it fails as soon as one fails.
func appendList[T any](b []byte, plan []directField, xs []T, one func([]byte, []directField, *T) ([]byte, bool)) ([]byte, bool) {
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		var ok bool
		if b, ok = one(b, plan, &xs[i]); !ok {
			return nil, false
		}
	}
	return append(b, ']'), true
}

// always turns a writer that cannot fail into one for appendList.
func always[T any](one func([]byte, []directField, *T) []byte) func([]byte, []directField, *T) ([]byte, bool) {
	return func(b []byte, plan []directField, x *T) ([]byte, bool) { return one(b, plan, x), true }
}

func direct(root ResolverRoot, b []byte, ok bool) (graphql.Marshaler, bool) {
	if !ok {
		return nil, false
	}
	wrote(root)
	return graphql.WriterFunc(func(w io.Writer) { w.Write(b) }), true
}

func appendTalk(b []byte, plan []directField, t *store.Talk) ([]byte, bool) {
	b = append(b, '{')
	for i := range plan {
		f := &plan[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, f.key...)
		ok := true
		switch f.name {
		case "__typename":
			b = append(b, `"Talk"`...)
		case "id":
			b = appendQuoted(b, t.ID)
		case "title":
			b = appendOptional(b, t.Title)
		case "displayTitle":
			b = appendQuoted(b, t.DisplayTitle)
		case "description":
			b = appendOptional(b, t.Description)
		case "recordingUrl":
			b = appendOptional(b, t.RecordingURL)
		case "slidesUrl":
			b = appendOptional(b, t.SlidesURL)
		case "cityCount":
			b = strconv.AppendInt(b, int64(t.CityCount), 10)
		case "eventCount":
			b = strconv.AppendInt(b, int64(t.EventCount), 10)
		case "cities":
			if t.Rel == nil || t.Rel.Cities == nil {
				return nil, false
			}
			b, ok = appendList(b, f.sub, t.Rel.Cities, always(appendCity))
		case "speakers":
			if t.Rel == nil || t.Rel.Speakers == nil {
				return nil, false
			}
			b, ok = appendList(b, f.sub, t.Rel.Speakers, appendPerson)
		case "events":
			if t.Rel == nil || t.Rel.Events == nil {
				return nil, false
			}
			b, ok = appendList(b, f.sub, t.Rel.Events, always(appendEvent))
		default:
			return nil, false
		}
		if !ok {
			return nil, false
		}
	}
	return append(b, '}'), true
}

func appendTalkConnection(b []byte, plan []directField, c *connection[store.Talk]) ([]byte, bool) {
	b = append(b, '{')
	for i := range plan {
		f := &plan[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, f.key...)
		ok := true
		switch f.name {
		case "__typename":
			b = append(b, `"TalkConnection"`...)
		case "nodes":
			b, ok = appendList(b, f.sub, c.Nodes, appendTalk)
		case "edges":
			b = append(b, '[')
			for j := range c.Edges {
				if j > 0 {
					b = append(b, ',')
				}
				if b, ok = appendTalkEdge(b, f.sub, &c.Edges[j]); !ok {
					break
				}
			}
			b = append(b, ']')
		case "pageInfo":
			if c.PageInfo == nil {
				return nil, false
			}
			b = appendPageInfo(b, f.sub, c.PageInfo)
		default:
			return nil, false
		}
		if !ok {
			return nil, false
		}
	}
	return append(b, '}'), true
}

func appendTalkEdge(b []byte, plan []directField, e *Edge[store.Talk]) ([]byte, bool) {
	b = append(b, '{')
	for i := range plan {
		f := &plan[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, f.key...)
		switch f.name {
		case "__typename":
			b = append(b, `"TalkEdge"`...)
		case "cursor":
			b = appendQuoted(b, e.Cursor)
		case "node":
			if e.Node == nil {
				return nil, false
			}
			var ok bool
			if b, ok = appendTalk(b, f.sub, e.Node); !ok {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	return append(b, '}'), true
}

func appendPageInfo(b []byte, plan []directField, p *PageInfo) []byte {
	b = append(b, '{')
	for i := range plan {
		f := &plan[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, f.key...)
		switch f.name {
		case "__typename":
			b = append(b, `"PageInfo"`...)
		case "hasNextPage":
			b = strconv.AppendBool(b, p.HasNextPage)
		case "hasPreviousPage":
			b = strconv.AppendBool(b, p.HasPreviousPage)
		case "startCursor":
			b = appendOptional(b, p.StartCursor)
		case "endCursor":
			b = appendOptional(b, p.EndCursor)
		}
	}
	return append(b, '}')
}

func appendPerson(b []byte, plan []directField, p *store.Person) ([]byte, bool) {
	b = append(b, '{')
	for i := range plan {
		f := &plan[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, f.key...)
		ok := true
		switch f.name {
		case "__typename":
			b = append(b, `"Person"`...)
		case "id":
			b = appendQuoted(b, p.ID)
		case "name":
			b = appendQuoted(b, p.Name)
		case "talkCount":
			b = strconv.AppendInt(b, int64(p.TalkCount), 10)
		case "cityCount":
			b = strconv.AppendInt(b, int64(p.CityCount), 10)
		case "companies":
			if p.Rel == nil || p.Rel.Companies == nil {
				return nil, false
			}
			b, _ = appendList(b, f.sub, p.Rel.Companies, always(appendCompany))
		case "talks":
			// The talks read with the person serve only the page size they were read with
			// (talksOfPerson).
			if p.Rel == nil || p.Rel.Talks == nil || p.Rel.TalkLimit != f.first {
				return nil, false
			}
			b, ok = appendList(b, f.sub, p.Rel.Talks, appendTalk)
		default:
			return nil, false
		}
		if !ok {
			return nil, false
		}
	}
	return append(b, '}'), true
}

func appendCompany(b []byte, plan []directField, c *store.Company) []byte {
	b = append(b, '{')
	for i := range plan {
		f := &plan[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, f.key...)
		switch f.name {
		case "__typename":
			b = append(b, `"Company"`...)
		case "id":
			b = appendQuoted(b, c.ID)
		case "name":
			b = appendQuoted(b, c.Name)
		case "speakerCount":
			b = strconv.AppendInt(b, int64(c.SpeakerCount), 10)
		case "eventCount":
			b = strconv.AppendInt(b, int64(c.EventCount), 10)
		}
	}
	return append(b, '}')
}

func appendCity(b []byte, plan []directField, c *store.City) []byte {
	b = append(b, '{')
	for i := range plan {
		f := &plan[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, f.key...)
		switch f.name {
		case "__typename":
			b = append(b, `"City"`...)
		case "id":
			b = appendQuoted(b, c.ID)
		case "name":
			b = appendQuoted(b, c.Name)
		case "country":
			b = appendOptional(b, c.Country)
		case "eventCount":
			b = strconv.AppendInt(b, int64(c.EventCount), 10)
		case "talkCount":
			b = strconv.AppendInt(b, int64(c.TalkCount), 10)
		}
	}
	return append(b, '}')
}

func appendEvent(b []byte, plan []directField, e *store.Event) []byte {
	b = append(b, '{')
	for i := range plan {
		f := &plan[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, f.key...)
		switch f.name {
		case "__typename":
			b = append(b, `"Event"`...)
		case "id":
			b = appendQuoted(b, e.ID)
		case "name":
			b = appendQuoted(b, e.Name)
		case "date":
			b = appendOptional(b, e.Date)
		case "talkCount":
			b = strconv.AppendInt(b, int64(e.TalkCount), 10)
		case "city":
			if e.City == nil {
				b = append(b, "null"...)
			} else {
				b = appendCity(b, f.sub, e.City)
			}
		case "host":
			if e.Host == nil {
				b = append(b, "null"...)
			} else {
				b = appendCompany(b, f.sub, e.Host)
			}
		}
	}
	return append(b, '}')
}

func appendOptional(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendQuoted(b, *s)
}

const hexDigits = "0123456789ABCDEF"

// appendQuoted appends s as a JSON string exactly as gqlgen's MarshalString writes it:
// control characters, the backslash and the double quote escaped, everything else (HTML
// characters, U+2028, bytes that are not UTF-8) as is. TestAppendQuoted compares the two.
func appendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i, c := range s {
		if c < 0x20 || c == '\\' || c == '"' {
			b = append(b, s[start:i]...)
			switch c {
			case '\t':
				b = append(b, `\t`...)
			case '\r':
				b = append(b, `\r`...)
			case '\n':
				b = append(b, `\n`...)
			case '\\':
				b = append(b, `\\`...)
			case '"':
				b = append(b, `\"`...)
			default:
				b = append(b, `\u00`...)
				b = append(b, hexDigits[c>>4], hexDigits[c&0xf])
			}
			start = i + 1
		}
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
