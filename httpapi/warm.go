package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/talkgraph/talkgraph/store"
	"github.com/talkgraph/talkgraph/web"
)

// WarmPages readies Neo4j for the dashboard's first visitors after a start: it reads the
// busiest object of each kind (store.WarmKeys), then runs each of the dashboard's GraphQL
// operations (web.Operations) on them through api, the server's own handler from New. It
// returns the keys, for the rest of the warm-up (store.Warm).
//
// Neo4j plans a Cypher text the first time it sees it, which after a restart costs it 0.4-1 s
// per text on a small machine, and much more for the first queries a freshly started JVM
// runs. The API combines the relations a selection asks for into one text per selection, so
// the texts a dashboard page causes are those of its operation: running the operations
// themselves is what spares its first visitor the wait. It is best effort: a step that fails
// does not stop the others, and every failure is returned joined.
func WarmPages(ctx context.Context, st *store.Store, api http.Handler) (store.WarmKeys, error) {
	keys, err := st.WarmKeys(ctx)
	errs := []error{err}
	for _, op := range web.Operations() {
		vars, ok, err := warmVariables(op.Name, keys)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !ok {
			continue // the graph holds nothing for this page to show
		}
		// A freshly started Neo4j on a busy machine may take longer than a request may run to
		// plan and run an operation the first time; what it planned stays planned, so a
		// second try usually finishes.
		err = runOperation(ctx, api, op, vars)
		for try := 1; err != nil && try < warmTries && ctx.Err() == nil; try++ {
			err = runOperation(ctx, api, op, vars)
		}
		if err != nil && ctx.Err() == nil {
			errs = append(errs, fmt.Errorf("warm-up: dashboard operation %s: %w", op.Name, err))
		}
	}
	return keys, errors.Join(errs...)
}

// warmTries is how many times the warm-up runs an operation that fails.
const warmTries = 3

// warmVariables gives the variables a dashboard operation is warmed with: the busiest object of
// the kind its page shows. ok is false when the graph has no such object; an error names an
// operation the warm-up does not know how to run (a new page needs a line here).
func warmVariables(op string, k store.WarmKeys) (vars map[string]any, ok bool, err error) {
	id := func(keys []string) (map[string]any, bool, error) {
		if len(keys) == 0 {
			return nil, false, nil
		}
		return map[string]any{"id": keys[0]}, true, nil
	}
	switch op {
	case "Overview":
		return map[string]any{}, true, nil
	case "Search":
		return map[string]any{"q": k.PersonName}, k.PersonName != "", nil
	case "Talk":
		return id(k.Talks)
	case "Person":
		return id(k.People)
	case "Company":
		return id(k.Companies)
	case "Event":
		return id(k.Events)
	case "City":
		return id(k.Cities)
	case "Connection":
		if len(k.People) == 0 || len(k.Companies) == 0 {
			return nil, false, nil
		}
		return map[string]any{"from": k.People[0], "to": k.Companies[0]}, true, nil
	}
	return nil, false, fmt.Errorf("warm-up: no variables for the dashboard operation %s", op)
}

// runOperation posts one operation to api as the dashboard does and checks that it was
// answered without errors.
func runOperation(ctx context.Context, api http.Handler, op web.Operation, vars map[string]any) error {
	body, err := json.Marshal(map[string]any{"query": op.Query, "operationName": op.Name, "variables": vars})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json, application/json")
	var w answer
	api.ServeHTTP(&w, req)
	var res struct {
		Errors []struct{ Message string } `json:"errors"`
	}
	if err := json.Unmarshal(w.body.Bytes(), &res); err != nil {
		return fmt.Errorf("status %d, not JSON: %w", w.status, err)
	}
	if len(res.Errors) > 0 {
		msgs := make([]string, len(res.Errors))
		for i, e := range res.Errors {
			msgs[i] = e.Message
		}
		return fmt.Errorf("status %d: %s", w.status, strings.Join(msgs, "; "))
	}
	if w.status != http.StatusOK {
		return fmt.Errorf("status %d", w.status)
	}
	return nil
}

// answer is the http.ResponseWriter an in-process request writes to.
type answer struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (a *answer) Header() http.Header {
	if a.header == nil {
		a.header = http.Header{}
	}
	return a.header
}

func (a *answer) WriteHeader(status int) {
	if a.status == 0 {
		a.status = status
	}
}

func (a *answer) Write(b []byte) (int, error) {
	a.WriteHeader(http.StatusOK)
	return a.body.Write(b)
}
