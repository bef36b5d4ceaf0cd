// Command gen generates graph/generated.go: it runs gqlgen as `gqlgen generate` does, with
// gqlgen.yml, then makes the generated lists of objects marshal their elements in order in
// the calling goroutine (graph's marshalSliceInline) instead of gqlgen's one goroutine per
// element, which no gqlgen option turns off (exec.worker_limit only bounds them). It fails if
// the generated code no longer has the call it replaces, so that a gqlgen upgrade that
// changes its template is noticed. It also puts at the top of the marshallers of lists of
// talks and people, of a page of talks and of a nullable person, a call to graph's direct encoding (direct.go),
// which writes a subtree of plain fields itself and otherwise leaves it to gqlgen. Run it with
// `go generate ./graph`.
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen/config"
)

// concurrent is the call gqlgen's template writes for a list of objects (worker limit 0,
// panic handler on); inline replaces it.
const (
	concurrent = "graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, func("
	inline     = "marshalSliceInline(ctx, len(v), func("
)

// directHooks maps the head of each generated marshaller that tries the direct encoding first
// to the function it calls.
var directHooks = []struct{ head, call string }{
	{"func (ec *executionContext) marshalNTalk2ᚕgithubᚗcomᚋtalkgraphᚋtalkgraphᚋstoreᚐTalkᚄ(ctx context.Context, sel ast.SelectionSet, v []store.Talk) graphql.Marshaler {\n", "directTalks"},
	{"func (ec *executionContext) marshalNPerson2ᚕgithubᚗcomᚋtalkgraphᚋtalkgraphᚋstoreᚐPersonᚄ(ctx context.Context, sel ast.SelectionSet, v []store.Person) graphql.Marshaler {\n", "directPeople"},
	{"func (ec *executionContext) marshalNTalkConnection2ᚖgithubᚗcomᚋtalkgraphᚋtalkgraphᚋgraphᚐconnection(ctx context.Context, sel ast.SelectionSet, v *connection[store.Talk]) graphql.Marshaler {\n", "directTalkConnection"},
	{"func (ec *executionContext) marshalOPerson2ᚖgithubᚗcomᚋtalkgraphᚋtalkgraphᚋstoreᚐPerson(ctx context.Context, sel ast.SelectionSet, v *store.Person) graphql.Marshaler {\n", "directPerson"},
}

func main() {
	log.SetOutput(io.Discard) // gqlgen logs its progress; `gqlgen generate` hides it too
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

func run() error {
	cfg, err := config.LoadConfigFromDefaultLocations()
	if err != nil {
		return err
	}
	if err := api.Generate(cfg); err != nil {
		return err
	}
	name := cfg.Exec.Filename
	src, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	n := bytes.Count(src, []byte(concurrent))
	if n == 0 {
		return fmt.Errorf("%s has no %q to replace: gqlgen's template changed", name, concurrent)
	}
	out := bytes.ReplaceAll(src, []byte(concurrent), []byte(inline))
	if bytes.Contains(out, []byte("MarshalSliceConcurrently")) {
		return fmt.Errorf("%s still calls MarshalSliceConcurrently in a form gen does not know", name)
	}
	for _, h := range directHooks {
		if bytes.Count(out, []byte(h.head)) != 1 {
			return fmt.Errorf("%s has no marshaller %q: gqlgen's template changed", name, h.head)
		}
		call := "\tif m, ok := " + h.call + "(ctx, ec.Resolvers, sel, v); ok {\n\t\treturn m\n\t}\n"
		out = bytes.Replace(out, []byte(h.head), []byte(h.head+call), 1)
	}
	return os.WriteFile(name, out, 0o644)
}
