package graph

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

func TestMarshalSliceInline(t *testing.T) {
	tests := []struct {
		name      string
		length    int
		panicAt   int // -1 for none
		want      string
		wantError bool
	}{
		{"an empty list is an empty array", 0, -1, `[]`, false},
		{"each element is marshalled in order with its own index", 3, -1, `[0,1,2]`, false},
		{"a panicking element becomes null and an error, the others stay", 3, 1, `[0,null,2]`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, func(context.Context, any) error {
				return fmt.Errorf("internal error")
			})
			parent := &graphql.FieldContext{Object: "Talk"}
			ctx = graphql.WithFieldContext(ctx, parent)
			var indexes []int
			got := marshalSliceInline(ctx, tt.length, func(ctx context.Context, i int) graphql.Marshaler {
				fc := graphql.GetFieldContext(ctx)
				if fc.Parent != parent || fc.Index == nil || *fc.Index != i {
					t.Errorf("element %d: field context %+v, want index %d under the list's", i, fc, i)
				}
				indexes = append(indexes, i)
				if i == tt.panicAt {
					panic("boom")
				}
				return graphql.MarshalInt(i)
			})
			var buf bytes.Buffer
			got.MarshalGQL(&buf)
			if buf.String() != tt.want {
				t.Errorf("marshalSliceInline = %s, want %s", buf.String(), tt.want)
			}
			if len(indexes) != tt.length {
				t.Errorf("marshalSliceInline called the element function for %v, want each of %d once", indexes, tt.length)
			}
			if errs := graphql.GetErrors(ctx); (len(errs) > 0) != tt.wantError {
				t.Errorf("marshalSliceInline errors = %v, want errors %v", errs, tt.wantError)
			}
		})
	}
}
