#!/usr/bin/env bash
# What C1-only (-XX:TieredStopAtLevel=1) costs a running node: the same GET /api/node (security off) on two solo
# nodes started side by side with the class-data archive, one with the default tiered JIT and one C1-only,
# measured with wrk one at a time after a warm-up, alternating twice.
# Usage: scripts/bench-c1.sh [seconds-per-run]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
jar=target/aura-node.jar
cds=-XX:SharedArchiveFile=target/aura-node.jsa
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f "$jar" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
MICRONAUT_SECURITY_ENABLED=false java $cds -jar "$jar" serve --port 3293 --data-dir "$work/tiered" >"$work/tiered.log" 2>&1 &
MICRONAUT_SECURITY_ENABLED=false java $cds -XX:TieredStopAtLevel=1 -jar "$jar" serve --port 3294 --data-dir "$work/c1" >"$work/c1.log" 2>&1 &
for port in 3293 3294; do
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.2; done
done
rps() { wrk -t2 -c32 -d"${secs}s" "$1" | awk '/Requests\/sec/ {print $2}'; }
rps http://127.0.0.1:3293/api/node >/dev/null
rps http://127.0.0.1:3294/api/node >/dev/null
for round in 1 2; do
  tiered=$(rps http://127.0.0.1:3293/api/node)
  c1=$(rps http://127.0.0.1:3294/api/node)
  echo "round $round: tiered (C1+C2) $tiered req/s, C1 only $c1 req/s, C1/tiered $(awk "BEGIN {printf \"%.0f%%\", 100*$c1/$tiered}")"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
