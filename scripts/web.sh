#!/usr/bin/env bash
# Builds the playground's and the dashboard's assets (web/src, bundled with the pinned npm
# packages of web/package-lock.json by web/build.mjs) into web/dist, which the binary embeds.
#
#   scripts/web.sh build   rebuild web/dist (commit the result)
#   scripts/web.sh check   build into a temporary folder and fail if web/dist differs
#
# Needs Node.js 20+ and npm; installs the packages with `npm ci` only when the lock file changed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root/web"
die() { echo "web: $*" >&2; exit 1; }
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || die "building the browser assets needs Node.js 20+ and npm"
[ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ] || die "building the browser assets needs Node.js 20+ (found $(node --version))"
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.talkgraph-lock-sha256
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  npm ci --no-audit --no-fund
  echo "$lock_sum" >"$stamp"
fi
case "${1:-build}" in
build)
  node build.mjs
  ls -l dist
  ;;
check)
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  WEB_OUT="$tmp" node build.mjs
  if ! diff -r "$tmp" dist >/dev/null; then
    diff -rq "$tmp" dist >&2 || true
    die "web/dist is not what web/src builds: run make web and commit web/dist"
  fi
  echo "web: web/dist matches web/src"
  ;;
*) die "usage: scripts/web.sh build|check" ;;
esac
