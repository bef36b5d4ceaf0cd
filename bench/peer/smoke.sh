#!/usr/bin/env bash
# Smoke test of the benchmark peer: a throwaway Neo4j (instance "peer", Bolt on 7695) loaded
# with examples/posts by talkgraph, the peer (@neo4j/graphql 7 on Apollo Server 5) on a free
# port, talkgraph itself on 18080; sends the four benchmark queries (queries.mjs) to the peer
# with curl, checks that each answers with data and no errors, checks that the multi-city
# talks agree with talkgraph's, prints how the other answers compare, and stops everything it
# started.
#
#   bench/peer/smoke.sh
#
# Needs Go, Node.js 20+ with npm, curl, and what scripts/neo4j.sh needs (Java 17, Maven).
# Never uses ports 7687, 7688 or 8080.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
bolt_port=7695
tg_port=${TALKGRAPH_PORT:-18080}
person=mara-ellison
text=profiling
export NEO4J_INSTANCE=peer NEO4J_BOLT_PORT=$bolt_port

work=$(mktemp -d "${TMPDIR:-/tmp}/talkgraph-peer-smoke.XXXXXX")
peer_pid=
tg_pid=
neo4j_started=

say() { echo "smoke: $*"; }

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$peer_pid" ] && kill -0 "$peer_pid" 2>/dev/null; then
    kill -TERM "$peer_pid" 2>/dev/null || true
    wait "$peer_pid" 2>/dev/null || true
  fi
  if [ -n "$tg_pid" ] && kill -0 "$tg_pid" 2>/dev/null; then
    kill -TERM "$tg_pid" 2>/dev/null || true
    wait "$tg_pid" 2>/dev/null || true
  fi
  if [ -n "$neo4j_started" ]; then
    "$root/scripts/neo4j.sh" stop || true
  fi
  if [ "$rc" -ne 0 ]; then
    say "FAILED (exit $rc); logs:"
    for f in "$work"/*.log; do
      [ -s "$f" ] || continue
      echo "--- $f (last 30 lines)"
      tail -n 30 "$f"
    done
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

die() { say "$*" >&2; exit 1; }

free_port() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for PID LOG PATTERN SECONDS: until LOG has a line matching PATTERN, while PID lives.
wait_for() {
  local pid=$1 log=$2 pattern=$3 secs=$4 i
  for ((i = 0; i < secs * 4; i++)); do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$log" >&2; return 1; }
    grep -q "$pattern" "$log" 2>/dev/null && return 0
    sleep 0.25
  done
  tail -n 30 "$log" >&2
  return 1
}

# post URL BODY OUT: POST a GraphQL request; the answer goes to OUT.
post() {
  curl -sS --max-time 60 -H 'content-type: application/json' --data-binary "$2" -o "$3" -w '%{http_code}' "$1"
}

command -v node >/dev/null || die "Node.js 20+ is needed"
command -v npm >/dev/null || die "npm is needed"
command -v curl >/dev/null || die "curl is needed"
command -v go >/dev/null || die "Go is needed to build talkgraph"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "Node.js 20+ is needed (found $(node --version))"

# 1. A throwaway Neo4j with a fresh database.
"$root/scripts/neo4j.sh" stop >/dev/null 2>&1 || true
rm -rf "$root/.data/neo4j/peer/data"
neo4j_started=1
"$root/scripts/neo4j.sh" start

# 2. talkgraph, and the example posts loaded by it.
say "building talkgraph"
(cd "$root" && go build -o bin/talkgraph .)
NEO4J_URI=bolt://127.0.0.1:$bolt_port "$root/bin/talkgraph" load "$root/examples/posts"

# 3. The peer, from the lock file.
say "npm ci"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
peer_port=$(free_port)
say "starting the peer on port $peer_port"
NEO4J_URI=bolt://127.0.0.1:$bolt_port PORT=$peer_port node "$here/server.mjs" >"$work/peer.log" 2>&1 &
peer_pid=$!
wait_for "$peer_pid" "$work/peer.log" "^peer: ready on http://127.0.0.1:$peer_port/" 90 || die "the peer did not start"
cat "$work/peer.log"
peer_url=http://127.0.0.1:$peer_port/

# 4. talkgraph's API, for comparison.
if port_taken "$tg_port"; then
  tg_port=$(free_port)
  say "port 18080 is taken; talkgraph serves on $tg_port instead"
fi
NEO4J_URI=bolt://127.0.0.1:$bolt_port PORT=$tg_port "$root/bin/talkgraph" serve >"$work/talkgraph.log" 2>&1 &
tg_pid=$!
wait_for "$tg_pid" "$work/talkgraph.log" "serving on" 90 || die "talkgraph did not start"
for ((i = 0; i < 400; i++)); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$tg_port/readyz")" = 200 ] && break
  sleep 0.25
done
tg_url=http://127.0.0.1:$tg_port/graphql

# 5. The four queries, to the peer (and to talkgraph, to compare).
say "queries (person id $person, search text \"$text\")"
for name in $(node "$here/queries.mjs" names); do
  body=$(node "$here/queries.mjs" body peer "$name" --person "$person" --text "$text")
  code=$(post "$peer_url" "$body" "$work/peer-$name.json") || die "peer $name: curl failed"
  [ "$code" = 200 ] || die "peer $name: HTTP $code: $(head -c 500 "$work/peer-$name.json")"
  node "$here/check.mjs" ok "$name" "$work/peer-$name.json"
done

# 6. The multi-city answer must be talkgraph's.
code=$(post "$tg_url" '{"query":"{ talksInSeveralCities { displayTitle } }"}' "$work/tg-titles.json") || die "talkgraph: curl failed"
[ "$code" = 200 ] || die "talkgraph: HTTP $code: $(head -c 500 "$work/tg-titles.json")"
node "$here/check.mjs" titles "$work/tg-titles.json" "$work/peer-multiCity.json"

# 7. How the rest compares (informational).
for name in $(node "$here/queries.mjs" names); do
  body=$(node "$here/queries.mjs" body talkgraph "$name" --person "$person" --text "$text")
  post "$tg_url" "$body" "$work/tg-$name.json" >/dev/null || { say "talkgraph $name: curl failed"; continue; }
  node "$here/check.mjs" compare "$name" "$work/tg-$name.json" "$work/peer-$name.json"
done

say "PASS"
