#!/usr/bin/env bash
# Runs the whole test suite against a throwaway Neo4j instance of its own (instance "test",
# port TEST_NEO4J_PORT, default 7688), never the `make run` one, and stops it afterwards even
# when a test fails. Real-Neo4j tests are required here: they fail, not skip; so are the browser
# tests (web/browser_test.go), which drive Debian's chromium, installed here when missing.
# Their screenshots land in .data/screenshots. Then it serves the API on that instance and runs
# the GraphQL over HTTP audit (scripts/audit.sh, Node.js 20+).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
port=${TEST_NEO4J_PORT:-7688}
export NEO4J_INSTANCE=test NEO4J_BOLT_PORT=$port

# The browser tests need Chromium: install Debian's package when none is on PATH.
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 && [ -z "${TALKGRAPH_CHROMIUM:-}" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test: installing Debian's chromium for the browser tests"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
  else
    echo "test: the browser tests need Chromium: install it (Debian: sudo apt-get install chromium) or set TALKGRAPH_CHROMIUM" >&2
    exit 1
  fi
fi
export TALKGRAPH_TEST_REQUIRE_BROWSER=1
export TALKGRAPH_SCREENSHOT_DIR="$root/.data/screenshots"

stop() { scripts/neo4j.sh stop >/dev/null || true; }
trap stop EXIT
# A fresh data folder each run: the tests own this instance.
scripts/neo4j.sh stop >/dev/null || true
rm -rf "$root/.data/neo4j/test"
scripts/neo4j.sh start

export TALKGRAPH_TEST_NEO4J_URI="bolt://127.0.0.1:$port"
export TALKGRAPH_TEST_REQUIRE_NEO4J=1
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './.data/*'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet ./...
# A requirement nobody imports is removed, and every import is required.
if ! go mod tidy -diff >/dev/null; then
  echo "go mod tidy would change go.mod or go.sum: run go mod tidy" >&2
  exit 1
fi
# Cypher lives in store/ (and its floor for the benchmark) only. bench/peer is the other system
# the benchmark runs, whose schema carries its own @cypher fields.
if git rev-parse --git-dir >/dev/null 2>&1; then
  stray=$(git grep -nE '\b(MATCH|MERGE|CREATE)\b' -- ':!store' ':!*.md' ':!bench/peer' ':!scripts/test.sh' || true)
  if [ -n "$stray" ]; then
    echo "Cypher outside store/:" >&2
    echo "$stray" >&2
    exit 1
  fi
fi
# Database tests share one instance: packages run one at a time.
go test -p 1 -count=1 "$@" ./...
# The GraphQL over HTTP spec audit (graphql-http) against the real server on this instance.
NEO4J_URI="bolt://127.0.0.1:$port" scripts/audit.sh
