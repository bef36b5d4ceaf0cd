package graph

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/talkgraph/talkgraph/graph/model"
	"github.com/talkgraph/talkgraph/store"
)

// Limits that protect the server from abusive queries. Each refusal is a GraphQL error with an
// extensions.code.
const (
	// CodeDepthLimit marks an operation nested deeper than the depth limit.
	CodeDepthLimit = "DEPTH_LIMIT_EXCEEDED"
	// CodeComplexityLimit marks an operation whose estimated cost exceeds the limit (set by gqlgen).
	CodeComplexityLimit = "COMPLEXITY_LIMIT_EXCEEDED"
)

// unboundedListGuess is the size assumed, for complexity, of nested lists without a `first`
// argument (a talk's speakers, a person's companies): small in practice.
const unboundedListGuess = 5

// setComplexity makes every list field cost its page size times the cost of one element, so
// that the complexity limit bounds the number of objects a request can ask for.
func setComplexity(c *ComplexityRoot) {
	page := func(first *int, def int) int {
		if first != nil && *first >= 0 {
			return min(*first, store.MaxPage)
		}
		return def
	}
	conn := func(child int, first *int, _ *string) int { return 1 + page(first, 20)*child }
	nested := func(def int) func(int, *int) int {
		return func(child int, first *int) int { return 1 + page(first, def)*child }
	}
	small := func(child int) int { return 1 + unboundedListGuess*child }

	c.Query.Talks = func(child int, first *int, _ *string, _ *store.TalkFilter, _ *model.TalkOrder) int {
		return conn(child, first, nil)
	}
	c.Query.People = func(child int, first *int, _ *string, _ *store.PersonFilter, _ *model.PersonOrder) int {
		return conn(child, first, nil)
	}
	c.Query.Companies = func(child int, first *int, _ *string, _ *store.CompanyFilter, _ *model.CompanyOrder) int {
		return conn(child, first, nil)
	}
	c.Query.Events = func(child int, first *int, _ *string, _ *store.EventFilter, _ *model.EventOrder) int {
		return conn(child, first, nil)
	}
	c.Query.Cities = func(child int, first *int, _ *string, _ *store.CityFilter, _ *model.CityOrder) int {
		return conn(child, first, nil)
	}
	c.Query.Posts = func(child int, first *int, _ *string, _ *model.PostOrder) int { return conn(child, first, nil) }
	c.Query.SpeakersInSeveralCities = func(child int, _ *int, first *int) int { return 1 + page(first, store.MaxPage)*child }
	c.Query.CompaniesBySpeakers = func(child int, first *int) int { return 1 + page(first, 20)*child }
	c.Query.EventsPerCityPerYear = func(child int, _ *string, first *int) int { return 1 + page(first, store.MaxPage)*child }
	c.Query.Search = func(child int, _ string, first *int) int { return 1 + page(first, 10)*child }
	c.Person.CoSpeakers = nested(20)
	c.Person.TalksConnection = conn
	c.Company.PeopleConnection = conn
	c.Event.TalksConnection = conn
	c.City.TalksConnection = conn
	c.City.EventsConnection = conn
	c.Query.TalksInSeveralCities = func(child int, _ *int, first *int) int { return 1 + page(first, store.MaxPage)*child }

	c.Talk.Speakers = small
	c.Talk.Events = small
	c.Talk.Cities = small
	c.Talk.Sources = small
	c.Person.Companies = small
	c.Person.Cities = small
	c.Person.Talks = nested(20)
	c.Company.People = nested(20)
	c.Company.HostedEvents = nested(20)
	c.Event.Talks = nested(20)
	c.Event.Sources = small
	c.City.Events = nested(20)
	c.City.Talks = nested(20)
	uiComplexity(c)
}

// DepthLimit refuses operations whose selections nest deeper than Max fields. Introspection
// fields (those starting with "__") are not counted, so schema introspection keeps working.
type DepthLimit struct {
	Max int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = DepthLimit{}

// ExtensionName names the extension for gqlgen.
func (DepthLimit) ExtensionName() string { return "DepthLimit" }

// Validate accepts any schema.
func (DepthLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext measures the operation's depth and refuses it if too deep.
func (d DepthLimit) MutateOperationContext(_ context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	op := opCtx.Doc.Operations.ForName(opCtx.OperationName)
	if op == nil {
		return nil
	}
	if depth := selectionDepth(op.SelectionSet, 0); depth > d.Max {
		err := gqlerror.Errorf("operation is nested %d levels deep, which exceeds the limit of %d", depth, d.Max)
		errcode.Set(err, CodeDepthLimit)
		return err
	}
	return nil
}

// selectionDepth returns the deepest field nesting under set; fragments are followed, and
// the visits are bounded so that fragment cycles (which validation rejects anyway) end.
func selectionDepth(set ast.SelectionSet, visits int) int {
	if visits > 10000 {
		return 1 << 20
	}
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.Name) >= 2 && s.Name[:2] == "__" {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, visits+1)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, visits+1)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = selectionDepth(s.Definition.SelectionSet, visits+1)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// writeRefusal answers a request refused before GraphQL execution with a GraphQL-shaped error.
func writeRefusal(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": code}}},
	})
}
