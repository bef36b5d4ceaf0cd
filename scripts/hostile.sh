#!/usr/bin/env bash
# make hostile: a hostile client against a real server. On a Neo4j of its own (instance
# "hostile", port HOSTILE_NEO4J_PORT, default 7698, fresh each run) it loads a synthetic corpus
# (HOSTILE_POSTS posts, default 500, with talks, people, cities and companies in the
# benchmark's proportions), serves it, and runs bench's BenchmarkHostile: for each attack the
# HTTP status, extensions.code and time to refuse; the loader on files that once sank it; and a
# cheap query's latency while 100 clients send allowed expensive queries; then the server's
# peak RSS.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
port=${HOSTILE_NEO4J_PORT:-7698}
posts=${HOSTILE_POSTS:-500}
export NEO4J_INSTANCE=hostile NEO4J_BOLT_PORT=$port

go build -o bin/talkgraph .
stop() { scripts/neo4j.sh stop >/dev/null || true; }
trap stop EXIT
scripts/neo4j.sh stop >/dev/null || true
rm -rf "$root/.data/neo4j/hostile"
scripts/neo4j.sh start
export TALKGRAPH_HOSTILE_NEO4J=127.0.0.1:$port TALKGRAPH_HOSTILE_POSTS=$posts

corpus="$root/.bench/hostile-corpus"
rm -rf "$corpus"
go test -run TestWriteHostileCorpus -count=1 ./bench >/dev/null
NEO4J_URI="bolt://127.0.0.1:$port" bin/talkgraph load "$corpus"
go test -run XXX -bench 'BenchmarkHostile$' -benchtime 1x -timeout 20m ./bench | grep -vE '^(goos|goarch|pkg|cpu):'
