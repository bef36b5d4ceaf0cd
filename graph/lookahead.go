package graph

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/talkgraph/talkgraph/store"
)

// Lookahead: a resolver that reads talks or people asks the store for the relations the
// request selects below it, so that they come back in the same Cypher query instead of one
// query per relation.

// selected returns the fields selected in sel (fragments merged), by name.
func selected(ctx context.Context, sel ast.SelectionSet, typ string) map[string]graphql.CollectedField {
	out := map[string]graphql.CollectedField{}
	opCtx := graphql.GetOperationContext(ctx)
	if opCtx == nil {
		return out
	}
	for _, f := range graphql.CollectFields(opCtx, sel, []string{typ}) {
		if prev, ok := out[f.Name]; ok {
			prev.Selections = append(append(ast.SelectionSet{}, prev.Selections...), f.Selections...)
			out[f.Name] = prev
			continue
		}
		out[f.Name] = f
	}
	return out
}

// here returns the selection set of the field being resolved.
func here(ctx context.Context) ast.SelectionSet {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return nil
	}
	return fc.Field.Selections
}

// talkWith reads which relations a selection of Talk fields needs.
func talkWith(ctx context.Context, sel ast.SelectionSet) store.TalkWith {
	f := selected(ctx, sel, "Talk")
	w := store.TalkWith{}
	_, w.Cities = f["cities"]
	if ev, ok := f["events"]; ok {
		w.Events = true
		ef := selected(ctx, ev.Selections, "Event")
		w.EventCity = part(ctx, ef, "city", "City")
		w.EventHost = part(ctx, ef, "host", "Company")
	}
	ready := true
	if c, ok := f["cities"]; ok {
		ready = onlyKeyAndName(ctx, c.Selections, "City")
	}
	if sp, ok := f["speakers"]; ok {
		w.Speakers = true
		pf := selected(ctx, sp.Selections, "Person")
		var co graphql.CollectedField
		co, w.Companies = pf["companies"]
		delete(pf, "companies")
		ready = ready && only(pf, "id", "name", "__typename") && (!w.Companies || onlyKeyAndName(ctx, co.Selections, "Company"))
	}
	w.Ready = ready && (w.Cities || w.Speakers)
	return w
}

// part says how much of the object in field name (of type typ) a selection needs: nothing if
// it is not selected, its key and name if nothing else of it is, else all of it.
func part(ctx context.Context, fields map[string]graphql.CollectedField, name, typ string) store.Part {
	f, ok := fields[name]
	switch {
	case !ok:
		return store.PartNone
	case onlyKeyAndName(ctx, f.Selections, typ):
		return store.PartKeyAndName
	}
	return store.PartAll
}

// onlyKeyAndName says whether a selection of typ asks for nothing but id and name, which
// a talk keeps ready for its cities, speakers and their companies (store.TalkWith.Ready).
func onlyKeyAndName(ctx context.Context, sel ast.SelectionSet, typ string) bool {
	return only(selected(ctx, sel, typ), "id", "name", "__typename")
}

func only(fields map[string]graphql.CollectedField, names ...string) bool {
	for n := range fields {
		if !slices.Contains(names, n) {
			return false
		}
	}
	return true
}

// talkWithInConnection reads the Talk fields a TalkConnection's edges and nodes select.
func talkWithInConnection(ctx context.Context, sel ast.SelectionSet) store.TalkWith {
	var talk ast.SelectionSet
	c := selected(ctx, sel, "TalkConnection")
	if n, ok := c["nodes"]; ok {
		talk = append(talk, n.Selections...)
	}
	if e, ok := c["edges"]; ok {
		if n, ok := selected(ctx, e.Selections, "TalkEdge")["node"]; ok {
			talk = append(talk, n.Selections...)
		}
	}
	return talkWith(ctx, talk)
}

// personWith reads which relations a selection of Person fields needs.
func personWith(ctx context.Context, sel ast.SelectionSet) store.PersonWith {
	f := selected(ctx, sel, "Person")
	w := store.PersonWith{}
	_, w.Companies = f["companies"]
	if t, ok := f["talks"]; ok {
		// Aliases of talks are merged in t; its arguments are those of the first, and the
		// resolver reads the others' pages itself when their size differs.
		w.Talks = true
		w.TalkLimit = 20
		if first, ok := t.ArgumentMap(graphql.GetOperationContext(ctx).Variables)["first"]; ok && first != nil {
			switch v := first.(type) {
			case int64:
				w.TalkLimit = int(v)
			case int:
				w.TalkLimit = v
			}
		}
		w.Talk = talkWith(ctx, t.Selections)
	}
	return w
}
