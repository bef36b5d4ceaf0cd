package graph

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

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
// argument (a talk's speakers, a person's companies) until the graph's own bounds are read
// (see listBounds).
const unboundedListGuess = 5

// setComplexity makes every list field cost its page size times the cost of one element, so
// that the complexity limit bounds the number of objects a request can ask for. A list
// without a page size costs the longest list of its relation in the graph (bounds, read when
// the operation is priced) times its element.
func setComplexity(c *ComplexityRoot, bounds func() store.ListBounds) {
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
	unpaged := func(n func(store.ListBounds) int) func(int) int {
		return func(child int) int { return 1 + max(n(bounds()), 1)*child }
	}

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

	c.Talk.Speakers = unpaged(func(b store.ListBounds) int { return b.TalkSpeakers })
	c.Talk.Events = unpaged(func(b store.ListBounds) int { return b.TalkEvents })
	c.Talk.Cities = unpaged(func(b store.ListBounds) int { return b.TalkCities })
	c.Talk.Sources = unpaged(func(b store.ListBounds) int { return b.TalkSources })
	c.Person.Companies = unpaged(func(b store.ListBounds) int { return b.PersonCompanies })
	c.Person.Cities = unpaged(func(b store.ListBounds) int { return b.PersonCities })
	c.Person.Talks = nested(20)
	c.Company.People = nested(20)
	c.Company.HostedEvents = nested(20)
	c.Event.Talks = nested(20)
	c.Event.Sources = unpaged(func(b store.ListBounds) int { return b.EventSources })
	c.City.Events = nested(20)
	c.City.Talks = nested(20)
	uiComplexity(c, unpaged)
}

// OperationLimits refuses, before gqlgen validates or prices an operation, those whose shape
// is too large: nested deeper than MaxDepth fields, more than MaxFields fields once every
// fragment is expanded, or able to cause more than MaxQueries Cypher queries. Validation and
// the complexity estimate walk the expanded selection, so a few hundred bytes of fragments
// that spread each other twice would cost them exponential time; this check costs time linear
// in the query's size, since each fragment is measured once (see measure).
type OperationLimits struct {
	MaxDepth   int
	MaxFields  int
	MaxQueries int

	// shapes keeps the shapes of queries already measured, keyed by the SHA-256 of their
	// text, so that a query sent again (a dashboard's, a client's prepared one) is not parsed
	// again before gqlgen's query cache: parsing was 4 % of the server's CPU on a small
	// request. Nil measures every query.
	shapes *lru.LRU[shape]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = OperationLimits{}

// Codes of the operation limits.
const (
	// CodeFieldLimit marks an operation with too many fields once its fragments are expanded.
	CodeFieldLimit = "FIELD_LIMIT_EXCEEDED"
	// CodeQueryLimit marks an operation that would run too many Cypher queries (each field
	// read from the graph, aliases included, costs at least one).
	CodeQueryLimit = "QUERY_LIMIT_EXCEEDED"
	// CodeResponseTooLarge marks a response larger than Options.MaxResponseBytes.
	CodeResponseTooLarge = "RESPONSE_TOO_LARGE"
)

// ExtensionName names the extension for gqlgen.
func (OperationLimits) ExtensionName() string { return "OperationLimits" }

// Validate accepts any schema.
func (OperationLimits) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters parses the query (linear) and refuses it if its shape exceeds a
// limit. A query that does not parse is left to gqlgen, which reports the syntax error.
func (l OperationLimits) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if p.Query == "" {
		return nil
	}
	var key string
	sh, ok := shape{}, false
	if l.shapes != nil {
		sum := sha256.Sum256([]byte(p.Query))
		key = string(sum[:])
		sh, ok = l.shapes.Get(ctx, key)
	}
	if !ok {
		doc, err := parser.ParseQuery(&ast.Source{Input: p.Query})
		if err != nil {
			return nil
		}
		sh = measure(doc)
		if l.shapes != nil {
			l.shapes.Add(ctx, key, sh)
		}
	}
	switch {
	case sh.depth > l.MaxDepth:
		return refusal(CodeDepthLimit, "operation is nested %d levels deep, which exceeds the limit of %d", sh.depth, l.MaxDepth)
	case sh.queries > l.MaxQueries:
		return refusal(CodeQueryLimit, "operation may run %s database queries, which exceeds the limit of %d (each field read from the graph, aliases included, costs one)", count(sh.queries), l.MaxQueries)
	case sh.fields > l.MaxFields:
		return refusal(CodeFieldLimit, "operation selects %s fields once its fragments are expanded, which exceeds the limit of %d", count(sh.fields), l.MaxFields)
	}
	return nil
}

