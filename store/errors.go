package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Errors that callers match with errors.Is. Driver errors are translated into these in exactly
// one place, translate, so no driver or Cypher text needs to reach a client.
var (
	// ErrNotFound means the requested object does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid means the request or the data to write is not acceptable.
	ErrInvalid = errors.New("invalid")
	// ErrConflict means a write collided with existing data (a uniqueness constraint).
	ErrConflict = errors.New("conflict")
	// ErrUnavailable means Neo4j could not be reached or did not answer in time.
	ErrUnavailable = errors.New("neo4j unavailable")
	// ErrNoPath means two objects exist but no path joins them (see Connection).
	ErrNoPath = errors.New("no path")
	// ErrQueryLimit means a context's query limit (WithQueryLimit) was reached.
	ErrQueryLimit = errors.New("query limit reached")
)

// translate maps a driver error to one of the package's kinds, keeping the cause for logs.
func translate(err error) error {
	if err == nil {
		return nil
	}
	var nerr *neo4j.Neo4jError
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	case neo4j.IsConnectivityError(err):
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	case errors.As(err, &nerr):
		switch {
		case nerr.Code == "Neo.ClientError.Schema.ConstraintValidationFailed":
			return fmt.Errorf("%w: %w", ErrConflict, err)
		case nerr.Classification() == "TransientError", nerr.IsAuthenticationFailed(),
			nerr.Code == "Neo.ClientError.Database.DatabaseNotFound":
			return fmt.Errorf("%w: %w", ErrUnavailable, err)
		}
	}
	var terr *neo4j.TransactionExecutionLimit
	if errors.As(err, &terr) {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return err
}
