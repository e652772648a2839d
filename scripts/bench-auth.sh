#!/usr/bin/env bash
# Authenticated against unauthenticated: the same GET /api/node on two solo nodes started side by side, one with
# security on (Bearer ES256 JWT + live-session check) and one with it off, measured with wrk in one run,
# alternating (rounds, default 2). Both get the very same request, Authorization header included (the node with
# security off ignores it), so the ratio is what checking the token costs, not what reading its bytes costs.
# OPEN_WITHOUT_HEADER=1 sends the open node no header, as runs before 2026-12-01 16:10 did. Then the time of one login (Argon2id m=19 MiB, t=2, p=1) over 20 logins.
# Prints the load average before the nodes start: the bench itself keeps both cores busy, so a load above ~1.5
# then means other work shared the machine and the ratio is not conclusive.
# Usage: scripts/bench-auth.sh [seconds-per-run] [rounds]   (needs wrk: apt-get install wrk; AURA_JAR=... for another jar)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
rounds=${2:-2}
jar=${AURA_JAR:-target/aura-node.jar}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f "$jar" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
echo "before: $(uptime)"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
java -jar "$jar" serve --port 3291 --data-dir "$work/secured" >"$work/secured.log" 2>&1 &
MICRONAUT_SECURITY_ENABLED=false java -jar "$jar" serve --port 3292 --data-dir "$work/open" >"$work/open.log" 2>&1 &
for port in 3291 3292; do
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.2; done
done
curl -sf -H 'Content-Type: application/json' -d '{"username":"bench","password":"Correct-Horse-9!"}' \
  http://127.0.0.1:3291/api/auth/bootstrap >/dev/null
token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"bench","password":"Correct-Horse-9!"}' \
  http://127.0.0.1:3291/api/auth/login | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
open_header=(-H "Authorization: Bearer $token")
[ -z "${OPEN_WITHOUT_HEADER:-}" ] || open_header=()
rps() { wrk -t2 -c32 -d"${secs}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
# warm both JITs first (twice each: one pass left the first measured round of the secured node still compiling)
for warm in 1 2; do
  rps -H "Authorization: Bearer $token" http://127.0.0.1:3291/api/node >/dev/null
  rps "${open_header[@]}" http://127.0.0.1:3292/api/node >/dev/null
done
for round in $(seq 1 "$rounds"); do
  auth=$(rps -H "Authorization: Bearer $token" http://127.0.0.1:3291/api/node)
  open=$(rps "${open_header[@]}" http://127.0.0.1:3292/api/node)
  echo "round $round: authenticated $auth req/s, unauthenticated $open req/s, ratio $(awk "BEGIN {printf \"%.0f%%\", 100*$auth/$open}")"
done
times=()
for i in $(seq 1 20); do
  t=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
    -d '{"username":"bench","password":"Correct-Horse-9!"}' http://127.0.0.1:3291/api/auth/login)
  times+=("$t")
done
echo "after: $(uptime)"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "login: median %.0f ms, best %.0f ms over %d logins\n", a[int((NR+1)/2)]*1000, a[1]*1000, NR}'