func refusal(code, format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	errcode.Set(err, code)
	return err
}

// count prints a measure, which saturates at saturated.
func count(n int) string {
	if n >= saturated {
		return fmt.Sprintf("more than %d", saturated)
	}
	return fmt.Sprint(n)
}

// shape is what measure finds out about a selection once expanded.
type shape struct {
	depth   int // deepest field nesting (introspection not counted)
	fields  int // fields, every fragment spread expanded
	queries int // fields that read the graph (see queryFields), every fragment spread expanded
}

// saturated caps a shape's numbers, so that spreads multiplying them cannot overflow.
const saturated = 1 << 30

func (s shape) add(o shape) shape {
	return shape{depth: max(s.depth, o.depth), fields: min(s.fields+o.fields, saturated), queries: min(s.queries+o.queries, saturated)}
}

// measure returns the largest shape of doc's operations. Each fragment's shape is computed
// once and reused at every spread, so the work is linear in the document's size however many
// times fragments spread each other. A fragment cycle (which validation refuses) measures as
// saturated.
func measure(doc *ast.QueryDocument) shape {
	type key struct {
		name string
		root bool // spread at the root, where every field is a query
	}
	memo := map[key]shape{}
	active := map[key]bool{}
	var sel func(set ast.SelectionSet, root bool) shape
	frag := func(name string, root bool) shape {
		k := key{name, root}
		if sh, ok := memo[k]; ok {
			return sh
		}
		if active[k] {
			return shape{depth: saturated, fields: saturated, queries: saturated}
		}
		def := doc.Fragments.ForName(name)
		if def == nil {
			return shape{}
		}
		active[k] = true
		sh := sel(def.SelectionSet, root)
		active[k] = false
		memo[k] = sh
		return sh
	}
	sel = func(set ast.SelectionSet, root bool) shape {
		var out shape
		for _, s := range set {
			switch s := s.(type) {
			case *ast.Field:
				child := sel(s.SelectionSet, false)
				if strings.HasPrefix(s.Name, "__") {
					// Introspection: its fields count, but not its depth, and it reads no graph.
					out = out.add(shape{fields: min(1+child.fields, saturated)})
					continue
				}
				f := shape{depth: min(1+child.depth, saturated), fields: min(1+child.fields, saturated), queries: child.queries}
				if root || queryFields[s.Name] && (len(s.SelectionSet) > 0 || s.Name == "totalCount") {
					f.queries = min(1+child.queries, saturated)
				}
				out = out.add(f)
			case *ast.InlineFragment:
				out = out.add(sel(s.SelectionSet, root))
			case *ast.FragmentSpread:
				out = out.add(frag(s.Name, root))
			}
		}
		return out
	}
	var worst shape
	for _, op := range doc.Operations {
		sh := sel(op.SelectionSet, true)
		worst = shape{depth: max(worst.depth, sh.depth), fields: max(worst.fields, sh.fields), queries: max(worst.queries, sh.queries)}
	}
	return worst
}

// queryFields are the names of fields resolved by reading the graph: the methods of the
// generated resolver interfaces (read by reflection, so the set follows the schema), and the
// connections' totalCount. Below the root, a field counts when its name is in the set and it
// selects fields of its own (every resolver but totalCount returns objects): a name is enough,
// since the set over-approximates, which suits a bound.
var queryFields = func() map[string]bool {
	out := map[string]bool{"totalCount": true}
	for _, t := range []reflect.Type{
		reflect.TypeFor[CityResolver](), reflect.TypeFor[CompanyResolver](), reflect.TypeFor[EventResolver](),
		reflect.TypeFor[PathStepResolver](), reflect.TypeFor[PersonResolver](),
		reflect.TypeFor[SourceResolver](), reflect.TypeFor[TalkResolver](),
	} {
		for i := range t.NumMethod() {
			m := t.Method(i).Name
			out[strings.ToLower(m[:1])+m[1:]] = true
		}
	}
	return out
}()

// writeRefusal answers a request refused before GraphQL execution with a GraphQL-shaped error.
func writeRefusal(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": code}}},
	})
}
