# talkgraph: the two commands a newcomer needs are `make run` and `make test`.
#
#   make run         fetch Neo4j (first time), start it, load the example posts, serve on $PORT
#   make test        vet and test everything against a throwaway Neo4j of its own
#   make neo4j       start the local Neo4j (bolt://127.0.0.1:$NEO4J_BOLT_PORT) in the background
#   make neo4j-stop  stop it
#   make eval        score extraction against ../shared/corpus (RATCHET=raise keeps new best figures)
#   make bench       benchmarks (see README)
#   make bench-load  the loads of the system benchmark alone (talkgraph and its floor, cold and warm)
#   make bench-10x   the system benchmark on a corpus ten times the size (long; see README)
#   make fuzz        a short fuzz run of the parser and the extractor
#   make chaos       the crash test: loader and Neo4j killed mid-load, re-run, compared with a clean load
#   make hostile     hostile clients against a real server: time to refuse each attack, peak RSS
#   make audit       the GraphQL over HTTP spec audit (graphql-http) of a server on the local Neo4j
#   make web         rebuild the playground's and dashboard's assets (web/dist, committed) from web/src
#   make web-check   check that web/dist is what web/src and the pinned packages build

SHELL := /bin/bash
PORT ?= 8080
NEO4J_BOLT_PORT ?= 7687
FUZZTIME ?= 20s
FUZZMINIMIZE ?= 2s
export PORT NEO4J_BOLT_PORT

.PHONY: all build run serve load neo4j neo4j-stop test audit eval bench bench-load bench-10x fuzz chaos hostile generate check-tools clean web web-check

all: build

check-tools:
	@command -v go >/dev/null || { echo "talkgraph needs Go 1.26+: https://go.dev/dl/"; exit 1; }

build: check-tools
	go build -ldflags "-X main.commit=$$(git rev-parse --short=12 HEAD 2>/dev/null)" -o bin/talkgraph .

neo4j:
	@NEO4J_INSTANCE=dev scripts/neo4j.sh start

neo4j-stop:
	@NEO4J_INSTANCE=dev scripts/neo4j.sh stop

# run: the local Neo4j, the bundled example posts, and the API on $PORT.
run: build neo4j
	NEO4J_URI=bolt://127.0.0.1:$(NEO4J_BOLT_PORT) ./bin/talkgraph load examples/posts
	@echo "talkgraph: open http://localhost:$(PORT)/ for the GraphQL playground and http://localhost:$(PORT)/dashboard for the dashboard (Ctrl-C stops the server; make neo4j-stop stops Neo4j)"
	NEO4J_URI=bolt://127.0.0.1:$(NEO4J_BOLT_PORT) ./bin/talkgraph serve

serve: build
	./bin/talkgraph serve

test: check-tools
	scripts/test.sh

audit: check-tools neo4j
	NEO4J_URI=bolt://127.0.0.1:$(NEO4J_BOLT_PORT) scripts/audit.sh

eval:
	RATCHET=$(RATCHET) scripts/eval.sh

bench:
	scripts/bench.sh

bench-load:
	scripts/bench.sh load

bench-10x:
	TALKGRAPH_BENCH_SCALE=10 NEO4J_HEAP=$${NEO4J_HEAP:-1g} NEO4J_PAGECACHE=$${NEO4J_PAGECACHE:-1g} scripts/bench.sh

# Each input that finds new code is minimized, by default for up to 60 s: in a 20 s run that
# left FuzzExtract about 50 executions. FUZZMINIMIZE bounds it so the run fuzzes.
fuzz:
	go test -run XXX -fuzz FuzzParse -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) ./loader/document/
	go test -run XXX -fuzz FuzzExtract -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) ./loader/extract/

chaos: check-tools
	scripts/chaos.sh

hostile: check-tools
	scripts/hostile.sh

generate:
	go generate ./...

# The browser assets are built from pinned npm packages (web/package-lock.json) and committed,
# so that `go build` needs no Node.js; these rebuild them and check the committed ones.
web:
	scripts/web.sh build

web-check:
	scripts/web.sh check

clean:
	rm -rf bin .eval .bench
