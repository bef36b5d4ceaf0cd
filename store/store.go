// Package store is talkgraph's only gateway to Neo4j: it holds the domain types (talks, people,
// companies, events, cities, posts), the schema, and every Cypher query the project runs.
//
// Reads mirror the GraphQL fields they serve; writes are idempotent upserts named Save….
// Every query is a constant next to the method that runs it and takes only parameters.
package store

import (
	"context"
	_ "embed"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

//go:embed schema.cypher
var schemaCypher string

// Store reads and writes the talk graph in one Neo4j database.
type Store struct {
	driver   neo4j.DriverWithContext
	database string
	queries  atomic.Int64
	observe  func(op, cypher string, d time.Duration, err error)
}

// New returns a Store that runs its queries through driver on database ("" is the server's
// default database). The caller owns the driver and closes it.
func New(driver neo4j.DriverWithContext, database string) *Store {
	return &Store{driver: driver, database: database}
}

// Observe registers fn to be called after every query with the query's operation name, its
// Cypher text, its duration and its error: it is how the server exports Cypher latency
// metrics (by operation), and how a test sees which texts Neo4j had to plan. It must be called
// before the Store is used concurrently.
func (s *Store) Observe(fn func(op, cypher string, d time.Duration, err error)) { s.observe = fn }

// Queries reports how many Cypher queries the Store has run since it was created.
func (s *Store) Queries() int64 { return s.queries.Load() }

type counterKey struct{}

// WithQueryCounter returns a context that counts the Cypher queries run on its behalf, and the
// counter. The server attaches one to each request so that tests and metrics can see how many
// queries a request cost.
func WithQueryCounter(ctx context.Context) (context.Context, *atomic.Int64) {
	n := new(atomic.Int64)
	return context.WithValue(ctx, counterKey{}, n), n
}

// QueryCount returns the number of queries counted so far in ctx, or 0 if ctx has no counter.
func QueryCount(ctx context.Context) int64 {
	if n, ok := ctx.Value(counterKey{}).(*atomic.Int64); ok {
		return n.Load()
	}
	return 0
}

type limitKey struct{}

// WithQueryLimit returns a context in which at most n Cypher queries run (counted by the
// context's query counter, see WithQueryCounter); the next ones fail with ErrQueryLimit
// without reaching Neo4j. The server bounds each request with it.
func WithQueryLimit(ctx context.Context, n int64) context.Context {
	return context.WithValue(ctx, limitKey{}, n)
}

// count counts a query about to run, or refuses it when ctx's query limit is reached.
func (s *Store) count(ctx context.Context) error {
	s.queries.Add(1)
	if n, ok := ctx.Value(counterKey{}).(*atomic.Int64); ok {
		ran := n.Add(1)
		if limit, ok := ctx.Value(limitKey{}).(int64); ok && ran > limit {
			return fmt.Errorf("%w: more than %d queries", ErrQueryLimit, limit)
		}
	}
	return nil
}

// EnsureSchema creates the constraints and indexes the graph relies on, if they do not exist,
// and waits for them to come online. It is safe to call at every start.
func (s *Store) EnsureSchema(ctx context.Context) error {
	for _, stmt := range schemaStatements(schemaCypher) {
		if _, err := s.run(ctx, "schema", stmt, nil, true); err != nil {
			return fmt.Errorf("store: ensure schema: %w", err)
		}
	}
	if _, err := s.run(ctx, "schema", awaitIndexes, nil, true); err != nil {
		return fmt.Errorf("store: ensure schema: await indexes: %w", err)
	}
	return nil
}

const awaitIndexes = `CALL db.awaitIndexes(300)`

// schemaStatements splits the schema file into statements, dropping comments and blank lines.
func schemaStatements(src string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "//") {
			continue
		}
		cur.WriteString(t)
		cur.WriteByte(' ')
		if strings.HasSuffix(t, ";") {
			out = append(out, strings.TrimSuffix(strings.TrimSpace(cur.String()), ";"))
			cur.Reset()
		}
	}
	if strings.TrimSpace(cur.String()) != "" {
		out = append(out, strings.TrimSpace(cur.String()))
	}
	return out
}

// Ping checks that Neo4j answers a trivial query; the server's readiness probe calls it with a
// short deadline.
func (s *Store) Ping(ctx context.Context) error {
	if _, err := s.run(ctx, "ping", pingQuery, nil, false); err != nil {
		return fmt.Errorf("store: ping: %w", err)
	}
	return nil
}

const pingQuery = `RETURN 1 AS ok`

// read runs one read query and returns its records.
func (s *Store) read(ctx context.Context, op, query string, params map[string]any) ([]*neo4j.Record, error) {
	return s.run(ctx, op, query, params, false)
}

// run executes one query, counting and timing it. Reads run as auto-commit transactions in
// a read session: one round trip, no explicit transaction, no bookmarks to wait for. Writes
// run in a managed transaction, retried on transient errors.
func (s *Store) run(ctx context.Context, op, query string, params map[string]any, write bool) ([]*neo4j.Record, error) {
	if err := s.count(ctx); err != nil {
		return nil, err
	}
	start := s.now()
	var recs []*neo4j.Record
	var err error
	if write {
		var res *neo4j.EagerResult
		res, err = neo4j.ExecuteQuery(ctx, s.driver, query, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.database),
			neo4j.ExecuteQueryWithTransactionConfig(txTimeout(ctx, true)...))
		if err == nil {
			recs = res.Records
		}
	} else {
		recs, err = s.autoCommit(ctx, query, params)
	}
	s.done(op, query, start, err)
	if err != nil {
		return nil, translate(err)
	}
	return recs, nil
}

// autoCommit runs a read query in a read session's auto-commit transaction.
func (s *Store) autoCommit(ctx context.Context, query string, params map[string]any) ([]*neo4j.Record, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, query, params, txTimeout(ctx, false)...)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

func (s *Store) now() time.Time { return time.Now() }

// writeTimeout bounds a write transaction run without a deadline.
const writeTimeout = 15 * time.Minute

// txTimeout gives a transaction run for ctx a server-side timeout at ctx's deadline, so that
// Neo4j stops the work of a request that ran out of time even if the client side cannot (a
// lost connection). Without a deadline, a read gets the server's db.transaction.timeout (a
// backstop against runaway queries), and a write (a loader's batch, which may legitimately be
// long) writeTimeout.
func txTimeout(ctx context.Context, write bool) []func(*neo4j.TransactionConfig) {
	deadline, ok := ctx.Deadline()
	if !ok {
		if write {
			return []func(*neo4j.TransactionConfig){neo4j.WithTxTimeout(writeTimeout)}
		}
		return nil
	}
	// Neo4j takes whole milliseconds, and a timeout of zero means none: at least 1 ms.
	return []func(*neo4j.TransactionConfig){neo4j.WithTxTimeout(max(time.Until(deadline), time.Millisecond))}
}

// done reports a finished query to the observer, if any.
func (s *Store) done(op, cypher string, start time.Time, err error) {
	if s.observe != nil {
		s.observe(op, cypher, time.Since(start), err)
	}
}

// write runs fn in one managed write transaction: it commits whole or not at all.
func (s *Store) write(ctx context.Context, fn func(tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	v, err := sess.ExecuteWrite(ctx, fn, txTimeout(ctx, true)...)
	if err != nil {
		return nil, translate(err)
	}
	return v, nil
}
