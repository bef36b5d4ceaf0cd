#!/usr/bin/env bash
# Runs a local Neo4j Community server from jars that Maven fetches from Maven Central.
#
#   scripts/neo4j.sh fetch            fetch the jars (once) into .data/neo4j-lib
#   scripts/neo4j.sh start            start the instance in the background, return once Bolt answers
#   scripts/neo4j.sh stop             stop it cleanly
#   scripts/neo4j.sh status           say whether it runs
#
# Environment:
#   NEO4J_INSTANCE   instance name: its home is .data/neo4j/$NEO4J_INSTANCE (default "dev")
#   NEO4J_BOLT_PORT  Bolt port on 127.0.0.1 (default 7687)
#   NEO4J_HEAP       JVM heap, at most 1g (default 1g)
#   NEO4J_PAGECACHE  page cache size (default 256m)
#   NEO4J_START_TIMEOUT seconds to wait for Bolt (default 180)
#   NEO4J_JAVA_OPTS  extra JVM options, appended to the defaults (e.g. GC logging)
#
# The instance has authentication disabled and HTTP off: it is for local development and
# tests only. Production deployments point NEO4J_URI at their own server or cluster.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lib="$root/.data/neo4j-lib"
instance=${NEO4J_INSTANCE:-dev}
port=${NEO4J_BOLT_PORT:-7687}
heap=${NEO4J_HEAP:-1g}
pagecache=${NEO4J_PAGECACHE:-256m}
timeout=${NEO4J_START_TIMEOUT:-180}
home="$root/.data/neo4j/$instance"
version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$root/neo4j/pom.xml")

die() { echo "neo4j: $*" >&2; exit 1; }

# java_cmd prints a java binary that can run Neo4j 5.26 (Java 17 or 21).
java_cmd() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for d in /usr/lib/jvm/*17* /usr/lib/jvm/*21*; do [ -x "$d/bin/java" ] && candidates+=("$d/bin/java"); done
  local j v
  for j in "${candidates[@]}"; do
    v=$("$j" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
    if [ "$v" = 17 ] || [ "$v" = 21 ]; then echo "$j"; return 0; fi
  done
  return 1
}

bolt_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

running_pid() {
  local pid
  [ -f "$home/run/neo4j.pid" ] || return 1
  pid=$(cat "$home/run/neo4j.pid")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

fetch() {
  if [ -f "$lib/neo4j-$version.jar" ]; then return 0; fi
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to fetch Neo4j $version from Maven Central: install Maven 3.8+ (Debian: apt-get install maven)"
  java_cmd >/dev/null || die "Java 17 is needed to run Neo4j $version: install OpenJDK 17 (Debian: apt-get install openjdk-17-jdk-headless) or set JAVA_HOME"
  echo "neo4j: fetching Neo4j Community $version from Maven Central (first run only)..."
  rm -rf "$lib"
  mvn -q -B -f "$root/neo4j/pom.xml" package || die "fetching Neo4j $version with Maven failed (see the output above)"
  [ -f "$lib/neo4j-$version.jar" ] || die "Maven finished but $lib/neo4j-$version.jar is missing"
}

write_conf() {
  mkdir -p "$home/conf" "$home/data" "$home/logs" "$home/run"
  cat >"$home/conf/neo4j.conf" <<CONF
# Written by scripts/neo4j.sh at each start; edit the script, not this file.
server.default_listen_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$port
server.bolt.advertised_address=127.0.0.1:$port
server.bolt.tls_level=DISABLED
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=false
dbms.usage_report.enabled=false
server.memory.pagecache.size=$pagecache
server.directories.data=$home/data
server.directories.logs=$home/logs
server.directories.run=$home/run
server.directories.plugins=$home/plugins
server.directories.import=$home/import
db.tx_log.rotation.retention_policy=1 files
# Backstop: no transaction runs longer than this, whatever a client asks (the server also
# gives each request's transactions a timeout from its own deadline).
db.transaction.timeout=${NEO4J_TX_TIMEOUT:-60s}
CONF
}

start() {
  local pid java i
  if pid=$(running_pid); then
    if bolt_answers; then echo "neo4j: instance '$instance' already runs (pid $pid) on bolt://127.0.0.1:$port"; return 0; fi
  elif bolt_answers; then
    die "port $port is taken by another process; set NEO4J_BOLT_PORT to a free port"
  fi
  fetch
  java=$(java_cmd) || die "Java 17 is needed to run Neo4j $version: install OpenJDK 17 or set JAVA_HOME"
  write_conf
  : >"$home/logs/console.log"
  # shellcheck disable=SC2086 # NEO4J_JAVA_OPTS holds several options
  nohup "$java" -Xms256m "-Xmx$heap" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError ${NEO4J_JAVA_OPTS:-} \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
    -Dio.netty.tryReflectionSetAccessible=true -Dfile.encoding=UTF-8 \
    -cp "$lib/*" org.neo4j.server.CommunityEntryPoint \
    "--home-dir=$home" "--config-dir=$home/conf" --console-mode \
    >>"$home/logs/console.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$home/run/neo4j.pid"
  for ((i = 0; i < timeout * 4; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$home/logs/console.log" >&2
      die "Neo4j exited during start-up (log: $home/logs/console.log)"
    fi
    if grep -q 'INFO  Started\.' "$home/logs/console.log" && bolt_answers; then
      echo "neo4j: instance '$instance' ready on bolt://127.0.0.1:$port (pid $pid)"
      return 0
    fi
    sleep 0.25
  done
  tail -n 30 "$home/logs/console.log" >&2
  stop || true
  die "Bolt did not answer on port $port within ${timeout}s"
}

stop() {
  local pid i
  if ! pid=$(running_pid); then
    rm -f "$home/run/neo4j.pid"
    echo "neo4j: instance '$instance' is not running"
    return 0
  fi
  kill -TERM "$pid"
  for ((i = 0; i < 240; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "neo4j: instance '$instance' did not stop within 60s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$home/run/neo4j.pid"
  echo "neo4j: instance '$instance' stopped"
}

status() {
  local pid
  if pid=$(running_pid) && bolt_answers; then
    echo "neo4j: instance '$instance' runs (pid $pid) on bolt://127.0.0.1:$port"
  else
    echo "neo4j: instance '$instance' is not running"
    return 1
  fi
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 fetch|start|stop|status" >&2; exit 2 ;;
esac
