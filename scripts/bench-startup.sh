#!/usr/bin/env bash
# Measures a solo node: time from `java -jar` to /health UP (best and median of N starts, fresh data dir
# each time), and resident memory (RSS) after it has idled for 15 s. Starts the node the way README.md's
# Quickstart does, with the class-data archive the build writes; JVM_OPTS replaces those options, e.g.
# JVM_OPTS= for the plain `java -jar`. Prints the load average before and after: above about 1.5 on this
# 2-core machine other work is competing and the figures are not comparable.
# Usage: scripts/bench-startup.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/aura-node.jar
opts=${JVM_OPTS-"-XX:SharedArchiveFile=target/aura-node.jsa"}
[ -f "$jar" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
port=3190
times=()
echo "java $opts -jar $jar serve; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  java $opts -jar "$jar" serve --port "$port" --data-dir "$dir" >"$dir/log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir/log" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  if [ "$i" = "$runs" ]; then
    sleep 15
    rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "starts: ${times[*]} ms"
echo "startup to /health UP: best ${sorted[0]} ms, median ${sorted[$(( runs / 2 ))]} ms over $runs runs"
echo "idle RSS after 15 s: $(( rss_kb / 1024 )) MiB"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
