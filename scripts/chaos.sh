#!/usr/bin/env bash
# The crash test: loads a generated corpus, kills the loader with SIGKILL at several points
# and Neo4j once mid-load, re-runs the load, and compares the graph with a clean load's. It
# runs on a Neo4j instance of its own ("chaos", port CHAOS_NEO4J_PORT, default 7690), which it
# kills, restarts and finally stops.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
port=${CHAOS_NEO4J_PORT:-7690}
export NEO4J_INSTANCE=chaos NEO4J_BOLT_PORT=$port NEO4J_HEAP=${NEO4J_HEAP:-512m}

stop() { scripts/neo4j.sh stop >/dev/null || true; }
trap stop EXIT
scripts/neo4j.sh stop >/dev/null || true
rm -rf "$root/.data/neo4j/chaos"
scripts/neo4j.sh start

export TALKGRAPH_TEST_NEO4J_URI="bolt://127.0.0.1:$port"
export TALKGRAPH_TEST_REQUIRE_NEO4J=1
export TALKGRAPH_CHAOS_NEO4J_INSTANCE=chaos
go test -count=1 -timeout 25m -run TestCrashedLoadsAreRepairedByARerun -v . 2>&1 | grep -v '^=== RUN'
