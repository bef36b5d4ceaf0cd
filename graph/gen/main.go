// Command gen generates graph/generated.go: it runs gqlgen as `gqlgen generate` does, with
// gqlgen.yml, then makes the generated lists of objects marshal their elements in order in
// the calling goroutine (graph's marshalSliceInline) instead of gqlgen's one goroutine per
// element, which no gqlgen option turns off (exec.worker_limit only bounds them). It fails if
// the generated code no longer has the call it replaces, so that a gqlgen upgrade that
// changes its template is noticed. Run it with `go generate ./graph`.
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
	return os.WriteFile(name, out, 0o644)
}
