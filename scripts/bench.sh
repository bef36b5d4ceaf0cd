#!/usr/bin/env bash
# make bench: the benchmarks, in two parts.
#
# 1. Go micro-benchmarks of the parser, gazetteer and extractor (posts per second on the corpus,
#    a 1 MB post).
# 2. The system benchmark on a Neo4j of its own (instance "bench", port BENCH_NEO4J_PORT,
#    default 7697, fresh each run): a deterministic synthetic corpus (2,000 posts, 10,000
#    talks, 5,000 people, 300 cities, 1,000 companies) loaded four times (posts per second,
#    the loader's peak memory), each system first on a Neo4j whose JVM has compiled nothing
#    ("cold": it compiles the query engine and plans the queries as it goes), then into the
#    emptied graph on the same Neo4j ("warm", as a server that has been up takes it): the
#    loader's floor, the same extracted posts written with one bulk UNWIND per batch
#    (store/floor), on the freshly started Neo4j ("floor-cold", then "floor"); then, Neo4j
#    restarted, `talkgraph load` ("cold", then "warm"); then
#    four queries at 32 concurrent clients against talkgraph over HTTP with its answer cache
#    off, hand-written Cypher in process (the floor, store/floor), @neo4j/graphql 7 on Apollo
#    Server 5 (the peer, bench/peer), and two talkgraph replicas with the cache on, with the
#    table of results. Between the load and the comparison, Neo4j is restarted and each kind
#    of dashboard page opened in headless Chromium (BenchmarkDashboard; skipped without
#    Chromium), with its time from route start to content shown, first visit included.
#
# `scripts/bench.sh load` (make bench-load) runs the loads alone: no micro-benchmarks, no
# dashboard pages, no comparison, no Node.js needed.
#
# TALKGRAPH_BENCH_BIN loads with another build of talkgraph (e.g. one of an earlier commit).
#
# TALKGRAPH_BENCH_SECONDS (10) and TALKGRAPH_BENCH_CLIENTS (32) tune the runs.
# TALKGRAPH_BENCH_PORTS (e.g. 8481-8499) is the range the benchmark's own servers and Bolt
# proxies listen on (default: free ports the system picks); BENCH_NEO4J_PORT the bench Neo4j's.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
port=${BENCH_NEO4J_PORT:-7697}
export NEO4J_INSTANCE=bench NEO4J_BOLT_PORT=$port
# The loader's floor writes a batch in one query, which on a freshly started Neo4j (the
# floor-cold load) takes longer than the 60 s every transaction gets by default.
export NEO4J_TX_TIMEOUT=${NEO4J_TX_TIMEOUT:-10m}

only=${1:-}
case "$only" in
  "" | load) ;;
  *) echo "bench: unknown part $only (the only one run alone is: load)" >&2; exit 2 ;;
esac

if [ -z "$only" ]; then
  echo "== micro-benchmarks"
  go test -run XXX -bench . -benchmem ./loader/... | grep -E '^(Benchmark|ok|PASS)' || true
  command -v node >/dev/null || { echo "bench: Node.js 20+ and npm are needed for the peer (bench/peer)" >&2; exit 1; }
fi
go build -o bin/talkgraph .
if [ -z "$only" ] && { [ ! -d bench/peer/node_modules ] || [ bench/peer/package-lock.json -nt bench/peer/node_modules ]; }; then
  npm ci --prefix bench/peer --no-audit --no-fund --loglevel=error
fi

stop() { scripts/neo4j.sh stop >/dev/null || true; }
trap stop EXIT
scripts/neo4j.sh stop >/dev/null || true
rm -rf "$root/.data/neo4j/bench"
scripts/neo4j.sh start
export TALKGRAPH_BENCH_NEO4J=127.0.0.1:$port

echo "== loading the synthetic corpus"
go test -run XXX -bench 'BenchmarkLoad$' -benchtime 1x -timeout 60m ./bench | grep -E '^(LOAD|Benchmark|ok|FAIL|---)'
if [ "$only" = load ]; then exit 0; fi
echo "== dashboard pages in headless Chromium on the synthetic corpus, Neo4j just restarted"
# A restart empties Neo4j's query plan cache and page cache: each page's first visit is then
# what a visitor meets right after a deploy, behind the server's warm-up.
scripts/neo4j.sh stop >/dev/null
scripts/neo4j.sh start
go test -run XXX -bench 'BenchmarkDashboard$' -benchtime 1x -timeout 30m ./bench | grep -E '^(DASHBOARD|Benchmark|ok|FAIL|---|    )'
echo "== talkgraph, the Cypher floor and the peer"
go test -run XXX -bench 'BenchmarkCompare$' -benchtime 1x -timeout 90m ./bench
