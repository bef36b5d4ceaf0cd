#!/usr/bin/env bash
# Audits talkgraph's /graphql against the GraphQL over HTTP spec with graphql-http's server
# audits (scripts/audit/): builds bin/talkgraph, serves it on a free port of 127.0.0.1 against
# the Neo4j at $NEO4J_URI, waits for /readyz, runs every audit, stops the server, and exits
# with the audit's status (non-zero when a MUST audit fails).
#
#   NEO4J_URI=bolt://127.0.0.1:7688 scripts/audit.sh
#
# The caller provides the running Neo4j; the audit only sends introspection-level queries
# ({ __typename }, __type) and never writes data. Needs Node.js 20+ and npm.
#
# Environment:
#   NEO4J_URI            the Neo4j the server talks to (required; NEO4J_USER etc. pass through)
#   AUDIT_READY_TIMEOUT  seconds to wait for /readyz (default 240: readiness waits for the warm-up)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
audit_dir=scripts/audit
ready_timeout=${AUDIT_READY_TIMEOUT:-240}

die() { echo "audit: $*" >&2; exit 1; }

[ -n "${NEO4J_URI:-}" ] || die "set NEO4J_URI to a running Neo4j, e.g. NEO4J_URI=bolt://127.0.0.1:7687 (make neo4j starts one)"
command -v go >/dev/null 2>&1 || die "talkgraph needs Go 1.26+ to build: https://go.dev/dl/"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  die "the GraphQL over HTTP audit needs Node.js 20+ and npm: install them (Debian: apt-get install nodejs npm; or https://nodejs.org/)"
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "the GraphQL over HTTP audit needs Node.js 20+ (found $(node --version)): install a newer Node.js"

# Install the pinned audit packages only when they are missing or the lock file changed.
lock_sum=$(sha256sum "$audit_dir/package-lock.json" | cut -d' ' -f1)
stamp="$audit_dir/node_modules/.talkgraph-lock-sha256"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  npm ci --prefix "$audit_dir" --no-audit --no-fund
  echo "$lock_sum" >"$stamp"
fi

go build -o bin/talkgraph .

tmp=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
server_log() { echo "audit: last lines of the server's log:" >&2; tail -n 20 "$tmp/server.log" >&2 || true; }

# Port 0: the server picks a free port and prints it. The files exist before the server
# starts: the background process opens them, and on a busy machine the first read below could
# come first (sed fails on a missing file, and set -e ends the audit).
: >"$tmp/server.out"
: >"$tmp/server.log"
HOST=127.0.0.1 bin/talkgraph serve -port 0 >"$tmp/server.out" 2>"$tmp/server.log" &
server_pid=$!

port=
for ((i = 0; i < 100; i++)); do
  port=$(sed -n 's|.*serving on http://localhost:\([0-9]*\)/.*|\1|p' "$tmp/server.out")
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { server_log; die "bin/talkgraph serve exited during start-up"; }
  sleep 0.1
done
[ -n "$port" ] || { server_log; die "bin/talkgraph serve did not say which port it listens on"; }
base="http://127.0.0.1:$port"

# Wait until Neo4j answers and the schema is in place.
ready=
for ((i = 0; i < ready_timeout * 2; i++)); do
  kill -0 "$server_pid" 2>/dev/null || { server_log; die "bin/talkgraph serve exited before it was ready"; }
  if node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$base/readyz"; then
    ready=1
    break
  fi
  sleep 0.5
done
[ -n "$ready" ] || { server_log; die "$base/readyz did not answer 200 within ${ready_timeout}s (is Neo4j running at $NEO4J_URI?)"; }

status=0
node "$audit_dir/audit.mjs" "$base/graphql" || status=$?
[ "$status" -eq 0 ] || server_log
exit "$status"
