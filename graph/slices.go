package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSliceInline marshals the elements of a list of objects one after the other in the
// calling goroutine. generated.go calls it where gqlgen's template calls
// graphql.MarshalSliceConcurrently, which starts one goroutine per element (see gen): for a
// multi-city answer that is about a thousand goroutines, each growing its stack through the
// marshalling, some 12 % of the request's CPU. Nothing is lost by going in order: a nested
// field's loader fetches the field for every object the request has seen (Loaders), without a
// batching window that waits for siblings, and the resolver fields of one object still run
// concurrently (FieldSet.Dispatch). Each element gets its own field context with its index
// and a panic in one becomes that element's null and an error, as in gqlgen's version.
func marshalSliceInline(ctx context.Context, length int, marshal func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	ret := make(graphql.Array, length)
	fcs := make([]graphql.FieldContext, length)
	index := make([]int, length)
	for i := range length {
		index[i] = i
		fcs[i].Index = &index[i]
		ret[i] = marshalElement(graphql.WithFieldContext(ctx, &fcs[i]), i, marshal)
	}
	return ret
}

func marshalElement(ctx context.Context, i int, marshal func(ctx context.Context, i int) graphql.Marshaler) (m graphql.Marshaler) {
	defer func() {
		if r := recover(); r != nil {
			graphql.AddError(ctx, graphql.Recover(ctx, r))
			m = graphql.Null
		}
	}()
	return marshal(ctx, i)
}
