package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/talkgraph/talkgraph/store"
)

// Error codes clients see in extensions.code. This file is the only place errors are mapped
// to them; anything unexpected is reported as an internal error and logged here, once.
const (
	CodeBadUserInput       = "BAD_USER_INPUT"
	CodeNotFound           = "NOT_FOUND"
	CodeServiceUnavailable = "SERVICE_UNAVAILABLE"
	CodeInternal           = "INTERNAL_SERVER_ERROR"
	CodeTimeout            = "TIMEOUT"
)

// inputError is a problem with the request's arguments, reported as BAD_USER_INPUT.
type inputError struct{ msg string }

func (e inputError) Error() string { return e.msg }

// badInput returns an error the presenter reports as BAD_USER_INPUT with this message.
func badInput(format string, args ...any) error { return inputError{fmt.Sprintf(format, args...)} }

// presenter turns a resolver error into the GraphQL error the client sees: a clear message and
// an extensions.code, never driver or Cypher text.
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		var (
			in  inputError
			ge  *gqlerror.Error
			msg string
		)
		code := CodeInternal
		switch {
		case errors.As(err, &in):
			code, msg = CodeBadUserInput, in.msg
		case errors.Is(err, store.ErrInvalid):
			code, msg = CodeBadUserInput, "invalid argument"
		case errors.Is(err, store.ErrNotFound):
			code, msg = CodeNotFound, "not found"
		case errors.Is(err, store.ErrQueryLimit):
			code, msg = CodeQueryLimit, "the request ran more database queries than allowed"
		case errors.Is(err, context.DeadlineExceeded):
			code, msg = CodeTimeout, "the request took too long"
		case errors.Is(err, store.ErrUnavailable):
			code, msg = CodeServiceUnavailable, "the graph database is unavailable; try again later"
		case errors.As(err, &ge) && ge.Extensions != nil && ge.Extensions["code"] != nil:
			return gerr // already a client-facing GraphQL error (validation, limits)
		default:
			msg = "internal error"
			log.ErrorContext(ctx, "resolver failed", "path", gerr.Path.String(), "err", err)
		}
		if code == CodeServiceUnavailable || code == CodeTimeout {
			log.WarnContext(ctx, "resolver failed", "path", gerr.Path.String(), "code", code, "err", err)
		}
		gerr.Message = msg
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		gerr.Extensions["code"] = code
		return gerr
	}
}
